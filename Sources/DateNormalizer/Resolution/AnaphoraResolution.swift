/// Dates read against the last date the text mentioned: "the next day", "two months later",
/// "that week", "a year earlier". With no earlier date, the reference stands in.
enum AnaphoraResolution {
    static func base(_ context: ResolutionContext) -> (CivilDate, String)? {
        if let a = context.anchor { return (a.start, "previous mention \(a.value)") }
        if let t = context.today { return (t, "reference \(t) (no earlier date)") }
        return nil
    }

    /// "the next day" (.day, 1), "that week" (.week, 0), "the following month" (.month, 1).
    static func unit(_ unit: TimeUnit, _ n: Int, context: ResolutionContext) -> Step? {
        // "that same day" after "last October" is a day of that month we cannot name: 1998-10-XX,
        // covering the month, rather than an invented October 1 (after "last century", a day of it; and
        // "the next day" after "in 2010" is some day of 2010, not January 2)
        if unit == .day, n == 0 || abs(n) == 1, let a = context.anchor, a.granularity >= .month {
            let value = someDay(of: a.value)
            return Step(period: Period(start: a.start, end: a.end, granularity: a.granularity, value: value),
                        trace: "a day of previous mention \(a.value)")
        }
        guard var (d, why) = base(context) else { return nil }
        // "The report could be completed by the end of the month", after "in April" in a September story: a
        // plan ahead is not for a month already over; it is the one under way ("that week" after a day
        // still counts from the day)
        if n == 0, unit == .month, context.tense == .future, let a = context.anchor, a.granularity == .month, let t = context.today,
           a.end <= t {
            (d, why) = (t, "reference \(t) (a plan ahead, the last date mentioned is over)")
        }
        guard let moved = Period.shift(d, by: n, unit), let p = Period.unit(unit, containing: moved) else { return nil }
        return Step(period: p, trace: "\(n >= 0 ? "+" : "")\(n) \(unit.name) from \(why)")
    }

    /// A day of the period `value` names that cannot be told: `1997` → `1997-XX-XX`, `1999-11` →
    /// `1999-11-XX`, a quarter or season of 1998 → `1998-XX-XX`, a decade or century → `XXXX-XX-XX`. A
    /// value that already is such a day stays as it is, so a second "that same day" does not add another
    /// `-XX` (`1997-XX-XX-XX-XX`, found by the fuzzer).
    static func someDay(of anchorValue: String) -> String {
        // a range ("1918/1920") or any other value that is no year or month: a day of it, unnamed
        guard !anchorValue.contains("/") else { return "XXXX-XX-XX" }
        // a time on such a day ("2048-10-XXTMO", "the next morning" after "Oct."): its day, without the time
        let value = String(anchorValue.prefix { $0 != "T" })
        let negative = value.hasPrefix("-")
        let parts = (negative ? value.dropFirst() : value[...]).split(separator: "-", omittingEmptySubsequences: false)
        // a decade ("198") or a century ("19"): no year to keep
        guard let year = parts.first, year.count == 4 else { return "XXXX-XX-XX" }
        switch parts.count {
        case 1: return value + "-XX-XX"
        case 2 where parts[1].count == 2 && (parts[1].allSatisfy(\.isNumber) || parts[1] == "XX"): return value + "-XX"
        case 3: return value
        default: return (negative ? "-" : "") + year + "-XX-XX"  // "1998-Q3", "1998-SU"
        }
    }

    /// "two months later", "a week earlier": a day when the anchor is a day, else the anchor's grain.
    static func later(_ duration: DurationExpr, sign: Int, context: ResolutionContext) -> Step? {
        if sign < 0, duration.parts.count == 1, duration.parts[0].unit == .year, let n = duration.parts[0].count, n == n.rounded(),
           let p = context.lastReportingPeriod, let back = p.shifted(byYears: -Int(n)) {
            return Step(period: back, trace: "same period \(Int(n)) year(s) before \(p.value)")
        }
        guard let (d, why) = base(context), let moved = RelativeResolution.move(d, duration, sign: sign),
              let finest = duration.parts.map(\.unit).min()
        else { return nil }
        var grain = RelativeResolution.offsetGrain(finest, forward: false)
        // "a year later" than a quarter is that quarter a year on; "two days later" than a day stays a day, but
        // than a year or a century it is no day that was written: it keeps the anchor's grain
        if let a = context.anchor, a.granularity > .day, let u = unitOf(a.granularity), u > grain { grain = u }
        guard let p = Period.unit(grain, containing: moved) else { return nil }
        return Step(period: p, trace: "\(duration.value) \(sign < 0 ? "before" : "after") \(why)")
    }

    /// "a year ago" / "a year earlier": a results story compares with the same quarter (or month)
    /// a year before; otherwise it is the previous year.
    static func yearAgo(context: ResolutionContext) -> Step? {
        if let p = context.lastReportingPeriod, let back = p.shifted(byYears: -1) {
            return Step(period: back, trace: "same period a year before \(p.value)")
        }
        guard let t = context.today, let p = Period.year(t.year - 1) else { return nil }
        return Step(period: p, trace: "the year before reference \(t)")
    }

    static func unitOf(_ g: Granularity) -> TimeUnit? {
        switch g {
        case .day: .day
        case .week, .weekend: .week
        case .month: .month
        case .quarter: .quarter
        case .half: .half
        case .year, .season: .year
        case .decade: .decade
        case .century: .century
        default: nil
        }
    }
}
