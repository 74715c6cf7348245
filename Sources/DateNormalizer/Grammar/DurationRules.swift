/// Lengths of time: "five hours" (PT5H), "six years" (P6Y), "a decade", "two-year", "a few days",
/// "an hour and a half", "nearly two years". Durations never get a calendar interval.
///
/// Fixtures: `Fixtures/normalizer/durations-sets.txt`.
enum DurationRules {
    static let vague = ["few", "several", "some", "many", "couple", "numerous"]
    static let approx = ["about", "around", "roughly", "approximately", "nearly", "almost", "some", "over", "under", "more", "less",
                         "least", "up", "just", "barely", "only"]

    static func mod(_ m: Match) -> TimexMod? {
        if m.has(any: ["more", "over"]) { return .moreThan }
        if m.has(any: ["less", "under", "barely"]) { return .lessThan }
        if m.has("least") { return .equalOrMore }
        if m.has("up") { return .equalOrLess }
        if m.has(any: ["about", "around", "roughly", "approximately", "nearly", "almost", "some"]) { return .approx }
        return nil
    }

    /// The unit a plural read by a `.words` slot names ("years", "decades", "centuries", "months").
    static func pluralUnit(_ m: Match) -> TimeUnit {
        m.has("decades") ? .decade : m.has("centuries") ? .century : m.has("months") ? .month : .year
    }

