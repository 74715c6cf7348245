/// Stage 5: turns a rule's underspecified value into a `Timex`, handing each kind of expression
/// to its own small function (`WeekdayResolution`, `YearlessDateResolution`, ...).
enum Resolver {
    /// The TIMEX3 annotation of one chart value, with the trace of how it was reached.
    static func timex(_ value: Temporal, context: ResolutionContext) -> (Timex, String)? {
        switch value {
        case .number, .ordinal:
            return nil
        case .duration(let d):
            return (Timex(type: .duration, value: d.value, mod: d.mod), "duration")
        case .set(let v):
            return (Timex(type: .set, value: v), "set")
        case .time(let t):
            // a clock time with no date: on the day the text last named ("the blast came Friday ... at
            // 10:35 a.m.", "in the early hours of Sunday morning ... at about 2.40am"), else the reference day,
            // in its value; no interval
            if let a = context.anchor, a.granularity <= .day {
                return (Timex(type: .time, value: a.start.description + "T" + TimeResolution.code(t), granularity: TimeResolution.granularity(t)),
                        "time of day on the day last named")
            }
            let day = context.today?.description ?? "XXXX-XX-XX"
            return (Timex(type: .time, value: day + "T" + TimeResolution.code(t), granularity: TimeResolution.granularity(t)),
                    "time of day on the reference day")
        case .date(let expr):
            if case .ref(let r) = expr {
                let interval = r == .present ? context.today.map { CalendarInterval(day: $0) } : nil
                return (Timex(type: .date, value: r.value, interval: interval), "vague reference")
            }
            if case .offset(let d, let sign, nil) = expr, d.parts.contains(where: { $0.count == nil }), !d.few {
                // "several years ago": TimeML's vague past (or future)
                let r: RefKind = sign < 0 ? .past : .future
                return (Timex(type: .date, value: r.value), "vague offset")
            }
            if case .later(let d, _) = expr, d.few || d.parts.allSatisfy({ $0.unit.isClock }) {
                // "an hour later", "a minute and a half later": the last date has no clock time to count
                // from, so only the length is known; "a few days later" names no day either
                return (Timex(type: .duration, value: d.value, mod: d.mod), "duration (no clock time or count to move the last date by)")
            }
            if case .inDuration(let d) = expr, context.tense == .past {
                return (Timex(type: .duration, value: d.value, mod: d.mod), "duration (\(context.tense.label))")
            }
            if let (d, sign) = clockOffset(expr), let reference = context.reference {
                // "in one hour", "20 minutes ago": a time of day, like a clock time with no date
                return (TimeResolution.offset(d, sign: sign, from: reference), "clock offset from the reference")
            }
            if let step = period(expr, context: context) {
                let p = step.period
                let isDuration = step.type == .duration
                return (Timex(type: step.type, value: p.value, mod: step.mod, interval: p.interval,
                              granularity: isDuration ? nil : p.granularity), step.trace)
            }
            return (Underspecified.timex(expr, dateOrder: context.dateOrder), context.reference == nil ? "no reference" : "unresolved")
        }
    }

    /// An offset counted only in hours, minutes or seconds from the reference.
    static func clockOffset(_ expr: DateExpr) -> (DurationExpr, Int)? {
        let d: DurationExpr, sign: Int
        switch expr {
        case .inDuration(let x): (d, sign) = (x, 1)
        case .offset(let x, let s, nil): (d, sign) = (x, s)
        default: return nil
        }
        guard d.parts.allSatisfy({ $0.unit.isClock && $0.count != nil }) else { return nil }
        return (d, sign)
    }

