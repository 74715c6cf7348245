import DateNormalizer

/// A TIMEX3 DATE or TIME value read into its parts, so a label can be worded from it.
///
/// Only the shapes an event date can take are read: `2015-12-15`, `XXXX-12-15`, `2015-12-17T10:30`,
/// `2015-12-16TNI`, `2015-W50`, `2015-W50-WE`, `2015-12`, `2015-SU`, `2015-Q3`, `2015-H1`, `2015`, `199`
/// (the 1990s) and `19` (the 20th century). Anything else is nil and the label falls back to the
/// calendar interval.
enum TimexValue: Hashable {
    /// A calendar day; `year` is nil for `XXXX-12-15`.
    case day(year: Int?, month: Int, day: Int)
    /// A time of day on a calendar day.
    case time(year: Int?, month: Int, day: Int, TimeOfDay)
    /// An ISO week (`2015-W50`), or its weekend (`2015-W50-WE`).
    case week(year: Int, week: Int, weekend: Bool)
    /// A month; `year` is nil for `XXXX-09`.
    case month(year: Int?, month: Int)
    case season(year: Int, Season)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    case year(Int)
    /// The first three digits of the decade's years: 199 is the 1990s.
    case decade(Int)
    /// The first two digits of the century's years: 19 is the 20th century (1900-1999).
    case century(Int)

    /// The clock time or part of the day of a TIME value.
    enum TimeOfDay: Hashable {
        case clock(hour: Int, minute: Int?, second: Int?)
        case part(PartOfDay)
    }

    /// TIMEX3 parts of the day.
    enum PartOfDay: String, Hashable, CaseIterable {
        case morning = "MO", midday = "MI", afternoon = "AF", evening = "EV", night = "NI", daytime = "DT"

        var word: String {
            switch self {
            case .morning: "morning"
            case .midday: "midday"
            case .afternoon: "afternoon"
            case .evening: "evening"
            case .night: "night"
            case .daytime: "daytime"
            }
        }
    }

    /// TIMEX3 seasons. `FA` and `AU` are both autumn; we keep the word the value chose.
    enum Season: String, Hashable, CaseIterable {
        case spring = "SP", summer = "SU", fall = "FA", autumn = "AU", winter = "WI"

        var word: String {
            switch self {
            case .spring: "spring"
            case .summer: "summer"
            case .fall: "fall"
            case .autumn: "autumn"
            case .winter: "winter"
            }
        }
    }

    /// Reads `value`, or returns nil when it is not one of the shapes above.
    init?(_ value: String) {
        let bytes = Array(value.utf8)
        let datePart: ArraySlice<UInt8>
        let timePart: ArraySlice<UInt8>?
        if let t = bytes.firstIndex(of: UInt8(ascii: "T")), t >= 4 {
            datePart = bytes[..<t]
            timePart = bytes[(t + 1)...]
        } else {
            datePart = bytes[...]
            timePart = nil
        }
        guard let date = TimexValue.date(datePart) else { return nil }
        guard let timePart else {
            self = date
            return
        }
        guard case let .day(year, month, day) = date, let time = TimexValue.time(timePart) else { return nil }
        self = .time(year: year, month: month, day: day, time)
    }

    /// The year the value names, when it names one (not for decades, centuries or `XXXX`).
    var year: Int? {
        switch self {
        case let .day(year, _, _), let .time(year, _, _, _), let .month(year, _): year
        case let .week(year, _, _), let .season(year, _), let .quarter(year, _), let .half(year, _): year
        case let .year(year): year
        case .decade, .century: nil
        }
    }

    // MARK: - Reading

    private static func date(_ u: ArraySlice<UInt8>) -> TimexValue? {
        let s = Array(u)
        switch s.count {
        case 2: return number(s[...]).map { .century($0) }
        case 3: return number(s[...]).map { .decade($0) }
        case 4: return number(s[...]).flatMap { $0 >= 1 ? .year($0) : nil }
        default: break
        }
        guard s.count >= 7, s[4] == UInt8(ascii: "-") else { return nil }
        let yearText = s[0..<4]
        let year: Int?
        if yearText.allSatisfy({ $0 == UInt8(ascii: "X") }) {
            year = nil
        } else if let y = number(yearText), y >= 1 {
            year = y
        } else {
            return nil
        }
        let rest = s[5...]
        let restString = String(decoding: rest, as: UTF8.self)

        // `2015-12` and `2015-12-15`
        if rest.count == 2, let month = number(rest), (1...12).contains(month) {
            return .month(year: year, month: month)
        }
        if rest.count == 5, rest[rest.startIndex + 2] == UInt8(ascii: "-"),
           let month = number(rest.prefix(2)), let day = number(rest.suffix(2)),
           (1...12).contains(month), day >= 1,
           day <= CivilDate.daysIn(month: month, year: year ?? 2000)  // a year-less Feb 29 is allowed
        {
            return .day(year: year, month: month, day: day)
        }
        // The rest need a year.
        guard let year else { return nil }
        if let season = Season(rawValue: restString) { return .season(year: year, season) }
        if rest.count == 2, let n = number(rest.suffix(1)) {
            switch rest.first {
            case UInt8(ascii: "Q") where (1...4).contains(n): return .quarter(year: year, quarter: n)
            case UInt8(ascii: "H") where (1...2).contains(n): return .half(year: year, half: n)
            default: return nil
            }
        }
        if rest.first == UInt8(ascii: "W"), rest.count == 3 || (rest.count == 6 && restString.hasSuffix("-WE")),
           let week = number(rest.dropFirst().prefix(2)), (1...53).contains(week)
        {
            return .week(year: year, week: week, weekend: rest.count == 6)
        }
        return nil
    }

    private static func time(_ u: ArraySlice<UInt8>) -> TimeOfDay? {
        let text = String(decoding: u, as: UTF8.self)
        if let part = PartOfDay(rawValue: text) { return .part(part) }
        let s = Array(u)
        guard s.count >= 2, let hour = number(s[0..<2]), (0...24).contains(hour) else { return nil }
        var minute: Int?
        var second: Int?
        if s.count >= 5, s[2] == UInt8(ascii: ":"), let m = number(s[3..<5]), (0...59).contains(m) {
            minute = m
            if s.count >= 8, s[5] == UInt8(ascii: ":"), let sec = number(s[6..<8]), (0...60).contains(sec) {
                second = sec
            }
        }
        // Whatever follows (a zone such as `Z` or `+01:00`) is not shown: articles give local times.
        return .clock(hour: hour, minute: minute, second: second)
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var n = 0
        for b in bytes {
            guard b >= 48, b <= 57 else { return nil }
            n = n * 10 + Int(b - 48)
        }
        return n
    }
}
