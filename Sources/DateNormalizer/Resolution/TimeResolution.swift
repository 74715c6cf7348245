/// Times that carry a date: "9 a.m. on Friday" (`2015-12-18T09:00`), "Tuesday morning"
/// (`2015-12-15TMO`). The interval is the day.
enum TimeResolution {
    static func code(_ t: TimeSpec) -> String {
        switch t {
        case .clock(let h, let m, let s):
            var v = CivilDate.pad(h, 2) + ":" + CivilDate.pad(m ?? 0, 2)
            if let s { v += ":" + CivilDate.pad(s, 2) }
            return v
        case .part(let p): return p.code
        }
    }

    static func granularity(_ t: TimeSpec) -> Granularity {
        switch t {
        case .clock(_, let m, let s): s != nil ? .second : (m != nil ? .minute : .hour)
        case .part(.noon), .part(.midnight): .minute
        case .part: .partOfDay
        }
    }

    /// "in one hour" from a reference with a clock time: that moment (`2015-12-16T10:37`); without one,
    /// the reference day with an unknown time (`2015-12-16TXX:XX`). No interval, as for a bare clock time.
    static func offset(_ d: DurationExpr, sign: Int, from reference: Reference) -> Timex {
        guard let hour = reference.hour else {
            return Timex(type: .time, value: reference.date.description + "TXX:XX", granularity: .minute)
        }
        var seconds = Double(hour * 3600 + (reference.minute ?? 0) * 60 + (reference.second ?? 0))
        for (count, unit) in d.parts {
            let c = count ?? 0
            switch unit {
            case .hour: seconds += Double(sign) * c * 3600
            case .minute: seconds += Double(sign) * c * 60
            default: seconds += Double(sign) * c
            }
        }
        let total = Int(seconds.rounded(.down))
        let days = Int((Double(total) / 86400).rounded(.down))
        let rest = total - days * 86400
        let day = reference.date.adding(days: days) ?? reference.date
        let value = day.description + "T" + code(.clock(hour: rest / 3600, minute: rest % 3600 / 60, second: nil))
        return Timex(type: .time, value: value, granularity: .minute)
    }

    static func resolve(_ d: DateExpr, _ t: TimeSpec, context c: ResolutionContext) -> Step? {
        var date = d
        var time = t
        if case .timed(let inner, let first) = d {
            // "this morning at 10": the clock refines the part of day
            date = inner
            if case .part(let p) = first, case .clock(let h, let m, let s) = t, h < 12,
               p == .afternoon || p == .evening || (p == .night && h >= 5) {
                time = .clock(hour: h + 12, minute: m, second: s)
            }
        }
        var ctx = c
        // a phrase with no verb that sets a clock time on a weekday is a schedule: the coming one
        // ("Friday from 10:00 to noon"); a bare "Friday" keeps the news reading
        if c.tense == .fragment, case .clock = time, case .weekday(_, .none) = date { ctx.tense = .future }
        guard let step = Resolver.period(date, context: ctx) else { return nil }
        // "11:45 the next morning" after "in July": a time on a day of July that cannot be named
        if step.period.value.utf8.contains(UInt8(ascii: "X")) {
            let p = Period(start: step.period.start, end: step.period.end, granularity: step.period.granularity,
                           value: step.period.value + "T" + code(time))
            return Step(period: p, trace: step.trace + "; time \(code(time))", type: .time)
        }
        let day = step.period.start
        let p = Period(start: day, end: day.adding(days: 1) ?? day, granularity: granularity(time), value: day.description + "T" + code(time))
        return Step(period: p, trace: step.trace + "; time \(code(time))", type: .time)
    }
}
