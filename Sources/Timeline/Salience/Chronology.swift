import DateNormalizer

/// Something that has a place in a chronology: an ``Event`` or an ``EventCluster``.
///
/// Adopt it to order or select other values with ``Chronology``:
///
/// ```swift
/// struct Row: ChronologyEntry { var date: EventDate; var salience: Double; var tieBreaker: Int64 }
/// let timeline = Chronology.select(rows, maxEvents: 20)
/// ```
public protocol ChronologyEntry {
    /// What orders entries of the same date and salience.
    associatedtype TieBreaker: Comparable
    /// Its date.
    var date: EventDate { get }
    /// How prominent it is; higher is more salient.
    var salience: Double { get }
    /// The last resort of ordering: an id or key.
    var tieBreaker: TieBreaker { get }
}

/// Orders events in time and picks the few that make a timeline.
///
/// ```swift
/// let timeline = Chronology.select(events, maxEvents: 10)   // the 10 most salient, in date order
/// ```
public enum Chronology {
    /// Whether `a` comes before `b`: by start of the date, a coarser period before the days inside
    /// it, then by tie-breaker.
    public static func precedes<E: ChronologyEntry>(_ a: E, _ b: E) -> Bool {
        if a.date != b.date {
            if a.date.chronologicallyPrecedes(b.date) { return true }
            if b.date.chronologicallyPrecedes(a.date) { return false }
        }
        return a.tieBreaker < b.tieBreaker
    }

    /// `entries` in chronological order.
    ///
    /// - Parameter entries: Events or clusters, in any order.
    /// - Returns: Sorted by start date; "In March" comes before "March 1", which comes before "March 9".
    public static func sorted<E: ChronologyEntry>(_ entries: [E]) -> [E] {
        entries.sorted { precedes($0, $1) }
    }

    /// The `maxEvents` most salient entries, spread over dates, in chronological order.
    ///
    /// Use it for `--max-events`: entries are taken by salience, but a date that already has an
    /// entry is passed over while other dates remain, so ten events make a timeline of ten dates
    /// before any date gets a second one.
    ///
    /// - Parameters:
    ///   - entries: The candidates for the timeline, in any order.
    ///   - maxEvents: How many to keep; 0 or less keeps none.
    /// - Returns: At most `maxEvents` entries, chronological.
    public static func select<E: ChronologyEntry>(_ entries: [E], maxEvents: Int) -> [E] {
        guard maxEvents > 0 else { return [] }
        guard entries.count > maxEvents else { return sorted(entries) }
        let ranked = entries.indices.sorted { i, j in
            let a = entries[i], b = entries[j]
            if a.salience != b.salience { return a.salience > b.salience }
            return precedes(a, b)
        }
        var chosen: [Int] = []
        var taken: Set<CalendarInterval> = []
        var passed: [Int] = []
        for i in ranked where chosen.count < maxEvents {
            if taken.insert(entries[i].date.effectiveInterval).inserted {
                chosen.append(i)
            } else {
                passed.append(i)
            }
        }
        for i in passed where chosen.count < maxEvents { chosen.append(i) }
        return sorted(chosen.map { entries[$0] })
    }
}
