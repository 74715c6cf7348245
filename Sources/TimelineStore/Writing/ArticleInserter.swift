import ArticleReader
import GRDB
import Timeline

/// Inserts articles with their mentions and candidates, using cached prepared statements, inside a
/// transaction the caller opened.
///
/// `INSERT ... ON CONFLICT(content_key) DO NOTHING` makes a second copy of an article a no-op that
/// SQLite itself guarantees, even when two processes ingest the same file at once; `changesCount`
/// then tells a new article from an unchanged one without a query before each insert. Only a new
/// article gets its mentions, candidates and full-text rows, and only its candidates mark their
/// neighbourhoods dirty: re-ingesting unchanged articles writes nothing at all.
struct ArticleInserter {
    private let db: Database
    private let insert: Statement
    private let lookup: Statement
    private let analysis: AnalysisInserter
    private let ingestedAt: String

    init(_ db: Database, ingestedAt: String) throws {
        self.db = db
        self.ingestedAt = ingestedAt
        insert = try db.cachedStatement(
            sql: """
                INSERT INTO article
                    (content_hash, title, published, published_day, source, url, place, body, origin, format,
                     undated, ingested_at, content_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(content_key) DO NOTHING
                """)
        lookup = try db.cachedStatement(sql: "SELECT id, content_hash FROM article WHERE content_key = ?")
        analysis = try AnalysisInserter(db)
    }

    /// Stores `analyzed` unless an article with its content hash is already stored.
    func insert(_ analyzed: AnalyzedArticle) throws -> TimelineStore.Addition {
        let article = analyzed.article
        let key = ContentKey.of(article.contentHash)
        try insert.executeBound(
            article.contentHash, article.title, article.published?.description, article.published?.date.dayNumber,
            article.source, article.url, article.place, article.body, article.origin, article.format.rawValue,
            article.isUndated, ingestedAt, key)
        if db.changesCount > 0 {
            let id = db.lastInsertedRowID
            try analysis.insert(analyzed, articleID: id)
            return .new(id: id)
        }
        // Only a UNIQUE conflict on content_key skips the insert, so a row with that key is there.
        guard let row = try Row.fetchOne(lookup, arguments: [key]) else {
            throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "article \(article.contentHash) neither inserted nor found")
        }
        guard row["content_hash"] == article.contentHash else {
            // Another article's hash starts with the same 15 digits (see ContentKey): refused, not merged.
            throw DatabaseError(
                resultCode: .SQLITE_CONSTRAINT,
                message: "content key \(key) of hash \(article.contentHash) already belongs to article \(row["id"] as Int64)")
        }
        return .unchanged(id: row["id"])
    }

    /// Marks the neighbourhoods of every candidate inserted so far dirty; call once before committing.
    func finish() throws {
        try analysis.markDirty()
    }
}
