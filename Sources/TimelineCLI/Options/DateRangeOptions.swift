import ArgumentParser
import DateNormalizer

/// `--from DATE` and `--to DATE`: the period whose events a command shows.
///
/// Each takes `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and stands for the whole year, month or day, both
/// ends inclusive: `--from 2024-03 --to 2024-03` is all of March 2024. An event is shown when its
/// interval shares at least one day with the period.
struct DateRangeOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Show events that overlap this date or later.",
            discussion: "YYYY, YYYY-MM or YYYY-MM-DD; a year or month counts from its first day.",
            valueName: "date"),
        transform: { try PartialDate(parsing: $0) })
    var from: PartialDate?

    @Option(
        help: ArgumentHelp(
            "Show events that overlap this date or earlier.",
            discussion: "YYYY, YYYY-MM or YYYY-MM-DD; a year or month counts to its last day.",
            valueName: "date"),
        transform: { try PartialDate(parsing: $0) })
    var to: PartialDate?

    func validate() throws {
        if let from, let to, to.interval.end <= from.interval.start {
            throw ValidationError("--from \(from.text) is after --to \(to.text); nothing could be shown")
        }
    }

    /// The days selected, half-open; nil when neither option is given.
    var range: CalendarInterval? {
        guard from != nil || to != nil,
              let start = from?.interval.start ?? CivilDate(year: 1, month: 1, day: 1),
              let end = to?.interval.end ?? CivilDate(year: 9999, month: 12, day: 31)
        else { return nil }
        return CalendarInterval(start: start, end: end)
    }
}

/// A `--from`/`--to` value: a year, a month or a day, as the days it covers.
struct PartialDate: Sendable, Hashable {
    /// What was typed.
    let text: String
    /// The days it covers: a whole year, month or day.
    let interval: CalendarInterval

    /// Why a value is not a date.
    struct Invalid: Error, CustomStringConvertible {
        let text: String
        var description: String {
            "'\(text)' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD (2024, 2024-03, 2024-03-04)"
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (years 1 to 9998, real months and days).
    init(parsing text: String) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        func number(_ part: Substring, digits: Int) -> Int? {
            guard part.utf8.count == digits, part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return Int(part)
        }
        guard (1...3).contains(parts.count), let year = number(parts[0], digits: 4), year >= 1 else {
            throw Invalid(text: text)
        }
        let month = parts.count > 1 ? number(parts[1], digits: 2) : 1
        let day = parts.count > 2 ? number(parts[2], digits: 2) : 1
        guard let month, let day, let first = CivilDate(year: year, month: month, day: day) else { throw Invalid(text: text) }
        let next: CivilDate?
        switch parts.count {
        case 1: next = first.adding(months: 12)
        case 2: next = first.adding(months: 1)
        default: next = first.adding(days: 1)
        }
        guard let next, let interval = CalendarInterval(start: first, end: next) else { throw Invalid(text: text) }
        self.text = text
        self.interval = interval
    }
}
