/// Recurrences: "every Tuesday" (`XXXX-WXX-2`), "daily" (`P1D`), "annually", "twice a year", "Tuesday nights".
///
/// Fixtures: `Fixtures/normalizer/durations-sets.txt`.
enum SetRules {
    static let adverbs: [(String, String)] = [
        ("daily", "P1D"), ("weekly", "P1W"), ("monthly", "P1M"), ("annually", "P1Y"), ("yearly", "P1Y"), ("hourly", "PT1H"),
("nightly", "XXXX-XX-XXTNI"), ("biweekly", "P2W"), ("biannually", "P6M"), ("semiannually", "P6M"),
    ]
    static let pluralWeekdays = ["mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"]

    static let all: [Rule] = [
        Rule("daily", [.words(adverbs.map(\.0))], examples: ["daily", "annually", "weekly"]) { m in
            adverbs.first { $0.0 == m.words.last }.map { .set($0.1) }
        },
        Rule("every <weekday>", [.words(["every", "each"]), .weekday], examples: ["every Tuesday", "each Monday"]) { m in
            .set("XXXX-WXX-\(m.weekday)")
        },
        // "on Tuesdays and Thursdays": a second plural weekday joined to the first ("Happy Mondays" alone is a band)
        Rule("on <weekday>s", [.context(.words(["on", "and", "or"])), .words(pluralWeekdays)], examples: ["on Tuesdays", "and Thursdays"]) { m in
            guard let w = m.words.last, let i = pluralWeekdays.firstIndex(of: w) else { return nil }
            return .set("XXXX-WXX-\(i + 1)")
        },
        Rule("<weekday> <part of day>s", [.weekday, .words(["mornings", "afternoons", "evenings", "nights"])], examples: ["Tuesday nights"]) { m in
            guard let p = ["mornings": PartOfDay.morning, "afternoons": .afternoon, "evenings": .evening, "nights": .night][m.words.last ?? ""] else { return nil }
            return .set("XXXX-WXX-\(m.weekday)T\(p.code)")
        },
        // "per second" is a rate ("15 million instructions per second"), not a set of times
        Rule("every <unit>", [.words(["every", "each"]), .unit], examples: ["every day", "each year", "every week"]) { m in
            .set(DurationExpr(Double(m.unitCount), m.unit).value)
        },
        Rule("every other <unit>", [.word("every"), .words(["other", "second"]), .unit], examples: ["every other week"]) { m in
            .set(DurationExpr(Double(2 * m.unitCount), m.unit).value)
        },
        Rule("every <n> <units>", [.word("every"), .entry(.duration)], examples: ["every two years", "every 10 minutes"]) { m in
            m.duration.parts.count == 1 && m.duration.parts[0].count != nil ? .set(m.duration.value) : nil
        },
        Rule("once a <unit>", [.context(.words(["once", "twice", "times", "thrice"])), .words(["a", "an", "per", "each"]), .unit],
             examples: ["twice a year", "once a week", "three times a day"]) { m in
            .set(DurationExpr(Double(m.unitCount), m.unit).value)
        },
        Rule("every <part of day>", [.words(["every", "each"]), .partOfDay], examples: ["every morning"]) { m in
            .set("XXXX-XX-XXT\(m.part.code)")
        },
        Rule("every <month>", [.words(["every", "each"]), .month], examples: ["every March"]) { m in
            .set("XXXX-\(CivilDate.pad(m.month, 2))")
        },
        Rule("<month> of every year", [.month, .word("of"), .words(["every", "each"]), .word("year")],
             examples: ["March of every year", "in June of each year"]) { m in
            .set("XXXX-\(CivilDate.pad(m.month, 2))")
        },
    ]
}
