/// The TIMEX3 type of a temporal expression (TimeML).
public enum TimexType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A calendar date or period: "Nov. 14", "last week", "the 1990s".
    case date = "DATE"
    /// A time of day that carries a date: "9 a.m. on Friday", "Tuesday morning".
    case time = "TIME"
    /// A length of time, never anchored: "five hours" (`PT5H`), "six years" (`P6Y`).
    case duration = "DURATION"
    /// A recurrence: "every Tuesday", "annually".
    case set = "SET"
}

/// A TIMEX3 modifier: which part of the value is meant ("the end of September" is `2015-09` + `.end`).
public enum TimexMod: String, Sendable, Hashable, Codable, CaseIterable {
    case start = "START"
    case mid = "MID"
    case end = "END"
    case approx = "APPROX"
    case before = "BEFORE"
    case after = "AFTER"
    case onOrBefore = "ON_OR_BEFORE"
    case onOrAfter = "ON_OR_AFTER"
    case lessThan = "LESS_THAN"
    case moreThan = "MORE_THAN"
    case equalOrLess = "EQUAL_OR_LESS"
    case equalOrMore = "EQUAL_OR_MORE"
}

/// How fine a resolved date is: the calendar unit its value names.
public enum Granularity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case second, minute, hour
    /// A part of a day: "Tuesday morning", "tonight".
    case partOfDay = "part-of-day"
    case day, weekend, week, month, quarter, half, season, year, decade, century

    /// Finer units sort first.
    public static func < (a: Granularity, b: Granularity) -> Bool { a.rank < b.rank }

    var rank: Int { Granularity.allCases.firstIndex(of: self) ?? 0 }
}

/// A half-open run of calendar days, `[start, end)`: "December 2015" is 2015-12-01 ..< 2016-01-01.
public struct CalendarInterval: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first day inside the interval.
    public var start: CivilDate
    /// The first day after the interval.
    public var end: CivilDate

    /// Creates `[start, end)`; returns nil unless `start < end`.
    public init?(start: CivilDate, end: CivilDate) {
        guard start < end else { return nil }
        self.start = start
        self.end = end
    }

    /// The single day `day`.
    public init(day: CivilDate) {
        self.start = day
        self.end = day.adding(days: 1) ?? day
    }

    /// Whether the two intervals share at least one day.
    public func overlaps(_ other: CalendarInterval) -> Bool { start < other.end && other.start < end }

    /// Whether every day of `other` lies inside this interval.
    public func contains(_ other: CalendarInterval) -> Bool { start <= other.start && other.end <= end }

    /// The number of days covered.
    public var dayCount: Int { end.dayNumber - start.dayNumber }

    public var description: String { "[\(start), \(end))" }
}

/// A resolved (or, without a reference, partly resolved) TIMEX3 annotation.
///
/// ```swift
/// // "the end of September" in an article dated 2015-12-16:
/// Timex(type: .date, value: "2015-09", mod: .end, interval: CalendarInterval(...2015-09-01 ..< 2015-10-01),
///       granularity: .month)
/// ```
public struct Timex: Sendable, Hashable, Codable {
    /// DATE, TIME, DURATION or SET.
    public var type: TimexType
    /// The TIMEX3 value: `2015-12-15`, `2015-W50`, `2015-11`, `2015-Q3`, `2015-SU`, `199`, `19`,
    /// `2015-12-16TNI`, `2015-12-17T10:30`, `P2Y`, `PRESENT_REF`, `XXXX-12-15` when no year could be set.
    public var value: String
    /// The modifier, when the expression names part of the value or an open side of it.
    public var mod: TimexMod?
    /// The calendar days covered, for DATE and TIME values that resolve to days; nil otherwise.
    public var interval: CalendarInterval?
    /// The unit of `value`, for DATE and TIME; nil for DURATION, SET and `*_REF` values.
    public var granularity: Granularity?

    /// Creates an annotation.
    public init(type: TimexType, value: String, mod: TimexMod? = nil, interval: CalendarInterval? = nil, granularity: Granularity? = nil) {
        self.type = type
        self.value = value
        self.mod = mod
        self.interval = interval
        self.granularity = granularity
    }
}
