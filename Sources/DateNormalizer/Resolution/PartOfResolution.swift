/// Parts of periods and units inside them: "early March", "the end of 2015", "the first week of
/// October", "the last Monday of March", "the 20th of next month", "Wednesday of next week".
enum PartOfResolution {
    /// "early/mid/late X" and "the beginning/end of X": thirds of X's days, X's value with a modifier.
    static func part(_ part: PartOf, of p: Period, context: ResolutionContext) -> Step? {
        let days = p.end.dayNumber - p.start.dayNumber
        // months split 1-10, 11-20, 21-end; other periods in thirds
        let third = p.granularity == .month ? 10 : max(1, days / 3)
        var s = p.start, e = p.end
        if p.granularity == .week, days == 7, let week = weekPart(part, of: p) { return week }
        switch part {
        case .early, .start: e = p.start.adding(days: third) ?? p.end
        case .mid:
            s = p.start.adding(days: third) ?? p.start
            e = (p.granularity == .month ? p.start.adding(days: 2 * third) : p.end.adding(days: -third)) ?? p.end
        case .late, .end: s = (p.granularity == .month ? p.start.adding(days: 2 * third) : p.end.adding(days: -third)) ?? p.start
        case .firstHalf: e = p.start.adding(days: days / 2) ?? p.end
        case .secondHalf: s = p.start.adding(days: days / 2) ?? p.start
        case .beforeReference:
            if let t = context.today, t > p.start, t <= p.end { e = t }
        case .afterReference:
            if let t = context.today, t >= p.start, t < p.end { s = t.adding(days: 1) ?? t }
        }
        guard s < e else { return Step(period: p, trace: "\(part.name) of \(p.value)", mod: part.mod) }
        return Step(period: Period(start: s, end: e, granularity: p.granularity, value: p.value), trace: "\(part.name) of \(p.value)", mod: part.mod)
    }

    /// Parts of a week, as people say them: the beginning is Monday to Wednesday, the middle Tuesday
    /// to Friday, the end Friday to Sunday.
    static func weekPart(_ part: PartOf, of p: Period) -> Step? {
        let (from, to): (Int, Int)
        switch part {
        case .early, .start: (from, to) = (0, 3)
        case .mid: (from, to) = (1, 5)
        case .late, .end: (from, to) = (4, 7)
        default: return nil
        }
        guard let s = p.start.adding(days: from), let e = p.start.adding(days: to) else { return nil }
        return Step(period: Period(start: s, end: e, granularity: p.granularity, value: p.value), trace: "\(part.name) of \(p.value)", mod: part.mod)
    }

    /// Week 1 of a period is the week holding its first Thursday (the ISO rule, applied to months too).
    static func firstWeek(of p: Period) -> CivilDate? {
        let shift = (4 - p.start.weekday + 7) % 7
        return p.start.adding(days: shift).flatMap { $0.adding(days: 1 - $0.weekday) }
    }

    static func lastWeek(of p: Period) -> CivilDate? {
        guard let last = p.end.adding(days: -1) else { return nil }
        let back = (last.weekday - 4 + 7) % 7
        return last.adding(days: -back).flatMap { $0.adding(days: 1 - $0.weekday) }
    }

    /// The n-th `unit` of a period (n < 0 counts from the end).
    static func nthUnit(_ n: Int, _ unit: TimeUnit, of p: Period) -> Step? {
        var start: CivilDate?
        switch unit {
        case .week:
            start = n > 0 ? firstWeek(of: p)?.adding(days: 7 * (n - 1)) : lastWeek(of: p)?.adding(days: 7 * (n + 1))
        case .day:
            start = n > 0 ? p.start.adding(days: n - 1) : p.end.adding(days: n)
        default:
            start = n > 0 ? Period.shift(p.start, by: n - 1, unit) : Period.shift(p.end, by: n, unit)
        }
        guard let s = start, let q = Period.unit(unit, containing: s), q.start >= p.start.adding(days: -6) ?? p.start, q.start < p.end else { return nil }
        return Step(period: q, trace: "\(unit.name) \(n) of \(p.value)")
    }

    /// "the first two weeks of 2021", "the last four months of 2021".
    static func firstUnits(_ n: Int, _ unit: TimeUnit, of p: Period) -> Step? {
        guard let first = nthUnit(n > 0 ? 1 : n, unit, of: p)?.period else { return nil }
        let count = abs(n)
        let s = first.start
        guard let e = Period.shift(s, by: count, unit), s < e else { return nil }
        // "the first two quarters of 1990", "the last six months of 2015": a named half or quarter of
        // a year is that date (1990-H1), not a length of time
        if p.granularity == .year, unit == .quarter || unit == .month, s.day == 1 {
            let months = unit == .quarter ? 3 * count : count
            if months == 6, s.month == 1 || s.month == 7, let h = Period.half(s.year, s.month == 1 ? 1 : 2) {
                return Step(period: h, trace: "\(n > 0 ? "first" : "last") \(count) \(unit.name)s of \(p.value): a half")
            }
            if months == 3, (s.month - 1) % 3 == 0, let q = Period.quarter(s.year, (s.month - 1) / 3 + 1) {
                return Step(period: q, trace: "\(n > 0 ? "first" : "last") \(count) \(unit.name)s of \(p.value): a quarter")
            }
        }
        return Step(period: Period(start: s, end: e, granularity: first.granularity, value: DurationExpr(Double(count), unit).value),
                    trace: "\(n > 0 ? "first" : "last") \(count) \(unit.name)s of \(p.value)", type: .duration)
    }

