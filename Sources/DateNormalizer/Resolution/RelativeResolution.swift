/// Dates counted from the reference: "yesterday", "next week", "three days ago", "in two weeks",
/// "the past three months", "within two weeks", "next March", "last summer", "the weekend".
enum RelativeResolution {
    /// "today" (.day, 0), "next week" (.week, 1), "last year" (.year, -1).
    static func deictic(_ unit: TimeUnit, _ n: Int, context: ResolutionContext) -> Step? {
        guard let today = context.today, let d = Period.shift(today, by: n, unit), let p = Period.unit(unit, containing: d) else { return nil }
        return Step(period: p, trace: "\(n >= 0 ? "+" : "")\(n) \(unit.name) from reference \(today)")
    }

    /// The grain a counted offset keeps: days and weeks land on a day; months, years and longer
    /// keep their own unit ("two years ago" is a year), as TimeML annotators write them. Forward
    /// offsets ("in three months") are schedules and land on a day.
    static func offsetGrain(_ unit: TimeUnit, forward: Bool) -> TimeUnit {
        if forward { return unit >= .decade ? .year : .day }
        switch unit {
        case .second, .minute, .hour, .day, .week: return .day
        case .month: return .month
        case .quarter: return .quarter
        case .half: return .half
        case .year, .decade, .century: return .year
        }
    }

    static func move(_ d: CivilDate, _ duration: DurationExpr, sign: Int) -> CivilDate? {
        if duration.business, duration.parts.count == 1, let c = duration.parts[0].count, duration.parts[0].unit == .day {
            return businessDays(from: d, Int(c), sign: sign)
        }
        var date: CivilDate? = d
        for (count, unit) in duration.parts {
            let c = count ?? 3  // "a few days": three
            if c != c.rounded(), unit > .day {
                // "two and a half years": whole units, then the rest in days
                let days = Int((c * unitDays(unit)).rounded())
                date = date?.adding(days: sign * days)
            } else if unit > .hour {
                date = date.flatMap { Period.shift($0, by: sign * Int(c.rounded()), unit) }
            }
        }
        return date
    }

    /// `n` weekdays after (or before) `d`, Saturdays and Sundays skipped.
    static func businessDays(from d: CivilDate, _ n: Int, sign: Int) -> CivilDate? {
        var date = d
        var left = n
        while left > 0 {
            guard let next = date.adding(days: sign) else { return nil }
            date = next
            if date.weekday <= 5 { left -= 1 }
        }
        return date
    }

    static func unitDays(_ u: TimeUnit) -> Double {
        switch u {
        case .second, .minute, .hour, .day: 1
        case .week: 7
        case .month: 30.44
        case .quarter: 91.3
        case .half: 182.6
        case .year: 365.25
        case .decade: 3652.5
        case .century: 36525
        }
    }

    /// "three days ago" (sign -1), "in two weeks" (+1), "two weeks before Christmas" (anchor given).
    static func offset(_ duration: DurationExpr, sign: Int, from anchor: Period?, context: ResolutionContext) -> Step? {
        guard let base = anchor?.start ?? context.today, let d = move(base, duration, sign: sign),
              let finest = duration.parts.map(\.unit).min()
        else { return nil }
        let grain = anchor != nil ? .day : offsetGrain(finest, forward: sign > 0)
        guard let p = Period.unit(grain, containing: d) else { return nil }
        let vague = duration.parts.contains { $0.count == nil }
        return Step(period: p, trace: "\(duration.value) \(sign < 0 ? "before" : "after") \(anchor?.value ?? "reference \(base)")",
                    mod: vague ? .approx : nil)
    }

    /// "the past three months": the units just before the reference, or just after it for "the next".
    static func span(count: Int?, unit: TimeUnit, sign: Int, business: Bool = false, context: ResolutionContext) -> Step? {
        guard let today = context.today else { return nil }
        let n = count ?? 3
        let value = DurationExpr(count.map(Double.init), unit).value
        var start: CivilDate?, end: CivilDate?
        if business, unit == .day {
            // "the next 4 business days": weekdays only, from the day after the reference (or up to it)
            if sign < 0 {
                end = today; start = RelativeResolution.businessDays(from: today, n, sign: -1)
            } else {
                start = today.adding(days: 1); end = RelativeResolution.businessDays(from: today, n, sign: 1)?.adding(days: 1)
            }
        } else if unit == .quarter || unit == .half || unit >= .decade {
            guard let cur = Period.unit(unit, containing: today) else { return nil }
            if sign < 0 { start = Period.shift(cur.start, by: -n, unit); end = cur.start } else { start = cur.end; end = Period.shift(cur.end, by: n, unit) }
        } else if sign < 0 {
            end = today; start = Period.shift(today, by: -n, unit)
        } else {
            start = today.adding(days: 1); end = start.flatMap { Period.shift($0, by: n, unit) }
        }
        guard let s = start, let e = end, s < e else { return nil }
        return Step(period: Period(start: s, end: e, granularity: .day, value: value),
                    trace: "\(value) \(sign < 0 ? "up to" : "after") reference \(today)", mod: count == nil ? .approx : nil, type: .duration)
    }

