/// Weekdays, alone or with a direction word ("Tuesday", "next Tuesday", "this past Tuesday").
///
/// Which Tuesday a bare "Tuesday" is, is left to `WeekdayResolution` (news convention: the
/// dateline's own day, else the most recent past one, the coming one only on future cues).
/// Fixtures: `Fixtures/normalizer/weekdays.txt`.
enum WeekdayRules {
    static let all: [Rule] = [
        Rule("<weekday>", [.weekday], examples: ["Tuesday", "Tues."]) { m in
            m.latentWord ? nil : .date(.weekday(m.weekday, .none))
        },
        Rule("on <weekday>", [.context(.words(["on", "since", "until", "by", "till"])), .weekday], examples: ["on sat"]) { m in
            .date(.weekday(m.weekday, .none))
        },
        Rule("this <weekday>", [.word("this"), .weekday], examples: ["this Friday"]) { m in .date(.weekday(m.weekday, .this)) },
        Rule("next <weekday>", [.words(["next", "following"]), .weekday], examples: ["next Tuesday", "following Friday"]) { m in
            .date(.weekday(m.weekday, .next))
        },
        Rule("the following <weekday>", [.word("the"), .word("following"), .weekday], examples: ["the following Monday"]) { m in
            .date(.anaphoricWeekday(m.weekday))
        },
        Rule("the previous <weekday>", [.word("the"), .words(["previous", "preceding", "prior"]), .weekday], examples: ["the previous Friday"]) { m in
            .date(.anaphoricWeekdayBefore(m.weekday))
        },
        Rule("last <weekday>", [.words(["last", "previous"]), .weekday], examples: ["last Sunday", "previous Wednesday"]) { m in
            .date(.weekday(m.weekday, .last))
        },
        Rule("this coming <weekday>", [.optional(.word("this")), .words(["coming", "upcoming"]), .weekday],
             examples: ["this coming Sunday", "coming Thursday", "this upcoming Friday"]) { m in
            .date(.weekday(m.weekday, .coming))
        },
        Rule("this past <weekday>", [.optional(.word("this")), .word("past"), .weekday], examples: ["this past Wednesday", "past Wednesday"]) { m in
            .date(.weekday(m.weekday, .past))
        },
        Rule("<weekday> after next", [.weekday, .word("after"), .word("next")], examples: ["friday after next"]) { m in
            .date(.weekday(m.weekday, .afterNext))
        },
        Rule("<weekday> of <week>", [.weekday, .words(["of", "from", "in"]), .entry(.date)],
             examples: ["Wednesday of next week", "sunday from last week", "monday of the following week"]) { m in
            isWeek(m.date) ? .date(.weekdayOf(m.weekday, of: m.date)) : nil
        },
        Rule("<weekday> <week>", [.weekday, .optional(.punct(",")), .entry(.date)], examples: ["Friday next week", "wednesday next week"]) { m in
            isWeek(m.date) ? .date(.weekdayOf(m.weekday, of: m.date)) : nil
        },
        Rule("<week> <weekday>", [.entry(.date), .optional(.punct("-")), .optional(.word("on")), .weekday],
             examples: ["next week Sunday", "next week on Friday", "previous week - Monday"]) { m in
            isWeek(m.date) ? .date(.weekdayOf(m.weekday, of: m.date)) : nil
        },
        Rule("last week's <weekday>", [.words(["last", "next", "this"]), .word("week"), .glued(.punct("'")), .glued(.word("s")), .weekday],
             examples: ["last week's sunday"]) { m in
            let n = m.has("last") ? -1 : m.has("next") ? 1 : 0
            return .date(.weekdayOf(m.weekday, of: .deictic(.week, n)))
        },
        Rule("<n> <weekday>s from now", [.number, .words(SetRules.pluralWeekdays), .words(["from", "hence"]), .optional(.word("now"))],
             examples: ["3 fridays from now", "two sundays from now"]) { m in
            plural(m).map { .date(.nthWeekdayFromReference(m.number, weekday: $0)) }
        },
        Rule("<n> <weekday>s ago", [.number, .words(SetRules.pluralWeekdays), .words(["ago", "back"])], examples: ["2 thursdays ago"]) { m in
            plural(m).map { .date(.nthWeekdayFromReference(-m.number, weekday: $0)) }
        },
        Rule("<n> <weekday> later", [.number, .weekday, .word("later")], examples: ["two monday later"]) { m in
            .date(.nthWeekdayFromReference(m.number, weekday: m.weekday))
        },
    ]

    /// The weekday a plural ("Fridays") names.
    static func plural(_ m: Match) -> Int? {
        m.words.lazy.compactMap { SetRules.pluralWeekdays.firstIndex(of: $0) }.first.map { $0 + 1 }
    }

    static func isWeek(_ d: DateExpr) -> Bool {
        switch d {
        case .deictic(.week, _), .anaphoric(.week, _): return true
        default: return false
        }
    }
}
