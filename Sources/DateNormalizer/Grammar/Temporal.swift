/// Which occurrence of a weekday, month, season or holiday a phrase points at.
enum Direction: UInt8, Sendable, Hashable {
    /// No word: "Tuesday", "in March". Resolution decides by tense and proximity.
    case none
    /// "this Tuesday", "this March": the one in the current week or year.
    case this
    /// "next Tuesday", "next March".
    case next
    /// "last Tuesday", "last March", "previous Tuesday".
    case last
    /// "this coming Tuesday", "upcoming Tuesday".
    case coming
    /// "this past Tuesday".
    case past
    /// "Tuesday after next", "the year after next".
    case afterNext

    /// The direction's name, for traces.
    var name: String {
        switch self {
        case .none: "none"
        case .this: "this"
        case .next: "next"
        case .last: "last"
        case .coming: "coming"
        case .past: "past"
        case .afterNext: "afterNext"
        }
    }
}

/// A time of day: a clock reading or a named part of the day.
enum TimeSpec: Sendable, Hashable {
    case clock(hour: Int, minute: Int?, second: Int?)
    case part(PartOfDay)
}

/// Which part of a period a phrase names ("early March", "the end of 2015", "the first half of 2012").
enum PartOf: UInt8, Sendable, Hashable {
    case early, mid, late, start, end, firstHalf, secondHalf
    /// "earlier this year": from the start of the period to the reference.
    case beforeReference
    /// "later this month", "the rest of the week": from the reference to the end of the period.
    case afterReference

    /// The part's name, for traces.
    var name: String {
        switch self {
        case .early: "early"
        case .mid: "mid"
        case .late: "late"
        case .start: "start"
        case .end: "end"
        case .firstHalf: "firstHalf"
        case .secondHalf: "secondHalf"
        case .beforeReference: "beforeReference"
        case .afterReference: "afterReference"
        }
    }

    var mod: TimexMod? {
        switch self {
        case .early, .start: .start
        case .mid: .mid
        case .late, .end: .end
        case .firstHalf, .secondHalf, .beforeReference, .afterReference: nil
        }
    }
}

