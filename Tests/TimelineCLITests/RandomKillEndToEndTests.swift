import Foundation
import GRDB
import Testing
import TimelineStore
import TimelineTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// SIGKILL at random moments of `timeline ingest` (opening and migrating a new file, reading,
/// committing batches, merging events), many times over one corpus: after every kill the database
/// is intact and every stored article complete; re-running the ingest finishes the rest with no
/// duplicate and the events of an uninterrupted run.
@Suite("timeline ingest killed at random moments (end to end)", .enabled(if: TimelineBinary.isBuilt))
struct RandomKillEndToEndTests {
    /// How many kills: 20 in CI (about 30 s of debug runs); `TIMELINE_KILL_ROUNDS=500` for a soak.
    static let rounds = Int(ProcessInfo.processInfo.environment["TIMELINE_KILL_ROUNDS"] ?? "") ?? 20
    /// The seed of the kill moments; `TIMELINE_KILL_SEED` replays another series.
    static let seed = UInt64(ProcessInfo.processInfo.environment["TIMELINE_KILL_SEED"] ?? "") ?? 20_240_306

    /// 560 articles (two batches of 256 and a partial one) over six months, so that a run reads,
    /// commits three transactions and merges several neighbourhoods. Every candidate's sentence holds
    /// "ferry" or "crews", which lets the test find them all in the full-text index.
    static func feed() -> String {
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        return (0..<560).map { n in
            let month = 1 + n % 6, day = 10 + n % 15
            return #"{"title": "Ferry log \#(n)", "published": "2024-0\#(month)-\#(day)T07:00:00-05:00", "source": "Harbor Wire", "#
                + #""text": "The emergency ferry made crossing number \#(n) on \#(days[n % 5]), the port authority said. "#
                + #"Crews repaired the north pier last week. The council will vote on the ferry budget on March 12."}"#
        }.joined(separator: "\n") + "\n"
    }

