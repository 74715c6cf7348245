import DateNormalizer

/// A news article as timeline understands it, whatever format it was saved in.
///
/// ```swift
/// var articles: [Article] = []
/// ArticleReader().read(path: "seed-article.txt") { if case .article(let a) = $0 { articles.append(a) } }
/// let article = articles[0]
/// article.title        // "Russia, US call for common ground over various issues"
/// article.published    // 2015-12-16T09:37
/// article.place        // "MOSCOW"
/// article.sentences[0] // "Russian Foreign Minister Sergei Lavrov met on Tuesday with ..."
/// ```
public struct Article: Sendable, Hashable {
    /// The headline.
    public var title: String
    /// The publication date-time, which is the reference its relative dates resolve against;
    /// nil when the article has no dateline and none was supplied (`undated`).
    public var published: Reference?
    /// The agency or outlet (`Xinhua`, `Reuters`) or byline, when given.
    public var source: String?
    /// The author line without `By` (`Jane Doe`), when given; `source` holds it too when no agency is named.
    public var byline: String?
    /// The address the article was saved from, when given.
    public var url: String?
    /// The place of the opening dateline (`MOSCOW` in `MOSCOW --`), moved out of the first sentence.
    public var place: String?
    /// The body text, paragraphs separated by a blank line; no headline, dateline or boilerplate.
    public var body: String
    /// The body's paragraphs, in order.
    public var paragraphs: [String]
    /// The body's sentences, in order, with their offsets in `body`.
    public var sentences: [Sentence]
    /// The SHA-256 hex digest of the normalized title, publication day and body: the same article read
    /// twice, or from another format with the same content, has the same hash.
    public var contentHash: String
    /// Where it was read from: a path, `path:LINE` for a JSONL line, or `-` (stdin).
    public var origin: String
    /// The format it was read as.
    public var format: ArticleFormat

    /// Whether the article has no publication date, so its relative dates cannot be resolved.
    public var isUndated: Bool { published == nil }

    /// Creates an article; body, sentences and hash are derived from the paragraphs.
    ///
    /// ```swift
    /// let article = Article(
    ///     title: "Russia, US call for common ground", published: Reference(parsing: "2015-12-16T09:37"),
    ///     source: "Xinhua", place: "MOSCOW",
    ///     paragraphs: ["Lavrov met Kerry on Tuesday. They discussed Syria."], origin: "seed.txt", format: .text)
    /// article.sentences.map(\.text)  // ["Lavrov met Kerry on Tuesday.", "They discussed Syria."]
    /// ```
    ///
    /// - Parameters:
    ///   - title: The headline.
    ///   - published: The publication date-time, nil when undated.
    ///   - source: The agency or outlet.
    ///   - url: The address it was saved from.
    ///   - place: The place of the opening dateline.
    ///   - paragraphs: The body's paragraphs, each without line breaks.
    ///   - origin: Where it was read from.
    ///   - format: The format it was read as.
    ///   - byline: The author line, without `By`.
    public init(
        title: String, published: Reference?, source: String? = nil, url: String? = nil, place: String? = nil,
        paragraphs: [String], origin: String, format: ArticleFormat, byline: String? = nil
    ) {
        self.title = title
        self.published = published
        self.source = source
        self.byline = byline
        self.url = url
        self.place = place
        self.paragraphs = paragraphs
        self.body = paragraphs.joined(separator: "\n\n")
        self.sentences = SentenceSplitter().sentences(in: paragraphs)
        self.contentHash = ContentHash.hex(title: title, published: published, body: body)
        self.origin = origin
        self.format = format
    }
}

/// One sentence of an article body.
public struct Sentence: Sendable, Hashable {
    /// The sentence text, exactly `body[range]`.
    public var text: String
    /// Offsets in the article body, in Unicode scalars, end exclusive.
    public var range: Range<Int>
    /// The index of the paragraph holding it.
    public var paragraph: Int

    /// Creates a sentence.
    public init(text: String, range: Range<Int>, paragraph: Int) {
        self.text = text
        self.range = range
        self.paragraph = paragraph
    }
}

/// The input formats `ArticleReader` understands.
public enum ArticleFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// Decide by file extension, then by content.
    case auto
    /// Plain text as saved from a news site (`.txt`).
    case text
    /// One JSON object (`.json`).
    case json
    /// One JSON object per line (`.jsonl`, `.ndjson`).
    case jsonl
    /// An HTML page (`.html`, `.htm`).
    case html
    /// Markdown with YAML front matter (`.md`, `.markdown`).
    case markdown
}
