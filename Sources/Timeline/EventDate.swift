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
}
