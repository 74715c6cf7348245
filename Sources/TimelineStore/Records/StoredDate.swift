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
        let value: String = row["value"]
        let mod: String? = row["mod"]
        let granularity: String = row["granularity"]
        let startDay: Int = row["start_day"]
        let endDay: Int = row["end_day"]
        guard let unit = Granularity(rawValue: granularity),
              let start = CivilDate(dayNumber: startDay), let end = CivilDate(dayNumber: endDay),
              let interval = CalendarInterval(start: start, end: end)
        else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unreadable date \(value) [\(startDay), \(endDay)) \(granularity)")
        }
        return EventDate(value: value, mod: mod.flatMap(TimexMod.init(rawValue:)), interval: interval, granularity: unit)
    }
}