    /// "the first Tuesday of October" (n = 1), "the last Monday of March" (n = -1).
    static func nthWeekday(_ n: Int, _ weekday: Int, of p: Period) -> Step? {
        var d: CivilDate?
        if n > 0 {
            let shift = (weekday - p.start.weekday + 7) % 7
            d = p.start.adding(days: shift + 7 * (n - 1))
        } else if let last = p.end.adding(days: -1) {
            let back = (last.weekday - weekday + 7) % 7
            d = last.adding(days: -back - 7 * (-n - 1))
        }
        guard let day = d, day >= p.start, day < p.end else { return nil }
        return Step(period: .day(day), trace: "\(Weekdays.names[weekday - 1]) \(n) of \(p.value)")
    }

    /// "the third Tuesday after Christmas": the n-th such weekday after the period (before it when n < 0).
    static func nthWeekdayAfter(_ n: Int, _ weekday: Int, _ p: Period) -> Step? {
        let d: CivilDate?
        if n > 0 {
            guard let last = p.end.adding(days: -1) else { return nil }
            let ahead = (weekday - last.weekday + 7) % 7
            d = last.adding(days: (ahead == 0 ? 7 : ahead) + 7 * (n - 1))
        } else {
            let back = (p.start.weekday - weekday + 7) % 7
            d = p.start.adding(days: -((back == 0 ? 7 : back) + 7 * (-n - 1)))
        }
        return d.map { Step(period: .day($0), trace: "\(Weekdays.names[weekday - 1]) \(n) from \(p.value)") }
    }

    /// "the closest Monday to Dec. 16": the occurrences of a recurring date around a day, ranked by
    /// distance (ties to the earlier), the `rank`-th.
    static func closest(_ rank: Int, _ expr: DateExpr, to target: CivilDate) -> Step? {
        var occurrences: [Period] = []
        switch expr {
        case .weekday(let w, _):
            guard let first = target.adding(days: (w - target.weekday + 7) % 7 - 7 * (rank + 1)) else { return nil }
            occurrences = (0...(2 * rank + 2)).compactMap { first.adding(days: 7 * $0).map(Period.day) }
        case .holiday(let id, _, _):
            guard Holidays.all.indices.contains(id) else { return nil }
            occurrences = ((target.year - rank - 1)...(target.year + rank + 1)).flatMap { Holidays.all[id].intervals(in: $0) }
                .map { Period(start: $0.start, end: $0.end, granularity: .day, value: $0.start.description) }
        case .calendar(nil, let m?, let d?):
            occurrences = ((target.year - rank - 1)...(target.year + rank + 1)).compactMap { CivilDate(year: $0, month: m, day: d).map(Period.day) }
        default:
            return nil
        }
        let ranked = occurrences.sorted {
            let a = abs($0.start.dayNumber - target.dayNumber), b = abs($1.start.dayNumber - target.dayNumber)
            return a != b ? a < b : $0.start < $1.start
        }
        guard ranked.count >= rank else { return nil }
        return Step(period: ranked[rank - 1], trace: "occurrence \(rank) nearest \(target)")
    }

    static func dayOf(_ day: Int, of p: Period) -> Step? {
        guard let d = CivilDate(year: p.start.year, month: p.start.month, day: day) else { return nil }
        return Step(period: .day(d), trace: "day \(day) of \(p.value)")
    }

    static func weekdayOf(_ weekday: Int, of p: Period) -> Step? {
        guard let d = p.start.adding(days: weekday - p.start.weekday) else { return nil }
        return Step(period: .day(d), trace: "\(Weekdays.names[weekday - 1]) of \(p.value)")
    }

    /// "the week of March 6": the week holding the day; a Sunday opens the week that follows, as
    /// weeks named by their Sunday are (the Monday-to-Sunday week it shares six days with).
    static func containing(_ unit: TimeUnit, _ p: Period) -> Step? {
        var day = p.start
        if unit == .week, p.granularity == .day, day.weekday == 7, let monday = day.adding(days: 1) { day = monday }
        return Period.unit(unit, containing: day).map { Step(period: $0, trace: "\(unit.name) containing \(p.value)") }
    }
}
