import Foundation
import Testing
import TimelineTestSupport

/// The chronology of the Examples story: the merges `Examples/README.md` expects, the committed
/// `Examples/timeline.md`, and results that do not depend on how or in what order it was ingested.
@Suite("The Examples chronology (end to end)", .enabled(if: TimelineBinary.isBuilt))
struct ExamplesTimelineTests {
    /// One event of the table in `Examples/README.md`: its date and the reports that must be in it.
    struct Expected: Sendable, CustomTestStringConvertible {
        var number: Int
        var value: String
        var mod: String?
        var reports: [(title: String, mention: String)]
        var testDescription: String { "event \(number) (\(value))" }
    }

    static let collapse = "Span of Harlan Street Bridge collapses into Alder River; three hurt"
    static let inspection = "Inspectors flagged corroded bearings on Harlan Street Bridge in 2022, records show"
    static let council = "Keswick council approves emergency ferry; service to start March 4"
    static let ferries = "First emergency ferries cross the Alder as Keswick adjusts to life without its bridge"
    static let resigns = "Keswick transport director resigns as bridge inquiry widens"
    static let library = "Keswick library reopens east wing after two-year renovation"
    static let stateReport = "State report ties Harlan Street Bridge failure to corroded bearings"
    static let pledge = "U.S. pledges $180 million to replace Keswick's Harlan Street Bridge"
    static let recap = "A month after the Harlan Street collapse, Keswick ferries have carried 41,000 riders"

    /// `Examples/README.md`'s table, in our words. Year-level mentions ("in 2022") and the open-ended
    /// "since March 4" are left out: the merger keeps years apart from months by design, and the
    /// extractor reads "since" as the start of a state, not an event.
    static let expected: [Expected] = [
        Expected(number: 1, value: "2022-05", reports: [(collapse, "May 2022"), (inspection, "May 2022")]),
        Expected(number: 2, value: "2024-02-22", reports: [
            (collapse, "Thursday evening"), (inspection, "last Thursday"), (council, "last week"), (ferries, "Feb. 22"),
            (resigns, "Feb. 22"), (recap, "Feb. 22"), (pledge, "last month"),
        ]),
        Expected(number: 3, value: "2024-02-23", reports: [(collapse, "Friday"), (inspection, "Friday"), (recap, "the next day")]),
        Expected(number: 4, value: "2024-02-27", reports: [(inspection, "Tuesday"), (council, "Tuesday"), (recap, "Feb. 27")]),
        Expected(number: 5, value: "2024-02", mod: "END", reports: [
            (council, "the end of February"), (ferries, "the end of February"), (stateReport, "the end of February"),
        ]),
        Expected(number: 6, value: "2024-03-04", reports: [(council, "March 4"), (ferries, "Monday"), (resigns, "Earlier this month")]),
        Expected(number: 7, value: "2024-03-06", reports: [(resigns, "Wednesday"), (stateReport, "last week"), (recap, "March 6")]),
        Expected(number: 8, value: "2024-03-06", reports: [(library, "Wednesday")]),
        Expected(number: 9, value: "2024-03-12", reports: [(stateReport, "Tuesday")]),
        Expected(number: 10, value: "2024-03-14", reports: [(resigns, "next week"), (stateReport, "Thursday"), (recap, "March 14")]),
        Expected(number: 11, value: "2024-03-22", reports: [(pledge, "Friday"), (recap, "March 22")]),
        Expected(number: 12, value: "2024-03", reports: [(recap, "March")]),
        Expected(number: 13, value: "2024-03-29", reports: [(recap, "Friday")]),
    ]

    @Test("each event of the story comes out as one event with all its reports", arguments: expected)
    func expectedEvent(_ expected: Expected) throws {
        let events = try ExamplesDatabase.events()
        let reports = expected.reports
        let found = events.first { event in
            let sources = JSONEvents.sources(event).map { ($0["title"] as? String ?? "", $0["mention"] as? String ?? "") }
            return reports.allSatisfy { r in sources.contains { $0.0 == r.title && $0.1.hasSuffix(r.mention) } }
        }
        let event = try #require(found, "no event holds all of \(reports.map(\.mention))")
        #expect(JSONEvents.value(event) == expected.value)
        #expect(JSONEvents.date(event)["mod"] as? String == expected.mod)
    }

    @Test("the two events of Wednesday, March 6 stay apart, and the month recap swallows no day")
    func traps() throws {
        let events = try ExamplesDatabase.events()
        let march6 = events.filter { JSONEvents.value($0) == "2024-03-06" }
        #expect(march6.count >= 2)
        #expect(!march6.contains { event in
            let titles = Set(JSONEvents.sources(event).map { $0["title"] as? String ?? "" })
            return titles.contains(Self.library) && titles.contains(Self.resigns)
        })
        // Related headlines and navigation carry dates that are not events.
        for event in events {
            for text in ["Harbor festival", "bus fares", "school bond", "Pledge drive", "detours until", "bridge we lost"] {
                #expect(!JSONEvents.summary(event).contains(text))
            }
        }
    }

    @Test("Examples/timeline.md is what `timeline build` prints for the story (regenerate it as the README says)")
    func committedReport() throws {
        let committed = try String(contentsOf: FixturePath.root.appendingPathComponent("Examples/timeline.md"), encoding: .utf8)
        let built = try TimelineBinary.run(["build", "Examples/html", "Examples/json", "Examples/jsonl", "Examples/markdown", "Examples/text"])
        #expect(built.status == 0, "\(built)")
        #expect(built.stdout == committed, "Examples/timeline.md is out of date: run `swift run timeline build Examples/ -o Examples/timeline.md`")
        // The quick-start command walks Examples/ itself, skipping its README and this report.
        let quickStart = try TimelineBinary.run(["build", "Examples/"])
        #expect(quickStart.status == 0, "\(quickStart)")
        #expect(quickStart.stdout == committed)
    }

    @Test("ingesting the story in another order gives the same events (ids aside)")
    func orderIndependence() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let files = try ExamplesDatabase.articleFolders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: FixturePath.root.appendingPathComponent(folder).path)
                .sorted().map { "\(folder)/\($0)" }
        }
        #expect(files.count == 8)
        let reversed = directory.path("reversed.sqlite")
        // One file per run, newest first: every run merges again what the earlier ones stored.
        for file in files.reversed() {
            let result = try TimelineBinary.run(["ingest", "--db", reversed, file])
            #expect(result.status == 0, "\(result)")
        }
        let expected = try ExamplesDatabase.events().map(JSONEvents.withoutIDs)
        let result = try TimelineBinary.run(["events", "--db", reversed, "--format", "json"])
        let events = try JSONEvents.parse(result.stdout).map(JSONEvents.withoutIDs)
        #expect(events == expected)
    }

    @Test("ingesting the story again stores nothing and leaves every event, id included, as it was")
    func reingest() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("again.sqlite")
        _ = try TimelineBinary.run(["ingest", "--db", database] + ExamplesDatabase.articleFolders)
        let before = try TimelineBinary.run(["events", "--db", database, "--format", "json"]).stdout
        let again = try TimelineBinary.run(["ingest", "--db", database] + ExamplesDatabase.articleFolders)
        #expect(again.stdout == "9 articles: 0 new, 9 unchanged, 0 rejected\n")
        #expect(try TimelineBinary.run(["events", "--db", database, "--format", "json"]).stdout == before)
    }
}
