/// TimeML's vague references: "now" (PRESENT_REF), "recently" (PAST_REF), "the future" (FUTURE_REF).
///
/// Fixtures: `Fixtures/normalizer/references.txt`.
enum ReferenceRules {
    static let all: [Rule] = [
        Rule("now", [.optional(.words(["right", "just"])), .word("now")], examples: ["now", "right now"]) { _ in .date(.ref(.present)) },
        Rule("currently", [.words(["currently", "presently", "nowadays", "atm", "otd"])], examples: ["currently", "nowadays"]) { _ in
            .date(.ref(.present))
        },
        Rule("at the moment", [.word("at"), .optional(.word("the")), .words(["moment", "present", "minute"]), .optional(.word("time"))],
             examples: ["at the moment", "at present", "at the present time", "at the minute"]) { _ in .date(.ref(.present)) },
        Rule("at this time", [.context(.word("at")), .word("this"), .words(["time", "moment"])], examples: ["at this time"]) { _ in .date(.ref(.present)) },
        Rule("these days", [.word("these"), .word("days")], examples: ["these days"]) { _ in .date(.ref(.present)) },
        // "images that haunt Scotland to this day": up to now, not the day of the article
        Rule("to this day", [.word("to"), .word("this"), .optional(.word("very")), .word("day")], examples: ["to this day", "to this very day"]) { _ in
            .date(.ref(.present))
        },
        Rule("this crucial moment", [.word("this"), .optional(.words(["crucial", "critical", "very", "particular"])), .word("moment")],
             examples: ["this moment"]) { _ in .date(.ref(.present)) },
        Rule("current", [.word("current")], examples: ["current"]) { _ in .date(.ref(.present)) },
        // "the then current chairman", "then-current rules": current at a time gone by
        Rule("then current", [.word("then"), .optional(.glued(.punct("-"))), .word("current")], examples: ["then current", "then-current"]) { _ in
            .date(.ref(.past))
        },
        Rule("recently", [.words(["recently", "lately"])], examples: ["recently", "lately"]) { _ in .date(.ref(.past)) },
        Rule("the past", [.word("the"), .word("past")], examples: ["the past"]) { _ in .date(.ref(.past)) },
        Rule("in the past", [.context(.words(["in", "of"])), .word("the"), .optional(.words(["recent", "distant"])), .word("past")],
             examples: ["in the past", "in the recent past"]) { _ in .date(.ref(.past)) },
        // bare "future" is mostly an adjective ("future growth"); "soon" and "shortly" are left out as TimeBank mostly does
        Rule("the future", [.context(.optional(.words(["in", "for", "of"]))), .word("the"), .optional(.words(["near", "distant", "foreseeable"])),
                            .words(["future", "term"])],
             examples: ["the future", "the near future", "the near term", "in the foreseeable future"]) { m in
            m.has("term") && !m.has("near") ? nil : .date(.ref(.future))
        },
        // "in the short term" looks ahead like "the near term"; without the preposition it is an adjective ("the short term loans")
        Rule("in the short term", [.context(.words(["in", "over", "for"])), .word("the"), .words(["short", "long"]), .word("term")],
             examples: ["in the short term", "over the long term"]) { _ in .date(.ref(.future)) },
        // "will seek financing at a later date": some time ahead; "at an earlier date" some time gone by
        Rule("a later date", [.context(.words(["at", "to", "until", "on", "for"])), .words(["a", "an"]), .words(["later", "future", "earlier"]), .words(["date", "time", "stage"])],
             examples: ["at a later date", "to a future date", "at an earlier time"]) { m in
            m.has("earlier") ? (m.has("an") ? .date(.ref(.past)) : nil) : (m.has("a") ? .date(.ref(.future)) : nil)
        },
        // "soon" is FUTURE_REF next to a modal ("may soon seek", "soon will begin"); alone it is left out
        // (Plausibility checks the modal, so that "will", "to" and "may" open no rule of their own)
        Rule("soon", [.word("soon")], examples: ["will soon", "soon will"]) { _ in .date(.ref(.future)) },
        // "in a year or two": some time ahead, no date
        Rule("in a year or two", [.context(.word("in")), .words(["a", "one"]), .unit, .word("or"), .word("two")],
             examples: ["in a year or two", "in a week or two"]) { m in
            m.unit >= .day ? .date(.ref(.future)) : nil
        },
        Rule("as soon as possible", [.word("as"), .word("soon"), .word("as"), .word("possible")], examples: ["as soon as possible"]) { _ in
            .date(.ref(.future))
        },
        Rule("coming months", [.optional(.word("the")), .words(["coming", "upcoming", "future"]), .words(["days", "weeks", "months", "years", "decades", "quarters"])],
             examples: ["coming months", "the coming years"]) { _ in .date(.ref(.future)) },
        // "in the weeks ahead" is "in the coming weeks"
        Rule("the weeks ahead", [.word("the"), .words(["days", "weeks", "months", "years", "decades", "quarters"]), .word("ahead")],
             examples: ["the weeks ahead", "the months ahead"]) { _ in .date(.ref(.future)) },
        // "in recent weeks" is a vague length of time in TimeBank (PXW); "in recent years" mostly the vague past
        Rule("recent years", [.word("recent"), .unit], examples: ["recent years", "recent weeks"]) { m in
            if m.has(any: ["years", "decades"]) { return .date(.ref(.past)) }
            return m.has(any: ["days", "weeks", "months", "quarters"]) ? .duration(DurationExpr(nil, m.unit)) : nil
        },
    ]
}
