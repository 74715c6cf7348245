import Foundation
import GRDB
import ArticleReader
import DateNormalizer
import Testing
import TimelineTestSupport
import Timeline

@testable import TimelineStore

@Suite("Migrations and opening")
struct MigrationsTests {
    @Test("a new store has the article table with its constraints and the first migration applied")
    func schema() throws {
        let store = try TimelineStore.inMemory()
        let columns = try store.writer.read { db in try db.columns(in: "article").map(\.name) }
        #expect(columns == [
            "id", "content_hash", "title", "published", "published_day", "source", "url", "place", "body", "origin",
            "format", "undated", "ingested_at", "content_key",
        ])
        let applied = try store.writer.read { db in try Migrations.migrator.appliedMigrations(db) }
        #expect(applied == [
            Migrations.firstIdentifier, Migrations.chronologyIdentifier, Migrations.compactMentionsIdentifier,
            Migrations.contentKeyIdentifier,
        ])
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
        for table in ["mention_list", "candidate", "candidate_text", "event", "event_source", "dirty_neighbourhood", "unanalyzed_article"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
        let views = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name")
        }
        #expect(views == ["mention"])
        #expect(indexes == [
            "article_on_content_key", "article_on_published_day", "candidate_on_article", "candidate_on_neighbourhood", "event_on_length_and_start",
            "event_on_neighbourhood", "event_on_salience", "event_source_on_event",
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

    @Test("a new database file gets 16 KB pages; an existing file keeps its own page size and still works")
    func pageSize() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fresh = try TimelineStore(path: directory.path("new.sqlite"))
        #expect(try fresh.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == TimelineStore.pageSize)

        let oldPath = directory.path("old.sqlite")
        do {
            let queue = try DatabaseQueue(path: oldPath)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL") }
            try Migrations.migrator.migrate(queue)
            try queue.close()
        }
        let old = try TimelineStore(path: oldPath)
        try old.add(ArticleSamples.articles(0..<3))
        #expect(try old.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 4096)
        #expect(try old.fetchArticleCount() == 3)
    }

    @Test("the v3 migration packs a v2 database's mentions per article, in order; the mention view unpacks them")
    func compactMentions() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: Migrations.chronologyIdentifier)
        let body = "The levee broke on Tuesday. Repairs end in March."
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO article (id, content_hash, title, published, published_day, body, origin, format, undated, ingested_at)
                    VALUES (1, 'abc', 'Levee breaks', '2015-12-16', 16785, ?, 'levee.txt', 'text', 0, '2015-12-16T10:00:00Z');
                    INSERT INTO mention (id, article_id, span_start, span_end, text, type, value, start_day, end_day, granularity, rule)
                    VALUES (7, 1, 16, 26, 'on Tuesday', 'DATE', '2015-12-15', 16784, 16785, 'day', 'on <weekday>'),
                           (9, 1, 40, 48, 'in March', 'DATE', '2016-03', 16861, 16892, 'month', 'in <month>');
                    """,
                arguments: [body])
        }
        let store = try TimelineStore(writer: queue, path: ":memory:")
        let rows = try store.writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT m.ordinal, substr(a.body, m.span_start + 1, m.span_end - m.span_start) AS text, m.value, m.rule,
                           m.start_day, m.end_day, m.granularity, m.mod, m.type
                    FROM mention m JOIN article a ON a.id = m.article_id ORDER BY m.article_id, m.ordinal
                    """)
        }
        #expect(rows.map { $0["ordinal"] as Int } == [0, 1])
        #expect(rows.map { $0["text"] as String } == ["on Tuesday", "in March"])
        #expect(rows.map { $0["value"] as String } == ["2015-12-15", "2016-03"])
        #expect(rows.map { $0["rule"] as String } == ["on <weekday>", "in <month>"])
        #expect(rows.map { $0["start_day"] as Int } == [16784, 16861])
        #expect(rows.map { $0["end_day"] as Int } == [16785, 16892])
        #expect(rows.map { $0["granularity"] as String } == ["day", "month"])
        #expect(rows.map { $0["mod"] as String? } == [nil, nil])
        #expect(rows.map { $0["type"] as String } == ["DATE", "DATE"])
        let packed = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM mention_list") }
        #expect(packed == 1)
    }

    @Test(
        "the content key is the hash's first 15 hex digits, the same in Swift and in the v4 migration's SQL",
        arguments: [
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "000000000000000ffff", "abc", "ABC",
            "é1234567890abcdef", "zzz", "",
        ])
    func contentKey(hash: String) throws {
        let queue = try DatabaseQueue()
        let sqlKey = try queue.read { db in
            try Int64.fetchOne(db, sql: "SELECT \(ContentKey.sql(of: "?"))".replacingOccurrences(of: "?", with: "'\(hash)'"))
        }
        #expect(sqlKey == ContentKey.of(hash), "hash \(hash)")
    }

    @Test("known content keys: 15 hex digits read as a number, a short hash padded with zero digits")
    func contentKeyValues() {
        #expect(ContentKey.of("9f86d081884c7d659a2f") == 0x9f86d081884c7d6)
        #expect(ContentKey.of("000000000000001") == 1)
        #expect(ContentKey.of("1") == 1 << 56)
    }

    @Test("the v4 migration keeps a v3 database's articles and ids, keys them, and re-adding one finds it unchanged")
    func contentKeyMigration() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: Migrations.compactMentionsIdentifier)
        let article = Article(
            title: "Levee breaks", published: Reference(parsing: "2015-12-16"),
            paragraphs: ["The levee broke on Tuesday. Repairs end in March."], origin: "levee.txt", format: .text)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO article (id, content_hash, title, published, published_day, body, origin, format, undated, ingested_at)
                    VALUES (4, 'abc', 'Old', NULL, NULL, 'Old body.', 'old.txt', 'text', 1, '2015-12-16T10:00:00Z'),
                           (9, ?, ?, '2015-12-16', 16785, ?, 'levee.txt', 'text', 0, '2015-12-16T10:00:00Z');
                    """,
                arguments: [article.contentHash, article.title, article.body])
        }
        let store = try TimelineStore(writer: queue, path: ":memory:")
        let rows = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, content_hash, content_key, title FROM article ORDER BY id")
        }
        #expect(rows.map { $0["id"] as Int64 } == [4, 9])
        #expect(rows.map { $0["content_key"] as Int64 } == [ContentKey.of("abc"), ContentKey.of(article.contentHash)])
        #expect(rows.map { $0["title"] as String } == ["Old", "Levee breaks"])
        let again = try store.add([article])
        #expect(again == [.unchanged(id: 9)])
        #expect(try store.fetchArticleCount() == 2)
    }

    @Test("an article whose hash shares its first 15 digits with a stored one's is refused, not taken for it")
    func contentKeyCollision() throws {
        let store = try TimelineStore.inMemory()
        let first = Article(title: "Ferry", published: nil, paragraphs: ["The ferry resumed service."], origin: "a.txt", format: .text)
        var second = Article(title: "Bridge", published: nil, paragraphs: ["The bridge reopened."], origin: "b.txt", format: .text)
        second.contentHash = String(first.contentHash.prefix(15)) + String(repeating: "0", count: 49)
        #expect(second.contentHash != first.contentHash)
        #expect(try store.add([first]) == [.new(id: 1)])
        #expect(throws: TimelineStoreError.self) { try store.add([second]) }
        #expect(try store.fetchArticleCount() == 1)
        #expect(try store.add([first]) == [.unchanged(id: 1)])
    }
}
