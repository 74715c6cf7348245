import DateNormalizer

/// The part of the calendar the merger clusters independently of everything else.
///
/// A candidate dated to a day belongs to the calendar month of that day. One dated to a week, a
/// month or any period of at most 31 days belongs to the month holding the middle of that period,
/// and can only join events on the days it shares with that month. A longer period (a quarter, a
/// season, a year) is a neighbourhood of its own, shared only with candidates of the same period.
///
/// No event ever spans two neighbourhoods, and the events of one neighbourhood depend only on the
/// candidates in it. That is the merger's incremental invariant: after new candidates arrive, reload
/// every stored candidate of each neighbourhood they fall into, merge those sets again, and replace
/// the events of those neighbourhoods; the result equals merging everything from scratch.
///
/// ```swift
/// // "on March 9" and "last week" (March 2-8) in 2015 both belong to "2015-03";
/// // "in 2015" belongs to "2015-01-01/2016-01-01".
/// let touched = Set(newCandidates.map(\.neighbourhood))
/// ```
public struct Neighbourhood: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// A stable name to store and index: `2015-03` for a month, `2015-01-01/2016-01-01` for a long period.
    public var key: String {
        isMonth ? String(interval.start.description.prefix(7)) : interval.start.description + "/" + interval.end.description
    }
    /// The month, or the long period.
    public let interval: CalendarInterval
    /// Whether it is a calendar month (which holds days, weeks and months) rather than one long period.
    public let isMonth: Bool

    /// The neighbourhood of a date.
    public init(of date: EventDate) {
        let effective = date.effectiveInterval
        if effective.dayCount <= Neighbourhood.longestPeriodInMonth {
            let middle = CivilDate(dayNumber: (effective.start.dayNumber + effective.end.dayNumber - 1) / 2) ?? effective.start
            self.init(monthOf: middle)
        } else {
            self.init(interval: effective, isMonth: false)
        }
    }

    private init(interval: CalendarInterval, isMonth: Bool) {
        self.interval = interval
        self.isMonth = isMonth
    }

    /// The month neighbourhood holding `day`.
    public init(monthOf day: CivilDate) {
        let first = CivilDate(year: day.year, month: day.month, day: 1) ?? day
        let next = first.adding(months: 1) ?? first.adding(days: 31) ?? first
        self.init(interval: CalendarInterval(start: first, end: next) ?? CalendarInterval(day: first), isMonth: true)
    }

    /// The days that any candidate of this neighbourhood can cover: the month widened by half the
    /// longest period it holds on each side, or the long period itself.
    ///
    /// A store that does not keep ``key`` in a column can load the candidates whose interval overlaps
    /// this range and keep those whose ``EventCandidate/neighbourhood`` is this one.
    public var loadInterval: CalendarInterval {
        guard isMonth else { return interval }
        let half = Neighbourhood.longestPeriodInMonth / 2 + 1
        guard let start = interval.start.adding(days: -half), let end = interval.end.adding(days: half),
              let widened = CalendarInterval(start: start, end: end)
        else { return interval }
        return widened
    }

    /// Periods up to this many days (weeks, months) join events on the days inside them.
    static let longestPeriodInMonth = 31

    public static func < (a: Neighbourhood, b: Neighbourhood) -> Bool {
        if a.interval.start != b.interval.start { return a.interval.start < b.interval.start }
        if a.interval.end != b.interval.end { return b.interval.end < a.interval.end }
        return a.isMonth && !b.isMonth
    }

    public var description: String { key }
}
