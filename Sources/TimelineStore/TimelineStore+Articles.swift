import ArticleReader
import DateNormalizer
import GRDB
import Timeline

extension TimelineStore {
    /// What ``add(_:)`` did with one article.
    public enum Addition: Sendable, Hashable {
        /// The article was stored under this id.
        case new(id: Int64)
        /// An article with the same content hash was already stored under this id; nothing was written.
        case unchanged(id: Int64)

        /// The stored article's id.
        public var id: Int64 {
            switch self {
            case .new(let id), .unchanged(let id): return id
            }
        }

        /// Whether the article was stored by this call.
        public var isNew: Bool {
            if case .new = self { return true }
            return false
        }
    }

    /// Stores a batch of analyzed articles in one transaction, with their mentions and candidates,
    /// skipping those already stored.
    ///
    /// Use batches of about ``recommendedBatchSize`` articles. The batch is atomic: when one article
    /// breaks a schema constraint, or the disk is full, the whole batch is rolled back and nothing of
    /// it is stored, while earlier batches stay intact; a stored article always has all its mentions
    /// and candidates. An article whose content hash is already in the database (ingested before, by
    /// another process, or earlier in the same batch) is reported `.unchanged` and nothing of it is
    /// written again.
    ///
    /// The neighbourhoods the new candidates fall into are marked dirty in the same transaction; their
    /// events are rewritten by ``mergeEvents(stop:)``, which a caller runs once after its batches (or
    /// every so many batches), not after each one.
    ///
    /// ```swift
    /// let additions = try store.add(articles.map { AnalyzedArticle(analyzing: $0) })
    /// print(additions.filter(\.isNew).count, "new")     // "6 new", then "0 new" the second time
    /// try store.mergeEvents()
    /// ```
    ///
    /// - Parameter articles: The articles, in the order their ids should be given.
    /// - Returns: One ``Addition`` per article, in order.
    /// - Throws: A ``TimelineStoreError`` (`.constraintViolated`, `.busy`, `.sqlite`); the batch was then
    ///   rolled back whole.
    @discardableResult
    public func add(_ articles: some Collection<AnalyzedArticle>) throws -> [Addition] {
        let ingestedAt = Timestamp.iso()
        return try write { db in
            let inserter = try ArticleInserter(db, ingestedAt: ingestedAt)
            var additions: [Addition] = []
            additions.reserveCapacity(articles.count)
            for article in articles {
                additions.append(try inserter.insert(article))
            }
            try inserter.finish()
            return additions
        }
    }

    /// Analyzes and stores a batch of articles in one transaction; see ``add(_:)-([AnalyzedArticle])``.
    ///
    /// The analysis (date normalization and event extraction) runs on the calling thread; an ingest
    /// that wants it on other threads builds ``AnalyzedArticle`` values there instead.
    ///
    /// ```swift
    /// try store.add(articles)
    /// try store.mergeEvents()
    /// ```
    ///
    /// - Parameter articles: The articles, in the order their ids should be given.
    /// - Returns: One ``Addition`` per article, in order.
    /// - Throws: A ``TimelineStoreError``; the batch was then rolled back whole.
    @discardableResult
    public func add(_ articles: some Collection<Article>) throws -> [Addition] {
        try add(articles.map { AnalyzedArticle(analyzing: $0) })
    }

    /// The number of stored articles.
    ///
    /// ```swift
    /// try store.fetchArticleCount()   // 9 after `timeline ingest Examples/`
    /// ```
    ///
    /// - Returns: The count.
    /// - Throws: A ``TimelineStoreError`` whenever an SQLite error occurs.
    public func fetchArticleCount() throws -> Int {
        try read { db in try ArticleRecord.fetchCount(db) }
    }

    /// The stored article with this id, or nil.
    ///
    /// Events cite their sources by article id; this is how a renderer gets the article back.
    ///
    /// ```swift
    /// let article = try store.fetchArticle(id: 3)
    /// article?.title   // "Keswick council approves emergency ferry; service to start March 4"
    /// ```
    ///
    /// - Parameter id: An article id.
    /// - Returns: The article, or nil when no article has this id.
    /// - Throws: A ``TimelineStoreError`` whenever an SQLite error occurs.
    public func fetchArticle(id: Int64) throws -> StoredArticle? {
        try read { db in try ArticleRecord.fetchOne(db, key: id)?.storedArticle }
    }

    /// Every stored article, in id order. For large databases prefer ``forEachArticle(_:)``, which
    /// holds one article in memory at a time.
    ///
    /// ```swift
    /// try store.fetchArticles().map(\.source)   // ["Alder Valley Public Radio", "Keswick Ledger", ...]
    /// ```
    ///
    /// - Returns: The articles.
    /// - Throws: A ``TimelineStoreError`` whenever an SQLite error occurs.
    public func fetchArticles() throws -> [StoredArticle] {
        try read { db in try ArticleRecord.all().orderedByID().fetchAll(db).map(\.storedArticle) }
    }

    /// Calls `body` with each stored article, in id order, reading them one at a time in one read
    /// transaction (a consistent snapshot, even while another process ingests).
    ///
    /// ```swift
    /// try store.forEachArticle { article in print(article.title, article.body.count) }
    /// ```
    ///
    /// - Parameter body: Called once per article; an error it throws stops the iteration.
    /// - Throws: What `body` throws, or a ``TimelineStoreError`` whenever an SQLite error occurs.
    public func forEachArticle(_ body: (StoredArticle) throws -> Void) throws {
        try read { db in
            let cursor = try ArticleRecord.all().orderedByID().fetchCursor(db)
            while let record = try cursor.next() { try body(record.storedArticle) }
        }
    }

    /// Calls `body` with the header of each stored article, in id order, without reading bodies.
    ///
    /// - Parameter body: Called once per article; an error it throws stops the iteration.
    /// - Throws: What `body` throws, or a ``TimelineStoreError`` whenever an SQLite error occurs.
    public func forEachArticleHeader(_ body: (ArticleHeader) throws -> Void) throws {
        try read { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, title, published, source, url, place, origin, format FROM article ORDER BY id")
            while let row = try rows.next() {
                let published: String? = row["published"]
                let format: String = row["format"]
                try body(
                    ArticleHeader(
                        id: row["id"], title: row["title"], published: published.flatMap { Reference(parsing: $0) },
                        source: row["source"], url: row["url"], place: row["place"], origin: row["origin"],
                        format: ArticleFormat(rawValue: format) ?? .text))
            }
        }
    }
}