/// The underspecified date a rule extracts: what the words say, before any reference is consulted.
///
/// "Tuesday" is `.weekday(2, .none)`, "Nov. 14" is `.calendar(nil, 11, 14)`, "two months later" is
/// `.anaphoric(.month, 2)`. `Resolution/` turns these into values against a `Reference`.
indirect enum DateExpr: Sendable, Hashable {
    /// Calendar fields as written; any may be missing ("Nov. 14", "December 2015", "the 14th", "2015").
    case calendar(year: Int?, month: Int?, day: Int?)
    /// Two numbers whose order (month/day or day/month) resolution decides: `04/05/2015`.
    case numeric(Int, Int, year: Int?)
    /// A day of the month fixed by its weekday: "Tuesday the 19th" (the nearest month where the 19th is a Tuesday).
    case dayWithWeekday(Int, weekday: Int)
    /// A date written with its weekday: "Sat, Jul 19" (the year nearest the reference in which July 19
    /// is a Friday). The weekday is checked only when the year is missing.
    case withWeekday(DateExpr, weekday: Int)
    /// A reading that stands only as the whole text ("3-17", "7/9" alone): composition rules leave it
    /// alone, except those whose other words make it a date ("next 5/12", "2 months before 02/02").
    case alone(DateExpr)
    /// "the following Monday": the first such weekday after the last date mentioned.
    case anaphoricWeekday(Int)
    /// "the previous Friday": the last such weekday before the last date mentioned.
    case anaphoricWeekdayBefore(Int)
    /// "3 Fridays from now" (3), "2 Thursdays ago" (-2): counted from the reference, today excluded.
    case nthWeekdayFromReference(Int, weekday: Int)
    /// A decade by its first year ("the 1990s" = 1990).
    case decade(Int)
    /// A century by its number ("the 20th century" = 20).
    case century(Int)
    case weekday(Int, Direction)
    /// The unit containing the reference, shifted: today (.day, 0), yesterday (.day, -1), next week (.week, 1).
    case deictic(TimeUnit, Int)
    /// A length of time before (sign -1) or after (+1) an anchor, the reference when nil:
    /// "three days ago", "in two weeks", "two weeks before Christmas".
    case offset(DurationExpr, sign: Int, from: DateExpr?)
    /// "in two weeks": a date that far ahead, except in a past clause, where it is a length of time
    /// ("the worst drought in 20 years").
    case inDuration(DurationExpr)
    /// A recurring date read from a reference moved by an offset: "Thanksgiving in 10 months" (the
    /// first Thanksgiving on or after the reference plus ten months), "April a year ago".
    case movedReference(DateExpr, DurationExpr, sign: Int)
    /// A length of time before or after the last date mentioned: "two months later", "a week earlier".
    case later(DurationExpr, sign: Int)
    /// "a year ago", "a year earlier": in a results story, the same period a year before the last
    /// quarter or month mentioned; otherwise the previous year.
    case yearAgo
    /// "the 1988 quarter", "the 1989 period": the period last reported on, in that year.
    /// "the fiscal year", "the full year": the year of the period last reported on, else the reference's.
    case reportingYear
    /// "the latest period" (year nil): the period itself.
    case reportingPeriod(year: Int?)
    /// The unit that contains a date: "the week of March 6".
    case containing(TimeUnit, DateExpr)
    /// Relative to the last date mentioned in the text: "the next day" (.day, 1), "two months later" (.month, 2),
    /// "that week" (.week, 0).
    case anaphoric(TimeUnit, Int)
    /// A month and day with a direction: "next April 6" (the first after the reference), "this May 12".
    case monthDay(Int, Int, Direction)
    /// "next 5/12": numbers in either order, with a direction.
    case numericDirection(Int, Int, Direction)
    /// A month name with a direction: "next March", "last September", "this June".
    case month(Int, Direction)
    case quarter(Int, of: DateExpr?)
    case half(Int, of: DateExpr?)
    case season(Season, of: DateExpr?, Direction)
    case holiday(Int, of: DateExpr?, Direction)
    /// A weekend: of the reference week shifted by `weeks` (nil: by tense), or the one next to a date.
    case weekend(weeks: Int?, of: DateExpr?)
    case part(PartOf, of: DateExpr)
    /// "the first Tuesday of October" (n = 1), "the last Monday of March" (n = -1).
    case nthWeekday(Int, weekday: Int, of: DateExpr)
    /// "the first week of October", "the third month of 2021", "the second day of the trial" (no anchor).
    case nthUnit(Int, TimeUnit, of: DateExpr)
    /// "the first two weeks of 2021", "the last three months of 2021" (n < 0 counts from the end).
    case firstUnits(Int, TimeUnit, of: DateExpr)
    /// "the third Tuesday after Christmas 2014" (n = 3), "the second Friday before Easter" (n = -2):
    /// counted from the day after (or before) the date.
    case nthWeekdayAfter(Int, weekday: Int, of: DateExpr)
    /// "the closest Monday to Dec. 16" (rank 1), "the second closest Christmas to today" (rank 2): the
    /// occurrences of a recurring date ranked by distance from another date.
    case closest(Int, DateExpr, to: DateExpr)
    /// "the 20th of next month".
    case dayOf(Int, of: DateExpr)
    /// "Wednesday of next week", "Friday next week".
    case weekdayOf(Int, of: DateExpr)
    /// "from May 4 to May 9", "between 2010 and 2014".
    case range(DateExpr, DateExpr)
    /// A length of time starting on a date: "a week starting tomorrow", "for 10 days from Dec. 18".
    case startingFor(DurationExpr, DateExpr)
    /// "the past three weeks" (count -3), "the next few days" (count nil, sign 1): a run of whole units next to the reference.
    case span(count: Int?, unit: TimeUnit, sign: Int, business: Bool = false)
    /// "within two weeks", "the coming 5 years": from the reference to reference + duration.
    case within(count: Int, unit: TimeUnit)
    case timed(DateExpr, TimeSpec)
    /// "now", "recently", "the future".
    case ref(RefKind)
}

