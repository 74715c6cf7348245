import DateNormalizer

/// One reported occurrence of an event: an article, its sentence and the date mention.
public struct EventSource: Sendable, Hashable, Codable {
    /// The stored article's id.
    public var article: Int64
    /// The article's headline.
    public var title: String
    /// The outlet or agency, when known.
    public var source: String?
    /// The article's address, when known.
    public var url: String?
    /// The article's publication date (`YYYY-MM-DD`), when known.
    public var published: String?
    /// The sentence that reports the event.
    public var sentence: String
    /// The temporal expression that dates it.
    public var mention: String

    /// Creates a source.
    public init(article: Int64, title: String, source: String?, url: String?, published: String?, sentence: String, mention: String) {
        self.article = article
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.sentence = sentence
        self.mention = mention
    }
}

/// An event of the chronology: one real-world happening, with every article that reported it.
public struct Event: Sendable, Hashable, Identifiable {
    /// The stored event's id.
    public var id: Int64
    /// The most specific date its sources support.
    public var date: EventDate
    /// A representative sentence.
    public var summary: String
    /// Every report of it, in publication order.
    public var sources: [EventSource]
    /// How prominent it is (distinct source articles, later reports, mentions, date precision; see
    /// ``Salience``); higher is more salient.
    public var salience: Double

    /// Creates an event.
    public init(id: Int64, date: EventDate, summary: String, sources: [EventSource], salience: Double) {
        self.id = id
        self.date = date
        self.summary = summary
        self.sources = sources
        self.salience = salience
    }

    /// Creates the event of a merged cluster, with the sources the store built for its members.
    ///
    /// ```swift
    /// let event = Event(id: 7, cluster: cluster, sources: cluster.members.map { sourceRow(for: $0) })
    /// ```
    ///
    /// - Parameters:
    ///   - id: The stored event's id.
    ///   - cluster: The merger's cluster; gives date, summary and salience.
    ///   - sources: One source per member, in any order.
    public init(id: Int64, cluster: EventCluster, sources: [EventSource]) {
        self.init(id: id, date: cluster.date, summary: cluster.summary, sources: sources, salience: cluster.salience)
    }

    /// The number of distinct articles that report it.
    public var articleCount: Int { Set(sources.map(\.article)).count }
}

extension Event: ChronologyEntry {
    /// The id: events on the same date and of equal salience are ordered by it.
    public var tieBreaker: Int64 { id }
}