    /// "within two weeks": from the reference to the reference plus the duration.
    static func within(count: Int, unit: TimeUnit, context: ResolutionContext) -> Step? {
        guard let today = context.today, let e = Period.shift(today, by: count, unit), today < e else { return nil }
        let value = DurationExpr(Double(count), unit).value
        return Step(period: Period(start: today, end: e, granularity: .day, value: value), trace: "\(value) from reference \(today)", type: .duration)
    }

    /// "next April 6" (the first after the reference), "this May 12" (this year's), "last June 2".
    static func monthDay(_ m: Int, _ d: Int, _ direction: Direction, context: ResolutionContext) -> Step? {
        guard let today = context.today else { return nil }
        let dates = (-1...1).compactMap { CivilDate(year: today.year + $0, month: m, day: d) }
        let pick: CivilDate?
        switch direction {
        case .next, .coming, .afterNext: pick = dates.first { $0 > today }
        case .last, .past: pick = dates.last { $0 < today }
        case .this, .none: pick = dates.first { $0.year == today.year }
        }
        return pick.map { Step(period: .day($0), trace: "\(Months.names[m - 1]) \(d), \(direction.name) from reference \(today)") }
    }

    /// "next March", "last September", "this June".
    static func month(_ m: Int, _ direction: Direction, context: ResolutionContext) -> Step? {
        guard let today = context.today else { return nil }
        var y = today.year
        switch direction {
        case .next, .coming: y = m > today.month ? today.year : today.year + 1
        // "last April" in an October story is this year's April: the latest one before the current month,
        // as TimeBank's annotators read it
        // ("last February" in a March story is a year back: this year's would be "last month")
        case .last: y = m < today.month - 1 ? today.year : today.year - 1
        case .past: y = m < today.month ? today.year : today.year - 1
        case .afterNext: y = (m > today.month ? today.year : today.year + 1) + 1
        case .this, .none: y = today.year
        }
        return Period.month(y, m).map { Step(period: $0, trace: "\(Months.names[m - 1]) \(direction.name) from reference \(today)") }
    }

    /// Seasons: with a year, that year's; "next summer"; alone, by tense like a yearless month.
    static func season(_ s: Season, year: Int?, _ direction: Direction, context: ResolutionContext) -> Step? {
        if let year { return Period.season(year, s).map { Step(period: $0, trace: "written season") } }
        guard let today = context.today else { return nil }
        let candidates = (-2...2).compactMap { Period.season(today.year + $0, s) }
        let t = today.dayNumber
        let current = candidates.first { $0.start.dayNumber <= t && t < $0.end.dayNumber }
        let pick: Period?
        switch direction {
        case .this: pick = current ?? candidates.first { $0.start.year == today.year && !(s == .winter && today.month < 3) }
            ?? candidates.first { $0.start.dayNumber > t }
        case .next, .coming: pick = candidates.first { $0.start.dayNumber > t }
        case .last:  // "last spring": last year's, unless that one is still to come
            pick = candidates.first { $0.start.year == today.year - 1 && $0.end.dayNumber <= t } ?? candidates.last { $0.end.dayNumber <= t }
        case .past:  // "this past spring": the latest one over
            pick = candidates.last { $0.end.dayNumber <= t }
        case .afterNext: pick = candidates.filter { $0.start.dayNumber > t }.dropFirst().first
        case .none:
            switch context.tense {
            case .past: pick = current ?? candidates.last { $0.end.dayNumber <= t }
            case .future: pick = current ?? candidates.first { $0.start.dayNumber > t }
            default: pick = current ?? candidates.min { YearlessDateResolution.distance($0, t) < YearlessDateResolution.distance($1, t) }
            }
        }
        return pick.map { Step(period: $0, trace: "season \(direction.name), \(context.tense.label), reference \(today)") }
    }

    /// Weekends: "this weekend" (of the current week), "next weekend", "last weekend"; "the weekend" by tense.
    static func weekend(weeks: Int?, of anchor: Period?, context: ResolutionContext) -> Step? {
        if let anchor {
            // the weekend at or after the anchor's start ("Easter weekend": the one holding Easter Sunday)
            let d = anchor.start.weekday == 7 ? anchor.start.adding(days: -1) : anchor.start
            return d.flatMap { Period.weekend(ofWeekContaining: $0) }.map { Step(period: $0, trace: "weekend of \(anchor.value)") }
        }
        guard let today = context.today else { return nil }
        var n = weeks ?? 0
        if weeks == nil, context.tense == .past, today.weekday < 6 { n = -1 }
        guard let d = today.adding(days: 7 * n), let p = Period.weekend(ofWeekContaining: d) else { return nil }
        return Step(period: p, trace: "weekend \(n >= 0 ? "+" : "")\(n) weeks from reference (\(context.tense.label))")
    }
}
