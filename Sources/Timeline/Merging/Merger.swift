import DateNormalizer

/// Merges event candidates from many articles into events: the same happening reported several
/// times becomes one ``EventCluster`` with every report.
///
/// The merger is a pure function of the set of candidates it is given; the order they come in
/// changes nothing. It works one ``Neighbourhood`` (a calendar month, or one long period) at a time:
///
/// 1. Candidates are read in ``CandidateKey`` order and turned into TF-IDF vectors of their content
///    words, with IDF counted over the neighbourhood only, named-entity words weighing more and
///    words outside the date's clause less. Each also gets its event words (``EventWords``): the
///    verbs and happenings of the date's clause ("collapsed", "will vote", "the collapse") and the
///    noun a date modifies ("last Thursday's collapse").
/// 2. Within each day, and within each period (a week, "in March", "late March"), candidates are
///    clustered by average-linkage over their similarity: the cosine, plus ``Options/eventBonus``
///    when two reports share an event word. "The span collapsed on Thursday evening" and "The Feb.
///    22 collapse injured three people" merge although they share one word; two different events
///    of the same Monday stay apart when their words do. Only reports sharing an uncommon word are
///    compared, and each keeps its 12 nearest, so a day of thousands of reports costs linear time.
/// 3. Each period cluster then joins the most similar finer cluster that lies inside it ("in March"
///    joins the March 9 event it recaps), when similar enough and when neither their event words
///    nor the figures of their date's clauses contradict each other: "In March, the ferries carried
///    41,000 passengers" joins neither "the city began running ferries" nor "the first ferries
///    carried 2,300 passengers on Monday". Otherwise it stays an event of its own. Quarters, seasons
///    and years only cluster with reports of the same period.
/// 4. Each event takes the date of its finest reports, the summary of one of them nearest its centre
///    (preferring complete, unquoted statements written after the fact; a month's report that joined
///    a day never tells it), its counts and ``Salience``.
///
/// ## Incremental use
///
/// Events never cross neighbourhoods and a neighbourhood's events depend only on its candidates.
/// A store therefore keeps each candidate's ``EventCandidate/neighbourhood`` key in an indexed
/// column and, when new candidates arrive:
///
/// ```swift
/// for neighbourhood in Merger.neighbourhoods(of: newCandidates) {
///     let all = try fetchCandidates(neighbourhood: neighbourhood.key) + newOnes(in: neighbourhood)
///     let events = Merger().merge(all)          // only this neighbourhood's events
///     try replaceEvents(neighbourhood: neighbourhood.key, with: events)
/// }
/// ```
///
/// The result equals a merge of everything from scratch. Merging at the end of an ingest run (or
/// every few thousand articles) rather than per article saves re-merging busy months repeatedly.
public struct Merger: Sendable {
    /// The thresholds of merging, tuned on `Fixtures/Timeline` and the `Examples` story, then checked
    /// on Timeline17.
    public struct Options: Sendable, Hashable {
        /// The least average cosine similarity at which reports of one day (or one period) merge.
        public var threshold: Double
        /// The least cosine similarity between centres at which a period's reports join a finer event inside it.
        public var attachThreshold: Double

        /// Added to the similarity of two reports, or of a period's reports and a finer event, that
        /// share an event word ("collapsed" and "the Feb. 22 collapse").
        public var eventBonus: Double

        /// Creates options.
        public init(threshold: Double = 0.15, attachThreshold: Double = 0.2, eventBonus: Double = 0.1) {
            self.threshold = threshold
            self.attachThreshold = attachThreshold
            self.eventBonus = eventBonus
        }
    }

    /// The thresholds this merger uses.
    public let options: Options

    /// Creates a merger.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The neighbourhoods `candidates` fall into, in chronological order: what a store must reload
    /// and merge again after adding them.
    ///
    /// ```swift
    /// Merger.neighbourhoods(of: newCandidates).map(\.key)   // ["2015-11", "2015-12"]
    /// ```
    public static func neighbourhoods(of candidates: [EventCandidate]) -> [Neighbourhood] {
        Set(candidates.map(\.neighbourhood)).sorted()
    }

