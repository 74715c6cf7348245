/// Ranges: both ends resolved, the interval from the first's start to the second's end, the value
/// an ISO 8601 interval (`2015-05-04/2015-05-09`). A yearless end follows the other end's year.
enum RangeResolution {
    static func resolve(_ a: DateExpr, _ b: DateExpr, context c: ResolutionContext) -> Step? {
        guard var first = Resolver.period(a, context: c) else { return nil }
        var second: Step?
        if case .calendar(nil, let m, let d) = b, let m {
            // "June 2 until June 5", "Nov. 28 - Dec. 3": the end is the first such day not before the start
            func end(after start: Period) -> Period? {
                let y = start.start.year
                for year in [y, y + 1] {
                    let p: Period? = d.flatMap { CivilDate(year: year, month: m, day: $0) }.map { Period.day($0) } ?? Period.month(year, m)
                    if let p, p.end > start.start { return p }
                }
                return nil
            }
            // both ends without a year: the year is the one whose whole range the tense puts nearest, as one
            // period ("losses for the three months between April and June", in September, are this year's)
            if case .calendar(nil, let m1?, let d1) = a, let today = c.today {
                var best: (start: Period, end: Period, cost: Double)?
                for y in [today.year - 1, today.year, today.year + 1] {
                    guard let s = d1.flatMap({ CivilDate(year: y, month: m1, day: $0) }).map({ Period.day($0) }) ?? Period.month(y, m1),
                          let e = end(after: s) else { continue }
                    let whole = Period(start: s.start, end: e.end, granularity: s.granularity, value: s.value)
                    let cost = YearlessDateResolution.cost(whole, today.dayNumber, c.tense, progressive: c.progressive)
                    if best.map({ cost < $0.cost }) ?? true { best = (s, e, cost) }
                }
                if let best {
                    first = Step(period: best.start, trace: "year of the whole range from \(c.tense.label), reference \(today)")
                    second = Step(period: best.end, trace: "end after start")
                }
            } else if let p = end(after: first.period) {
                second = Step(period: p, trace: "end after start")
            }
        } else if case .weekday(let w, .none) = b {
            // "Monday through Friday": the first such weekday from the start on
            let start = first.period.start
            second = start.adding(days: (w - start.weekday + 7) % 7).map { Step(period: .day($0), trace: "weekday after start") }
        } else {
            var ctx = c
            ctx.anchor = first.period
            second = Resolver.period(b, context: ctx)
        }
        guard let end = second, first.period.start < end.period.end else { return nil }
        // An end that is itself a range ("Nov 18-Ramadan": Ramadan is `2050-05-22/2050-06-20`) gives
        // its outer bound, so the value stays one ISO 8601 interval.
        let from = first.period.value.split(separator: "/").first ?? ""
        var to = end.period.value.split(separator: "/").last ?? ""
        // an end that runs for a length ("Dec. 18 for 10 days" is `2018-12-01/P10D`) ends on its last day
        if to.hasPrefix("P"), let last = end.period.end.adding(days: -1) { to = Substring(last.description) }
        let p = Period(start: first.period.start, end: end.period.end, granularity: first.period.granularity,
                       value: from + "/" + to)
        return Step(period: p, trace: "range \(first.trace) → \(end.trace)")
    }
}