    static let all: [Rule] = [
        // "will one day be", "could some day follow": someday, a time ahead (FUTURE_REF), not a
        // length of one day; Plausibility keeps it only after a modal. Listed before "<n> <units>"
        // so that it wins the tie over the same words.
        Rule("one day (someday)", [.words(["one", "some"]), .word("day")], examples: ["will one day", "could some day"]) { _ in
            .date(.ref(.future))
        },
        Rule("<n> <units>", [.number, .unit], examples: ["five hours", "six years", "twenty four hours", "2 days"]) { m in
            guard m.number <= 100_000, !(1800...2100).contains(m.number), !(m.number == 1 && m.unit == .second) else { return nil }
            return .duration(DurationExpr(Double(m.number * m.unitCount), m.unit))
        },
        // "two to three weeks", "four or five days": one length between two counts, valued by the first as
        // TimeML annotators write it (ISO 8601 has no range of lengths); "later" and "ago" count from it
        Rule("<n> to <n> <units>", [.number, .words(["to", "or"]), .number, .unit], examples: ["two to three weeks", "four or five days"]) { m in
            let low = m.numbers[0], high = m.numbers[1]
            guard low > 0, low < high, high <= 100_000, !(1800...2100).contains(high) else { return nil }
            return .duration(DurationExpr(Double(low * m.unitCount), m.unit))
        },
        // "two more weeks", "20 more years", "eight trading days": a count with a word between
        Rule("<n> more <units>", [.number, .words(["more", "additional", "extra", "further", "trading", "business", "working"]), .unit],
             examples: ["three more weeks", "five trading days"]) { m in
            guard m.number > 0, m.number <= 100_000 else { return nil }
            var d = DurationExpr(Double(m.number * m.unitCount), m.unit)
            d.business = m.unit == .day && m.has(any: ["trading", "business", "working"])
            return .duration(d)
        },
        Rule("an additional <unit>", [.words(["an", "a", "one"]), .words(["additional", "extra", "further"]), .unit],
             examples: ["an additional month"]) { m in
            m.has(any: ["days", "weeks", "months", "years", "hours", "minutes", "decades"]) ? nil : .duration(DurationExpr(Double(m.unitCount), m.unit))
        },
        Rule("a hundred <units>", [.word("a"), .words(["hundred", "thousand"]), .unit], examples: ["a hundred days"]) { m in
            .duration(DurationExpr(Double((m.has("thousand") ? 1000 : 100) * m.unitCount), m.unit))
        },
        Rule("<unit>-long", [.unit, .glued(.punct("-")), .glued(.word("long"))], examples: ["week-long", "month-long"]) { m in
            m.has(any: ["days", "weeks", "months", "years", "hours", "minutes", "decades"]) ? nil : .duration(DurationExpr(Double(m.unitCount), m.unit))
        },
        Rule("<n>-<unit>", [.number, .glued(.punct("-")), .glued(.unit), .optional(.glued(.punct("-"))), .optional(.glued(.word("long")))],
             examples: ["two-year", "16-hour", "30-year"]) { m in
            m.number <= 10_000 && m.unit != .quarter ? .duration(DurationExpr(Double(m.number * m.unitCount), m.unit)) : nil
        },
        // "a several-year tenure", "a multi-year contract": a length of a vague number of units
        Rule("several-<unit>", [.words(["several", "multi", "many", "few"]), .glued(.punct("-")), .glued(.unit)],
             examples: ["several-year", "multi-year"]) { m in
            m.has(any: ["days", "weeks", "months", "years", "hours", "minutes", "decades", "quarters"]) || m.unit == .quarter || m.unit == .half
                ? nil : .duration(DurationExpr(nil, m.unit))
        },
        // "over the years", "through the decades", "in the years that followed": a vague stretch of time
        Rule("over the years", [.context(.words(["over", "through", "throughout"])), .word("the"), .words(["years", "decades", "centuries", "months"])],
             examples: ["over the years", "through the decades"]) { m in
            .duration(DurationExpr(nil, pluralUnit(m)))
        },
        Rule("the years that followed", [.word("the"), .words(["years", "decades", "months"]), .context(.words(["that", "which"])), .context(.words(["followed", "ensued"]))],
             examples: ["the years that followed"]) { m in
            .duration(DurationExpr(nil, pluralUnit(m)))
        },
        Rule("a <unit>", [.words(["a", "an", "one"]), .unit], examples: ["a week", "a decade", "an hour"]) { m in
            m.has(any: ["days", "weeks", "months", "years", "hours", "minutes", "seconds", "decades", "centuries", "quarters", "second", "quarter", "qtr"]) ? nil
                : .duration(DurationExpr(Double(m.unitCount), m.unit))
        },
        Rule("a few <units>", [.optional(.word("a")), .words(vague), .optional(.word("of")), .unit],
             examples: ["a few days", "several years", "a couple of weeks", "few months"]) { m in
            var d = DurationExpr(m.has("couple") ? 2 : nil, m.unit)
            d.few = m.has("few")
            return .duration(d)
        },
        Rule("<units>", [.context(.words(["for", "within", "in", "over", "after", "took", "lasted"])), .unit],
             examples: ["for years", "within weeks"]) { m in
            m.has(any: ["days", "weeks", "months", "years", "decades", "hours", "minutes", "centuries"])
                ? .duration(DurationExpr(nil, m.unit)) : nil
        },
        Rule("half an hour", [.optional(.word("a")), .word("half"), .optional(.words(["an", "a"])), .unit], examples: ["half an hour", "a half hour", "half a day"]) { m in
            .duration(DurationExpr(Double(m.unitCount) / 2, m.unit))
        },
        Rule("a quarter of a century", [.optional(.word("a")), .optional(.words(["three", "one"])), .words(["quarter", "quarters"]),
                                         .optional(.word("of")), .optional(.words(["an", "a"])), .unit],
             examples: ["a quarter of a century", "a quarter century", "a quarter of an hour", "three quarters of an hour"]) { m in
            // "three quarters" needs its "of": "three quarter hours" is no length we read
            let quarters = m.has("three") ? 3.0 : 1.0
            if m.has("three") != m.has("quarters") || m.has("quarters") && !m.has("of") { return nil }
            if m.has("one"), m.has("a") { return nil }
            return .duration(DurationExpr(Double(m.unitCount) * quarters / 4, m.unit))
        },
        Rule("<duration> and a half", [.entry(.duration), .word("and"), .word("a"), .word("half")], examples: ["an hour and a half", "two years and a half"]) { m in
            guard m.duration.parts.count == 1, let n = m.duration.parts[0].count else { return nil }
            return .duration(DurationExpr(n + 0.5, m.duration.parts[0].unit))
        },
        Rule("<n> and a half <units>", [.number, .word("and"), .word("a"), .word("half"), .unit], examples: ["two and a half years"]) { m in
            .duration(DurationExpr(Double(m.number) + 0.5, m.unit))
        },
        Rule("<n> 1/2 <units>", [.number, .integer(1...1, digits: 1...1), .glued(.punct("/")), .glued(.integer(2...2, digits: 1...1)), .unit],
             examples: ["5 1/2 hours"]) { m in
            .duration(DurationExpr(Double(m.numbers[0]) + 0.5, m.unit))
        },
        Rule("<duration> and <duration>", [.entry(.duration), .optional(.punct(",")), .optional(.word("and")), .entry(.duration)],
             examples: ["1 month and 21 days", "2 years 1 month 21 days", "a minute and a half"]) { m in
            let a = m.durations[0], b = m.durations[1]
            guard a.mod == nil, b.mod == nil, let ua = a.parts.last?.unit, let ub = b.parts.first?.unit, ua > ub,
                  a.parts.allSatisfy({ $0.count != nil }), b.parts.allSatisfy({ $0.count != nil })
            else { return nil }
            return .duration(DurationExpr(parts: a.parts + b.parts))
        },
        Rule("about <duration>", [.context(.words(["about", "around", "roughly", "approximately", "some"])), .entry(.duration)],
             examples: ["about two years", "roughly five hours"]) { m in
            guard m.duration.mod == nil else { return nil }
            var d = m.duration
            d.mod = .approx
            return .duration(d)
        },
        Rule("nearly <duration>", [.words(approx), .optional(.word("than")), .optional(.word("to")), .entry(.duration)],
             examples: ["nearly two years", "more than three weeks", "at least five days", "up to 180 days"]) { m in
            if m.has(any: ["about", "around", "roughly", "approximately", "some"]) { return nil }
            guard m.duration.mod == nil, let mod = mod(m) else { return nil }
            if m.has("more") || m.has("less"), !m.has("than") { return nil }
            if m.has("up"), !m.has("to") { return nil }
            var d = m.duration
            d.mod = mod
            return .duration(d)
        },
        Rule("at least <duration>", [.word("at"), .word("least"), .entry(.duration)], examples: ["at least five days"]) { m in
            var d = m.duration
            d.mod = .equalOrMore
            return .duration(d)
        },
        // "through at least the first two quarters of 1990": the part of the year is the date, "at least"
        // says how long something lasts, not when
        Rule("at least the first <n> months of <date>", [.word("at"), .word("least"), .entry(.date)],
             examples: ["at least the first two quarters of 1990"]) { m in
            if case .firstUnits = m.date { return .date(m.date) }
            return nil
        },
        // a year named by its last day is a length of time ending there, as TimeML annotates it; the date
        // stays a mention of its own
        Rule("the year ended <date>", [.word("the"), .optional(.words(["fiscal", "financial", "full"])), .word("year"),
                                       .context(.words(["ended", "ending"])), .context(.entry(.date))],
             examples: ["the year ended April 30", "the fiscal year ending Sept. 30, 2016"]) { _ in
            var d = DurationExpr(1, .year)
            d.definite = true
            return .duration(d)
        },
        Rule("the year-earlier nine months", [.optional(.word("the")), .word("year"), .glued(.punct("-")), .glued(.words(["earlier", "ago"])), .entry(.duration)],
             examples: ["the year-earlier six months", "the year-ago nine months"]) { m in
            guard m.duration.parts.count == 1, m.duration.mod == nil else { return nil }
            var d = m.duration
            d.definite = true
            return .duration(d)
        },
        Rule("the first <duration>", [.word("the"), .optional(.words(["first", "final"])), .entry(.duration)],
             examples: ["the first nine months", "the nine months"]) { m in
            guard m.duration.mod == nil, m.duration.parts.allSatisfy({ ($0.count ?? 0) > 1 }) else { return nil }
            var d = m.duration
            d.definite = true
            return .duration(d)
        },
        Rule("<duration>-long", [.words(["decades", "years", "months", "weeks", "days", "centuries"]), .glued(.punct("-")), .glued(.word("long"))],
             examples: ["decades-long"]) { m in
            .duration(DurationExpr(nil, m.has("decades") ? .year : m.has("years") ? .year : m.has("months") ? .month : m.has("weeks") ? .week : .day))
        },
    ]
}
