import DateNormalizer

/// One event found by the ``Merger``: the candidates that report it, its date, summary and salience.
///
/// A cluster names its members by their index in the array given to ``Merger/merge(_:)``. Its
/// ``key`` (the smallest member key) names it independently of that array, so a store can keep an
/// event's identity across merges when its earliest member stays.
///
/// ```swift
/// for cluster in Merger().merge(candidates) {
///     print(cluster.date.value, cluster.summary, cluster.articleCount)
///     // 2015-11-14  The ISSG met in Vienna on Nov. 14 to discuss ...  3
/// }
/// ```
public struct EventCluster: Sendable, Hashable {
    /// The smallest key of its members: a name for the event that does not depend on input order.
    public var key: CandidateKey
    /// The neighbourhood it was merged in.
    public var neighbourhood: Neighbourhood
    /// Its members: indices into the merged array, in key order.
    public var members: [Int]
    /// The member whose summary represents it.
    public var representative: Int
    /// The most specific date its members support: the day of its day-level members, else the
    /// period they share. Times of day are dated to their day.
    public var date: EventDate
    /// The representative member's summary.
    public var summary: String
    /// The number of distinct articles among its members.
    public var articleCount: Int
    /// The number of members (dated statements).
    public var mentionCount: Int
    /// The number of distinct articles published after the event's days: later reports of it.
    public var laterArticleCount: Int
    /// The number of distinct articles that date anything to the event's own day (or period): how
    /// much the coverage is about that date, whatever else happened on it.
    public var dateArticleCount: Int
    /// How prominent it is; see ``Salience``.
    public var salience: Double

    /// Creates a cluster.
    public init(
        key: CandidateKey, neighbourhood: Neighbourhood, members: [Int], representative: Int, date: EventDate,
        summary: String, articleCount: Int, mentionCount: Int, laterArticleCount: Int, dateArticleCount: Int, salience: Double
    ) {
        self.key = key
        self.neighbourhood = neighbourhood
        self.members = members
        self.representative = representative
        self.date = date
        self.summary = summary
        self.articleCount = articleCount
        self.mentionCount = mentionCount
        self.laterArticleCount = laterArticleCount
        self.dateArticleCount = dateArticleCount
        self.salience = salience
    }
}

extension EventCluster: ChronologyEntry {
    /// The key: clusters on the same date and of equal salience are ordered by it.
    public var tieBreaker: CandidateKey { key }
}
