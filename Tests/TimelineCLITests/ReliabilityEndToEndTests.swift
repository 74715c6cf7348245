import Foundation
import GRDB
import Testing
import TimelineStore
import TimelineTestSupport

/// Two ingests at once, and Ctrl-C in the middle of one.
@Suite("timeline ingest under concurrency and interruption (end to end)")
struct ReliabilityEndToEndTests {
    @Test("two ingest processes on one new database both succeed and store each article once")
    func twoProcesses() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // 700 articles each, 400 of them in both feeds.
        let first = try directory.write(IngestEndToEndTests.feed(0..<700), to: "first.jsonl")
        let second = try directory.write(IngestEndToEndTests.feed(300..<1_000), to: "second.jsonl")
        let database = directory.path("shared.sqlite")

        let a = try TimelineBinary.start(["ingest", "--db", database, first])
        let b = try TimelineBinary.start(["ingest", "--db", database, second])
        try a.input.fileHandleForWriting.close()
        try b.input.fileHandleForWriting.close()
        let (resultA, resultB) = (try a.wait(), try b.wait())

        #expect(resultA.status == 0, "\(resultA)")
        #expect(resultB.status == 0, "\(resultB)")
        let counts = [resultA, resultB].map { Self.counts(in: $0.stdout) }
        #expect(counts[0]?.total == 700 && counts[1]?.total == 700, "\(resultA)\n\(resultB)")
        #expect((counts[0]?.new ?? 0) + (counts[1]?.new ?? 0) == 1_000, "\(resultA)\n\(resultB)")
        let store = try TimelineStore(path: database)
        #expect(try store.fetchArticleCount() == 1_000)
        #expect(Set(try store.fetchArticles().map(\.contentHash)).count == 1_000)
    }

    @Test("Ctrl-C stops after the last complete transaction, says how far it got, and a rerun finishes the rest")
    func interrupt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let feed = try directory.write(IngestEndToEndTests.feed(0..<600), to: "wire.jsonl")
        let database = directory.path("t.sqlite")

        // After the file, the ingest waits on stdin, which stays open: two full batches of 256 get
        // committed and the other 88 articles can only wait in the third, so the interrupted run
        // must end with exactly 512 stored, whenever the signal lands after that.
        let running = try TimelineBinary.start(["ingest", "--db", database, feed, "-"])
        let committed = try Self.waitForArticles(512, in: database, process: running.process)
        #expect(committed == 512)
        running.interrupt()
        let result = try running.wait()
        try running.input.fileHandleForWriting.close()

        #expect(result.status == 130, "\(result)")
        #expect(result.stdout == "512 articles: 512 new, 0 unchanged, 0 rejected (interrupted)\n")
        // How many of the 88 the writer had taken from the pipeline when the signal came varies.
        #expect(result.stderr.hasPrefix(
            "interrupted by SIGINT: stopped after the last complete transaction; 512 new articles stored by this run"),
            "\(result)")
        #expect(result.stderr.hasSuffix(
            ". Run the same command again to ingest the rest (stored articles are skipped as unchanged).\n"),
            "\(result)")
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(try TimelineStore(path: database).fetchArticleCount() == 512)
        let check = try DatabaseQueue(path: database).read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")

        let rerun = try TimelineBinary.run(["ingest", "--db", database, feed])
        #expect(rerun.status == 0, "\(rerun)")
        #expect(rerun.stdout == "600 articles: 88 new, 512 unchanged, 0 rejected\n")
    }

    @Test("a disk that fills up stops the ingest with a clear error; committed batches stay whole and a rerun finishes")
    func diskFull() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let padding = String(repeating: " Crews worked through the night on the east span.", count: 60)
        let feed = try directory.write(
            (0..<2_000).map { n in
                #"{"title": "Night shift \#(n)", "published": "2024-03-20", "text": "Shift \#(n).\#(padding)"}"#
            }.joined(separator: "\n") + "\n", to: "shifts.jsonl")
        let database = directory.path("t.sqlite")
        // No file may grow past 2 MB.
        let limited = try TimelineBinary.run(["ingest", "--db", database, feed], fileSizeLimit: 2048)
        let (stdout, stderr) = (limited.stdout, limited.stderr)

        #expect(limited.status == 1, "\(stdout)\(stderr)")
        let stored = try TimelineStore(path: database).fetchArticleCount()
        #expect(stored > 0 && stored < 2_000 && stored % 256 == 0, "\(stored) stored")
        #expect(stdout == "\(stored) articles: \(stored) new, 0 unchanged, 0 rejected (stopped by an error)\n")
        #expect(stderr.hasPrefix("Error: \(database): "), "\(stderr)")
        #expect(stderr.hasSuffix("; nothing of this batch was stored\n"), "\(stderr)")
        let check = try DatabaseQueue(path: database).read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")

        let rerun = try TimelineBinary.run(["ingest", "--db", database, feed])
        #expect(rerun.status == 0, "\(rerun)")
        #expect(rerun.stdout == "2000 articles: \(2_000 - stored) new, \(stored) unchanged, 0 rejected\n")
    }

    /// Polls the database until it holds at least `count` articles (or the process ended).
    static func waitForArticles(_ count: Int, in database: String, process: Process) throws -> Int {
        let deadline = Date().addingTimeInterval(120)  // a hang guard, not a timing assertion
        while Date() < deadline && process.isRunning {
            if FileManager.default.fileExists(atPath: database),
               let stored = try? TimelineStore(path: database, options: .init(createIfMissing: false)).fetchArticleCount(),
               stored >= count
            {
                return stored
            }
            usleep(20_000)
        }
        return -1
    }

    /// (total, new) from a summary line.
    static func counts(in summary: String) -> (total: Int, new: Int)? {
        let words = summary.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "," })
        guard words.count >= 4, let total = Int(words[0]), let new = Int(words[2]) else { return nil }
        return (total, new)
    }
}
