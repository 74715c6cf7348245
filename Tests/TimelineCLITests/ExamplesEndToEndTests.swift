import Foundation
import Testing
import TimelineStore
import TimelineTestSupport

/// `timeline ingest Examples/` stores every example article whole and clean.
@Suite("timeline ingest Examples/ (end to end)")
struct ExamplesEndToEndTests {
    /// What one example article must be stored as.
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        var title: String
        var published: String
        var source: String
        var place: String?
        var bodyStart: String
        var bodyEnd: String
        var testDescription: String { file }
    }

    static let expected: [Expected] = [
        Expected(
            file: "html/2024-03-07-transport-director-resigns.html",
            title: "Keswick transport director resigns as bridge inquiry widens", published: "2024-03-07T10:00:00-05:00",
            source: "Alder Valley Public Radio", place: "PORT KESWICK",
            bodyStart: "Port Keswick’s transportation director, Paul Okafor, resigned on Wednesday, two weeks after",
            bodyEnd: "an independent review of every bridge the city maintains & a public hearing on the findings."),
        Expected(
            file: "json/2024-02-26-inspection-records.json",
            title: "Inspectors flagged corroded bearings on Harlan Street Bridge in 2022, records show",
            published: "2024-02-26T18:40:00-05:00", source: "Keswick Ledger", place: nil,
            bodyStart: "State inspectors rated the bearings of the Harlan Street Bridge in \"poor\" condition in May 2022",
            bodyEnd: "Drivers now detour over the Route 9 bridge, 11 kilometers upstream."),
        Expected(
            file: "jsonl/harbor-wire-ferry.jsonl:1",
            title: "Keswick council approves emergency ferry; service to start March 4", published: "2024-02-28T07:05:00-05:00",
            source: "Harbor Wire", place: "PORT KESWICK",
            bodyStart: "The Port Keswick city council voted 7-2 on Tuesday to start an emergency passenger ferry",
            bodyEnd: "Barge traffic to the grain terminals has been halted since the collapse."),
        Expected(
            file: "jsonl/harbor-wire-ferry.jsonl:2",
            title: "First emergency ferries cross the Alder as Keswick adjusts to life without its bridge",
            published: "2024-03-05T12:30:00-05:00", source: "Harbor Wire", place: "PORT KESWICK",
            bodyStart: "The first emergency ferries carried about 2,300 passengers across the Alder River on Monday",
            bodyEnd: "City officials said they would add a third boat if daily ridership rose above 4,000."),
        Expected(
            file: "markdown/2024-03-07-library-east-wing.md",
            title: "Keswick library reopens east wing after two-year renovation", published: "2024-03-07",
            source: "Keswick Ledger", place: nil,
            bodyStart: "The Keswick Municipal Library reopened its east wing on Wednesday",
            bodyEnd: "until 9 p.m. on weekdays, through the end of April."),
        Expected(
            file: "markdown/2024-03-15-preliminary-report.md",
            title: "State report ties Harlan Street Bridge failure to corroded bearings", published: "2024-03-15T09:00:00-05:00",
            source: "Tri-County Courier", place: nil,
            bodyStart: "A preliminary report released by the state Department of Transportation on Thursday found",
            bodyEnd: "The girders showed no defect of their own."),
        Expected(
            file: "text/2024-02-23-harlan-street-span-collapses.txt",
            title: "Span of Harlan Street Bridge collapses into Alder River; three hurt", published: "2024-02-23T08:15",
            source: "Harbor Wire", place: "PORT KESWICK",
            bodyStart: "The central span of the Harlan Street Bridge collapsed into the Alder River on Thursday evening",
            bodyEnd: "The cause of the collapse was not immediately known."),
        Expected(
            file: "text/2024-03-23-federal-pledge.txt",
            title: "U.S. pledges $180 million to replace Keswick's Harlan Street Bridge", published: "2024-03-23T09:10",
            source: "Harbor Wire", place: "WASHINGTON",
            bodyStart: "Federal transportation officials pledged $180 million on Friday toward a replacement",
            bodyEnd: "free emergency ferries have carried commuters across the river since early March."),
        Expected(
            file: "text/2024-04-02-a-month-after.txt",
            title: "A month after the Harlan Street collapse, Keswick ferries have carried 41,000 riders",
            published: "2024-04-02", source: "Keswick Ledger", place: "PORT KESWICK",
            bodyStart: "In March, the city's emergency ferries carried about 41,000 passengers across the Alder River",
            bodyEnd: "\"Patience is not a transportation plan, so we are building one.\""),
    ]

    /// Text that sits around the articles (boilerplate, markup, navigation) and must not reach a body.
    static let leftovers = [
        "Most Viewed", "Editor's Picks", "Today's Top News", "Related", "Harbor festival", "school bond",
        "Ferry schedule for the Easter weekend", "Pledge drive", "detours until", "analyticsStart", "font-family",
        "Listen live", "&mdash;", "&#8217;", "<p>", "Updated:", "Published:", "(Harbor Wire)", "---", "title:",
    ]

    /// One ingest of Examples/ shared by the tests of this suite.
    static let ingest: Result<(TimelineBinary.Result, [StoredArticle]), any Error> = Result {
        let directory = try TemporaryDirectory(prefix: "timeline-examples")
        defer { directory.remove() }
        let database = directory.path("examples.sqlite")
        let result = try TimelineBinary.run(["ingest", "--db", database, "Examples/"])
        return (result, try TimelineStore(path: database).fetchArticles())
    }

    /// Examples/ also holds its README, the rendered report and the normalizer usage example:
    /// a directory walk skips them and says so once.
    static let skipNote = "warning: Examples/: skipped 4 files that are not articles (.swift ×2, Markdown without front matter, README)\n"

    @Test("every example is stored, nothing is rejected, and the non-article files are skipped with one note")
    func summary() throws {
        let (result, articles) = try Self.ingest.get()
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "9 articles: 9 new, 0 unchanged, 0 rejected\n")
        #expect(result.stderr == Self.skipNote)
        #expect(articles.map(\.title) == Self.expected.map(\.title))
    }

    @Test("each example has the right title, publication date, source, place and a clean body", arguments: expected)
    func article(_ expected: Expected) throws {
        let (_, articles) = try Self.ingest.get()
        let article = try #require(articles.first { $0.title == expected.title }, "\(expected.file) was not stored")
        #expect(article.origin == "Examples/" + expected.file)
        #expect(article.published?.description == expected.published)
        #expect(article.source == expected.source)
        #expect(article.place == expected.place)
        #expect(article.body.hasPrefix(expected.bodyStart), "body starts: \(article.body.prefix(120))")
        #expect(article.body.hasSuffix(expected.bodyEnd), "body ends: \(article.body.suffix(120))")
        for leftover in Self.leftovers {
            #expect(!article.body.contains(leftover), "body holds \"\(leftover)\"")
        }
        #expect(!article.body.contains(expected.title), "the headline is repeated in the body")
    }

    @Test("ingesting Examples/ a second time stores nothing")
    func reingest() throws {
        let directory = try TemporaryDirectory(prefix: "timeline-examples")
        defer { directory.remove() }
        let database = directory.path("examples.sqlite")
        _ = try TimelineBinary.run(["ingest", "--db", database, "Examples/"])
        let again = try TimelineBinary.run(["ingest", "--db", database, "Examples"])
        #expect(again.status == 0, "\(again)")
        #expect(again.stdout == "9 articles: 0 new, 9 unchanged, 0 rejected\n")
    }
}
