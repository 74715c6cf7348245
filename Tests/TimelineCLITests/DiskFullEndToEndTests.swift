import Foundation
import GRDB
import Testing
import TimelineStore
import TimelineTestSupport

/// A disk that fills up while an ingest merges its events (after every batch was committed): a clear
/// error that says what is stored and what is not, status 1, the database as it was before the failed
/// transaction, and the next command finishes the merge. (A disk that fills up during the batches is
/// `ReliabilityEndToEndTests.diskFull`.)
@Suite("timeline ingest on a disk that fills up while merging (end to end)", .enabled(if: TimelineBinary.isBuilt))
struct DiskFullEndToEndTests {
    /// The rows of the chronology tables, to compare a database before and after.
    static func dump(_ database: String) throws -> [String] {
        try DatabaseQueue(path: database).read { db in
            var lines: [String] = []
            for table in ["article", "mention", "candidate", "event", "event_source", "dirty_neighbourhood"] {
                lines += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1").map { "\(table) \($0)" }
            }
            return lines
        }
    }

    @Test("no room for the events: every article stays stored, the marks stay, and the next command merges them")
    func fullWhileMerging() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let feed = try directory.write(RandomKillEndToEndTests.feed(), to: "wire.jsonl")
        let database = directory.path("t.sqlite")
        let clean = directory.path("clean.sqlite")
        #expect(try TimelineBinary.run(["ingest", "--db", clean, feed]).status == 0)
        #expect(try TimelineBinary.run(["ingest", "--db", database, feed]).status == 0)

        // The state a killed ingest leaves: every article stored, no event merged yet. The WAL is
        // folded into the file, so that the merge must write everything anew.
        let queue = try DatabaseQueue(path: database)
        try queue.write { db in
            try db.execute(sql: """
                DELETE FROM event_source; DELETE FROM event;
                INSERT INTO dirty_neighbourhood (key) SELECT DISTINCT neighbourhood FROM candidate;
                """)
        }
        try queue.writeWithoutTransaction { db in _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        let before = try Self.dump(database)

        // No file may grow past 64 KB (the database is larger, but only its WAL is written while the
        // merge runs).
        let limited = try TimelineBinary.run(["ingest", "--db", database, feed], fileSizeLimit: 64)
        let (stdout, stderr) = (limited.stdout, limited.stderr)

        #expect(limited.status == 1, "\(stdout)\(stderr)")
        #expect(stdout == "560 articles: 0 new, 560 unchanged, 0 rejected (stopped by an error)\n")
        #expect(stderr.hasPrefix("Error: \(database): "), "\(stderr)")
        #expect(stderr.hasSuffix(" while merging events; the articles are stored, and the next timeline command merges their events\n"), "\(stderr)")
        #expect(try Self.dump(database) == before, "the failed merge changed the database")
        let check = try DatabaseQueue(path: database).read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")

        // With room again, a read command merges, and the events are those of a run that never failed.
        let events = try TimelineBinary.run(["events", "--db", database, "--format", "json"])
        #expect(events.status == 0, "\(events)")
        #expect(events.stderr.isEmpty, "\(events)")
        let expected = try TimelineBinary.run(["events", "--db", clean, "--format", "json"])
        #expect(try JSONEvents.parse(events.stdout).map(JSONEvents.withoutIDs) == JSONEvents.parse(expected.stdout).map(JSONEvents.withoutIDs))
        #expect(try TimelineStore(path: database).hasPendingMerges() == false)
    }
}
