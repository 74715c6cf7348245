import DateNormalizer

/// A dated statement from one article: what the merger clusters into events.
public struct EventCandidate: Sendable, Hashable {
    /// The content hash of the article it comes from; stable whatever the ingest order.
    public var articleHash: String
    /// The index of the sentence in the article.
    public var sentenceIndex: Int
    /// The sentence, as in the article.
    public var sentence: String
    /// The sentence made readable: no place dateline prefix, whitespace tidied.
    public var summary: String
    /// The temporal expression that dates it (`"on Tuesday"`).
    public var mention: String
    /// The date it is given.
    public var date: EventDate
    /// Named entities it mentions (people, places, organisations).
    public var entities: [String]

    /// Creates a candidate.
    public init(
        articleHash: String, sentenceIndex: Int, sentence: String, summary: String, mention: String,
        date: EventDate, entities: [String]
    ) {
        self.articleHash = articleHash
        self.sentenceIndex = sentenceIndex
        self.sentence = sentence
        self.summary = summary
        self.mention = mention
        self.date = date
        self.entities = entities
    }
}
