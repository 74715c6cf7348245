/// A day in the proleptic Gregorian calendar, with no time zone: the unit every timeline date is built from.
///
/// `CivilDate` does its arithmetic on day numbers (days since 1970-01-01), so adding days, finding a
/// weekday or comparing two dates never touches `Calendar` or `DateFormatter`.
///
/// ```swift
/// let dateline = CivilDate(year: 2015, month: 12, day: 16)!
/// dateline.weekday            // 3 (Wednesday; ISO numbering, Monday = 1)
/// dateline.adding(days: -1)   // 2015-12-15, "Tuesday"
/// ```
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, 1...9999.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31 (checked against the month's length).
    public let day: Int

    /// Creates a date when the parts name a real day, or returns nil (`Feb 30`, month 13, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates the date `dayNumber` days after 1970-01-01 (negative before), or nil outside years 1...9999.
    public init?(dayNumber: Int) {
        let (y, m, d) = CivilDate.civil(fromDays: dayNumber)
        self.init(year: y, month: m, day: d)
    }

    /// Parses `YYYY-MM-DD` (exactly), or returns nil.
    public init?(iso text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
              let y = CivilDate.digits(u[0..<4]), let m = CivilDate.digits(u[5..<7]),
              let d = CivilDate.digits(u[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int { CivilDate.days(fromCivil: year, month, day) }

    /// ISO weekday: Monday = 1 ... Sunday = 7.
    public var weekday: Int {
        let n = dayNumber
        return ((n % 7) + 7 + 3) % 7 + 1
    }

    /// The date `n` days later (earlier when negative), or nil outside years 1...9999.
    public func adding(days n: Int) -> CivilDate? { CivilDate(dayNumber: dayNumber + n) }

    /// The date `n` months later, with the day clamped to the target month's length (Jan 31 + 1 month = Feb 28/29).
    public func adding(months n: Int) -> CivilDate? {
        let total = year * 12 + (month - 1) + n
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        guard (1...9999).contains(y) else { return nil }
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        // written into one buffer: dates are formatted for every mention, so no intermediate strings
        String(unsafeUninitializedCapacity: 10) { b in
            var y = year
            for i in (0..<4).reversed() { b[i] = UInt8(48 + y % 10); y /= 10 }
            b[4] = 45
            b[5] = UInt8(48 + month / 10); b[6] = UInt8(48 + month % 10)
            b[7] = 45
            b[8] = UInt8(48 + day / 10); b[9] = UInt8(48 + day % 10)
            return 10
        }
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Whether `year` has a February 29.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    static func days(fromCivil y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var n = 0
        for b in bytes {
            guard b >= 48, b <= 57 else { return nil }
            n = n * 10 + Int(b - 48)
        }
        return bytes.isEmpty ? nil : n
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        if n >= 0, n < 10_000, width <= 4 {
            return String(unsafeUninitializedCapacity: max(width, 4)) { b in
                var digits = n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : 4
                digits = max(digits, width)
                var v = n
                for i in (0..<digits).reversed() { b[i] = UInt8(48 + v % 10); v /= 10 }
                return digits
            }
        }
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
