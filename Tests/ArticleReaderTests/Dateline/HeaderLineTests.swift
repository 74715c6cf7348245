@testable import ArticleReader
import Testing

struct HeaderCase: CustomTestStringConvertible, Sendable {
    var line: String
    var source: String?
    var byline: String?
    var date: String?
    /// False when the line must read as article content.
    var isHeader = true
    var testDescription: String { line }
}

@Suite("Source, byline and dateline lines")
struct HeaderLineTests {
    static let cases: [HeaderCase] = [
        HeaderCase(line: "(Xinhua)", source: "Xinhua"),
        HeaderCase(line: "By Jane Doe", byline: "Jane Doe"),
        HeaderCase(line: "By Jane Doe, Reuters", source: "Reuters", byline: "Jane Doe"),
        HeaderCase(line: "BY JANE DOE AND JOHN ROE", byline: "JANE DOE AND JOHN ROE"),
        HeaderCase(line: "By Jane Doe and John Roe, Associated Press", source: "Associated Press", byline: "Jane Doe and John Roe"),
        HeaderCase(line: "By Jane Doe in Moscow", byline: "Jane Doe"),
        HeaderCase(line: "By Jane Doe, Staff Writer", byline: "Jane Doe, Staff Writer"),
        HeaderCase(line: "Source: Xinhua", source: "Xinhua"),
        HeaderCase(line: "Reuters", source: "Reuters"),
        HeaderCase(line: "By Li Wen | China Daily | Updated: 2015-12-16 07:47", source: "China Daily", byline: "Li Wen", date: "2015-12-16T07:47"),
        HeaderCase(line: "Updated: 2015-12-16 09:37 (Xinhua)", source: "Xinhua", date: "2015-12-16T09:37"),
        HeaderCase(line: "Xinhua | 2015-12-16 09:37:51", source: "Xinhua", date: "2015-12-16T09:37:51"),
        HeaderCase(line: "Author: Jane Doe", byline: "Jane Doe"),
        // Content.
        HeaderCase(line: "By the end of the year, prices had doubled.", isHeader: false),
        HeaderCase(line: "China Daily", isHeader: false),
        HeaderCase(line: "Russia, US call for common ground over various issues", isHeader: false),
        HeaderCase(line: "(The talks resumed on Monday.)", isHeader: false),
    ]

    @Test("header lines give their source, byline and date; other lines are content", arguments: cases)
    func header(_ c: HeaderCase) {
        let kind = HeaderLine.classify(Array(c.line.utf8)[...])
        guard c.isHeader else {
            #expect(kind == .content, "\(c.line) read as \(kind)")
            return
        }
        guard case .header(let info) = kind else {
            Issue.record("\(c.line) read as \(kind), not as a header line")
            return
        }
        #expect(info.source == c.source)
        #expect(info.byline == c.byline)
        #expect(info.dateline?.reference.description == c.date)
    }

    @Test("separator lines", arguments: ["|", "||||||||", "----", "* * *", "=====", "—", " | | "])
    func separators(_ line: String) {
        #expect(HeaderLine.classify(Array(line.utf8)[...]) == .separator)
    }
}
