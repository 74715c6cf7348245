import Foundation
import GRDB
import Testing
import TimelineStore
import TimelineTestSupport

/// `timeline ingest` and `timeline articles` run as a user would, on files written by the tests.
@Suite("timeline ingest (end to end)")
struct IngestEndToEndTests {
    /// `count` JSONL lines, each a distinct dated article, numbered from `first`.
    static func feed(_ range: Range<Int>) -> String {
        range.map { n in
            #"{"title": "Ferry log \#(n)", "published": "2024-03-05T07:00:00-05:00", "source": "Harbor Wire", "#
                + #""text": "The emergency ferry made crossing number \#(n) on Monday, the port authority said."}"#
        }.joined(separator: "\n") + "\n"
    }

    static let ferryText = """
        Ferries carry 2,300 on first day
        Updated: 2024-03-05 12:30
        (Harbor Wire)
        PORT KESWICK -- The first emergency ferries carried about 2,300 passengers across the Alder River on Monday.
        City officials said they would add a third boat if ridership rose.
        """

    @Test("a directory is ingested with a summary line and nothing on stderr; again, everything is unchanged")
    func idempotentReingest() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(Self.ferryText, to: "in/ferry.txt")
        try directory.write(Self.feed(0..<3), to: "in/feeds/wire.jsonl")
        try directory.write("not an article format", to: "in/notes.pdf")  // skipped: unknown extension
        let database = directory.path("t.sqlite")

