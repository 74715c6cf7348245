import ArticleReader
import Foundation
import Testing

@Suite("JSON and JSONL articles")
struct JSONFormatTests {
    @Test("field aliases for the date, the text, the source and the byline")
    func aliases() throws {
        let cases: [(String, String?)] = [
            (#"{"title": "T", "date": "2015-12-16", "body": "Text."}"#, "2015-12-16"),
            (#"{"title": "T", "datePublished": "2015-12-16T09:37:00Z", "content": "Text."}"#, "2015-12-16T09:37:00Z"),
            (#"{"title": "T", "publishedAt": "2015-12-16T09:37:00.000+08:00", "text": "Text."}"#, "2015-12-16T09:37:00+08:00"),
            (#"{"title": "T", "published": "Wed, 16 Dec 2015 09:37:00 +0000", "text": "Text."}"#, "2015-12-16T09:37:00Z"),
            (#"{"title": "T", "published": "December 16, 2015", "text": "Text."}"#, "2015-12-16"),
            (#"{"title": "T", "published": 1450258620, "text": "Text."}"#, "2015-12-16T09:37:00Z"),
            (#"{"title": "T", "published": null, "text": "Text."}"#, nil),
        ]
        for (json, published) in cases {
            let article = try #require(Reading.article(json, name: "a.json"), "\(json)")
            #expect(article.published?.description == published, "\(json)")
        }
    }

    @Test("text wins over body and content; a paragraph array is joined")
    func textPriority() throws {
        let a = try #require(Reading.article(#"{"title": "T", "content": "From content.", "text": "From text.", "body": "From body."}"#, name: "a.json"))
        #expect(a.body == "From text.")
        let b = try #require(Reading.article(#"{"title": "T", "text": ["First paragraph.", "Second paragraph."]}"#, name: "a.json"))
        #expect(b.paragraphs == ["First paragraph.", "Second paragraph."])
    }

    @Test("source objects, author lists and urls")
    func names() throws {
        let json = #"{"title": "T", "source": {"id": "x", "name": "Example Wire"}, "author": [{"name": "Ana Costa"}, "Ben Ode"], "link": "https://e.com/a", "text": "Text."}"#
        let a = try #require(Reading.article(json, name: "a.json"))
        #expect(a.source == "Example Wire")
        #expect(a.byline == "Ana Costa, Ben Ode")
        #expect(a.url == "https://e.com/a")
    }

    @Test("a missing title comes from the first sentence; a date nobody can read is named")
    func warnings() {
        let outcomes = Reading.read(#"{"published": "sometime soon", "text": "Talks resumed in Geneva on Monday. They ended on Tuesday."}"#, name: "feed.json")
        #expect(outcomes.articles.first?.title == "Talks resumed in Geneva on Monday.")
        #expect(outcomes.warningTexts == [
            "feed.json: publication date \"sometime soon\" not understood; ignored",
            "feed.json: no headline; the title is taken from the first sentence",
            "feed.json: no publication date; read as undated, so its relative dates cannot be resolved (give --reference DATE)",
        ])
    }

    @Test("a JSONL line that is not UTF-8 is read as Windows-1252 with a warning naming its line")
    func jsonlWindows1252() {
        var data = Data(#"{"title": "Fine", "published": "2016-01-01", "text": "Fine."}"#.utf8) + Data([0x0A])
        data += Data(#"{"title": "Caf"#.utf8) + Data([0xE9]) + Data(#"", "published": "2016-01-02", "text": "Text."}"#.utf8)
        let dir = try? TemporaryDirectory()
        guard let dir, let path = try? dir.write("feed.jsonl", data) else {
            Issue.record("could not write")
            return
        }
        let outcomes = Reading.read(path: path)
        #expect(outcomes.articles.map(\.title) == ["Fine", "Café"])
        #expect(outcomes.warningTexts == ["\(path):2: not valid UTF-8; read as Windows-1252"])
    }

    @Test("JSON Lines saved as .json, and JSONL with CRLF line ends and a BOM")
    func linesInJSON() throws {
        let twoLines = #"{"title": "A", "published": "2016-01-01", "text": "A."}"# + "\r\n" + #"{"title": "B", "published": "2016-01-02", "text": "B."}"# + "\r\n"
        #expect(Reading.read(twoLines, name: "feed.json").articles.map(\.title) == ["A", "B"])
        let dir = try TemporaryDirectory()
        let path = try dir.write("feed.jsonl", Data([0xEF, 0xBB, 0xBF]) + Data(twoLines.utf8))
        let outcomes = Reading.read(path: path)
        #expect(outcomes.articles.map(\.title) == ["A", "B"])
        #expect(outcomes.articles.map(\.origin) == ["\(path):1", "\(path):2"])
        #expect(outcomes.rejected.isEmpty)
    }

    @Test("an empty JSONL file and one of blank lines are rejected as having no text")
    func emptyFeeds() throws {
        let dir = try TemporaryDirectory()
        let empty = try dir.write("empty.jsonl", "")
        let blank = try dir.write("blank.jsonl", "\n  \n\n")
        #expect(Reading.read(path: empty).rejectedTexts == ["\(empty): empty file"])
        #expect(Reading.read(path: blank).rejectedTexts == ["\(blank): only whitespace, no text"])
    }
}
