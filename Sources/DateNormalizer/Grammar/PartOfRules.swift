/// Parts of a period and units counted inside one: "early March", "the end of 2015", "mid-2019",
/// "the first week of October", "the last Monday of March", "the 20th of next month".
///
/// Fixtures: `Fixtures/normalizer/part-of.txt`.
enum PartOfRules {
    static func part(_ m: Match) -> PartOf? {
        if m.has(any: ["early", "beginning", "start", "dawn"]) { return m.has("early") ? .early : .start }
        if m.has(any: ["mid", "middle", "midst"]) { return .mid }
        if m.has("late") { return .late }
        if m.has(any: ["end", "close", "turn"]) { return .end }
        return nil
    }

    /// Whether a date can have parts (not a single day with a time, not a range).
    static func divisible(_ d: DateExpr) -> Bool {
        switch d {
        case .timed, .range, .ref, .span, .within, .part, .withWeekday, .dayWithWeekday, .alone, .startingFor: false
        default: true
        }
    }

    static let all: [Rule] = [
        Rule("early <date>", [.optional(.word("the")), .words(["early", "mid", "late"]), .optional(.glued(.punct("-"))), .entry(.date)],
             examples: ["early March", "mid-2019", "late 1990s", "mid March", "early next year"]) { m in
            guard divisible(m.date), let p = part(m) else { return nil }
            // "began late July 25": late on that day, as "late Tuesday" is ("mid July 4" is no phrase)
            if case .calendar(_, _, .some) = m.date, m.has("mid") || m.has("the") { return nil }
            if case .deictic(.day, _) = m.date, m.has("mid") { return nil }
            return .date(.part(p, of: m.date))
        },
        Rule("the beginning of <date>", [.optional(.context(.word("at"))), .optional(.word("the")),
                                         .words(["beginning", "start", "end", "middle", "close", "turn", "midst"]), .word("of"), .entry(.date)],
             examples: ["the end of September", "the beginning of 2015", "the middle of next week", "end of the year"]) { m in
            guard divisible(m.date), let p = part(m) else { return nil }
            if case .calendar(_, _, .some) = m.date { return nil }
            return .date(.part(p, of: m.date))
        },
        Rule("the end of the <unit>", [.optional(.word("the")), .words(["beginning", "start", "end", "middle"]), .word("of"), .optional(.word("the")), .unit],
             examples: ["the end of the month", "the beginning of the year", "end of month"]) { m in
            guard RelativeRules.calendarUnits.contains(m.unit), let p = part(m) else { return nil }
            return .date(.part(p, of: .anaphoric(m.unit, 0)))
        },
        Rule("EOM", [.words(["eom", "bom", "eoy", "boy", "eow", "eod"])], examples: ["EOM", "BOY", "EOD"]) { m in
            let unit: TimeUnit = m.has(any: ["eom", "bom"]) ? .month : m.has(any: ["eoy", "boy"]) ? .year : m.has("eow") ? .week : .day
            if unit == .day { return .date(.deictic(.day, 0)) }
            return .date(.part(m.has(any: ["bom", "boy"]) ? .start : .end, of: .deictic(unit, 0)))
        },
        Rule("the first half of <date>", [.optional(.word("the")), .words(["first", "second", "1st", "2nd", "latter", "last"]), .word("half"),
                                          .word("of"), .entry(.date)],
             examples: ["the second half of 2012", "the first half of the year"]) { m in
            let second = m.has(any: ["second", "latter", "last"])
            return .date(.half(second ? 2 : 1, of: m.date))
        },
        Rule("the first half of the <unit>", [.optional(.word("the")), .words(["first", "second", "latter"]), .word("half"), .word("of"),
                                              .words(["the", "this", "that"]), .words(["year", "month"])],
             examples: ["the first half of the year"]) { m in
            let n = m.has("first") ? 1 : 2
            if m.has("month") { return .date(.part(n == 1 ? .firstHalf : .secondHalf, of: .anaphoric(.month, 0))) }
            return .date(.half(n, of: m.has("this") ? .deictic(.year, 0) : .anaphoric(.year, 0)))
        },
        Rule("the first half of <date> (ordinal)", [.optional(.word("the")), .ordinal, .word("half"), .word("of"), .entry(.date)],
             examples: ["the 2nd half of 2012"]) { m in
            (1...2).contains(m.ordinal) ? .date(.half(m.ordinal, of: m.date)) : nil
        },
        Rule("the first week of <date>", [.optional(.word("the")), .ordinal, .optional(.word("calendar")), .unit,
                                          .words(["of", "in"]), .entry(.date)],
             examples: ["the first week of October", "the third month of 2021", "the 2nd quarter of 2016", "third day of the year"]) { m in
            guard m.unit >= .day, m.unitCount == 1, m.unit != .half else { return nil }
            if m.unit == .quarter { return (1...4).contains(m.ordinal) ? .date(.quarter(m.ordinal, of: m.date)) : nil }
            return .date(.nthUnit(m.ordinal, m.unit, of: m.date))
        },
        Rule("the last week of <date>", [.optional(.word("the")), .word("last"), .unit, .words(["of", "in"]), .entry(.date)],
             examples: ["the last week of September", "last day of october 2015", "last wkend of July"]) { m in
            guard m.unit >= .day, m.unitCount == 1 else { return nil }
            return .date(.nthUnit(-1, m.unit, of: m.date))
        },
        Rule("the <n>th last week of <date>", [.optional(.word("the")), .ordinal, .word("last"), .unit, .words(["of", "in"]), .entry(.date)],
             examples: ["the 2nd last week of October 2018", "fifth last day of May"]) { m in
            guard m.unit >= .day, m.unitCount == 1 else { return nil }
            return .date(.nthUnit(-m.ordinal, m.unit, of: m.date))
        },
        Rule("the first <n> weeks of <date>", [.optional(.word("the")), .words(["first", "last"]), .number, .unit, .words(["of", "in"]), .entry(.date)],
             examples: ["the first 2 weeks of 2021", "the last four months of 2021", "first ten days of last year"]) { m in
            guard m.unit >= .day, m.number > 0, m.number < 400 else { return nil }
            return .date(.firstUnits(m.has("last") ? -m.number : m.number, m.unit, of: m.date))
        },
        Rule("the first <weekday> of <date>", [.optional(.word("the")), .ordinal, .weekday, .words(["of", "in"]), .entry(.date)],
             examples: ["the first Tuesday of October", "third tuesday of september 2014", "the first Monday of the month"]) { m in
            (1...5).contains(m.ordinal) ? .date(.nthWeekday(m.ordinal, weekday: m.weekday, of: m.date)) : nil
        },
        Rule("the last <weekday> of <date>", [.optional(.word("the")), .word("last"), .weekday, .words(["of", "in"]), .entry(.date)],
             examples: ["the last Monday of March", "last friday in october"]) { m in
            .date(.nthWeekday(-1, weekday: m.weekday, of: m.date))
        },
        Rule("the first <weekday> of the month", [.optional(.word("the")), .ordinal, .weekday, .words(["of", "in"]),
                                                  .optional(.word("the")), .word("month")],
             examples: ["first Monday in the month"]) { m in
            (1...5).contains(m.ordinal) ? .date(.nthWeekday(m.ordinal, weekday: m.weekday, of: .deictic(.month, 0))) : nil
        },
        Rule("the <day> of <month>", [.optional(.word("the")), .day, .optional(.word("day")), .word("of"), .optional(.word("the")), .entry(.date)],
             examples: ["the 20th of next month", "20th day of next month", "20 of this month"]) { m in
            switch m.date {
            case .deictic(.month, _), .anaphoric(.month, _), .month: return .date(.dayOf(m.day, of: m.date))
            default: return nil
            }
        },
        Rule("the third <weekday> after <date>", [.optional(.word("the")), .ordinal, .weekday, .words(["after", "before"]), .entry(.date)],
             examples: ["the second Tuesday after Christmas", "second Friday before Easter"]) { m in
            (1...52).contains(m.ordinal) ? .date(.nthWeekdayAfter(m.has("before") ? -m.ordinal : m.ordinal, weekday: m.weekday, of: m.date)) : nil
        },
        Rule("the closest <date> to <date>", [.word("the"), .optional(.ordinal), .words(["closest", "nearest"]), .entry(.date), .word("to"), .entry(.date)],
             examples: ["the closest Monday to Dec. 16", "the second closest Christmas to today"]) { m in
            guard m.ordinals.count <= 1, (1...10).contains(m.ordinals.first ?? 1) else { return nil }
            switch m.dates[0] {
            case .weekday(_, .none), .holiday(_, nil, .none), .calendar(nil, .some, .some): return .date(.closest(m.ordinals.first ?? 1, m.dates[0], to: m.dates[1]))
            default: return nil
            }
        },
        Rule("the closest <weekday> to <date>", [.word("the"), .optional(.ordinal), .words(["closest", "nearest"]), .weekday, .word("to"), .entry(.date)],
             examples: ["the second closest Mon to Dec. 10"]) { m in
            guard m.ordinals.count <= 1, (1...10).contains(m.ordinals.first ?? 1) else { return nil }
            return .date(.closest(m.ordinals.first ?? 1, .weekday(m.weekday, .none), to: m.date))
        },
        Rule("the first <weekday>", [.optional(.word("the")), .words(["first", "second", "third", "fourth"]), .weekday],
             examples: ["the first Sunday"]) { m in
            let n = ["first": 1, "second": 2, "third": 3, "fourth": 4][m.words.last ?? "first"] ?? 1
            return .date(.nthWeekday(n, weekday: m.weekday, of: .deictic(.month, 0)))
        },
    ]
}