    /// What an uninterrupted run stores for each article, by content hash: (mentions, candidates).
    static func analysis(_ db: Database) throws -> [String: [Int]] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.content_hash,
                   (SELECT count(*) FROM mention m WHERE m.article_id = a.id),
                   (SELECT count(*) FROM candidate c WHERE c.article_id = a.id)
            FROM article a
            """)
        return Dictionary(uniqueKeysWithValues: rows.map { row -> (String, [Int]) in (row[0], [row[1], row[2]]) })
    }

    /// The problems of a database a kill left behind, compared with the clean run's analysis.
    static func problems(_ db: Database, clean: [String: [Int]]) throws -> [String] {
        var problems: [String] = []
        func expectZero(_ what: String, _ sql: String) throws {
            let n = try Int.fetchOne(db, sql: sql) ?? -1
            if n != 0 { problems.append("\(what): \(n)") }
        }
        let check = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        if check != ["ok"] { problems.append("integrity_check: \(check)") }
        // Before its first migration committed, the file may hold no table at all: nothing to check.
        guard try db.tableExists("event_source") else {
            if try db.tableExists("article") { problems.append("articles without the chronology tables") }
            return problems
        }
        let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        if !foreignKeys.isEmpty { problems.append("foreign_key_check: \(foreignKeys.count) rows") }
        // Each stored article has every mention and candidate of an uninterrupted run.
        for (hash, counts) in try analysis(db) where clean[hash] != counts {
            problems.append("article \(hash.prefix(12)) has \(counts) mentions and candidates, a clean run \(clean[hash].map { "\($0)" } ?? "none")")
        }
        // Each candidate is in the full-text index, and nothing else is.
        let indexed = try Set(Int64.fetchAll(db, sql: "SELECT rowid FROM candidate_text WHERE candidate_text MATCH 'ferry OR crews'"))
        let candidates = try Set(Int64.fetchAll(db, sql: "SELECT id FROM candidate"))
        if indexed != candidates { problems.append("full-text rows \(indexed.count) for \(candidates.count) candidates") }
        // Each candidate belongs to one event, or waits in a neighbourhood marked for merging.
        try expectZero("candidates in no event and not marked", """
            SELECT count(*) FROM candidate c
            WHERE NOT EXISTS (SELECT 1 FROM event_source es WHERE es.candidate_id = c.id)
              AND c.neighbourhood NOT IN (SELECT key FROM dirty_neighbourhood)
            """)
        try expectZero("event links to a missing event or candidate", """
            SELECT count(*) FROM event_source es
            WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.id = es.event_id)
               OR NOT EXISTS (SELECT 1 FROM candidate c WHERE c.id = es.candidate_id)
            """)
        try expectZero("events without a source", "SELECT count(*) FROM event e WHERE NOT EXISTS (SELECT 1 FROM event_source es WHERE es.event_id = e.id)")
        try expectZero("events represented by a candidate not theirs", """
            SELECT count(*) FROM event e
            WHERE NOT EXISTS (SELECT 1 FROM event_source es WHERE es.event_id = e.id AND es.candidate_id = e.representative_id)
            """)
        try expectZero("event links across neighbourhoods", """
            SELECT count(*) FROM event e JOIN event_source es ON es.event_id = e.id JOIN candidate c ON c.id = es.candidate_id
            WHERE c.neighbourhood <> e.neighbourhood
            """)
        try expectZero("duplicate events", "SELECT count(*) FROM (SELECT 1 FROM event GROUP BY neighbourhood, cluster_key HAVING count(*) > 1)")
        try expectZero("articles still to analyze", "SELECT count(*) FROM unanalyzed_article")
        return problems
    }

    @Test("20 SIGKILLs at seeded random moments: intact after each, and the reruns end with the events of a clean run")
    func randomKills() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let feed = try directory.write(Self.feed(), to: "wire.jsonl")

        // The uninterrupted run: what every database must end as, and how long a run takes here.
        let cleanPath = directory.path("clean.sqlite")
        let started = Date()
        let cleanRun = try TimelineBinary.run(["ingest", "--db", cleanPath, feed])
        let duration = Date().timeIntervalSince(started)
        #expect(cleanRun.status == 0, "\(cleanRun)")
        let clean = try DatabaseQueue(path: cleanPath).read { try Self.analysis($0) }
        #expect(clean.count == 560)
        let cleanEvents = try TimelineBinary.run(["events", "--db", cleanPath, "--format", "json"])
        let expectedEvents = try JSONEvents.parse(cleanEvents.stdout).map(JSONEvents.withoutIDs)
        #expect(expectedEvents.count > 20)

        // The checks bite: a copy missing one mention, one event link and one full-text row fails them.
        let broken = directory.path("broken.sqlite")
        try FileManager.default.copyItem(atPath: cleanPath, toPath: broken)
        try DatabaseQueue(path: broken).write { db in
            // An article's mentions are packed in one mention_list row: drop its last one.
            try db.execute(sql: "UPDATE mention_list SET mentions = json_remove(mentions, '$[#-1]') WHERE article_id = (SELECT max(article_id) FROM mention_list)")
            try db.execute(sql: "DELETE FROM event_source WHERE candidate_id = (SELECT min(id) FROM candidate)")
            try db.execute(sql: "INSERT INTO candidate_text (candidate_text, rowid, text) VALUES ('delete', (SELECT max(id) FROM candidate), 'ferry')")
        }
        let found = try DatabaseQueue(path: broken).read { try Self.problems($0, clean: clean) }
        #expect(found.contains { $0.hasPrefix("article ") && $0.contains("a clean run [") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("full-text rows") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("candidates in no event and not marked: 1") }, "\(found)")

        var random = SeededRandom(seed: Self.seed)
        var partial = 0, unmerged = 0
        var kills = 0, completions = 0, databases = 0
        var database = ""
        var finished = true
        var moments: [Double] = []
        while kills < Self.rounds {
            if finished {
                databases += 1
                database = directory.path("killed-\(databases).sqlite")
                finished = false
            }
            // A moment anywhere in a run, from process start to a little past a clean run's end.
            let delay = random.unit() * duration * 1.1
            let running = try TimelineBinary.start(["ingest", "--db", database, feed])
            try running.input.fileHandleForWriting.close()
            usleep(UInt32(delay * 1_000_000))
            let wasRunning = running.process.isRunning
            if wasRunning { kill(running.process.processIdentifier, SIGKILL) }
            let result = try running.wait()
            if wasRunning && running.process.terminationReason == .uncaughtSignal {
                kills += 1
                moments.append((delay * 100).rounded() / 100)
            } else {
                #expect(result.status == 0, "\(result)")
                finished = true
            }
            guard FileManager.default.fileExists(atPath: database) else { continue }
            let (problems, stored, marks) = try DatabaseQueue(path: database).read { db in
                let stored = try db.tableExists("article") ? try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 : 0
                let marks = try db.tableExists("dirty_neighbourhood") ? try Int.fetchOne(db, sql: "SELECT count(*) FROM dirty_neighbourhood") ?? 0 : 0
                return (try Self.problems(db, clean: clean), stored, marks)
            }
            if !finished && stored > 0 && stored < 560 { partial += 1 }
            if !finished && marks > 0 { unmerged += 1 }
            #expect(problems.isEmpty, "after a kill at \(delay) s (seed \(Self.seed)): \(problems)")
            if finished {
                completions += 1
                try Self.expectComplete(database, events: expectedEvents)
            }
        }
        // The last database: the rerun finishes the rest.
        if !finished {
            let rerun = try TimelineBinary.run(["ingest", "--db", database, feed])
            #expect(rerun.status == 0, "\(rerun)")
            completions += 1
            try Self.expectComplete(database, events: expectedEvents)
        }
        #expect(kills >= Self.rounds)
        #expect(completions == databases)
        print("RandomKillEndToEndTests: \(kills) kills over \(databases) databases at \(moments) s (clean run \(duration) s, "
            + "seed \(Self.seed)); \(partial) left part of the articles, \(unmerged) left merges to do")
    }

    @Test("Ctrl-C at 8 seeded random moments: status 130, a summary of exactly what this run stored, an intact database, and a rerun finishes")
    func randomInterrupts() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let feed = try directory.write(Self.feed(), to: "wire.jsonl")
        let cleanPath = directory.path("clean.sqlite")
        let started = Date()
        #expect(try TimelineBinary.run(["ingest", "--db", cleanPath, feed]).status == 0)
        let duration = Date().timeIntervalSince(started)
        let clean = try DatabaseQueue(path: cleanPath).read { try Self.analysis($0) }
        let expectedEvents = try JSONEvents.parse(try TimelineBinary.run(["events", "--db", cleanPath, "--format", "json"]).stdout)
            .map(JSONEvents.withoutIDs)

        var random = SeededRandom(seed: Self.seed &+ 1)
        let database = directory.path("interrupted.sqlite")
        var interrupted = 0
        for round in 0..<8 {
            let storedBefore = FileManager.default.fileExists(atPath: database)
                ? try TimelineStore(path: database).fetchArticleCount() : 0
            let delay = random.unit() * duration * 0.9
            let running = try TimelineBinary.start(["ingest", "--db", database, feed])
            try running.input.fileHandleForWriting.close()
            usleep(UInt32(delay * 1_000_000))
            if running.process.isRunning { running.interrupt() }
            let result = try running.wait()
            let storedAfter = FileManager.default.fileExists(atPath: database) ? try TimelineStore(path: database).fetchArticleCount() : 0
            if result.status == 130 {
                // It says how far it got: the articles this run stored, and nothing else on stdout.
                interrupted += 1
                let new = storedAfter - storedBefore
                // (Unchanged articles count once their batch is committed, so a run stopped early may
                // count fewer of them than the database already held.)
                #expect(ReliabilityEndToEndTests.counts(in: result.stdout)?.new == new, "round \(round) at \(delay) s: \(result)")
                #expect(result.stdout.hasSuffix(" 0 rejected (interrupted)\n"), "round \(round) at \(delay) s: \(result)")
                #expect(result.stderr.hasPrefix("interrupted by SIGINT: stopped after the last complete transaction; \(new) new "),
                        "round \(round) at \(delay) s: \(result)")
            } else {
                // Finished before the signal, or (before the handler was installed) ended by it.
                #expect(result.status == 0 || running.process.terminationReason == .uncaughtSignal, "round \(round): \(result)")
            }
            if FileManager.default.fileExists(atPath: database) {
                let problems = try DatabaseQueue(path: database).read { try Self.problems($0, clean: clean) }
                #expect(problems.isEmpty, "round \(round) at \(delay) s: \(problems)")
            }
        }
        #expect(interrupted >= 3, "only \(interrupted) of 8 runs were interrupted mid-way")
        let rerun = try TimelineBinary.run(["ingest", "--db", database, feed])
        #expect(rerun.status == 0, "\(rerun)")
        try Self.expectComplete(database, events: expectedEvents)
    }

    /// A finished database: every article once, every candidate in one event, nothing left to merge,
    /// and the events of the clean run.
    static func expectComplete(_ database: String, events: [String]) throws {
        let counts = try DatabaseQueue(path: database).read { db in
            try [
                "SELECT count(*) FROM article", "SELECT count(DISTINCT content_hash) FROM article", "SELECT count(*) FROM candidate",
                "SELECT count(*) FROM event_source", "SELECT count(*) FROM dirty_neighbourhood",
            ].map { try Int.fetchOne(db, sql: $0) ?? -1 }
        }
        #expect(counts[0] == 560 && counts[1] == 560, "\(database): \(counts[0]) articles, \(counts[1]) distinct")
        #expect(counts[2] == counts[3], "\(database): \(counts[2]) candidates, \(counts[3]) in events")
        #expect(counts[4] == 0, "\(database): \(counts[4]) neighbourhoods still to merge")
        let result = try TimelineBinary.run(["events", "--db", database, "--format", "json"])
        #expect(try JSONEvents.parse(result.stdout).map(JSONEvents.withoutIDs) == events, "\(database): events differ from a clean run")
    }
}
