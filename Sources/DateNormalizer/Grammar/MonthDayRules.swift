/// Month and day without a year ("Nov. 14", "14 November", "the 14th"): the year is left to
/// `YearlessDateResolution`, which reads the clause's tense.
///
/// Fixtures: `Fixtures/normalizer/month-day.txt`.
enum MonthDayRules {
    /// A day written with its weekday: without a year the weekday picks the year; with one it is a check only.
    static func checked(_ d: DateExpr, _ weekday: Int) -> Temporal? {
        switch d {
        case .calendar(nil, .some, .some), .numeric(_, _, nil): return .date(.withWeekday(d, weekday: weekday))
        case .calendar(_, .some, .some), .numeric: return .date(d)
        default: return nil
        }
    }

    static let all: [Rule] = [
        Rule("<month>", [.month], examples: ["September", "Sept."]) { m in
            m.latentWord ? nil : .date(.calendar(year: nil, month: m.month, day: nil))
        },
        Rule("in <month>", [.context(.words(["in", "since", "until", "till", "by", "during", "through", "before", "after", "from", "of"])), .month],
             examples: ["in may", "since march"]) { m in
            .date(.calendar(year: nil, month: m.month, day: nil))
        },
        Rule("<month> <day>", [.month, .day], examples: ["Nov. 14", "November 14", "Sept 30th", "march first"]) { m in
            .date(.calendar(year: nil, month: m.month, day: m.day))
        },
        Rule("<month> the <day>", [.month, .word("the"), .day], examples: ["february the 15th"]) { m in
            .date(.calendar(year: nil, month: m.month, day: m.day))
        },
        Rule("<day> <month>", [.day, .optional(.punct(".")), .month], examples: ["14 November", "15th february", "14april"]) { m in
            m.latentWord ? nil : .date(.calendar(year: nil, month: m.month, day: m.day))
        },
        Rule("the <day> of <month>", [.optional(.word("the")), .day, .optional(.word("day")), .words(["of", "in"]), .month],
             examples: ["the 15th of February", "first of march", "15 of february", "third day of october"]) { m in
            .date(.calendar(year: nil, month: m.month, day: m.day))
        },
        Rule("the ides of <month>", [.optional(.word("the")), .word("ides"), .word("of"), .month], examples: ["the ides of March"]) { m in
            .date(.calendar(year: nil, month: m.month, day: [3, 5, 7, 10].contains(m.month) ? 15 : 13))
        },
        Rule("the <nth>", [.word("the"), .ordinalDigits], latent: true, examples: ["the 14th"]) { m in
            (1...31).contains(m.ordinal) ? .date(.calendar(year: nil, month: nil, day: m.ordinal)) : nil
        },
        Rule("on the <nth>", [.context(.words(["on", "by", "until", "since", "before"])), .word("the"), .ordinal],
             examples: ["on the 15th", "on the first"]) { m in
            (1...31).contains(m.ordinal) ? .date(.calendar(year: nil, month: nil, day: m.ordinal)) : nil
        },
        Rule("<weekday> the <day>", [.weekday, .word("the"), .day],
             examples: ["Tuesday the 19th", "friday the 26th", "Thursday the twenty first"]) { m in
            .date(.dayWithWeekday(m.day, weekday: m.weekday))
        },
        // after a comma only digits: "Friday, the fourth decline in five days" is no date
        Rule("<weekday>, the <nth>", [.weekday, .punct(","), .word("the"), .ordinalDigits], examples: ["Tuesday, the 15th"]) { m in
            (1...31).contains(m.ordinal) ? .date(.dayWithWeekday(m.ordinal, weekday: m.weekday)) : nil
        },
        // without "the", a bare number after a weekday must look like a day: "Monday 21", "Thu 15th" (not "Thu 9-11am")
        Rule("<weekday> <day>", [.weekday, .optional(.punct(",")), .integer(13...31, digits: 2...2)], examples: ["Monday 21"]) { m in
            .date(.dayWithWeekday(m.number, weekday: m.weekday))
        },
        Rule("<weekday> <nth>", [.weekday, .optional(.punct(",")), .ordinal], examples: ["Thu 15th", "Tuesday twenty first"]) { m in
            (1...31).contains(m.ordinal) ? .date(.dayWithWeekday(m.ordinal, weekday: m.weekday)) : nil
        },
        Rule("<weekday>, <date>", [.weekday, .optional(.punct(",")), .entry(.date)],
             examples: ["Friday, March 4", "Tuesday, Dec. 15, 2015", "Mon, February 18", "Wed, Feb13"]) { m in
            checked(m.date, m.weekday)
        },
        Rule("<date>, <weekday>", [.entry(.date), .optional(.punct(",")), .weekday], examples: ["Jul 18, Fri"]) { m in
            if case .numeric = m.date { return nil }
            return checked(m.date, m.weekday)
        },
        Rule("<weekday> (<date>)", [.weekday, .punct("("), .entry(.date), .punct(")")], examples: ["Friday (Jun 15)"]) { m in
            checked(m.date, m.weekday)
        },
        Rule("<weekday>-<date>", [.weekday, .glued(.punct("-")), .glued(.entry(.date))], examples: ["Friday-Jun-15"]) { m in
            if case .numeric = m.date { return nil }
            return checked(m.date, m.weekday)
        },
        // "April 24 and 25": the second day shares the first one's month (and year); it must end the
        // phrase, so that "April 24 and 25 people" stays a count
    ] + [",", ".", ";", ")"].map { (end: Character) in
        Rule("<month> <day> and <day>", [.context(.entry(.date)), .context(.words(["and", "or"])), .integer(1...31, digits: 1...2), .context(.punct(end))],
             examples: ["April 24 and 25", "Jan. 3 or 4"]) { m in
            guard case .calendar(let year, .some(let month), .some(let first)) = m.date, m.number > first else { return nil }
            return .date(.calendar(year: year, month: month, day: m.number))
        }
    } + [
        Rule("<month>-<dd>", [.month, .glued(.punct("-")), .glued(.integer(1...31, digits: 1...2))], examples: ["jun-15"]) { m in
            .date(.calendar(year: nil, month: m.month, day: m.number))
        },
    ]
}
