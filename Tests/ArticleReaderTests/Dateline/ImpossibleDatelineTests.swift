@testable import ArticleReader
import DateNormalizer
import Foundation
import Testing

/// Dateline lines and publication fields that name a day or time that does not exist: never a date,
/// never left in the body, always named in a warning; the article is kept, undated.
@Suite("Datelines that name no real day")
struct ImpossibleDatelineTests {
    static let impossible = [
        "Published: Feb. 30, 2015", "Updated: 2015-13-01 09:37", "Posted 32 December 2015", "February 30, 2015",
        "Published: Feb 29, 2015", "Published: 0000-01-01", "Published: Jan 1, 99999", "Published: 99999-01-01",
        "Updated: 2015-12-16 24:61", "Updated: Dec. 16, 2015 9:61 AM EST", "Published on the 31st of April, 2016",
        "Wed 30 Feb 2015 09.37 GMT", "Published: 2015-00-10", "Published: 31/31/2015",
    ]

    @Test("an impossible dateline line is recognised as one, and is no date", arguments: impossible)
    func parser(line: String) {
        #expect(DatelineParser.parse(line) == nil)
        #expect(DatelineParser.namesImpossibleDate(Array(line.utf8)[...]))
    }

    @Test(
        "lines that are not datelines at all, or real ones, are not called impossible",
        arguments: [
            "Published: Feb. 28, 2015", "Published: Feb 29, 2016", "Updated: 2015-12-16 23:59", "Published 13 pm",
            "In 2015-13-01 the council met", "The vote is on Feb. 30, the mayor said.", "Ferry service to resume", "24:61",
        ])
    func notImpossible(line: String) {
        #expect(!DatelineParser.namesImpossibleDate(Array(line.utf8)[...]))
    }

    @Test("in a text article the line is dropped with a warning naming it; the body and the rest are kept", arguments: impossible)
    func textArticle(line: String) {
        let text = "Ferry service to resume\n\(line)\n(Harbor Wire)\n\nThe ferry service will resume on Monday.\n"
        let outcomes = Reading.read(text, name: "ferry.txt")
        let article = outcomes.articles.first
        #expect(article?.title == "Ferry service to resume")
        #expect(article?.published == nil)
        #expect(article?.source == "Harbor Wire")
        #expect(article?.paragraphs == ["The ferry service will resume on Monday."])
        #expect(outcomes.warningTexts.first == "ferry.txt: dateline \"\(line)\" names a day or time that does not exist; ignored")
        #expect(outcomes.warningTexts.contains { $0.hasPrefix("ferry.txt: no publication date") })
    }

    @Test("an impossible dateline beside a real one warns and keeps the real date")
    func besideReal() {
        let text = "Ferry service to resume\nUpdated: 2015-12-16 09:37 | Published: Feb. 30, 2015\n\nThe ferry service will resume on Monday.\n"
        let outcomes = Reading.read(text, name: "ferry.txt")
        #expect(outcomes.articles.first?.published?.description == "2015-12-16T09:37")
        #expect(outcomes.warningTexts == ["ferry.txt: dateline \"Published: Feb. 30, 2015\" names a day or time that does not exist; ignored"])
    }

    @Test(
        "an impossible publication field in JSON, HTML or front matter is named and ignored",
        arguments: [
            ("a.json", #"{"title": "Pier", "published": "2015-02-30", "text": "Repairs began on Monday."}"#,
             "a.json: publication date \"2015-02-30\" not understood; ignored"),
            ("a.json", #"{"title": "Pier", "published": "2015-12-16T25:00:00+08:00", "text": "Repairs began on Monday."}"#,
             "a.json: publication date \"2015-12-16T25:00:00+08:00\" not understood; ignored"),
            ("a.html", #"<title>Pier</title><meta name="pubdate" content="2015-04-31"><p>Repairs began on Monday.</p>"#,
             "a.html: publication date \"2015-04-31\" not understood; ignored"),
            ("a.html", #"<title>Pier</title><script type="application/ld+json">{"datePublished": "Feb 30, 2015"}</script><p>Repairs began on Monday.</p>"#,
             "a.html: publication date \"Feb 30, 2015\" not understood; ignored"),
            ("a.md", "---\ntitle: Pier\ndate: 2015-02-29\n---\nRepairs began on Monday.\n",
             "a.md: front matter date \"2015-02-29\" not understood; ignored"),
        ] as [(String, String, String)])
    func metadata(name: String, text: String, warning: String) {
        let outcomes = Reading.read(text, name: name)
        #expect(outcomes.articles.map(\.title) == ["Pier"])
        #expect(outcomes.articles.first?.published == nil)
        #expect(outcomes.warningTexts.first == warning)
    }

    @Test("HTML: an impossible meta date does not hide a real JSON-LD date")
    func htmlFallsBack() {
        let html = #"<title>Pier</title><meta property="article:published_time" content="2015-02-30"><script type="application/ld+json">{"datePublished": "2015-12-16"}</script><p>Repairs began on Monday.</p>"#
        let outcomes = Reading.read(html, name: "a.html")
        #expect(outcomes.articles.first?.published?.description == "2015-12-16")
        #expect(outcomes.warnings.isEmpty)
    }
}
