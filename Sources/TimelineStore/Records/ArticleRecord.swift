import ArticleReader
import DateNormalizer
import GRDB

/// A row of the `article` table. Internal: the store's API hands out ``StoredArticle`` values.
struct ArticleRecord: Sendable, FetchableRecord, TableRecord {
    static let databaseTableName = "article"

    enum Columns {
        static let id = Column("id")
        static let contentHash = Column("content_hash")
        static let publishedDay = Column("published_day")
    }

    var id: Int64
    var contentHash: String
    var title: String
    var published: String?
    var source: String?
    var url: String?
    var place: String?
    var body: String
    var origin: String
    var format: String
    var ingestedAt: String

    init(row: Row) throws {
        id = row["id"]
        contentHash = row["content_hash"]
        title = row["title"]
        published = row["published"]
        source = row["source"]
        url = row["url"]
        place = row["place"]
        body = row["body"]
        origin = row["origin"]
        format = row["format"]
        ingestedAt = row["ingested_at"]
    }

    /// The value handed out by the store.
    var storedArticle: StoredArticle {
        StoredArticle(
            id: id, contentHash: contentHash, title: title, published: published.flatMap { Reference(parsing: $0) },
            source: source, url: url, place: place, body: body, origin: origin,
            format: ArticleFormat(rawValue: format) ?? .text, ingestedAt: ingestedAt)
    }
}
