/// Holidays: the year written, or the one the direction or tense points at.
///
/// Without a year or direction: past tense takes the latest on or before the reference, a future
/// cue or none the next on or after it. "this Christmas" is the one under way or just past (within
/// a week), else the coming one.
enum HolidayResolution {
    static func resolve(_ id: Int, year: Int?, _ direction: Direction, context: ResolutionContext) -> Step? {
        guard Holidays.all.indices.contains(id) else { return nil }
        let h = Holidays.all[id]
        func periods(_ y: Int) -> [Period] {
            h.intervals(in: y).map { i in
                let last = i.end.adding(days: -1) ?? i.start
                return Period(start: i.start, end: i.end, granularity: .day,
                              value: i.dayCount == 1 ? i.start.description : i.start.description + "/" + last.description)
            }
        }
        func period(_ y: Int) -> Period? {
            guard let i = h.interval(in: y) else { return nil }
            let last = i.end.adding(days: -1) ?? i.start
            return Period(start: i.start, end: i.end, granularity: .day,
                          value: i.dayCount == 1 ? i.start.description : i.start.description + "/" + last.description)
        }
        if let year { return period(year).map { Step(period: $0, trace: "\(h.name) in \(year)") } }
        guard let today = context.today else { return nil }
        let t = today.dayNumber
        let candidates = (-1...2).flatMap { periods(today.year + $0) }
        var pick: Period?
        switch direction {
        case .next, .coming, .afterNext: pick = candidates.first { $0.start.dayNumber > t }
        case .last, .past: pick = candidates.last { $0.start.dayNumber < t }
        case .this:
            // the one under way or just past (within a week), else the coming one: "this MLK Day" in February is next year's
            let past = candidates.last { $0.start.dayNumber <= t }
            if let p = past, p.end.dayNumber + 7 > t { pick = p } else { pick = candidates.first { $0.start.dayNumber > t } }
        case .none:
            switch context.tense {
            case .past, .record: pick = candidates.last { $0.start.dayNumber <= t }
            case .named:
                // "a Cinco de Mayo celebration", "the Christmas Day attack": an event the story names, more
                // often one gone by; the coming one only when clearly nearer
                pick = candidates.min { YearlessDateResolution.cost($0, t, .named) < YearlessDateResolution.cost($1, t, .named) }
            default: pick = candidates.first { $0.end.dayNumber > t }
            }
        }
        return pick.map { Step(period: $0, trace: "\(h.name) \(direction.name), \(context.tense.label), reference \(today)") }
    }
}
