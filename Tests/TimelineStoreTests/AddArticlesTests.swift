import ArticleReader
import DateNormalizer
import Foundation
import GRDB
import Testing
import TimelineTestSupport

@testable import TimelineStore

@Suite("Adding articles")
struct AddArticlesTests {
    @Test("an added article comes back with every field, its dateline as ISO text and day number")
    func roundTrip() throws {
        let store = try TimelineStore.inMemory()
        let article = ArticleSamples.article(1, published: "2024-02-23T08:15:00-05:00")
        let additions = try store.add([article])
        #expect(additions == [.new(id: 1)])

        let stored = try #require(try store.fetchArticle(id: 1))
        #expect(stored.title == "Ferry update 1")
        #expect(stored.published == Reference(parsing: "2024-02-23T08:15:00-05:00"))
        #expect(stored.source == "Harbor Wire")
        #expect(stored.url == "https://example.org/ferry/1")
        #expect(stored.place == "PORT KESWICK")
        #expect(stored.body == article.body)
        #expect(stored.paragraphs == article.paragraphs)
        #expect(stored.origin == "ferry-1.txt")
        #expect(stored.format == .text)
        #expect(stored.contentHash == article.contentHash)
        #expect(!stored.isUndated)

        let row = try #require(try store.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT published, published_day, undated, ingested_at FROM article")
        })
        #expect(row["published"] == "2024-02-23T08:15:00-05:00")
        #expect(row["published_day"] == CivilDate(year: 2024, month: 2, day: 23)?.dayNumber)
        #expect(row["undated"] == false)
        let ingestedAt: String = row["ingested_at"]
        #expect(ingestedAt.count == 20 && ingestedAt.hasSuffix("Z") && ingestedAt.dropFirst(10).hasPrefix("T"))
    }

    @Test("an undated article is stored with the undated flag and no day")
    func undated() throws {
        let store = try TimelineStore.inMemory()
        try store.add([ArticleSamples.article(2, published: nil, source: nil)])
        let stored = try #require(try store.fetchArticle(id: 1))
        #expect(stored.isUndated)
        #expect(stored.source == nil)
        let row = try #require(try store.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT undated, published_day FROM article")
        })
        #expect(row["undated"] == true)
        #expect((row["published_day"] as Int?) == nil)
    }

    @Test("re-adding the same articles stores nothing and reports them unchanged with their ids")
    func idempotent() throws {
        let store = try TimelineStore.inMemory()
        let first = try store.add(ArticleSamples.articles(0..<5))
        #expect(first.map(\.isNew) == Array(repeating: true, count: 5))
        let second = try store.add(ArticleSamples.articles(0..<5))
        #expect(second == first.map { .unchanged(id: $0.id) })
        #expect(try store.fetchArticleCount() == 5)
    }

    @Test("the same article twice in one batch is stored once")
    func duplicateInBatch() throws {
        let store = try TimelineStore.inMemory()
        let additions = try store.add([ArticleSamples.article(7), ArticleSamples.article(8), ArticleSamples.article(7)])
        #expect(additions == [.new(id: 1), .new(id: 2), .unchanged(id: 1)])
    }

    @Test("a batch with one article the schema refuses is rolled back whole; earlier batches stay")
    func atomicBatch() throws {
        let store = try TimelineStore.inMemory()
        try store.add(ArticleSamples.articles(0..<3))

        var broken = ArticleSamples.article(11)
        broken.contentHash = ""
        let batch = [ArticleSamples.article(10), broken, ArticleSamples.article(12)]
        do {
            try store.add(batch)
            Issue.record("a batch holding an article without content hash was accepted")
        } catch let error as TimelineStoreError {
            guard case .constraintViolated(let why) = error.reason else {
                Issue.record("expected a constraint violation, got \(error)")
                return
            }
            #expect(why.contains("CHECK constraint failed"))
            #expect(error.description.hasSuffix("nothing of this batch was stored"))
        }
        #expect(try store.fetchArticles().map(\.title) == ["Ferry update 0", "Ferry update 1", "Ferry update 2"])

        // The good articles of the failed batch go in once the bad one is left out.
        let additions = try store.add([ArticleSamples.article(10), ArticleSamples.article(12)])
        #expect(additions.map(\.isNew) == [true, true])
    }

    @Test("a full disk fails the batch whole with a clear message and keeps earlier batches")
    func diskFull() throws {
        let store = try TimelineStore.inMemory()
        try store.add(ArticleSamples.articles(0..<3))
        // Simulate a full disk: the database may grow by two pages only.
        try store.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 2)")
        }
        let long = (10..<20).map { n in
            Article(
                title: "Long feature \(n)", published: Reference(parsing: "2024-03-10"),
                paragraphs: [String(repeating: "Crews worked through the night on the east span. ", count: 200)],
                origin: "feature-\(n).txt", format: .text)
        }
        #expect(throws: TimelineStoreError(path: ":memory:", reason: .sqlite("database or disk is full"))) {
            try store.add(long)
        }
        #expect(try store.fetchArticleCount() == 3)
        #expect(TimelineStoreError(path: "t.sqlite", reason: .sqlite("database or disk is full")).description
            == "t.sqlite: database or disk is full; nothing of this batch was stored")
    }

    @Test("an article read with format auto is refused by the schema")
    func unknownFormat() throws {
        let store = try TimelineStore.inMemory()
        #expect(throws: TimelineStoreError.self) { try store.add([ArticleSamples.article(1, format: .auto)]) }
        #expect(try store.fetchArticleCount() == 0)
    }

    @Test("articles are listed in id order, with and without their bodies")
    func listing() throws {
        let store = try TimelineStore.inMemory()
        try store.add([ArticleSamples.article(3), ArticleSamples.article(1, published: nil)])
        var titles: [String] = []
        try store.forEachArticle { titles.append($0.title) }
        #expect(titles == ["Ferry update 3", "Ferry update 1"])

        var headers: [ArticleHeader] = []
        try store.forEachArticleHeader { headers.append($0) }
        #expect(headers.map(\.id) == [1, 2])
        #expect(headers[0].published == Reference(parsing: "2024-02-23T08:15"))
        #expect(headers[1].isUndated)
        #expect(headers[0].origin == "ferry-3.txt")
    }

    @Test("ingestion timestamps are ISO 8601 UTC")
    func timestamp() {
        #expect(Timestamp.iso(Date(timeIntervalSince1970: 1_709_641_696)) == "2024-03-05T12:28:16Z")
        #expect(Timestamp.iso(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
    }
}
