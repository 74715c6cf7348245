import Foundation
import GRDB
import Testing
import TimelineTestSupport

@testable import TimelineStore

@Suite("Migrations and opening")
struct MigrationsTests {
    @Test("a new store has the article table with its constraints and the first migration applied")
    func schema() throws {
        let store = try TimelineStore.inMemory()
        let columns = try store.writer.read { db in try db.columns(in: "article").map(\.name) }
        #expect(columns == [
            "id", "content_hash", "title", "published", "published_day", "source", "url", "place", "body", "origin",
            "format", "undated", "ingested_at",
        ])
        let applied = try store.writer.read { db in try Migrations.migrator.appliedMigrations(db) }
        #expect(applied == [Migrations.firstIdentifier, Migrations.chronologyIdentifier])
        let indexes = try store.writer.read { db in try db.indexes(on: "article").map(\.name) }
        #expect(indexes.contains("article_on_published_day"))
    }

    @Test("the chronology tables, their indexes and the full-text index come with the second migration")
    func chronologySchema() throws {
        let store = try TimelineStore.inMemory()
        let (tables, indexes) = try store.writer.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"))
        }
        for table in ["mention", "candidate", "candidate_text", "event", "event_source", "dirty_neighbourhood", "unanalyzed_article"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
        #expect(indexes == [
            "article_on_published_day", "candidate_on_article", "candidate_on_neighbourhood", "event_on_length_and_start",
            "event_on_neighbourhood", "event_on_salience", "event_source_on_event", "mention_on_article",
        ])
        let columns = try store.writer.read { db in try db.columns(in: "event").map(\.name) }
        #expect(columns == [
            "id", "neighbourhood", "cluster_key", "value", "mod", "granularity", "start_day", "end_day", "representative_id",
            "salience", "article_count", "mention_count", "length_class",
        ])
    }

    @Test("a database file is in WAL mode")
    func walMode() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try TimelineStore(path: directory.path("timeline.sqlite"))
        let mode = try store.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test("reopening a database keeps its articles and runs no migration twice")
    func reopen() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("timeline.sqlite")
        try TimelineStore(path: path).add(ArticleSamples.articles(0..<3))
        let store = try TimelineStore(path: path, options: .init(createIfMissing: false))
        #expect(try store.fetchArticleCount() == 3)
    }

    @Test("a database written by a newer schema is refused and left byte for byte unchanged")
    func newerSchemaFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("newer.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try Migrations.migrator.migrate(queue)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: entities')")
                try db.execute(sql: "CREATE TABLE entity (id INTEGER PRIMARY KEY)")
            }
            try queue.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        #expect(throws: TimelineStoreError(path: path, reason: .newerSchema(["v9: entities"]))) {
            try TimelineStore(path: path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let message = TimelineStoreError(path: path, reason: .newerSchema(["v9: entities"])).description
        #expect(message.hasSuffix("newer.sqlite: written by a newer version of timeline (unknown schema \"v9: entities\"); upgrade timeline to use it. The file was not changed."))
    }

    @Test("an in-memory database with an unknown migration is refused")
    func newerSchemaInMemory() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2: later')") }
        #expect(throws: TimelineStoreError(path: ":memory:", reason: .newerSchema(["v2: later"]))) {
            try TimelineStore(writer: queue, path: ":memory:")
        }
    }

    @Test("a file that is not SQLite is refused with a clear message and left unchanged")
    func notADatabase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("Harbor notes, not a database.\n", to: "notes.txt")
        #expect(throws: TimelineStoreError(path: path, reason: .notADatabase)) { try TimelineStore(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "Harbor notes, not a database.\n")
        #expect(TimelineStoreError(path: "notes.txt", reason: .notADatabase).description
            == "notes.txt: not an SQLite database; name a timeline database (or a new file) with --db")
    }

    @Test("an SQLite database of another program is refused and not switched to WAL")
    func foreignDatabase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("contacts.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "CREATE TABLE contact (name TEXT)") }
            try queue.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: TimelineStoreError(path: path, reason: .notATimelineDatabase)) { try TimelineStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a missing database is refused, and not created, when it must exist")
    func missingDatabase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("absent.sqlite")
        #expect(throws: TimelineStoreError(path: path, reason: .missingDatabase)) {
            try TimelineStore(path: path, options: .init(createIfMissing: false))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a directory given as the database is refused")
    func directoryAsDatabase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(throws: TimelineStoreError(path: directory.url.path, reason: .cannotOpen("it is a directory"))) {
            try TimelineStore(path: directory.url.path)
        }
    }

    @Test("an empty file is taken as a new database")
    func emptyFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("", to: "empty.sqlite")
        let store = try TimelineStore(path: path)
        try store.add(ArticleSamples.articles(0..<2))
        #expect(try store.fetchArticleCount() == 2)
    }
}
