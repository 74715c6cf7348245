/// A resolved calendar period: its days `[start, end)`, its unit and its TIMEX3 value.
///
/// Every resolution function returns one; `Timex` is built from it at the end.
struct Period: Sendable, Hashable {
    var start: CivilDate
    var end: CivilDate
    var granularity: Granularity
    var value: String

    var interval: CalendarInterval? { CalendarInterval(start: start, end: end) }

    static func day(_ d: CivilDate) -> Period {
        Period(start: d, end: d.adding(days: 1) ?? d, granularity: .day, value: d.description)
    }

    static func month(_ y: Int, _ m: Int) -> Period? {
        guard let s = CivilDate(year: y, month: m, day: 1), let e = s.adding(months: 1) else { return nil }
        return Period(start: s, end: e, granularity: .month, value: CivilDate.pad(y, 4) + "-" + CivilDate.pad(m, 2))
    }

    static func year(_ y: Int) -> Period? {
        guard let s = CivilDate(year: y, month: 1, day: 1) else { return nil }
        let e = CivilDate(year: y + 1, month: 1, day: 1) ?? s
        return Period(start: s, end: e, granularity: .year, value: CivilDate.pad(y, 4))
    }

    static func quarter(_ y: Int, _ q: Int) -> Period? {
        guard (1...4).contains(q), let s = CivilDate(year: y, month: 3 * q - 2, day: 1), let e = s.adding(months: 3) else { return nil }
        return Period(start: s, end: e, granularity: .quarter, value: CivilDate.pad(y, 4) + "-Q\(q)")
    }

    static func half(_ y: Int, _ h: Int) -> Period? {
        guard (1...2).contains(h), let s = CivilDate(year: y, month: 6 * h - 5, day: 1), let e = s.adding(months: 6) else { return nil }
        return Period(start: s, end: e, granularity: .half, value: CivilDate.pad(y, 4) + "-H\(h)")
    }

    static func season(_ y: Int, _ s: Season) -> Period? {
        guard let start = CivilDate(year: y, month: s.firstMonth, day: 1), let e = start.adding(months: 3) else { return nil }
        return Period(start: start, end: e, granularity: .season, value: CivilDate.pad(y, 4) + "-" + s.code)
    }

    static func decade(_ first: Int) -> Period? {
        guard let s = CivilDate(year: first, month: 1, day: 1) else { return nil }
        let e = CivilDate(year: first + 10, month: 1, day: 1) ?? s
        return Period(start: s, end: e, granularity: .decade, value: CivilDate.pad(first / 10, 3))
    }

    /// The n-th century: the 20th is 1900-1999, value `19`.
    static func century(_ n: Int) -> Period? {
        let first = (n - 1) * 100
        guard let s = CivilDate(year: max(first, 1), month: 1, day: 1) else { return nil }
        let e = CivilDate(year: first + 100, month: 1, day: 1) ?? s
        return Period(start: s, end: e, granularity: .century, value: CivilDate.pad(n - 1, 2))
    }

    /// The ISO week (Monday to Sunday) containing `d`.
    static func week(containing d: CivilDate) -> Period? {
        guard let monday = d.adding(days: 1 - d.weekday), let end = monday.adding(days: 7) else { return nil }
        return Period(start: monday, end: end, granularity: .week, value: isoWeek(monday))
    }

    /// The weekend (Saturday and Sunday) of the ISO week containing `d`.
    static func weekend(ofWeekContaining d: CivilDate) -> Period? {
        guard let saturday = d.adding(days: 6 - d.weekday), let end = saturday.adding(days: 2) else { return nil }
        return Period(start: saturday, end: end, granularity: .weekend, value: isoWeek(saturday) + "-WE")
    }

    /// `2015-W50`, numbered by the ISO rule (the week holding the year's first Thursday is week 1).
    static func isoWeek(_ d: CivilDate) -> String {
        guard let thursday = d.adding(days: 4 - d.weekday), let jan1 = CivilDate(year: thursday.year, month: 1, day: 1) else {
            return d.description
        }
        let week = (thursday.dayNumber - jan1.dayNumber) / 7 + 1
        return CivilDate.pad(thursday.year, 4) + "-W" + CivilDate.pad(week, 2)
    }

    /// The period of `unit` containing `d`.
    static func unit(_ unit: TimeUnit, containing d: CivilDate) -> Period? {
        switch unit {
        case .second, .minute, .hour, .day: return .day(d)
        case .week: return week(containing: d)
        case .month: return month(d.year, d.month)
        case .quarter: return quarter(d.year, (d.month - 1) / 3 + 1)
        case .half: return half(d.year, d.month <= 6 ? 1 : 2)
        case .year: return year(d.year)
        case .decade: return decade(d.year / 10 * 10)
        case .century: return century(d.year / 100 + 1)
        }
    }

    /// `d` moved by `n` units (months clamp the day; decades and centuries move by years).
    static func shift(_ d: CivilDate, by n: Int, _ unit: TimeUnit) -> CivilDate? {
        switch unit {
        case .second, .minute, .hour: return d
        case .day: return d.adding(days: n)
        case .week: return d.adding(days: 7 * n)
        case .month: return d.adding(months: n)
        case .quarter: return d.adding(months: 3 * n)
        case .half: return d.adding(months: 6 * n)
        case .year: return d.adding(months: 12 * n)
        case .decade: return d.adding(months: 120 * n)
        case .century: return d.adding(months: 1200 * n)
        }
    }

    /// The same kind of period, `n` of its own units later ("a year earlier" than 1989-Q3 is 1988-Q3).
    func shifted(byYears n: Int) -> Period? {
        guard let s = Period.shift(start, by: n, .year) else { return nil }
        switch granularity {
        case .day: return .day(s)
        case .week: return Period.week(containing: s)
        case .weekend: return Period.weekend(ofWeekContaining: s)
        case .month: return .month(s.year, s.month)
        case .quarter: return .quarter(s.year, (s.month - 1) / 3 + 1)
        case .half: return .half(s.year, s.month <= 6 ? 1 : 2)
        case .season:
            let code = String(value.suffix(2))
            return [Season.spring, .summer, .autumn, .winter].first { $0.code == code }.flatMap { Period.season(s.year, $0) }
        case .year: return .year(s.year)
        default: return Period.unit(.year, containing: s)
        }
    }
}
