import ArticleReader
import DateNormalizer

/// An article as the store keeps it: its id plus the fields of the ``Article`` it was read from.
///
/// Use it to list or show what a database holds; the store never hands out its records.
///
/// ```swift
/// for article in try store.fetchArticles() {
///     print(article.id, article.published?.date ?? "undated", article.source ?? "", article.title)
///     // 3 2024-02-28 Harbor Wire Council approves emergency ferry across the Alder
/// }
/// ```
public struct StoredArticle: Sendable, Hashable, Identifiable {
    /// The article's id in this database (stable; events cite it).
    public var id: Int64
    /// The hex content hash that makes re-ingesting the same article a no-op.
    public var contentHash: String
    /// The headline.
    public var title: String
    /// The publication date-time, nil when the article is undated.
    public var published: Reference?
    /// The agency or outlet, when known.
    public var source: String?
    /// The address it was saved from, when known.
    public var url: String?
    /// The place of its opening dateline (`PORT KESWICK`), when given.
    public var place: String?
    /// The body text, paragraphs separated by a blank line.
    public var body: String
    /// Where it was read from the first time it was stored (a path, `path:LINE`, or `-`).
    public var origin: String
    /// The format it was read as.
    public var format: ArticleFormat
    /// When it was stored, ISO 8601 UTC (`2024-03-05T12:34:56Z`).
    public var ingestedAt: String

    /// Creates a stored article.
    public init(
        id: Int64, contentHash: String, title: String, published: Reference?, source: String?, url: String?,
        place: String?, body: String, origin: String, format: ArticleFormat, ingestedAt: String
    ) {
        self.id = id
        self.contentHash = contentHash
        self.title = title
        self.published = published
        self.source = source
        self.url = url
        self.place = place
        self.body = body
        self.origin = origin
        self.format = format
        self.ingestedAt = ingestedAt
    }

    /// Whether the article has no publication date.
    public var isUndated: Bool { published == nil }

    /// The body's paragraphs, in order.
    public var paragraphs: [String] {
        body.split(separator: "\n\n", omittingEmptySubsequences: true).map(String.init)
    }
}

extension StoredArticle {
    /// The article it was stored from, as far as the store keeps it (not the byline): what an
    /// analysis of an article stored by an older version starts from.
    var article: Article {
        Article(
            title: title, published: published, source: source, url: url, place: place, paragraphs: paragraphs,
            origin: origin, format: format)
    }
}
