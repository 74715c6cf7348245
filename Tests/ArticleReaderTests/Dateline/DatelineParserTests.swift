@testable import ArticleReader
import DateNormalizer
import Foundation
import Testing
import TimelineTestSupport

/// One line of `Fixtures/Articles/datelines.txt`.
struct DatelineCase: CustomTestStringConvertible, Sendable {
    var expected: String
    var text: String
    var line: Int
    var testDescription: String { "datelines.txt:\(line): \(text)" }

    static func load() throws -> [DatelineCase] {
        let url = FixturePath.fixture("Articles/datelines.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        var cases: [DatelineCase] = []
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let bar = trimmed.range(of: " | ") else { continue }
            cases.append(DatelineCase(
                expected: String(trimmed[..<bar.lowerBound]), text: String(trimmed[bar.upperBound...]), line: index + 1))
        }
        return cases
    }
}

@Suite("Dateline lines")
struct DatelineParserTests {
    @Test("the corpus has at least 15 dateline styles and some lines that are not datelines")
    func corpusSize() throws {
        let cases = try DatelineCase.load()
        #expect(cases.filter { $0.expected != "none" }.count >= 15)
        #expect(cases.filter { $0.expected == "none" }.count >= 5)
    }

    @Test("each line reads as its expected reference and kind", arguments: try DatelineCase.load())
    func corpus(_ c: DatelineCase) {
        let parsed = DatelineParser.parse(c.text)
        let got = parsed.map { "\($0.reference) \($0.kind)" } ?? "none"
        #expect(got == c.expected, "datelines.txt:\(c.line): \"\(c.text)\" read as \(got), expected \(c.expected)")
    }

    @Test("published beats updated when a header gives both")
    func publishedBeatsUpdated() throws {
        guard case .header(let info) = HeaderLine.classify(Array("Updated: 2015-12-17 10:00 | Published: 2015-12-16 09:37".utf8)[...])
        else {
            Issue.record("not a header line")
            return
        }
        #expect(info.dateline?.reference.description == "2015-12-16T09:37")
    }

    @Test("metadata dates: ISO with offsets, RFC 2822 and Unix times")
    func publishedDates() {
        #expect(PublishedDate.parse("2015-12-16T09:37:00+08:00")?.reference.description == "2015-12-16T09:37:00+08:00")
        #expect(PublishedDate.parse("2015-12-16")?.reference.description == "2015-12-16")
        #expect(PublishedDate.parse("Wed, 16 Dec 2015 09:37:00 GMT")?.reference.description == "2015-12-16T09:37:00Z")
        #expect(PublishedDate.parse("1450258620")?.reference.description == "2015-12-16T09:37:00Z")
        #expect(PublishedDate.fromEpoch(1_450_258_620_000)?.reference.description == "2015-12-16T09:37:00Z")
        #expect(PublishedDate.parse("last Tuesday") == nil)
    }

    @Test("a Unix time past year 9999 is no date, however many digits it has (found by the reader fuzzer)")
    func hugeUnixTimes() {
        #expect(PublishedDate.fromEpoch(253_402_300_799_000)?.reference.description == "9999-12-31T23:59:59Z")
        for value in [253_402_300_800_000, 1e19, 1e30, 1e300, Double.greatestFiniteMagnitude] {
            #expect(PublishedDate.fromEpoch(value) == nil, "\(value)")
        }
        #expect(PublishedDate.parse("26666666666666666666666666") == nil)
        #expect(PublishedDate.parse("99999999999999999999") == nil)
        // In a feed: named in a warning, the article kept undated.
        let feed = #"{"title": "Pier plans", "published": 1e30, "text": "The pier reopens on Monday."}"# + "\n"
        var outcomes: [String] = []
        ArticleReader().read(data: Data(feed.utf8), name: "feed.jsonl") { outcome in
            switch outcome {
            case .article(let a): outcomes.append("ARTICLE \(a.title) \(a.isUndated)")
            case .warning(let w): outcomes.append("WARN \(w.message)")
            case .rejected(let e): outcomes.append("REJECT \(e.reason.message)")
            }
        }
        #expect(outcomes.first == "WARN publication time 1e+30 is not a Unix time; ignored", "\(outcomes)")
        #expect(outcomes.last == "ARTICLE Pier plans true", "\(outcomes)")
    }

    @Test("US generic zones follow daylight saving")
    func usDaylightSaving() {
        #expect(TimeZoneAbbreviations.isUSDaylightSaving(year: 2015, month: 3, day: 7) == false)
        #expect(TimeZoneAbbreviations.isUSDaylightSaving(year: 2015, month: 3, day: 8) == true)   // second Sunday
        #expect(TimeZoneAbbreviations.isUSDaylightSaving(year: 2015, month: 10, day: 31) == true)
        #expect(TimeZoneAbbreviations.isUSDaylightSaving(year: 2015, month: 11, day: 1) == false)  // first Sunday
    }
}
