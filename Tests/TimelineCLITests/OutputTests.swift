import ArticleReader
import DateNormalizer
import Testing
import TimelineStore

@testable import TimelineCLI

@Suite("Summary, progress and listings")
struct OutputTests {
    @Test("the summary line counts every input and mentions undated articles only when there are some")
    func summary() {
        #expect(IngestTally(new: 10, unchanged: 1, rejected: 1).summary == "12 articles: 10 new, 1 unchanged, 1 rejected")
        #expect(IngestTally(new: 10, unchanged: 1, rejected: 1, undated: 2).summary
            == "12 articles: 10 new, 1 unchanged, 1 rejected, 2 undated")
        #expect(IngestTally(new: 1).summary == "1 article: 1 new, 0 unchanged, 0 rejected")
        #expect(IngestTally().summary == "0 articles: 0 new, 0 unchanged, 0 rejected")
    }

    @Test("the progress line counts what was read and the rate, with thousands separators")
    func progress() {
        let tally = IngestTally(new: 10_000, unchanged: 2_301, rejected: 12, pending: 32)
        #expect(ProgressMeter.line(tally, elapsed: .seconds(5))
            == "ingesting: 12,345 articles (10,000 new, 2,301 unchanged, 12 rejected), 2,469/s")
        #expect(ProgressMeter.grouped(999) == "999")
        #expect(ProgressMeter.grouped(1_000_000) == "1,000,000")
    }

    @Test("JSON strings escape quotes, backslashes and control characters")
    func jsonStrings() {
        #expect(JSONText.string("Council says \"no\" \\ yes\n\tend\u{01}") == #""Council says \"no\" \\ yes\n\tend\u0001""#)
        #expect(JSONText.string(nil as String?) == "null")
        #expect(JSONText.string("Pont de l’Alder — fermé") == "\"Pont de l’Alder — fermé\"")
    }

    @Test("the table aligns ids to the right and the other columns to the left")
    func table() {
        let headers = [
            ArticleHeader(
                id: 9, title: "Span collapses", published: Reference(parsing: "2024-02-23T08:15"), source: "Harbor Wire",
                url: nil, place: nil, origin: "a.txt", format: .text),
            ArticleHeader(
                id: 10, title: "Undated brief", published: nil, source: nil, url: nil, place: nil, origin: "b.txt",
                format: .text),
        ]
        var table = ArticleListing.Table()
        headers.forEach { table.fit($0) }
        #expect([table.headerLine] + headers.map(table.line) == [
            "ID  PUBLISHED         SOURCE       TITLE",
            " 9  2024-02-23T08:15  Harbor Wire  Span collapses",
            "10  undated           -            Undated brief",
        ])
    }

    @Test("an article header as JSON has every key, in order, with nulls")
    func json() {
        let header = ArticleHeader(
            id: 3, title: "Ferry \"Alder Queen\" starts", published: Reference(parsing: "2024-03-05T07:00:00-05:00"),
            source: "Keswick Ledger", url: nil, place: "PORT KESWICK", origin: "Examples/x.jsonl:2", format: .jsonl)
        #expect(ArticleListing.json(header) == """
            {"id": 3, "published": "2024-03-05T07:00:00-05:00", "source": "Keswick Ledger", \
            "title": "Ferry \\"Alder Queen\\" starts", "url": null, "place": "PORT KESWICK", \
            "origin": "Examples/x.jsonl:2", "format": "jsonl", "undated": false}
            """)
    }
}
