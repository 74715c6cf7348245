import DateNormalizer

/// Time-zone words seen after dateline times, as offsets in minutes east of UTC.
///
/// `ET`, `CT`, `MT` and `PT` name a US zone without saying whether daylight saving applies: they are
/// resolved from the date (second Sunday of March to first Sunday of November). `IST` is read as India
/// Standard Time, which is how English-language news sites use it. Lowercase, looked up without dots.
enum TimeZoneAbbreviations {
    static let fixed: [(String, Int)] = [
        ("utc", 0), ("gmt", 0), ("z", 0), ("ut", 0),
        ("est", -300), ("edt", -240), ("cst", -360), ("cdt", -300),
        ("mst", -420), ("mdt", -360), ("pst", -480), ("pdt", -420),
        ("akst", -540), ("akdt", -480), ("hst", -600),
        ("ast", -240), ("adt", -180), ("nst", -210), ("ndt", -150),
        ("bst", 60), ("wet", 0), ("west", 60), ("cet", 60), ("cest", 120), ("eet", 120), ("eest", 180),
        ("msk", 180), ("ist", 330), ("pkt", 300), ("ict", 420), ("wib", 420),
        ("hkt", 480), ("sgt", 480), ("pht", 480), ("awst", 480), ("jst", 540), ("kst", 540),
        ("acst", 570), ("aest", 600), ("aedt", 660), ("nzst", 720), ("nzdt", 780),
    ]

    /// Two-word zones (`Beijing time`).
    static let phrases: [(String, String, Int)] = [
        ("beijing", "time", 480), ("moscow", "time", 180), ("tokyo", "time", 540),
    ]

    /// US zones whose offset depends on daylight saving: (word, standard offset).
    static let usGeneric: [(String, Int)] = [("et", -300), ("ct", -360), ("mt", -420), ("pt", -480)]

    static let fixedTable: [[UInt8]: Int] = Dictionary(fixed.map { (Array($0.0.utf8), $0.1) }, uniquingKeysWith: { a, _ in a })
    static let usGenericTable: [[UInt8]: Int] = Dictionary(usGeneric.map { (Array($0.0.utf8), $0.1) }, uniquingKeysWith: { a, _ in a })

    /// The offset of a US generic zone on `date`: one hour more in daylight saving time.
    static func usOffset(standard: Int, on year: Int, month: Int, day: Int) -> Int {
        standard + (isUSDaylightSaving(year: year, month: month, day: day) ? 60 : 0)
    }

    /// Daylight saving in the US since 2007: from the second Sunday of March to the first Sunday of November.
    static func isUSDaylightSaving(year: Int, month: Int, day: Int) -> Bool {
        if month < 3 || month > 11 { return false }
        if month > 3 && month < 11 { return true }
        // Day of the month of the n-th Sunday of month `m`.
        func nthSunday(_ n: Int, month m: Int) -> Int {
            let weekdayOfFirst = CivilDate(year: year, month: m, day: 1)?.weekday ?? 7  // ISO, Monday = 1
            return 1 + (7 - weekdayOfFirst) % 7 + 7 * (n - 1)
        }
        return month == 3 ? day >= nthSunday(2, month: 3) : day < nthSunday(1, month: 11)
    }
}
