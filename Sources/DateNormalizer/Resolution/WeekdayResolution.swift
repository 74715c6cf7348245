/// Weekdays, resolved as news is written: the dateline's own weekday is that day; otherwise the
/// most recent past one; the coming one only on a future cue ("will vote on Thursday").
/// "next"/"last" name the weekday of the next/previous ISO week; "this" the coming one (today included).
enum WeekdayResolution {
    static func resolve(_ weekday: Int, _ direction: Direction, context: ResolutionContext) -> Step? {
        guard let today = context.today else { return nil }
        let delta = weekday - today.weekday  // -6...6, same ISO week
        let back = (today.weekday - weekday + 7) % 7  // days since the most recent one (0 = today)
        let ahead = (weekday - today.weekday + 7) % 7
        let offset: Int
        let why: String
        switch direction {
        case .none:
            if let known = context.weekdays[weekday] {
                return Step(period: .day(known), trace: "the \(Weekdays.names[weekday - 1]) this text already named")
            }
            if back == 0 {
                offset = 0; why = "the dateline's own weekday"
            } else if context.tense == .future {
                offset = ahead; why = "next \(Weekdays.names[weekday - 1]) after reference (future cue)"
            } else {
                offset = -back; why = "most recent \(Weekdays.names[weekday - 1]) before reference (\(context.tense.label))"
            }
        case .this:
            if context.tense == .past, back <= 6, delta <= 0 {
                offset = delta; why = "this week's, past tense"
            } else {
                offset = ahead; why = "the coming one, today included"
            }
        case .next: offset = delta + 7; why = "in the next ISO week"
        case .last: offset = delta - 7; why = "in the previous ISO week"
        case .coming: offset = ahead == 0 ? 7 : ahead; why = "the coming one"
        case .past: offset = back == 0 ? -7 : -back; why = "the most recent one"
        case .afterNext: offset = (ahead == 0 ? 7 : ahead) + 7; why = "the one after the coming one"
        }
        guard let d = today.adding(days: offset) else { return nil }
        return Step(period: .day(d), trace: "\(why); reference \(Weekdays.names[today.weekday - 1].prefix(3)) \(today)")
    }

    /// "Tuesday the 19th": the month nearest the reference where the 19th is a Tuesday, weighed by
    /// tense as a yearless date is.
    static func dayWithWeekday(_ day: Int, _ weekday: Int, context: ResolutionContext) -> Step? {
        guard let today = context.today, let first = CivilDate(year: today.year, month: today.month, day: 1) else { return nil }
        var best: (date: CivilDate, cost: Double)?
        for k in -12...12 {
            guard let m = first.adding(months: k), let d = CivilDate(year: m.year, month: m.month, day: day), d.weekday == weekday else { continue }
            let cost = YearlessDateResolution.cost(.day(d), today.dayNumber, context.tense)
            if let b = best, b.cost <= cost { continue }
            best = (d, cost)
        }
        return best.map { Step(period: .day($0.date), trace: "nearest month where the \(day) is a \(Weekdays.names[weekday - 1]) (\(context.tense.label))") }
    }

    /// "Sat, Jul 19": the year, within about eighteen months of the reference, in which the day falls
    /// on that weekday, weighed by tense as a yearless date is; else the year of the last date
    /// mentioned or one next to it, when the weekday fits there ("Friday Nov. 1, 2002 ... through
    /// Sunday, Nov. 3"); nil otherwise (a wrong weekday is then ignored rather than moving the date
    /// years away).
    static func monthDay(_ month: Int, _ day: Int, weekday: Int, context: ResolutionContext) -> Step? {
        guard let today = context.today else { return nil }
        var best: (date: CivilDate, cost: Double)?
        for y in (today.year - 2)...(today.year + 2) {
            guard let d = CivilDate(year: y, month: month, day: day), d.weekday == weekday, abs(d.dayNumber - today.dayNumber) <= 550 else { continue }
            let cost = YearlessDateResolution.cost(.day(d), today.dayNumber, context.tense)
            if let b = best, b.cost <= cost { continue }
            best = (d, cost)
        }
        if best == nil, let anchor = context.anchor {
            // "Friday Nov. 1, 2002 ... through Sunday, Nov. 3": far from the reference, the story's own year
            for y in [anchor.start.year, anchor.start.year + 1, anchor.start.year - 1] {
                if let d = CivilDate(year: y, month: month, day: day), d.weekday == weekday {
                    return Step(period: .day(d), trace: "the year near the last date mentioned in which \(Months.names[month - 1]) \(day) is a \(Weekdays.names[weekday - 1])")
                }
            }
        }
        return best.map { Step(period: .day($0.date), trace: "the year in which \(Months.names[month - 1]) \($0.date.day) is a \(Weekdays.names[weekday - 1]) (\(context.tense.label))") }
    }

    /// "3 Fridays from now", "2 Thursdays ago".
    static func nthFromReference(_ n: Int, _ weekday: Int, context: ResolutionContext) -> Step? {
        guard let today = context.today, n != 0 else { return nil }
        let offset: Int
        if n > 0 {
            let ahead = (weekday - today.weekday + 7) % 7
            offset = (ahead == 0 ? 7 : ahead) + 7 * (n - 1)
        } else {
            let back = (today.weekday - weekday + 7) % 7
            offset = -((back == 0 ? 7 : back) + 7 * (-n - 1))
        }
        return today.adding(days: offset).map { Step(period: .day($0), trace: "\(n) \(Weekdays.names[weekday - 1])s from reference") }
    }
}
