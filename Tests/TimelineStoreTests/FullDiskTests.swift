import ArticleReader
import DateNormalizer
import Foundation
import GRDB
import Testing
import TimelineTestSupport

@testable import TimelineStore

/// A disk that fills up (simulated with SQLite's `max_page_count`, which fails a write with
/// SQLITE_FULL exactly as a full disk does): the failed transaction leaves the database byte for
/// byte as it was, row for row, with a clear error, and the same work succeeds once there is room.
@Suite("A full disk")
struct FullDiskTests {
    /// Reports over six months, each with a few dated statements, so that merging writes many events.
    static func articles(_ range: Range<Int>) -> [Article] {
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        return range.map { n in
            Article(
                title: "Night shift \(n)", published: Reference(parsing: "2024-0\(1 + n % 6)-\(10 + n % 15)T07:00"),
                source: "Harbor Wire",
                paragraphs: [
                    "Crews worked through the night on the east span on \(days[n % 5]), shift \(n) of the repairs.",
                    "The council will vote on the repair budget on March 12, and divers inspected pier \(n % 7) last week.",
                ],
                origin: "shift-\(n).txt", format: .text)
        }
    }

    /// Everything the store holds, row by row: equal dumps mean nothing changed.
    static func dump(_ store: TimelineStore) throws -> [String] {
        try store.writer.read { db in
            var lines: [String] = []
            for table in ["grdb_migrations", "article", "mention", "candidate", "event", "event_source", "dirty_neighbourhood", "unanalyzed_article"] {
                lines += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1").map { "\(table) \($0)" }
            }
            // The contentless full-text index can only be searched.
            for word in ["crews", "council", "divers", "shift", "night"] {
                let ids = try Int64.fetchAll(db, sql: "SELECT rowid FROM candidate_text WHERE candidate_text MATCH ? ORDER BY rowid", arguments: [word])
                lines.append("candidate_text \(word) \(ids)")
            }
            return lines
        }
    }

    /// Lets the database grow by `pages` pages at most (or without limit when nil).
    static func limit(_ store: TimelineStore, growth pages: Int?) throws {
        try store.writer.writeWithoutTransaction { db in
            let count = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages.map { count + $0 } ?? 1_073_741_823)")
        }
    }

    static func integrity(_ store: TimelineStore) throws -> String? {
        try store.writer.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
    }

    @Test("a batch that does not fit fails whole, names the database, and leaves every row as it was")
    func batch() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("t.sqlite")
        let store = try TimelineStore(path: path)
        try store.add(Self.articles(0..<40))
        try store.mergeEvents()
        let before = try Self.dump(store)
        #expect(before.count > 200)

        try Self.limit(store, growth: 3)
        #expect(throws: TimelineStoreError(path: path, reason: .sqlite("database or disk is full"))) {
            try store.add(Self.articles(40..<240))
        }
        #expect(try Self.dump(store) == before)
        #expect(try Self.integrity(store) == "ok")
        #expect(TimelineStoreError(path: path, reason: .sqlite("database or disk is full")).description
            == "\(path): database or disk is full; nothing of this batch was stored")

        // With room again, the same batch goes in whole, as into a store that never filled up.
        try Self.limit(store, growth: nil)
        #expect(try store.add(Self.articles(40..<240)).allSatisfy(\.isNew))
        try store.mergeEvents()
        let roomy = try TimelineStore.inMemory()
        try roomy.add(Self.articles(0..<240))
        try roomy.mergeEvents()
        #expect(try store.fetchEvents().map(ChronologyStorageTests.Shape.init) == roomy.fetchEvents().map(ChronologyStorageTests.Shape.init))
    }

    @Test("a merge that does not fit leaves the events and the marks as they were; the next merge does the work")
    func merge() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("t.sqlite")
        let store = try TimelineStore(path: path)
        try store.add(Self.articles(0..<300))
        #expect(try store.hasPendingMerges())
        let before = try Self.dump(store)

        try Self.limit(store, growth: 0)
        #expect(throws: TimelineStoreError(path: path, reason: .mergeFailed("database or disk is full"))) {
            try store.mergeEvents()
        }
        #expect(TimelineStoreError(path: path, reason: .mergeFailed("database or disk is full")).description
            == "\(path): database or disk is full while merging events; the articles are stored, and the next timeline command merges their events")
        #expect(try Self.dump(store) == before)
        #expect(try store.hasPendingMerges())
        #expect(try Self.integrity(store) == "ok")

        try Self.limit(store, growth: nil)
        let summary = try store.mergeEvents()
        #expect(summary.events > 50)
        #expect(try store.hasPendingMerges() == false)
        let roomy = try TimelineStore.inMemory()
        try roomy.add(Self.articles(0..<300))
        try roomy.mergeEvents()
        #expect(try store.fetchEvents().map(ChronologyStorageTests.Shape.init) == roomy.fetchEvents().map(ChronologyStorageTests.Shape.init))
    }
}
