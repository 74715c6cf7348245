import DateNormalizer

/// Words the period a report covers for its opening line: "December 2015", "September to December 2015",
/// "September 3 to December 17, 2015", "the 1990s to June 2016".
///
/// Each end is written at a precision: the precision of the event that opens or closes the chronology
/// (a decade for "the 1990s", a month for "Late September"), or, for a period the user chose, whatever
/// its bounds align to.
enum PeriodLabel {
    enum Precision: Int, Comparable {
        case day, month, year, decade, century

        static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }

        /// The precision an event of this granularity is known to.
        init(_ granularity: Granularity) {
            switch granularity {
            case .month, .quarter, .half, .season: self = .month
            case .year: self = .year
            case .decade: self = .decade
            case .century: self = .century
            default: self = .day
            }
        }

        /// The coarsest precision the day `start` begins (or `end` exclusively ends) on a boundary of.
        init(aligning start: CivilDate) {
            self = start.day != 1 ? .day : start.month != 1 ? .month : .year
        }
    }

    /// The period `[start, end)` with each end at the precision its bounds align to.
    static func text(for period: CalendarInterval) -> String {
        let joint = min(Precision(aligning: period.start), Precision(aligning: period.end))
        return text(from: period.start, joint, through: period.end.adding(days: -1) ?? period.start, joint)
    }

    /// The days `first` (known to `startPrecision`) through `last` (known to `endPrecision`).
    static func text(from first: CivilDate, _ startPrecision: Precision, through last: CivilDate, _ endPrecision: Precision) -> String {
        if startPrecision == endPrecision, same(first, last, startPrecision) {
            return words(first, startPrecision)
        }
        if startPrecision == endPrecision, first.year == last.year {
            switch startPrecision {
            case .day where first.month == last.month:
                return CalendarWords.month(first.month) + " \(first.day) to \(last.day), \(first.year)"
            case .day:
                return CalendarWords.day(first, withYear: false) + " to " + CalendarWords.day(last)
            case .month:
                return CalendarWords.month(first.month) + " to " + CalendarWords.month(last)
            default: break
            }
        }
        return words(first, startPrecision) + " to " + words(last, endPrecision)
    }

    private static func same(_ a: CivilDate, _ b: CivilDate, _ precision: Precision) -> Bool {
        switch precision {
        case .day: a == b
        case .month: a.year == b.year && a.month == b.month
        case .year: a.year == b.year
        case .decade: a.year / 10 == b.year / 10
        case .century: a.year / 100 == b.year / 100
        }
    }

    private static func words(_ day: CivilDate, _ precision: Precision) -> String {
        switch precision {
        case .day: CalendarWords.day(day)
        case .month: CalendarWords.month(day)
        case .year: "\(day.year)"
        case .decade: "the \(day.year / 10 * 10)s"
        case .century: "the " + CalendarWords.ordinal(day.year / 100 + 1) + " century"
        }
    }
}