    /// Merges `candidates` into events.
    ///
    /// To update a store incrementally, pass every candidate of each neighbourhood concerned (see
    /// ``neighbourhoods(of:)``): a neighbourhood given only in part gives the events of that part.
    /// Candidates with the same ``CandidateKey`` are taken as one report and land in the same event.
    ///
    /// - Parameter candidates: Candidates in any order.
    /// - Returns: The events, in chronological order; every index of `candidates` belongs to exactly one.
    public func merge(_ candidates: [EventCandidate]) -> [EventCluster] {
        let keys = candidates.map(\.key)
        let order = candidates.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
        // One representative index per key; duplicates follow their first.
        var unique: [Int] = []
        var copies: [Int: [Int]] = [:]
        for i in order {
            if let last = unique.last, keys[last] == keys[i] {
                copies[last, default: []].append(i)
            } else {
                unique.append(i)
            }
        }
        var byNeighbourhood: [Neighbourhood: [Int]] = [:]
        for i in unique { byNeighbourhood[candidates[i].neighbourhood, default: []].append(i) }
        var result: [EventCluster] = []
        for neighbourhood in byNeighbourhood.keys.sorted() {
            let indices = byNeighbourhood[neighbourhood] ?? []
            for draft in mergeNeighbourhood(candidates, indices) {
                var members: [Int] = []
                for local in draft.members {
                    let i = indices[local]
                    members.append(i)
                    members += copies[i] ?? []
                }
                result.append(EventCluster(
                    key: keys[indices[draft.members[0]]], neighbourhood: neighbourhood, members: members,
                    representative: indices[draft.representative], date: draft.date,
                    summary: candidates[indices[draft.representative]].summary, articleCount: draft.articleCount,
                    mentionCount: members.count, laterArticleCount: draft.laterArticleCount,
                    dateArticleCount: draft.dateArticleCount,
                    salience: Salience.score(
                        articleCount: draft.articleCount, mentionCount: members.count,
                        laterArticleCount: draft.laterArticleCount, dateArticleCount: draft.dateArticleCount, date: draft.date)))
            }
        }
        return Chronology.sorted(result)
    }

    /// An event of one neighbourhood, members as positions in the neighbourhood's candidates.
    struct Draft {
        var members: [Int]
        var representative: Int
        var date: EventDate
        var articleCount: Int
        var laterArticleCount: Int
        var dateArticleCount: Int
    }

    /// A cluster of one day or one period, before periods join finer events.
    struct BucketCluster {
        var members: [Int]
        var interval: CalendarInterval
        var centre: SparseVector
        /// The event words of its members.
        var events: EventWords
    }

    /// Merges the candidates of one neighbourhood: `all[indices]`, in key order. Drafts name members
    /// by position in `indices`.
    func mergeNeighbourhood(_ all: [EventCandidate], _ indices: [Int]) -> [Draft] {
        let reader = ContentWords()
        let words = indices.map { reader.words(in: all[$0].summary, excluding: all[$0].mention, entities: all[$0].entities) }
        let space = FeatureSpace(words)
        let vectors = space.vectors
        let events = words.map(EventWords.init)
        var scratch = Array(repeating: 0.0, count: space.termCount)

        // 1. Buckets: one per day, one per period; in chronological order, members in key order.
        var buckets: [CalendarInterval: [Int]] = [:]
        for (position, i) in indices.enumerated() { buckets[bucketInterval(of: all[i].date), default: []].append(position) }
        let bucketOrder = buckets.keys.sorted { $0.start != $1.start ? $0.start < $1.start : $1.end < $0.end }

        // Articles as small numbers, and how many date anything to each bucket's day or period.
        var articleNumbers: [String: Int] = [:]
        let article = indices.map { i in
            let hash = all[i].articleHash
            if let known = articleNumbers[hash] { return known }
            articleNumbers[hash] = articleNumbers.count
            return articleNumbers.count - 1
        }
        var bucketArticles: [CalendarInterval: Int] = [:]
        for (interval, members) in buckets { bucketArticles[interval] = Self.distinctCount(members.map { article[$0] }) }

        // 2. Cluster each bucket.
        var linkage = AverageLinkage(threshold: options.threshold)
        linkage.eventBonus = options.eventBonus
        var clusters: [BucketCluster] = []
        for interval in bucketOrder {
            let members = buckets[interval] ?? []
            for local in linkage.clusters(members.map { vectors[$0] }, events: members.map { events[$0] }) {
                let global = local.map { members[$0] }
                let centre = SparseVector.centre(of: global.map { vectors[$0] }, scratch: &scratch)
                let eventWords = global.count == 1 ? events[global[0]] : EventWords(union: global.map { events[$0] })
                clusters.append(BucketCluster(members: global, interval: interval, centre: centre, events: eventWords))
            }
        }

        // 3. Periods join the most similar finer cluster inside them.
        let parent = attachments(clusters, termCount: space.termCount)
        var groups: [Int: [Int]] = [:]
        for c in clusters.indices {
            var root = c
            while let p = parent[root] { root = p }
            groups[root, default: []].append(c)
        }

        // 4. Events.
        return groups.keys.sorted().map { root in
            let parts = groups[root] ?? []
            let members = parts.count == 1 ? clusters[root].members : parts.flatMap { clusters[$0].members }.sorted()
            let rootMembers = Set(clusters[root].members)
            let rootDates = clusters[root].members.map { all[indices[$0]].date }
            let date = eventDate(of: rootDates[0], rootDates)
            let centre = parts.count == 1 ? clusters[root].centre : SparseVector.centre(of: members.map { vectors[$0] }, scratch: &scratch)
            let representative = Representative().choose(
                among: members, candidates: { all[indices[$0]] }, vectors: vectors, centre: centre, preferred: rootMembers, date: date)
            let articles = Self.distinctCount(members.map { article[$0] })
            let later = Self.distinctCount(members.filter { m in
                all[indices[m]].published.map { $0 >= date.effectiveInterval.end } ?? false
            }.map { article[$0] })
            return Draft(
                members: members, representative: representative, date: date, articleCount: articles,
                laterArticleCount: later, dateArticleCount: max(articles, bucketArticles[clusters[root].interval] ?? 0))
        }
    }

