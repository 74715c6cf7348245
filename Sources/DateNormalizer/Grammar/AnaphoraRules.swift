/// Dates relative to the last date the text mentioned: "the next day", "two months later",
/// "a week earlier", "that week", "the same day". Without an earlier date they fall back to the reference.
///
/// Fixtures: `Fixtures/normalizer/anaphora.txt`.
enum AnaphoraRules {
    /// Adjectives of a results story's comparison period ("the comparable year-ago quarter").
    static let comparable = ["comparable", "corresponding", "same", "equivalent"]

    static let all: [Rule] = [
        Rule("the next day", [.optional(.word("the")), .words(["next", "following", "previous", "prior", "preceding"]), .unit],
             examples: ["the next day", "the following week", "the previous year", "next day"]) { m in
            guard RelativeRules.calendarUnits.contains(m.unit), m.unitCount == 1, !m.has(any: ["days", "weeks", "months", "years"]) else { return nil }
            if !m.has("the"), !m.has("next"), !m.has("following") { return nil }
            if !m.has("the"), m.unit != .day { return nil }  // "next week" is deictic
            let n = m.has(any: ["next", "following"]) ? 1 : -1
            return .date(.anaphoric(m.unit, n))
        },
        Rule("the day after", [.word("the"), .unit, .words(["after", "before"])],
             examples: ["the day after", "the week before"]) { m in
            guard RelativeRules.calendarUnits.contains(m.unit), m.unitCount == 1, !m.has(any: ["days", "weeks", "months", "years"]) else { return nil }
            return .date(.anaphoric(m.unit, m.has("after") ? 1 : -1))
        },
        Rule("that day", [.word("that"), .unit], examples: ["that week", "that day"]) { m in
            guard RelativeRules.calendarUnits.contains(m.unit), m.unitCount == 1, !m.has(any: ["days", "weeks", "months", "years"]) else { return nil }
            return .date(.anaphoric(m.unit, 0))
        },
        Rule("that same day", [.word("that"), .word("same"), .unit], examples: ["that same day"]) { m in
            RelativeRules.calendarUnits.contains(m.unit) ? .date(.anaphoric(m.unit, 0)) : nil
        },
        Rule("the same day", [.word("the"), .word("same"), .unit], examples: ["the same day"]) { m in
            RelativeRules.calendarUnits.contains(m.unit) ? .date(.anaphoric(m.unit, 0)) : nil
        },
        Rule("<duration> later", [.entry(.duration), .words(["later", "earlier", "afterwards", "afterward"])],
             examples: ["two months later", "a week earlier", "three days later"]) { m in
            guard m.duration.mod == nil else { return nil }
            return .date(.later(m.duration, sign: m.has("earlier") ? -1 : 1))
        },
        // "two days before." counts from the last date; "one year after he was killed" from an event we
        // cannot date: there only the length of time is tagged (Plausibility keeps this reading when
        // nothing follows in the clause)
        Rule("<duration> before", [.entry(.duration), .words(["before", "after"])], latent: true,
             examples: ["two days before", "a week after"]) { m in
            guard m.duration.mod == nil else { return nil }
            return .date(.later(m.duration, sign: m.has("before") ? -1 : 1))
        },
        Rule("the year-earlier period", [.word("the"), .optional(.words(comparable)), .word("year"), .glued(.punct("-")), .glued(.words(["earlier", "ago"])),
                                         .optional(.words(["first", "second", "third", "fourth"])), .words(["period", "quarter", "month"])],
             examples: ["the year-earlier quarter", "the year-ago period", "the year-ago third quarter"]) { _ in
            .date(.later(DurationExpr(1, .year), sign: -1))
        },
        // the period reported on, a year back: "the quarter a year ago", "the corresponding period last year",
        // "last year's quarter"
        Rule("the quarter a year ago", [.word("the"), .optional(.words(comparable)), .words(["period", "quarter"]),
                                        .words(["a", "one"]), .word("year"), .words(["ago", "earlier", "before"])],
             examples: ["the quarter a year ago", "the same period a year earlier"]) { _ in
            .date(.later(DurationExpr(1, .year), sign: -1))
        },
        Rule("the period last year", [.word("the"), .optional(.words(comparable)), .words(["period", "quarter"]), .word("last"), .word("year")],
             examples: ["the corresponding period last year", "the quarter last year"]) { _ in
            .date(.later(DurationExpr(1, .year), sign: -1))
        },
        Rule("last year's quarter", [.word("last"), .word("year"), .glued(.punct("'")), .glued(.word("s")), .optional(.words(comparable)),
                                     .words(["period", "quarter"])],
             examples: ["last year's quarter", "last year's comparable period"]) { _ in
            .date(.later(DurationExpr(1, .year), sign: -1))
        },
        Rule("year-earlier", [.word("year"), .glued(.punct("-")), .glued(.words(["earlier", "ago"]))], examples: ["year-earlier"]) { _ in
            .date(.later(DurationExpr(1, .year), sign: -1))
        },
        Rule("a year ago", [.words(["a", "one"]), .word("year"), .words(["ago", "earlier"])], examples: ["a year ago", "a year earlier"]) { _ in
            .date(.yearAgo)
        },
    ]
}
