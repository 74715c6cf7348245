import DateNormalizer
import GRDB
import Timeline

/// An ``EventDate`` as the `candidate` and `event` tables keep it: value, mod, granularity and the
/// interval as two day numbers.
enum StoredDate {
    /// The date of a row with the columns `value`, `mod`, `granularity`, `start_day` and `end_day`.
    ///
    /// - Throws: A `DatabaseError` when the row holds a date this version cannot read (a corrupt row).
    static func eventDate(_ row: Row) throws -> EventDate {
        try eventDate(
            value: row["value"], mod: row["mod"], granularity: row["granularity"], startDay: row["start_day"],
            endDay: row["end_day"])
    }

    /// The date of a row whose columns `value`, `mod`, `granularity`, `start_day` and `end_day`
    /// come in this order from position `first` on: for the hot loops that read thousands of rows.
    ///
    /// - Throws: A `DatabaseError` when the row holds a date this version cannot read (a corrupt row).
    static func eventDate(_ row: Row, from first: Int) throws -> EventDate {
        try eventDate(
            value: row[first], mod: row[first + 1], granularity: row[first + 2], startDay: row[first + 3],
            endDay: row[first + 4])
    }

    private static func eventDate(value: String, mod: String?, granularity: String, startDay: Int, endDay: Int) throws -> EventDate {
        guard let unit = Granularity(rawValue: granularity),
              let start = CivilDate(dayNumber: startDay), let end = CivilDate(dayNumber: endDay),
              let interval = CalendarInterval(start: start, end: end)
        else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unreadable date \(value) [\(startDay), \(endDay)) \(granularity)")
        }
        return EventDate(value: value, mod: mod.flatMap(TimexMod.init(rawValue:)), interval: interval, granularity: unit)
    }
}
