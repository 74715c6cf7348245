import Foundation
import Testing
import Timeline
@testable import TimelineRendering

@Suite("CSVRenderer")
struct CSVRendererTests {
    @Test("a strict RFC 4180 parser reads a header and one row per event")
    func story() throws {
        let records = try CSVParser.parse(CSVRenderer().render(Story.events))
        #expect(records.first == CSVRenderer.columns)
        #expect(records.count == Story.events.count + 1)
        let row = records[8]  // event 8, three sources
        #expect(Array(row.prefix(9)) == ["8", "2015-12-15", "", "2015-12-15", "2015-12-16", "day", "December 15, 2015",
                                        "The River Vell broke through the levee at Harbor Bridge, flooding 200 homes in Lindmere.", "3"])
        #expect(row[9].split(separator: "\n").count == 3)
        #expect(row[9].hasPrefix("Care home evacuated as River Vell rises (Valley Wire, 2015-12-14) https://valleywire.example/a/5\n"))
        #expect(records[3][2] == "END" && records[3][6] == "Late September 2015")
    }

    @Test("hostile text round-trips through the strict parser, one row per event")
    func hostile() throws {
        let text = CSVRenderer().render(Hostile.events)
        let records = try CSVParser.parse(text)
        #expect(records.count == Hostile.events.count + 1)
        for (row, event) in zip(records.dropFirst(), Hostile.events) {
            #expect(row[0] == String(event.id))
            var expected = TextCleaning.multiline(event.summary)
            if let first = expected.first, "=+-@".contains(first) { expected = "'" + expected }
            #expect(row[7] == expected, "event \(event.id)")
            #expect(!row.joined().unicodeScalars.contains { TextCleaning.isStripped($0) || $0 == "\r" })
        }
    }

    @Test("cells that a spreadsheet would run as formulas start with an apostrophe", arguments: [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+1 555 0100", "'+1 555 0100"), ("-2 people", "'-2 people"),
        ("@import url(x)", "'@import url(x)"), ("2 people", "2 people"),
    ])
    func formulas(_ summary: String, _ expected: String) throws {
        var event = Story.events[4]
        event.summary = summary
        let records = try CSVParser.parse(CSVRenderer().render([event]))
        #expect(records[1][7] == expected)
    }

    @Test("fields are quoted only when they must be, quotes doubled, every line ending in CRLF", arguments: [
        ("plain", "plain"), ("a, b", "\"a, b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("semi;colon", "semi;colon"), ("", ""),
    ])
    func quoting(_ value: String, _ expected: String) {
        #expect(CSVRenderer.field(value) == expected)
    }

    @Test("the strict parser rejects what RFC 4180 forbids", arguments: [
        "a,b\n1,2\n", "a,b\r\n1\r\n", "a,b\r\n\"1,2\r\n", "a,b\r\n1\"x,2\r\n", "a,b",
    ])
    func parserIsStrict(_ text: String) {
        #expect(throws: CSVParser.Failure.self) { try CSVParser.parse(text) }
    }
}
