/// The tense of the clause that holds a mention, as `ClauseTense` reads it.
enum Tense: UInt8, Sendable, Hashable {
    case past, present, future, none
    /// No verb at all: the clause is a bare phrase ("third Tuesday of October", "Thu 15th"), as in a
    /// schedule, a form field or a query. Yearless dates then take their next occurrence.
    case fragment
    /// The date names an event the text refers to ("since the April 20 explosion", "the Nov. 2
    /// election"): the clause's tense is not its own.
    case named
    /// The date is a record's ("in this July 31 file photo", "the Oct. 3 letter") or a mishap's ("the
    /// April 20 explosion"): only a day gone by can be shown or named afterwards.
    case record

    var label: String {
        switch self {
        case .past: "past tense"
        case .present: "present tense"
        case .future: "future cue"
        case .none: "no tense cue"
        case .fragment: "no verb (a bare phrase)"
        case .named: "names an event"
        case .record: "dates a record or mishap"
        }
    }
}

/// What resolution may look at besides the expression: the reference, the clause's tense and,
/// for anaphora, the dates mentioned before.
struct ResolutionContext: Sendable {
    var reference: Reference?
    var tense: Tense = .none
    /// A future tense read only from a progressive ("is continuing", "are meeting"): it plans near dates,
    /// but a day or month far ahead is more often the one just gone ("Oil is continuing to leak
    /// following the explosion in April", written in July).
    var progressive = false
    /// A future clause runs "until" or "through" the date: the end of something still to come cannot
    /// be a day gone by ("The well will not be sealed until May", written in July, is next May).
    var endpointAhead = false
    /// A past verb governs the date right before its preposition ("was first detected in September",
    /// "met on Nov. 14"): a day or month still to come is no reading of it (the dateline's slack aside).
    var pastVerbAdjacent = false
    /// The period of the last date mentioned before this one.
    var anchor: Period?
    /// The last day (or time of day) mentioned that is not after the reference: what "earlier in the day"
    /// means when the last date named is a month, or a day still ahead.
    var lastDayNotAhead: Period?
    /// The last date mentioned that ended before the reference day: what a past "two days later" counts
    /// from when the last date named is the reporter's today or a plan ahead.
    var lastBeforeToday: Period?
    /// The last quarter, half or month mentioned: what "a year ago" compares with in results stories.
    var lastReportingPeriod: Period?
    var dateOrder: Normalizer.DateOrder = .mdy
    /// Bare weekdays already resolved in this text: a story that says "Tuesday" twice means one day.
    var weekdays: [Int: CivilDate] = [:]

    var today: CivilDate? { reference?.date }

    /// Notes a month, quarter or half just named: results stories report on periods already over, so
    /// one still running or to come ("a fourth-quarter charge") is no reporting period; an earlier one
    /// of the same kind named in passing ("after a flat second quarter") does not replace the later, nor
    /// does a month a quarter ("the earthquake last month" in a third-quarter report).
    mutating func report(_ p: Period) {
        guard let t = today, p.end <= t else { return }
        if let last = lastReportingPeriod, last.start.year == p.start.year,
           last.granularity == p.granularity && last.end > p.end || p.granularity == .month && [.quarter, .half].contains(last.granularity) { return }
        lastReportingPeriod = p
    }

    /// "the first nine months": the story now reports on the year so far, and "the 1988 period" or
    /// "a year earlier" compare with the year before.
    mutating func reportYearToDate() {
        guard let t = today, let y = Period.year(t.year) else { return }
        lastReportingPeriod = y
    }
}

/// A resolved period plus how it was reached.
struct Step: Sendable {
    var period: Period
    var trace: String
    var mod: TimexMod? = nil
    var type: TimexType = .date
}
