/// A calendar or clock unit, from seconds to centuries.
enum TimeUnit: UInt8, Sendable, Hashable, Comparable, CaseIterable {
    case second, minute, hour, day, week, month, quarter, half, year, decade, century

    static func < (a: TimeUnit, b: TimeUnit) -> Bool { a.rawValue < b.rawValue }

    /// The unit's name, for traces (interpolating an enum otherwise goes through reflection, slowly).
    var name: String {
        switch self {
        case .second: "second"
        case .minute: "minute"
        case .hour: "hour"
        case .day: "day"
        case .week: "week"
        case .month: "month"
        case .quarter: "quarter"
        case .half: "half"
        case .year: "year"
        case .decade: "decade"
        case .century: "century"
        }
    }

    /// The granularity of a date at this unit.
    var granularity: Granularity {
        switch self {
        case .second: .second
        case .minute: .minute
        case .hour: .hour
        case .day: .day
        case .week: .week
        case .month: .month
        case .quarter: .quarter
        case .half: .half
        case .year: .year
        case .decade: .decade
        case .century: .century
        }
    }

    /// The TIMEX3 duration letter (`P2Y`, `PT5H`).
    var durationLetter: String {
        switch self {
        case .second: "S"
        case .minute: "M"
        case .hour: "H"
        case .day: "D"
        case .week: "W"
        case .month: "M"
        case .quarter: "Q"
        case .half: "H"
        case .year: "Y"
        case .decade: "DE"
        case .century: "CE"
        }
    }

    var isClock: Bool { self <= .hour }
}

/// Unit words. "fortnight" is two weeks; plurals are flagged because "days" alone is vague.
enum Units {
    /// (spelling, unit, how many units, plural)
    static let spellings: [(String, TimeUnit, Int, Bool)] = [
        ("second", .second, 1, false), ("seconds", .second, 1, true), ("sec", .second, 1, false), ("secs", .second, 1, true),
        ("minute", .minute, 1, false), ("minutes", .minute, 1, true), ("min", .minute, 1, false), ("mins", .minute, 1, true),
        ("hour", .hour, 1, false), ("hours", .hour, 1, true), ("hr", .hour, 1, false), ("hrs", .hour, 1, true),
        ("day", .day, 1, false), ("days", .day, 1, true),
        ("week", .week, 1, false), ("weeks", .week, 1, true), ("wk", .week, 1, false), ("wks", .week, 1, true),
        ("fortnight", .week, 2, false), ("fortnights", .week, 2, true),
        ("month", .month, 1, false), ("months", .month, 1, true), ("mo", .month, 1, false), ("mos", .month, 1, true),
        ("mth", .month, 1, false), ("mths", .month, 1, true),
        ("quarter", .quarter, 1, false), ("quarters", .quarter, 1, true), ("qtr", .quarter, 1, false), ("qtrs", .quarter, 1, true),
        ("year", .year, 1, false), ("years", .year, 1, true), ("yr", .year, 1, false), ("yrs", .year, 1, true),
        ("decade", .decade, 1, false), ("decades", .decade, 1, true),
        ("century", .century, 1, false), ("centuries", .century, 1, true),
        ("millennium", .century, 10, false), ("millennia", .century, 10, true),
    ]

    /// Whether `word` is a plural unit ("weeks", "yrs").
    static func isPlural(_ word: String) -> Bool { spellings.contains { $0.0 == word && $0.3 } }

    static let dotted = ["sec", "secs", "min", "mins", "hr", "hrs", "wk", "wks", "mo", "mos", "qtr", "yr", "yrs"]
}