    /// The number of distinct values in `values`.
    static func distinctCount(_ values: [Int]) -> Int {
        guard values.count > 1 else { return values.count }
        let sorted = values.sorted()
        var count = 1
        for k in 1..<sorted.count where sorted[k] != sorted[k - 1] { count += 1 }
        return count
    }

    /// The bucket of a date: its day, or the days of its period.
    func bucketInterval(of date: EventDate) -> CalendarInterval {
        date.isDay ? CalendarInterval(day: date.effectiveInterval.start) : date.effectiveInterval
    }

    /// For each period cluster that joins a finer one, the index of that cluster.
    ///
    /// - Parameters:
    ///   - clusters: The clusters of every bucket.
    ///   - termCount: The number of terms of the neighbourhood: every term id is below it.
    func attachments(_ clusters: [BucketCluster], termCount: Int) -> [Int: Int] {
        var parent: [Int: Int] = [:]
        // Each cluster's days as day numbers, computed once: the loop below compares them for every
        // posting, and converting a civil date to a day number there cost 7 % of a merge (issue 6).
        let starts = clusters.map(\.interval.start.dayNumber)
        let ends = clusters.map(\.interval.end.dayNumber)
        let dayCounts = clusters.indices.map { ends[$0] - starts[$0] }
        guard dayCounts.contains(where: { $0 > 1 }) else { return parent }
        // Postings by term id: the clusters whose centre holds the term, with its weight there.
        var postings = Array(repeating: [(cluster: Int, weight: Double)](), count: termCount)
        for (c, cluster) in clusters.enumerated() {
            for (k, id) in cluster.centre.ids.enumerated() { postings[Int(id)].append((c, cluster.centre.weights[k])) }
        }
        var scores = Array(repeating: 0.0, count: clusters.count)
        var touched: [Int] = []
        for (p, period) in clusters.enumerated() where dayCounts[p] > 1 {
            let days = dayCounts[p], start = starts[p], end = ends[p]
            for (k, id) in period.centre.ids.enumerated() {
                let weightHere = period.centre.weights[k]
                for (t, weight) in postings[Int(id)] where t != p {
                    // Finer, and inside the period (`CalendarInterval.contains` on day numbers).
                    guard dayCounts[t] < days, start <= starts[t], ends[t] <= end else { continue }
                    if scores[t] == 0 { touched.append(t) }
                    scores[t] += weightHere * weight
                }
            }
            touched.sort()
            var best: (index: Int, score: Double)?
            for t in touched where period.events.isCompatible(with: clusters[t].events) {
                let s = scores[t] + (period.events.intersects(clusters[t].events) ? options.eventBonus : 0)
                guard s >= options.attachThreshold else { continue }
                if let b = best {
                    let finer = dayCounts[t] < dayCounts[b.index]
                    let same = dayCounts[t] == dayCounts[b.index]
                    if s > b.score || (s == b.score && (finer || (same && t < b.index))) { best = (t, s) }
                } else {
                    best = (t, s)
                }
            }
            for t in touched { scores[t] = 0 }
            touched.removeAll(keepingCapacity: true)
            if let best { parent[p] = best.index }
        }
        return parent
    }

    /// The date of an event from the dates of its finest reports: their day (approximate only if
    /// every report says so), or the period they share.
    func eventDate(of first: EventDate, _ dates: [EventDate]) -> EventDate {
        if first.isDay {
            let approximate = dates.allSatisfy { $0.mod == .approx }
            return EventDate(day: first.effectiveInterval.start, mod: approximate ? .approx : nil)
        }
        return first
    }
}