    /// The period an expression names, or nil when it needs a reference that is missing.
    static func period(_ expr: DateExpr, context c: ResolutionContext) -> Step? {
        switch expr {
        case .calendar(let y?, let m, let d):
            return CalendarResolution.resolve(year: y, month: m, day: d)
        case .calendar(nil, let m, let d):
            return YearlessDateResolution.resolve(month: m, day: d, context: c)
        case .numeric(let a, let b, let y):
            guard let (m, d, why) = CalendarResolution.order(a, b, c.dateOrder) else { return nil }
            guard var step = y != nil ? CalendarResolution.resolve(year: y ?? 0, month: m, day: d)
                    : YearlessDateResolution.resolve(month: m, day: d, context: c) else { return nil }
            step.trace = why + "; " + step.trace
            return step
        case .alone(let inner):
            return period(inner, context: c)
        case .withWeekday(let inner, let w):
            switch inner {
            case .calendar(nil, let m?, let d?):
                return WeekdayResolution.monthDay(m, d, weekday: w, context: c) ?? period(inner, context: c)
            case .numeric(let a, let b, nil):
                guard let (m, d, _) = CalendarResolution.order(a, b, c.dateOrder) else { return nil }
                return WeekdayResolution.monthDay(m, d, weekday: w, context: c) ?? period(inner, context: c)
            default:
                return period(inner, context: c)
            }
        case .dayWithWeekday(let d, let w):
            return WeekdayResolution.dayWithWeekday(d, w, context: c)
        case .decade(let y):
            return Period.decade(y).map { Step(period: $0, trace: "decade") }
        case .century(let n):
            return Period.century(n).map { Step(period: $0, trace: "century") }
        case .weekday(let w, let dir):
            return WeekdayResolution.resolve(w, dir, context: c)
        case .anaphoricWeekday(let w):
            guard let base = c.anchor?.start ?? c.today else { return nil }
            let ahead = (w - base.weekday + 7) % 7
            return base.adding(days: ahead == 0 ? 7 : ahead).map { Step(period: .day($0), trace: "first \(Weekdays.names[w - 1]) after \(base)") }
        case .anaphoricWeekdayBefore(let w):
            guard let base = c.anchor?.start ?? c.today else { return nil }
            let back = (base.weekday - w + 7) % 7
            return base.adding(days: -(back == 0 ? 7 : back)).map { Step(period: .day($0), trace: "last \(Weekdays.names[w - 1]) before \(base)") }
        case .nthWeekdayFromReference(let n, let w):
            return WeekdayResolution.nthFromReference(n, w, context: c)
        case .deictic(let u, let n):
            return RelativeResolution.deictic(u, n, context: c)
        case .offset(let d, let sign, let from):
            if let from {
                guard let anchor = period(from, context: c) else { return nil }
                return RelativeResolution.offset(d, sign: sign, from: anchor.period, context: c)
            }
            return RelativeResolution.offset(d, sign: sign, from: nil, context: c)
        case .inDuration(let d):
            if c.tense == .past { return nil }
            return RelativeResolution.offset(d, sign: 1, from: nil, context: c)
        case .later(let d, let sign):
            return AnaphoraResolution.later(d, sign: sign, context: c)
        case .movedReference(let inner, let d, let sign):
            // the first such date on or after the moved reference
            guard let t = c.today, let moved = RelativeResolution.move(t, d, sign: sign) else { return nil }
            var ctx = c
            ctx.reference = Reference(date: moved)
            ctx.tense = .future
            guard var step = period(inner, context: ctx) else { return nil }
            step.trace += " (reference moved \(sign < 0 ? "back" : "ahead") \(d.value) to \(moved))"
            return step
        case .reportingYear:
            guard let y = c.lastReportingPeriod?.start.year ?? c.today?.year, let p = Period.year(y) else { return nil }
            return Step(period: p, trace: "the year reported on")
        case .reportingPeriod(nil):
            if let p = c.lastReportingPeriod { return Step(period: p, trace: "the period last reported on, \(p.value)") }
            return period(.anaphoric(.quarter, 0), context: c)
        case .reportingPeriod(let y?):
            if let p = c.lastReportingPeriod, let shifted = p.shifted(byYears: y - p.start.year) {
                return Step(period: shifted, trace: "the reported period \(p.value), in \(y)")
            }
            return Period.year(y).map { Step(period: $0, trace: "the year \(y)") }
        case .yearAgo:
            return AnaphoraResolution.yearAgo(context: c)
        case .containing(let u, let inner):
            return period(inner, context: c).flatMap { PartOfResolution.containing(u, $0.period) }
        case .anaphoric(let u, let n):
            if u == .quarter, n == 0, let p = c.lastReportingPeriod, p.granularity == .quarter {
                return Step(period: p, trace: "the quarter last named, \(p.value)")
            }
            if u == .quarter, n == 0, c.anchor?.granularity != .quarter, let t = c.today {
                // "the quarter" in a results story with no quarter named yet: the last full quarter
                return RelativeResolution.deictic(.quarter, -1, context: c).map { Step(period: $0.period, trace: "last full quarter before \(t)") }
            }
            var ctx = c
            if let a = c.anchor, u == .quarter, a.granularity != .quarter { ctx.anchor = nil }
            return AnaphoraResolution.unit(u, n, context: ctx)
        case .monthDay(let m, let d, let dir):
            return RelativeResolution.monthDay(m, d, dir, context: c)
        case .numericDirection(let a, let b, let dir):
            guard let (m, d, _) = CalendarResolution.order(a, b, c.dateOrder) else { return nil }
            return RelativeResolution.monthDay(m, d, dir, context: c)
        case .month(let m, let dir):
            return RelativeResolution.month(m, dir, context: c)
        case .quarter(let q, let of):
            return quarterOrHalf(q, of: of, unit: .quarter, context: c)
        case .half(let h, let of):
            return quarterOrHalf(h, of: of, unit: .half, context: c)
        case .season(let s, let of, let dir):
            if let of {
                guard let y = period(of, context: c)?.period.start.year else { return nil }
                return RelativeResolution.season(s, year: y, dir, context: c)
            }
            return RelativeResolution.season(s, year: nil, dir, context: c)
        case .holiday(let id, let of, let dir):
            if let of {
                guard let y = period(of, context: c)?.period.start.year else { return nil }
                return HolidayResolution.resolve(id, year: y, dir, context: c)
            }
            return HolidayResolution.resolve(id, year: nil, dir, context: c)
        case .weekend(let weeks, let of):
            if let of {
                guard let p = period(of, context: c) else { return nil }
                return RelativeResolution.weekend(weeks: weeks, of: p.period, context: c)
            }
            return RelativeResolution.weekend(weeks: weeks, of: nil, context: c)
        case .part(let part, let of):
            guard let inner = period(of, context: c) else { return nil }
            if part == .firstHalf || part == .secondHalf, inner.period.granularity == .year {
                return Period.half(inner.period.start.year, part == .firstHalf ? 1 : 2).map { Step(period: $0, trace: "half of \(inner.period.value)") }
            }
            return PartOfResolution.part(part, of: inner.period, context: c)
        case .nthWeekday(let n, let w, let of):
            return period(of, context: c).flatMap { PartOfResolution.nthWeekday(n, w, of: $0.period) }
        case .nthUnit(let n, let u, let of):
            return period(of, context: c).flatMap { PartOfResolution.nthUnit(n, u, of: $0.period) }
        case .firstUnits(let n, let u, let of):
            return period(of, context: c).flatMap { PartOfResolution.firstUnits(n, u, of: $0.period) }
        case .nthWeekdayAfter(let n, let w, let of):
            return period(of, context: c).flatMap { PartOfResolution.nthWeekdayAfter(n, w, $0.period) }
        case .closest(let rank, let inner, let target):
            return period(target, context: c).flatMap { PartOfResolution.closest(rank, inner, to: $0.period.start) }
        case .dayOf(let d, let of):
            return period(of, context: c).flatMap { PartOfResolution.dayOf(d, of: $0.period) }
        case .weekdayOf(let w, let of):
            return period(of, context: c).flatMap { PartOfResolution.weekdayOf(w, of: $0.period) }
        case .range(let a, let b):
            return RangeResolution.resolve(a, b, context: c)
        case .startingFor(let d, let from):
            guard let s = period(from, context: c)?.period.start, let e = RelativeResolution.move(s, d, sign: 1), s < e else { return nil }
            return Step(period: Period(start: s, end: e, granularity: .day, value: d.value), trace: "\(d.value) from \(s)", type: .duration)
        case .span(let n, let u, let sign, let business):
            return RelativeResolution.span(count: n, unit: u, sign: sign, business: business, context: c)
        case .within(let n, let u):
            return RelativeResolution.within(count: n, unit: u, context: c)
        case .timed(let d, let t):
            return TimeResolution.resolve(d, t, context: c)
        case .ref:
            return nil
        }
    }

    /// Quarters and halves: of a year, or of the reference's year (a past clause naming a quarter
    /// still to come means last year's: "fourth-quarter profit fell", written in February).
    static func quarterOrHalf(_ n: Int, of: DateExpr?, unit: TimeUnit, context c: ResolutionContext) -> Step? {
        let make: (Int) -> Period? = { y in unit == .quarter ? Period.quarter(y, n) : Period.half(y, n) }
        if let of {
            guard let inner = period(of, context: c)?.period else { return nil }
            // "the last half of the '80s": half of a decade or a century, not of its first year
            if unit == .half, inner.granularity > .year { return PartOfResolution.part(n == 1 ? .firstHalf : .secondHalf, of: inner, context: c) }
            let y = inner.start.year
            return make(y).map { Step(period: $0, trace: "\(unit.name) \(n) of \(y)") }
        }
        guard let t = c.today, var p = make(t.year) else { return nil }
        if c.tense == .past, p.start > t, let earlier = make(t.year - 1) { p = earlier }
        if c.tense == .future, (p.end.adding(days: 100) ?? p.end) <= t, let later = make(t.year + 1) { p = later }
        return Step(period: p, trace: "\(unit.name) \(n) nearest reference \(t) (\(c.tense.label))")
    }
}