/// TimeML's vague references.
enum RefKind: UInt8, Sendable, Hashable {
    case present, past, future

    var value: String {
        switch self {
        case .present: "PRESENT_REF"
        case .past: "PAST_REF"
        case .future: "FUTURE_REF"
        }
    }
}

/// A length of time: one or more (count, unit) parts; a nil count is vague ("years", "a few days").
struct DurationExpr: Sendable, Hashable {
    var parts: [(count: Double?, unit: TimeUnit)]
    var mod: TimexMod?
    /// Read with "the" ("the first nine months"): a stretch of a known period, not an offset.
    var definite = false
    /// "a few": vague as a length (`PXD`), about three as an offset ("a few days ago").
    var few = false
    /// "business days", "trading days": counted on weekdays only.
    var business = false

    init(_ count: Double?, _ unit: TimeUnit, mod: TimexMod? = nil) {
        parts = [(count, unit)]
        self.mod = mod
    }

    init(parts: [(count: Double?, unit: TimeUnit)], mod: TimexMod? = nil) {
        self.parts = parts
        self.mod = mod
    }

    static func == (a: DurationExpr, b: DurationExpr) -> Bool {
        a.mod == b.mod && a.definite == b.definite && a.business == b.business && a.parts.count == b.parts.count
            && zip(a.parts, b.parts).allSatisfy { $0.count == $1.count && $0.unit == $1.unit }
    }

    func hash(into h: inout Hasher) {
        h.combine(mod)
        for p in parts { h.combine(p.count); h.combine(p.unit) }
    }

    /// `P3D`, `PT5H30M`, `P10Y`, `PXY`.
    var value: String {
        var date = ""
        var time = ""
        for (count0, unit0) in parts {
            var count = count0
            var unit = unit0
            // "half an hour" is PT30M, "an hour and a half" PT1H30M, "2 1/2 years" P2Y6M
            if let c = count, c != c.rounded(.down), unit == .hour || unit == .minute {
                let whole = c.rounded(.down)
                if whole > 0 { time += DurationExpr.format(whole) + unit.durationLetter }
                count = (c - whole) * 60
                unit = unit == .hour ? .minute : .second
            } else if let c = count, c != c.rounded(.down), unit == .year {
                let whole = c.rounded(.down)
                if whole > 0 { date += DurationExpr.format(whole) + "Y" }
                count = (c - whole) * 12
                unit = .month
            }
            var n = count
            var letter = unit.durationLetter
            switch unit {
            case .decade: n = n.map { $0 * 10 }; letter = "Y"
            case .century: n = n.map { $0 * 100 }; letter = "Y"
            case .half: n = n.map { $0 * 6 }; letter = "M"
            default: break
            }
            let text = n.map(DurationExpr.format) ?? "X"
            if unit.isClock { time += text + letter } else { date += text + letter }
        }
        return "P" + date + (time.isEmpty ? "" : "T" + time)
    }

    static func format(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e9 { return String(Int(n)) }
        var s = String(n)
        if s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }
}

/// What a rule produced: the value of one chart entry.
enum Temporal: Sendable, Hashable {
    /// A cardinal read from words ("twenty five") or digits.
    case number(Int)
    /// An ordinal ("third", "21st", "twenty-first").
    case ordinal(Int)
    /// A clock time or part of day without a date ("9 a.m.", "in the morning").
    case time(TimeSpec)
    case date(DateExpr)
    case duration(DurationExpr)
    /// A recurrence, with its TIMEX3 value ("every Tuesday" = `XXXX-WXX-2`, "daily" = `P1D`).
    case set(String)

    var kind: ChartKind {
        switch self {
        case .number: .number
        case .ordinal: .ordinal
        case .time: .time
        case .date: .date
        case .duration: .duration
        case .set: .set
        }
    }
}

/// The kinds of chart entries a rule slot can ask for.
enum ChartKind: UInt8, Sendable, Hashable, CaseIterable {
    case number, ordinal, time, date, duration, set
}