        let first = try TimelineBinary.run(["ingest", "--db", database, directory.path("in")])
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout == "4 articles: 4 new, 0 unchanged, 0 rejected\n")
        // The one stderr line is the reader's note about the file it skipped by extension.
        #expect(first.stderrLines.count == 1, "\(first)")
        #expect(first.stderr.hasPrefix("warning: \(directory.path("in")): skipped 1 file"), "\(first)")

        let second = try TimelineBinary.run(["ingest", "--db", database, directory.path("in")])
        #expect(second.status == 0, "\(second)")
        #expect(second.stderr == first.stderr)
        #expect(second.stdout == "4 articles: 0 new, 4 unchanged, 0 rejected\n")
        #expect(try TimelineStore(path: database).fetchArticleCount() == 4)
    }

    @Test("rejected inputs are named on stderr with the reason, the rest is stored, and the status is 1")
    func rejectedInputs() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(Self.ferryText, to: "in/a-ferry.txt")
        try directory.write("", to: "in/b-empty.txt")
        try directory.write(Self.feed(0..<1) + "{\"title\": \"Broken line\", \"text\": \n" + Self.feed(1..<2), to: "in/c-wire.jsonl")
        let database = directory.path("t.sqlite")

        let result = try TimelineBinary.run(["ingest", "--db", database, directory.path("in")])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout == "5 articles: 3 new, 0 unchanged, 2 rejected\n")
        let rejected = result.stderrLines.filter { $0.hasPrefix("rejected: ") }
        #expect(rejected.count == 2, "\(result)")
        #expect(rejected.contains { $0.hasPrefix("rejected: \(directory.path("in/b-empty.txt")): ") }, "\(result)")
        #expect(rejected.contains { $0.hasPrefix("rejected: \(directory.path("in/c-wire.jsonl")):2: ") }, "\(result)")
        let titles = try TimelineStore(path: database).fetchArticles().map(\.title)
        #expect(titles == ["Ferries carry 2,300 on first day", "Ferry log 0", "Ferry log 1"])
    }

    @Test("a missing input is rejected by name and the others are still stored")
    func missingInput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let good = try directory.write(Self.ferryText, to: "ferry.txt")
        let result = try TimelineBinary.run(["ingest", "--db", directory.path("t.sqlite"), directory.path("gone.txt"), good])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout == "2 articles: 1 new, 0 unchanged, 1 rejected\n")
        #expect(result.stderrLines.first?.hasPrefix("rejected: \(directory.path("gone.txt")): ") == true, "\(result)")
    }

    @Test("- reads standard input")
    func standardInput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("t.sqlite")
        let result = try TimelineBinary.run(["ingest", "--db", database, "--format", "jsonl", "-"], stdin: Self.feed(0..<2))
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "2 articles: 2 new, 0 unchanged, 0 rejected\n")
        let articles = try TimelineStore(path: database).fetchArticles()
        #expect(articles.map(\.title) == ["Ferry log 0", "Ferry log 1"])
        #expect(articles.allSatisfy { $0.origin.hasPrefix("-") })
    }

    @Test("an article without a dateline is stored undated with a warning, or dated by --reference")
    func undated() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let brief = try directory.write(
            "Ferry adds a third boat\n\nThe ferry service added a third boat on Monday after ridership passed 4,000 a day.\n",
            to: "brief.txt")

        let undated = try TimelineBinary.run(["ingest", "--db", directory.path("a.sqlite"), brief])
        #expect(undated.status == 0, "\(undated)")
        #expect(undated.stdout == "1 article: 1 new, 0 unchanged, 0 rejected, 1 undated\n")
        #expect(undated.stderrLines.contains { $0.hasPrefix("warning: \(brief)") }, "\(undated)")
        #expect(try TimelineStore(path: directory.path("a.sqlite")).fetchArticles().first?.isUndated == true)

        let dated = try TimelineBinary.run(["ingest", "--db", directory.path("b.sqlite"), "--reference", "2024-03-12", brief])
        #expect(dated.stdout == "1 article: 1 new, 0 unchanged, 0 rejected\n", "\(dated)")
        let published = try TimelineStore(path: directory.path("b.sqlite")).fetchArticles().first?.published
        #expect(published?.description == "2024-03-12")
    }

    @Test("TIMELINE_DB names the database when --db is absent, and --db wins over it")
    func databaseFromEnvironment() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let feed = try directory.write(Self.feed(0..<2), to: "wire.jsonl")
        let fromEnvironment = directory.path("env.sqlite")

        let ingest = try TimelineBinary.run(["ingest", feed], environment: ["TIMELINE_DB": fromEnvironment], in: directory.url)
        #expect(ingest.status == 0, "\(ingest)")
        #expect(try TimelineStore(path: fromEnvironment).fetchArticleCount() == 2)
        #expect(!FileManager.default.fileExists(atPath: directory.path("timeline.sqlite")))

        let list = try TimelineBinary.run(["articles", "--format", "json"], environment: ["TIMELINE_DB": fromEnvironment])
        #expect(list.status == 0, "\(list)")
        #expect(list.stdout.contains("\"title\": \"Ferry log 1\""))

        let explicit = directory.path("explicit.sqlite")
        _ = try TimelineBinary.run(["ingest", "--db", explicit, feed], environment: ["TIMELINE_DB": fromEnvironment])
        #expect(try TimelineStore(path: explicit).fetchArticleCount() == 2)

        // Without either, the database is timeline.sqlite in the working directory.
        _ = try TimelineBinary.run(["ingest", feed], in: directory.url)
        #expect(try TimelineStore(path: directory.path("timeline.sqlite")).fetchArticleCount() == 2)
    }

    @Test("timeline articles prints an aligned table and a JSON array")
    func articlesListing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("t.sqlite")
        let feed = try directory.write(Self.feed(0..<11), to: "wire.jsonl")
        let ferry = try directory.write(Self.ferryText, to: "ferry.txt")
        _ = try TimelineBinary.run(["ingest", "--db", database, ferry, feed])

        let table = try TimelineBinary.run(["articles", "--db", database])
        #expect(table.status == 0, "\(table)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 13, "\(table)")
        #expect(lines[0] == "ID  PUBLISHED                  SOURCE       TITLE")
        #expect(lines[1] == " 1  2024-03-05T12:30           Harbor Wire  Ferries carry 2,300 on first day")
        #expect(lines[12] == "12  2024-03-05T07:00:00-05:00  Harbor Wire  Ferry log 10")

        let json = try TimelineBinary.run(["articles", "--db", database, "--format", "json"])
        #expect(json.status == 0, "\(json)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(parsed.count == 12)
        #expect(parsed[0]["id"] as? Int == 1)
        #expect(parsed[0]["title"] as? String == "Ferries carry 2,300 on first day")
        #expect(parsed[0]["published"] as? String == "2024-03-05T12:30")
        #expect(parsed[0]["source"] as? String == "Harbor Wire")
        #expect(parsed[0]["place"] as? String == "PORT KESWICK")
        #expect(parsed[0]["format"] as? String == "text")
        #expect(parsed[0]["undated"] as? Bool == false)
        #expect(parsed[0]["url"] is NSNull)
        #expect(parsed[1]["format"] as? String == "jsonl")
    }

    @Test("an empty database lists nothing: an empty JSON array, and a note on stderr for the table")
    func emptyListing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("t.sqlite")
        _ = try TimelineStore(path: database)
        let json = try TimelineBinary.run(["articles", "--db", database, "--format", "json"])
        #expect(json.stdout == "[]\n")
        let table = try TimelineBinary.run(["articles", "--db", database])
        #expect(table.status == 0)
        #expect(table.stdout == "")
        #expect(table.stderr == "\(database) holds no articles yet; add some with `timeline ingest PATH`.\n")
    }

    @Test("timeline articles on a missing database fails clearly and creates nothing")
    func missingDatabase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("absent.sqlite")
        let result = try TimelineBinary.run(["articles", "--db", database])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "Error: \(database): no such database; run `timeline ingest` first, or name another one with --db or TIMELINE_DB\n")
        #expect(!FileManager.default.fileExists(atPath: database))
    }

    @Test("a database written by a newer timeline is refused by every command and left unchanged")
    func newerSchema() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("newer.sqlite")
        let feed = try directory.write(Self.feed(0..<2), to: "wire.jsonl")
        _ = try TimelineBinary.run(["ingest", "--db", database, feed])
        do {
            let queue = try DatabaseQueue(path: database)
            try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9: entities')") }
            try queue.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let message = "Error: \(database): written by a newer version of timeline (unknown schema \"v9: entities\"); upgrade timeline to use it. The file was not changed.\n"

        let ingest = try TimelineBinary.run(["ingest", "--db", database, feed])
        #expect(ingest.status == 1, "\(ingest)")
        #expect(ingest.stderr == message)
        let list = try TimelineBinary.run(["articles", "--db", database])
        #expect(list.status == 1, "\(list)")
        #expect(list.stderr == message)
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }

    @Test("a --db that is not an SQLite file is refused and left unchanged")
    func notADatabase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let notes = try directory.write("Reporter's notes: call the port authority Monday.\n", to: "notes.txt")
        let feed = try directory.write(Self.feed(0..<1), to: "wire.jsonl")
        let result = try TimelineBinary.run(["ingest", "--db", notes, feed])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "Error: \(notes): not an SQLite database; name a timeline database (or a new file) with --db\n")
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "Reporter's notes: call the port authority Monday.\n")
    }
}
