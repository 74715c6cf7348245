import DateNormalizer

/// A dated statement from one article: what the merger clusters into events.
///
/// ```swift
/// // From "MOSCOW -- Lavrov met on Tuesday with Kerry." in an article dated 2015-12-16:
/// candidate.summary    // "Lavrov met on Tuesday with Kerry."
/// candidate.mention    // "on Tuesday"
/// candidate.date.value // "2015-12-15"
/// candidate.entities   // ["Lavrov", "Kerry"]
/// ```
public struct EventCandidate: Sendable, Hashable {
    /// The content hash of the article it comes from; stable whatever the ingest order.
    public var articleHash: String
    /// The index of the sentence in the article.
    public var sentenceIndex: Int
    /// The sentence, as in the article.
    public var sentence: String
    /// The sentence made readable: no place dateline prefix, whitespace tidied, quotes balanced.
    public var summary: String
    /// The temporal expression that dates it (`"on Tuesday"`).
    public var mention: String
    /// The date it is given.
    public var date: EventDate
    /// Named entities it mentions (people, places, organisations).
    public var entities: [String]
    /// The publication day of its article, when known. The merger prefers reports written after
    /// the event for the summary, and salience counts them.
    public var published: CivilDate?

    /// Creates a candidate.
    public init(
        articleHash: String, sentenceIndex: Int, sentence: String, summary: String, mention: String,
        date: EventDate, entities: [String], published: CivilDate? = nil
    ) {
        self.articleHash = articleHash
        self.sentenceIndex = sentenceIndex
        self.sentence = sentence
        self.summary = summary
        self.mention = mention
        self.date = date
        self.entities = entities
        self.published = published
    }
}

extension EventCandidate {
    /// The candidate's identity, independent of ingest order: article hash, sentence, date.
    ///
    /// Clusters are built and named in key order, which is what makes merging order-independent.
    public var key: CandidateKey {
        CandidateKey(articleHash: articleHash, sentenceIndex: sentenceIndex, date: date.value, mod: date.mod?.rawValue ?? "")
    }

    /// The neighbourhood the merger clusters it in: the calendar month of its day (or of the middle
    /// of its week or month), or, for longer periods, the period itself.
    ///
    /// Store it with the candidate (an indexed column) and reload a whole neighbourhood when a new
    /// candidate falls into it; see ``Merger``.
    public var neighbourhood: Neighbourhood { Neighbourhood(of: date) }
}

/// The order-independent identity of an ``EventCandidate``: its article's content hash, the sentence
/// index and the date it was given. One sentence yields at most one candidate per date.
public struct CandidateKey: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The article's content hash.
    public var articleHash: String
    /// The sentence index in the article.
    public var sentenceIndex: Int
    /// The TIMEX3 value of the candidate's date.
    public var date: String
    /// The TIMEX3 modifier of the candidate's date, or `""`.
    public var mod: String

    /// Creates a key.
    public init(articleHash: String, sentenceIndex: Int, date: String, mod: String = "") {
        self.articleHash = articleHash
        self.sentenceIndex = sentenceIndex
        self.date = date
        self.mod = mod
    }

    public static func < (a: CandidateKey, b: CandidateKey) -> Bool {
        if a.articleHash != b.articleHash { return a.articleHash < b.articleHash }
        if a.sentenceIndex != b.sentenceIndex { return a.sentenceIndex < b.sentenceIndex }
        if a.date != b.date { return a.date < b.date }
        return a.mod < b.mod
    }

    /// `hash#sentence@date[ mod]`.
    public var description: String { "\(articleHash)#\(sentenceIndex)@\(date)" + (mod.isEmpty ? "" : " " + mod) }
}
