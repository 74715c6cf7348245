import ArticleReader
import Foundation
import GRDB
import Testing
import TimelineStore
import TimelineTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// SIGKILL in the middle of an ingest: what was committed is whole, and a rerun finishes the job.
@Suite("timeline ingest killed (end to end)", .enabled(if: TimelineBinary.isBuilt))
struct CrashEndToEndTests {
    /// Articles on two days, so that the feed's events span several reports each.
    static func feed(_ range: Range<Int>) -> String {
        range.map { n in
            let day = n % 2 == 0 ? "Monday" : "Tuesday"
            return #"{"title": "Ferry log \#(n)", "published": "2024-03-06T07:00:00-05:00", "source": "Harbor Wire", "#
                + #""text": "The emergency ferry made crossing number \#(n) on \#(day), the port authority said. Crews repaired the north pier last week."}"#
        }.joined(separator: "\n") + "\n"
    }

    @Test("after SIGKILL every stored article has its mentions and candidates, and a rerun gives the events of a clean run")
    func killed() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let feed = try directory.write(Self.feed(0..<600), to: "wire.jsonl")
        let database = directory.path("killed.sqlite")

        // As in the Ctrl-C test: stdin stays open, so the run waits after two batches of 256.
        let running = try TimelineBinary.start(["ingest", "--db", database, feed, "-"])
        let committed = try ReliabilityEndToEndTests.waitForArticles(512, in: database, process: running.process)
        #expect(committed == 512)
        kill(running.process.processIdentifier, SIGKILL)
        let result = try running.wait()
        try? running.input.fileHandleForWriting.close()
        #expect(result.status == SIGKILL || result.status == 128 + SIGKILL || running.process.terminationReason == .uncaughtSignal)

        let queue = try DatabaseQueue(path: database)
        try queue.read { (db: Database) throws -> Void in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            // Each stored article is complete: two mentions, two candidates, both waiting for a merge.
            let incomplete = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM article a
                WHERE (SELECT count(*) FROM mention m WHERE m.article_id = a.id) <> 2
                   OR (SELECT count(*) FROM candidate c WHERE c.article_id = a.id) <> 2
                """)
            #expect(incomplete == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM article") == 512)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM dirty_neighbourhood") ?? 0 > 0)
        }
        try queue.close()

        let rerun = try TimelineBinary.run(["ingest", "--db", database, feed])
        #expect(rerun.status == 0, "\(rerun)")
        #expect(rerun.stdout == "600 articles: 88 new, 512 unchanged, 0 rejected\n")

        let clean = directory.path("clean.sqlite")
        _ = try TimelineBinary.run(["ingest", "--db", clean, feed])
        let afterKill = try TimelineBinary.run(["events", "--db", database, "--format", "json"])
        let uninterrupted = try TimelineBinary.run(["events", "--db", clean, "--format", "json"])
        #expect(try JSONEvents.parse(afterKill.stdout).map(JSONEvents.withoutIDs)
            == JSONEvents.parse(uninterrupted.stdout).map(JSONEvents.withoutIDs))
        let reopened = try DatabaseQueue(path: database)
        try reopened.read { (db: Database) throws -> Void in
            // Every candidate belongs to exactly one event, and nothing waits for a merge.
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM candidate") == 1200)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM event_source") == 1200)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM dirty_neighbourhood") == 0)
        }
    }

    @Test("a report while an ingest is running succeeds, and the ingest still finishes with every event")
    func reportDuringIngest() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let feed = try directory.write(Self.feed(0..<600), to: "wire.jsonl")
        let database = directory.path("busy.sqlite")
        let running = try TimelineBinary.start(["ingest", "--db", database, feed, "-"])
        #expect(try ReliabilityEndToEndTests.waitForArticles(256, in: database, process: running.process) >= 256)
        let report = try TimelineBinary.run(["report", "--db", database, "--title", "Ferry log"])
        #expect(report.status == 0, "\(report)")
        #expect(report.stdout.hasPrefix("# Ferry log\n\n"))
        // The last article comes on stdin, after the report.
        running.input.fileHandleForWriting.write(Data(Self.feed(600..<601).utf8))
        try running.input.fileHandleForWriting.close()
        let ingest = try running.wait()
        #expect(ingest.status == 0, "\(ingest)")
        #expect(ingest.stdout == "601 articles: 601 new, 0 unchanged, 0 rejected\n")
        let clean = directory.path("clean.sqlite")
        _ = try TimelineBinary.run(["ingest", "--db", clean, feed, try directory.write(Self.feed(600..<601), to: "last.jsonl")])
        let busy = try TimelineBinary.run(["events", "--db", database, "--format", "json"])
        let quiet = try TimelineBinary.run(["events", "--db", clean, "--format", "json"])
        #expect(try JSONEvents.parse(busy.stdout).map(JSONEvents.withoutIDs) == JSONEvents.parse(quiet.stdout).map(JSONEvents.withoutIDs))
    }

    @Test("a read command merges what a killed ingest left unmerged")
    func readAfterKill() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("t.sqlite")
        // Store articles without merging, as a killed ingest leaves them.
        let store = try TimelineStore(path: database)
        var articles: [Article] = []
        for folder in ExamplesDatabase.articleFolders {
            ArticleReader().read(path: FixturePath.root.appendingPathComponent(folder).path) {
                if case .article(let article) = $0 { articles.append(article) }
            }
        }
        #expect(articles.count == 9)
        try store.add(articles)
        #expect(try store.hasPendingMerges())
        let events = try TimelineBinary.run(["events", "--db", database, "--format", "json"])
        #expect(events.status == 0, "\(events)")
        #expect(try JSONEvents.parse(events.stdout).map(JSONEvents.withoutIDs)
            == ExamplesDatabase.events().map(JSONEvents.withoutIDs))
        #expect(try TimelineStore(path: database).hasPendingMerges() == false)
    }
}
