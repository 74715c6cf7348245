import DateNormalizer
import Foundation
import Testing

@testable import TimelineStore

@Suite("The packed mention list")
struct MentionListTests {
    static func day(_ year: Int, _ month: Int, _ day: Int) throws -> CivilDate {
        try #require(CivilDate(year: year, month: month, day: day))
    }

    @Test("one array per mention: span, type letter, value, mod, first day, day count, granularity, rule")
    func fields() throws {
        let novemberFourteen = try Self.day(2015, 11, 14)
        let mentions = [
            TemporalMention(
                text: "Nov. 14", span: 11..<18,
                timex: Timex(type: .date, value: "2015-11-14", interval: CalendarInterval(day: novemberFourteen), granularity: .day),
                rule: "month-day"),
            TemporalMention(
                text: "about two weeks", span: 140..<155,
                timex: Timex(type: .duration, value: "P2W", mod: .approx), rule: "duration"),
            TemporalMention(
                text: "New Year's Eve 1969", span: 3_002..<3_021,
                timex: Timex(type: .date, value: "1969-12-31", interval: CalendarInterval(day: try Self.day(1969, 12, 31)), granularity: .day),
                rule: "holiday"),
        ]
        #expect(MentionList.json(mentions) == """
            [[11,7,"D","2015-11-14",null,16753,1,"day","month-day"],\
            [140,15,"P","P2W","APPROX",null,null,null,"duration"],\
            [3002,19,"D","1969-12-31",null,-1,1,"day","holiday"]]
            """)
        #expect(MentionList.json([]) == "[]")
    }

    @Test("strings are escaped as JSON: quotes, backslashes, line breaks, tabs, control characters; other text as is")
    func escaping() throws {
        let mention = TemporalMention(
            text: "l'été", span: 0..<5,
            timex: Timex(type: .set, value: "XXXX-WXX-2"), rule: "rule \"quoted\" \\ back\nline\r\ttab \u{01} été")
        let json = MentionList.json([mention])
        #expect(json == #"[[0,5,"S","XXXX-WXX-2",null,null,null,null,"rule \"quoted\" \\ back\nline\r\ttab \u0001 été"]]"#)
        // And a JSON parser reads the rule back unchanged.
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[Any]]
        #expect(parsed?.first?.last as? String == mention.rule)
    }
}
