import ArticleReader
import DateNormalizer

/// What a listing shows of a stored article: everything but its body and hash.
///
/// `timeline articles` prints one line per header; fetching headers never reads the article bodies,
/// so listing a large database stays fast.
///
/// ```swift
/// try store.forEachArticleHeader { header in
///     print(header.id, header.published?.description ?? "undated", header.title)
///     // 1 2024-02-23T08:15 Span of Harlan Street Bridge collapses into the Alder River
/// }
/// ```
public struct ArticleHeader: Sendable, Hashable, Identifiable {
    /// The article's id in this database.
    public var id: Int64
    /// The headline.
    public var title: String
    /// The publication date-time, nil when the article is undated.
    public var published: Reference?
    /// The agency or outlet, when known.
    public var source: String?
    /// The address it was saved from, when known.
    public var url: String?
    /// The place of its opening dateline, when given.
    public var place: String?
    /// Where it was first read from (a path, `path:LINE`, or `-`).
    public var origin: String
    /// The format it was read as.
    public var format: ArticleFormat

    /// Creates a header.
    public init(
        id: Int64, title: String, published: Reference?, source: String?, url: String?, place: String?,
        origin: String, format: ArticleFormat
    ) {
        self.id = id
        self.title = title
        self.published = published
        self.source = source
        self.url = url
        self.place = place
        self.origin = origin
        self.format = format
    }

    /// Whether the article has no publication date.
    public var isUndated: Bool { published == nil }
}
