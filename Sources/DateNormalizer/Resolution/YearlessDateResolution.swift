/// Month-days, months and days of the month written without a year ("Nov. 14", "in March", "the 14th").
///
/// The year comes from the tense of the clause holding the date: past tense takes the latest
/// occurrence not after the reference, a future cue the earliest not before it, and otherwise the
/// coming one when it is less than eight months away (the last one otherwise). "The ISSG ... met in Vienna on Nov. 14", dated 2015-12-16, is 2015-11-14.
enum YearlessDateResolution {
    /// Two days of slack: a dateline can trail the event it reports.
    static let slack = 2

    static func resolve(month: Int?, day: Int?, context: ResolutionContext) -> Step? {
        guard let today = context.today else { return nil }
        var candidates: [Period] = []
        if let month {
            for y in [today.year - 1, today.year, today.year + 1] {
                if let day {
                    if let d = CivilDate(year: y, month: month, day: day) { candidates.append(.day(d)) }
                } else if let p = Period.month(y, month) {
                    candidates.append(p)
                }
            }
        } else if let day {
            for k in -1...1 {
                guard let first = CivilDate(year: today.year, month: today.month, day: 1)?.adding(months: k),
                      let d = CivilDate(year: first.year, month: first.month, day: day)
                else { continue }
                candidates.append(.day(d))
            }
        }
        guard !candidates.isEmpty else { return nil }
        let t = today.dayNumber
        let pick: Period?
        switch context.tense {
        case .past:
            pick = candidates.last { $0.start.dayNumber <= t + slack } ?? candidates.first
        case .future:
            pick = candidates.first { $0.end.dayNumber > t - slack + 1 } ?? candidates.last
        case .present, .none:
            // no cue: the coming occurrence when it is within eight months, else the last one
            let next = candidates.first { $0.end.dayNumber > t }
            if let next, next.start.dayNumber - t <= horizon(month: month, day: day) {
                pick = next
            } else {
                pick = candidates.last { $0.start.dayNumber <= t } ?? next
            }
        }
        guard let p = pick else { return nil }
        return Step(period: p, trace: "year from \(context.tense.label), reference \(today)")
    }

    /// How far ahead an untensed yearless date may point: eight months, or half a month for "the 14th".
    static func horizon(month: Int?, day: Int?) -> Int { month == nil ? 20 : 243 }

    static func distance(_ p: Period, _ t: Int) -> Int {
        if p.start.dayNumber > t { return p.start.dayNumber - t }
        if p.end.dayNumber <= t { return t - p.end.dayNumber + 1 }
        return 0
    }
}
