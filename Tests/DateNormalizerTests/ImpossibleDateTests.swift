import DateNormalizer
import Testing

/// A phrase naming a date that does not exist, and the part of it that makes it impossible.
struct ImpossibleDate: Sendable, CustomTestStringConvertible {
    var text: String
    /// The words no mention may resolve: a mention covering them must stay unresolved (no interval,
    /// a value of `X`s), or there must be none.
    var impossible: String
    var testDescription: String { text }
}

/// Dates that do not exist (`Feb 30`, `the 32nd`, `2015-13-01`, year 0, year 99999, `Feb 29, 2015`,
/// `24:61`) are not mentions, or mentions left unresolved (`XXXX-XX-XX`, no interval); never a real
/// day, never a crash.
@Suite("Dates that do not exist")
struct ImpossibleDateTests {
    static let reference = Reference(parsing: "2015-12-16")

    static let cases: [ImpossibleDate] = [
        ImpossibleDate(text: "Talks ended on Feb. 30.", impossible: "Feb. 30"),
        ImpossibleDate(text: "The vote is set for February 30th.", impossible: "February 30th"),
        ImpossibleDate(text: "It happened on Sept. 31.", impossible: "Sept. 31"),
        ImpossibleDate(text: "It happened on April 31, 2016.", impossible: "April 31, 2016"),
        ImpossibleDate(text: "It happened on Monday, Feb. 30, 2015.", impossible: "Feb. 30, 2015"),
        ImpossibleDate(text: "It opened on the 32nd.", impossible: "the 32nd"),
        ImpossibleDate(text: "It opened on the 32nd of March.", impossible: "32nd"),
        ImpossibleDate(text: "It opened on March 32.", impossible: "32"),
        ImpossibleDate(text: "It opened on December 32, 2015.", impossible: "32"),
        ImpossibleDate(text: "The law took effect 2015-13-01.", impossible: "2015-13-01"),
        ImpossibleDate(text: "The law took effect on 2015-00-10.", impossible: "2015-00-10"),
        ImpossibleDate(text: "The law took effect on 13/13/2015.", impossible: "13/13/2015"),
        ImpossibleDate(text: "The law took effect on 02/30/2015.", impossible: "02/30/2015"),
        ImpossibleDate(text: "The town was founded in the year 0.", impossible: "0"),
        ImpossibleDate(text: "The town was founded in year 0.", impossible: "year 0"),
        ImpossibleDate(text: "The coin is dated 0000-01-01.", impossible: "0000-01-01"),
        ImpossibleDate(text: "The colony will last until the year 99999.", impossible: "99999"),
        ImpossibleDate(text: "The contract runs to Jan. 1, 99999.", impossible: "99999"),
        ImpossibleDate(text: "The probe reaches the star in 99999-01-01.", impossible: "99999-01-01"),
        ImpossibleDate(text: "It happened on Feb 29, 2015.", impossible: "Feb 29, 2015"),
        ImpossibleDate(text: "It happened on February 29th, 2015.", impossible: "February 29th, 2015"),
        ImpossibleDate(text: "It happened on 29 February 2015.", impossible: "29 February 2015"),
        ImpossibleDate(text: "It happened on 2015-02-29.", impossible: "2015-02-29"),
        ImpossibleDate(text: "It happened on 02/29/2015.", impossible: "02/29/2015"),
        ImpossibleDate(text: "The meeting starts at 24:61.", impossible: "24:61"),
        ImpossibleDate(text: "The meeting starts at 12:60 p.m.", impossible: "12:60"),
        ImpossibleDate(text: "The meeting starts at 13 p.m.", impossible: "13 p.m."),
        ImpossibleDate(text: "The meeting starts at 25:30 on Tuesday.", impossible: "25:30"),
        ImpossibleDate(text: "Polls close at 24:61 on Feb. 30, 2015.", impossible: "24:61 on Feb. 30, 2015"),
        ImpossibleDate(text: "Talks ran between Feb 28 and Feb 30, 2015.", impossible: "Feb 30, 2015"),
    ]

    @Test("an impossible date is no mention, or a mention left unresolved", arguments: cases)
    func impossible(_ c: ImpossibleDate) throws {
        for reference in [Self.reference, nil] {
            let mentions = Normalizer().mentions(in: c.text, reference: reference)
            #expect(MentionInvariants.violation(in: c.text, mentions) == nil, "\(c.text)")
            let bad = try #require(Self.scalarRange(of: c.impossible, in: c.text))
            for mention in mentions where mention.span.overlaps(bad) {
                #expect(mention.timex.interval == nil, "'\(mention.text)' resolved to \(mention.timex.value) in \(c.text)")
                #expect(mention.timex.value.contains("X"), "'\(mention.text)' has the value \(mention.timex.value) in \(c.text)")
            }
        }
    }

    @Test(
        "the same phrases with a real date resolve (the impossible cases fail for the right reason)",
        arguments: [
            ("It happened on Feb 29, 2016.", "2016-02-29"),
            ("Talks ended on Feb. 28.", "2015-02-28"),
            ("The law took effect 2015-12-01.", "2015-12-01"),
            ("It happened on 02/28/2015.", "2015-02-28"),
            ("The meeting starts at 23:59.", "2015-12-16T23:59"),
            ("It opened on the 31st of March.", "2015-03-31"),
        ])
    func possible(text: String, value: String) {
        let mentions = Normalizer().mentions(in: text, reference: Self.reference)
        #expect(mentions.map(\.timex.value) == [value], "\(text)")
        #expect(MentionInvariants.violation(in: text, mentions) == nil)
    }

    @Test("a value with an unknown year never names a day no year has")
    func yearless() {
        for (text, value) in [("on Feb. 30", "XXXX-XX-XX"), ("on Sept. 31", "XXXX-XX-XX"), ("on Feb. 29", "XXXX-02-29"), ("on Dec. 15", "XXXX-12-15")] {
            #expect(Normalizer().mentions(in: text, reference: nil).map(\.timex.value) == [value], "\(text)")
        }
    }

    /// The range of `part` in `text`, in Unicode scalars.
    static func scalarRange(of part: String, in text: String) -> Range<Int>? {
        guard let r = text.range(of: part) else { return nil }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
        return start..<(start + part.unicodeScalars.count)
    }
}
