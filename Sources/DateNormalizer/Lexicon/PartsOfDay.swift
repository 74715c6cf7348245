/// A named part of a day, with its TIMEX3 code (`2015-12-16TMO`).
enum PartOfDay: UInt8, Sendable, Hashable {
    case morning, afternoon, evening, night, noon, midnight

    /// The TIMEX3 suffix after `T`.
    var code: String {
        switch self {
        case .morning: "MO"
        case .afternoon: "AF"
        case .evening: "EV"
        case .night: "NI"
        case .noon: "12:00"
        case .midnight: "24:00"
        }
    }

    static let spellings: [(String, PartOfDay)] = [
        ("morning", .morning),
        ("afternoon", .afternoon),
        ("evening", .evening),
        ("night", .night), ("overnight", .night),
        ("noon", .noon), ("midday", .noon), ("lunchtime", .noon),
        ("midnight", .midnight),
    ]
}

/// A season of the year, with its TIMEX3 code and meteorological months (northern hemisphere).
enum Season: UInt8, Sendable, Hashable {
    case spring, summer, autumn, winter

    var code: String {
        switch self {
        case .spring: "SP"
        case .summer: "SU"
        case .autumn: "FA"
        case .winter: "WI"
        }
    }

    /// First month: spring March, summer June, autumn September, winter December (into the next year).
    var firstMonth: Int {
        switch self {
        case .spring: 3
        case .summer: 6
        case .autumn: 9
        case .winter: 12
        }
    }

    /// "fall" is also a verb and a noun ("the fall of the Berlin Wall"): latent.
    static let spellings: [(String, Season, Bool)] = [
        ("spring", .spring, true), ("springtime", .spring, false),
        ("summer", .summer, false), ("summertime", .summer, false),
        ("autumn", .autumn, false), ("fall", .autumn, true),
        ("winter", .winter, false), ("wintertime", .winter, false),
    ]
}
