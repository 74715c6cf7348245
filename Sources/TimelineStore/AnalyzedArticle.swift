import ArticleReader
import DateNormalizer
import Timeline

/// An article with what the pipeline found in it: its temporal mentions and its event candidates.
///
/// This is what ``TimelineStore/add(_:)-([AnalyzedArticle])`` stores, all in one transaction. Build it
/// off the writer's thread (it is where the time goes), then hand batches to the single writer:
///
/// ```swift
/// let analyzed = AnalyzedArticle(analyzing: article)
/// analyzed.mentions.map(\.text)        // ["on Thursday evening", "Friday", ...]
/// analyzed.candidates.first?.summary   // "The central span of the Harlan Street Bridge collapsed ..."
/// try store.add([analyzed])
/// ```
public struct AnalyzedArticle: Sendable, Hashable {
    /// The article.
    public var article: Article
    /// The temporal mentions of `article.body`, resolved against `article.published`.
    public var mentions: [TemporalMention]
    /// The event candidates of the article.
    public var candidates: [EventCandidate]

    /// Creates an analyzed article from parts computed elsewhere.
    ///
    /// - Parameters:
    ///   - article: The article.
    ///   - mentions: Its mentions; spans are Unicode scalar offsets in `article.body`.
    ///   - candidates: Its candidates; their `articleHash` must be `article.contentHash`.
    public init(article: Article, mentions: [TemporalMention], candidates: [EventCandidate]) {
        self.article = article
        self.mentions = mentions
        self.candidates = candidates
    }

    /// Analyzes `article`: normalizes the dates of its body against its publication date, then
    /// extracts its event candidates. An undated article keeps only fully specified dates.
    ///
    /// - Parameters:
    ///   - article: The article.
    ///   - normalizer: The date normalizer to use.
    ///   - extractor: The event extractor to use.
    public init(analyzing article: Article, normalizer: Normalizer = Normalizer(), extractor: EventExtractor = EventExtractor()) {
        let mentions = normalizer.mentions(in: article.body, reference: article.published)
        self.init(article: article, mentions: mentions, candidates: extractor.candidates(in: article, mentions: mentions))
    }
}
