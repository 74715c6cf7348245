import Foundation
import GRDB
import Testing
import TimelineStore
import TimelineTestSupport

/// Two `timeline ingest` processes on one database, with `timeline report` and `timeline events`
/// running again and again beside them (read commands merge what is pending, so they write too): all
/// succeed, and the database ends with no duplicate article, candidate or event.
@Suite("timeline ingest, report and events at the same time (end to end)", .enabled(if: TimelineBinary.isBuilt))
struct ConcurrentEndToEndTests {
    /// Articles `range` over six months, with dated statements that merge across articles.
    static func feed(_ range: Range<Int>) -> String {
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        return range.map { n in
            #"{"title": "Ferry log \#(n)", "published": "2024-0\#(1 + n % 6)-\#(10 + n % 15)T07:00:00-05:00", "source": "Harbor Wire", "#
                + #""text": "The emergency ferry made crossing number \#(n) on \#(days[n % 5]), the port authority said. "#
                + #"Crews repaired the north pier last week. The council will vote on the ferry budget on March 12."}"#
        }.joined(separator: "\n") + "\n"
    }

    @Test("two ingests and a stream of reports on one database all succeed; every article, candidate and event once")
    func ingestsAndReports() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let seed = try directory.write(Self.feed(1_000..<1_010), to: "seed.jsonl")
        let first = try directory.write(Self.feed(0..<700), to: "first.jsonl")
        let second = try directory.write(Self.feed(300..<1_000), to: "second.jsonl")
        let database = directory.path("shared.sqlite")
        // The report needs a database to read: a first small ingest makes it.
        #expect(try TimelineBinary.run(["ingest", "--db", database, seed]).status == 0)

        let a = try TimelineBinary.start(["ingest", "--db", database, first])
        let b = try TimelineBinary.start(["ingest", "--db", database, second])
        try a.input.fileHandleForWriting.close()
        try b.input.fileHandleForWriting.close()
        var reads: [TimelineBinary.Result] = []
        var readsDuringIngest = 0
        repeat {
            let running = a.process.isRunning || b.process.isRunning
            reads.append(try TimelineBinary.run(["report", "--db", database, "--title", "Ferry log"]))
            reads.append(try TimelineBinary.run(["events", "--db", database, "--format", "json"]))
            if running { readsDuringIngest += 2 }
        } while a.process.isRunning || b.process.isRunning
        let (resultA, resultB) = (try a.wait(), try b.wait())

        #expect(resultA.status == 0, "\(resultA)")
        #expect(resultB.status == 0, "\(resultB)")
        #expect(resultA.stderr.isEmpty && resultB.stderr.isEmpty, "\(resultA)\n\(resultB)")
        let counts = [resultA, resultB].map { ReliabilityEndToEndTests.counts(in: $0.stdout) }
        #expect(counts[0]?.total == 700 && counts[1]?.total == 700, "\(resultA)\n\(resultB)")
        #expect((counts[0]?.new ?? 0) + (counts[1]?.new ?? 0) == 1_000, "\(resultA)\n\(resultB)")
        #expect(readsDuringIngest >= 2, "no report ran while the ingests did")
        for read in reads {
            #expect(read.status == 0, "\(read)")
            #expect(read.stderr.isEmpty, "\(read)")
        }
        for report in reads.filter({ $0.stdout.hasPrefix("#") }) { #expect(report.stdout.hasPrefix("# Ferry log\n\n")) }
        for events in reads.filter({ $0.stdout.hasPrefix("[") }) { #expect((try? JSONEvents.parse(events.stdout)) != nil) }

        // What one ingest of everything stores.
        let clean = directory.path("clean.sqlite")
        #expect(try TimelineBinary.run(["ingest", "--db", clean, seed, first, second]).status == 0)

        // Each article, candidate and event once, each candidate in exactly one event.
        let sql = try DatabaseQueue(path: database).read { db in
            try [
                "SELECT count(*) FROM article", "SELECT count(DISTINCT content_hash) FROM article",
                "SELECT count(*) FROM (SELECT 1 FROM candidate GROUP BY article_id, sentence_index, mention, value HAVING count(*) > 1)",
                "SELECT count(*) FROM (SELECT 1 FROM event GROUP BY neighbourhood, cluster_key HAVING count(*) > 1)",
                "SELECT count(*) FROM candidate", "SELECT count(*) FROM event_source",
                "SELECT count(*) FROM event e WHERE NOT EXISTS (SELECT 1 FROM event_source es WHERE es.event_id = e.id)",
                "SELECT count(*) FROM dirty_neighbourhood",
            ].map { try Int.fetchOne(db, sql: $0) ?? -1 }
        }
        #expect(sql[0] == 1_010 && sql[1] == 1_010, "articles: \(sql[0]), distinct: \(sql[1])")
        #expect(sql[2] == 0, "\(sql[2]) duplicated candidates")
        #expect(sql[3] == 0, "\(sql[3]) duplicated events")
        let cleanCandidates = try DatabaseQueue(path: clean).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM candidate") }
        #expect(sql[4] == cleanCandidates && sql[4] == sql[5], "\(sql[4]) candidates (\(cleanCandidates ?? 0) alone), \(sql[5]) in events")
        #expect(sql[6] == 0, "\(sql[6]) events without a source")
        #expect(sql[7] == 0, "\(sql[7]) neighbourhoods left unmerged")

        // The events are those of one ingest of everything.
        let together = try TimelineBinary.run(["events", "--db", database, "--format", "json"])
        let alone = try TimelineBinary.run(["events", "--db", clean, "--format", "json"])
        #expect(try JSONEvents.parse(together.stdout).map(JSONEvents.withoutIDs) == JSONEvents.parse(alone.stdout).map(JSONEvents.withoutIDs))
    }
}
