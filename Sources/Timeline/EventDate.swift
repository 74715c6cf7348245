import DateNormalizer

/// The date of an event: a resolved TIMEX3 value with the calendar days it covers.
public struct EventDate: Sendable, Hashable, Codable {
    /// The TIMEX3 value (`2015-12-15`, `2015-09`, `2015-W50`).
    public var value: String
    /// The TIMEX3 modifier (`END` for "the end of September").
    public var mod: TimexMod?
    /// The days covered, half-open.
    public var interval: CalendarInterval
    /// The unit of the value.
    public var granularity: Granularity

    /// Creates an event date.
    public init(value: String, mod: TimexMod? = nil, interval: CalendarInterval, granularity: Granularity) {
        self.value = value
        self.mod = mod
        self.interval = interval
        self.granularity = granularity
    }

    /// The date of a mention, when it is a DATE or TIME with a calendar interval.
    public init?(_ timex: Timex) {
        guard timex.type == .date || timex.type == .time, let interval = timex.interval,
              let granularity = timex.granularity
        else { return nil }
        self.init(value: timex.value, mod: timex.mod, interval: interval, granularity: granularity)
    }

    /// A single day (`2015-12-15`, granularity `day`).
    ///
    /// ```swift
    /// EventDate(day: CivilDate(year: 2015, month: 12, day: 15)!).value   // "2015-12-15"
    /// ```
    public init(day: CivilDate, mod: TimexMod? = nil) {
        self.init(value: day.description, mod: mod, interval: CalendarInterval(day: day), granularity: .day)
    }
}

extension EventDate {
    /// The days the date most plausibly means: the interval, narrowed to its first, middle or last
    /// third when the modifier is `START`, `MID` or `END` ("the end of September" is September 21-30).
    ///
    /// Merging and chronological order use it, so "late March" can join a March 28 event and sorts
    /// after March 15. The narrowing applies only to periods of four weeks or more whose interval
    /// still covers the whole unit (a normalizer that already narrowed it is trusted).
    public var effectiveInterval: CalendarInterval {
        guard let mod, mod == .start || mod == .mid || mod == .end else { return interval }
        let days = interval.dayCount
        guard days >= 28, granularity >= .month else { return interval }
        let third = days / 3
        let start = interval.start.dayNumber
        let range: (Int, Int)
        switch mod {
        case .start: range = (start, start + third)
        case .mid: range = (start + third, start + days - third)
        default: range = (start + days - third, start + days)
        }
        guard let a = CivilDate(dayNumber: range.0), let b = CivilDate(dayNumber: range.1),
              let narrowed = CalendarInterval(start: a, end: b)
        else { return interval }
        return narrowed
    }

    /// Whether the date names one day or a part of it (a TIME, "Tuesday morning", "on Nov. 14").
    public var isDay: Bool { effectiveInterval.dayCount == 1 }

    /// Whether an open-ended modifier makes the date a boundary rather than a time something
    /// happened at ("before March", "after 2010", "more than a year ago").
    public var isOpenEnded: Bool {
        switch mod {
        case .before, .after, .onOrBefore, .onOrAfter, .lessThan, .moreThan, .equalOrLess, .equalOrMore: return true
        default: return false
        }
    }

    /// The same date at day level: a TIME (`2015-12-17T10:30`) or part of a day (`2015-12-16TNI`)
    /// becomes its day (`2015-12-17`); any other date is returned unchanged.
    ///
    /// Events are dated to the day: reports of one event disagree about the hour far more often than
    /// about the day, and a chronology is read day by day. The hour stays in each source's mention.
    public var dayLevel: EventDate {
        guard isDay, granularity < .day || value.utf8.count > 10 else { return self }
        let day = effectiveInterval.start
        return EventDate(day: day, mod: mod == .approx ? .approx : nil)
    }

    /// Whether `self` comes before `other` in a chronology: earlier start first; for the same start,
    /// the longer period first (a month before the days inside it); then the coarser unit; then the value.
    ///
    /// ```swift
    /// // "In March" (2015-03) sorts before "on March 1" (2015-03-01), which sorts before "March 9".
    /// ```
    public func chronologicallyPrecedes(_ other: EventDate) -> Bool {
        let a = effectiveInterval, b = other.effectiveInterval
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return b.end < a.end }
        if granularity != other.granularity { return other.granularity < granularity }
        if value != other.value { return value < other.value }
        return (mod?.rawValue ?? "") < (other.mod?.rawValue ?? "")
    }
}
