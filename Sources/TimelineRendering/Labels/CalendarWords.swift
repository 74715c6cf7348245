import DateNormalizer

/// The English words labels are made of: month names, ordinals, seasons, parts of the day.
enum CalendarWords {
    static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "December" for 12; an empty string outside 1...12 (callers validate first).
    static func month(_ month: Int) -> String {
        (1...12).contains(month) ? months[month - 1] : ""
    }

    /// "1st", "2nd", "3rd", "11th", "21st", "102nd".
    static func ordinal(_ n: Int) -> String {
        let tens = n % 100
        if (11...13).contains(tens) { return "\(n)th" }
        switch n % 10 {
        case 1: return "\(n)st"
        case 2: return "\(n)nd"
        case 3: return "\(n)rd"
        default: return "\(n)th"
        }
    }

    /// "December 15, 2015", or "December 15" when `withYear` is false.
    static func day(_ date: CivilDate, withYear: Bool = true) -> String {
        let monthDay = month(date.month) + " \(date.day)"
        return withYear ? monthDay + ", \(date.year)" : monthDay
    }

    /// "December 2015".
    static func month(_ date: CivilDate) -> String { month(date.month) + " \(date.year)" }
}

extension CalendarWords {
    /// `n` with leading zeros up to `width` digits: `pad(7, 2)` is "07".
    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
