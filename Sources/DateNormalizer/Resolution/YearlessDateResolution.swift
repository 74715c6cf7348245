/// Month-days, months and days of the month written without a year ("Nov. 14", "in March", "the 14th").
///
/// The year comes from the tense of the clause holding the date: past tense takes the latest
/// occurrence not after the reference unless the coming one is four times nearer, a future cue the
/// reverse, and no cue the nearest, leaning slightly ahead. "The ISSG ... met in Vienna on Nov. 14", dated 2015-12-16, is 2015-11-14.
/// A bare phrase with no verb at all ("the fourth day of October", a schedule line) leans further ahead,
/// as scheduling text means.
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
        let progressive = context.progressive, ahead = context.endpointAhead
        // "was first detected in September", written in August: last September
        let tense: Tense = context.tense == .past && context.pastVerbAdjacent ? .record : context.tense
        guard let p = candidates.min(by: {
            cost($0, t, tense, progressive: progressive, endpointAhead: ahead)
                < cost($1, t, tense, progressive: progressive, endpointAhead: ahead)
        })
        else { return nil }
        return Step(period: p, trace: "year from \(context.tense.label), reference \(today)")
    }

    /// Distance from the reference, weighted by direction: a past clause makes the future six times
    /// as far, a future cue the past (three times for a progressive; always for an end "until" it); no cue leans slightly ahead, and a bare phrase further (the
    /// past occurrence wins only when it is 2.5 times nearer).
    static func cost(_ p: Period, _ t: Int, _ tense: Tense, progressive: Bool = false, endpointAhead: Bool = false) -> Double {
        let (pastWeight, futureWeight): (Double, Double)
        switch tense {
        // "will not be sealed until May": the coming one, unless the past one is within a trailing dateline's slack
        case .future where endpointAhead: (pastWeight, futureWeight) = (1000, 1)
        case .past: (pastWeight, futureWeight) = (1, 6)
        // a progressive plans near dates: the past occurrence wins when over three times nearer
        case .future where progressive: (pastWeight, futureWeight) = (3, 1)
        case .future: (pastWeight, futureWeight) = (6, 1)
        case .present, .none: (pastWeight, futureWeight) = (1, 0.6)
        case .fragment: (pastWeight, futureWeight) = (1, 0.4)
        // an event named by its date is more often one gone by: the past one wins unless the coming one
        // is clearly nearer ("the April 20 explosion" in October; "the Nov. 2 election" in July)
        case .named: (pastWeight, futureWeight) = (0.6, 1)
        // a record shows a day gone by: the coming one only within the slack of a trailing dateline
        case .record: (pastWeight, futureWeight) = (1, 1000)
        }
        if p.start.dayNumber > t + slack { return Double(p.start.dayNumber - t) * futureWeight }
        if p.end.dayNumber <= t - slack { return Double(t - p.end.dayNumber + 1) * pastWeight }
        return 0
    }

    static func distance(_ p: Period, _ t: Int) -> Int {
        if p.start.dayNumber > t { return p.start.dayNumber - t }
        if p.end.dayNumber <= t { return t - p.end.dayNumber + 1 }
        return 0
    }
}
