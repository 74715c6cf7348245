/// Named periods of a year: quarters ("the third quarter", "Q3 2015", "third-quarter"), halves
/// ("H2 2016"), seasons ("next autumn", "the winter of 1999") and weekends.
///
/// Fixtures: `Fixtures/normalizer/periods.txt`.
enum PeriodRules {
    static func yearOf(_ m: Match) -> DateExpr? { m.years.first.map { .calendar(year: $0, month: nil, day: nil) } }

    static let all: [Rule] = [
        Rule("the <nth> quarter", [.optional(.word("the")), .optional(.word("fiscal")), .ordinal, .optional(.word("fiscal")), .words(["quarter", "qtr"])],
             examples: ["the third quarter", "3rd qtr", "the fiscal first quarter"]) { m in
            (1...4).contains(m.ordinal) ? .date(.quarter(m.ordinal, of: nil)) : nil
        },
        // "the third-quarter loss": the hyphenated form modifies a noun, so "the" belongs to that noun
        Rule("<nth>-quarter", [.optional(.context(.word("the"))), .ordinal, .glued(.punct("-")), .glued(.words(["quarter", "qtr"]))],
             examples: ["third-quarter", "the fourth-quarter loss"]) { m in
            (1...4).contains(m.ordinal) ? .date(.quarter(m.ordinal, of: nil)) : nil
        },
        Rule("this year's <nth> quarter", [.entry(.date), .punct("'"), .glued(.word("s")), .entry(.date)],
             examples: ["this year's third quarter", "last year's fourth quarter"]) { m in
            guard isYear(m.dates[0]) else { return nil }
            switch m.dates[1] {
            case .quarter(let n, nil): return .date(.quarter(n, of: m.dates[0]))
            case .half(let n, nil): return .date(.half(n, of: m.dates[0]))
            default: return nil
            }
        },
        Rule("the <year> quarter", [.word("the"), .integer(1000...2999, digits: 4...4), .words(["quarter", "period"])],
             examples: ["the 1988 quarter", "the 1989 period"]) { m in
            .date(.reportingPeriod(year: m.number))
        },
        Rule("the <nth> quarter of <year>", [.optional(.word("the")), .ordinal, .optional(.glued(.punct("-"))), .words(["quarter", "qtr"]),
                                             .optional(.word("of")), .entry(.date)],
             examples: ["the 4th qtr of 2018", "4th quarter 2018", "the third quarter this year", "the third quarter of two thousand and twenty"]) { m in
            guard (1...4).contains(m.ordinal), isYear(m.date) else { return nil }
            return .date(.quarter(m.ordinal, of: m.date))
        },
        Rule("<year> the <nth> quarter", [.year, .optional(.word("the")), .ordinal, .words(["quarter", "qtr"])],
             examples: ["2016 the third quarter"]) { m in
            (1...4).contains(m.ordinal) ? .date(.quarter(m.ordinal, of: yearOf(m))) : nil
        },
        Rule("Q<n> <year>", [.words(["q", "h"]), .glued(.integer(1...4, digits: 1...1)), .optional(.punct("-")), .optional(.year)],
             examples: ["Q3 2015", "q1-2019", "H1 2016", "Q4"]) { m in
            quarterOrHalf(m, year: yearOf(m))
        },
        Rule("Q<n> <date>", [.words(["q", "h"]), .glued(.integer(1...4, digits: 1...1)), .entry(.date)], examples: ["Q3 this year"]) { m in
            isYear(m.date) ? quarterOrHalf(m, year: m.date) : nil
        },
        Rule("<year>Q<n>", [.year, .optional(.punct("-")), .words(["q", "h"]), .glued(.integer(1...4, digits: 1...1))],
             examples: ["2018Q4", "2017-q1", "2019 H2", "2016H2"]) { m in
            quarterOrHalf(m, year: yearOf(m))
        },
        Rule("<yy>q<n>", [.twoDigits, .glued(.words(["q", "h"])), .glued(.integer(1...4, digits: 1...1))], examples: ["18q4"]) { m in
            quarterOrHalf(m, year: .calendar(year: AbsoluteDateRules.fullYear(m.numbers[0]), month: nil, day: nil), index: 1)
        },
        Rule("the latest period", [.word("the"), .words(["latest", "recent", "same", "comparable"]), .word("period")],
             examples: ["the latest period"]) { _ in
            .date(.reportingPeriod(year: nil))
        },
        Rule("the quarter", [.word("the"), .optional(.words(["latest", "recent", "same"])), .word("quarter")], examples: ["the quarter"]) { _ in
            .date(.anaphoric(.quarter, 0))
        },
        // seasons
        Rule("<season>", [.season], examples: ["summer", "Winter"]) { m in
            m.latentWord ? nil : .date(.season(m.season, of: nil, .none))  // "spring" and "fall" need a frame
        },
        Rule("in the <season>", [.context(.words(["in", "during", "by", "until", "since", "over", "through"])), .optional(.word("the")), .season],
             examples: ["in the summer", "in spring", "during the winter"]) { m in
            .date(.season(m.season, of: nil, .none))
        },
        Rule("this <season>", [.words(["this", "next", "last", "past", "coming"]), .season],
             examples: ["this summer", "next autumn", "last fall"]) { m in
            let d: Direction = m.has("this") ? .this : m.has("next") || m.has("coming") ? .next : m.has("past") ? .past : .last
            return .date(.season(m.season, of: nil, d))
        },
        Rule("this past <season>", [.word("this"), .word("past"), .season], examples: ["this past winter", "this past spring"]) { m in
            .date(.season(m.season, of: nil, .past))
        },
        Rule("<season> <year>", [.optional(.word("the")), .season, .optional(.word("of")), .year],
             examples: ["summer 2015", "the winter of 1999", "fall 2015"]) { m in
            .date(.season(m.season, of: yearOf(m), .none))
        },
        Rule("<season> of <date>", [.optional(.word("the")), .season, .word("of"), .entry(.date)], examples: ["summer of next year"]) { m in
            isYear(m.date) ? .date(.season(m.season, of: m.date, .none)) : nil
        },
        // weekends
        Rule("the weekend", [.optional(.words(["the", "this", "my"])), .words(["weekend", "wkend", "week-end"])],
             examples: ["the weekend", "this weekend", "weekend"]) { m in
            .date(.weekend(weeks: m.has("this") ? 0 : nil, of: nil))
        },
        Rule("next weekend", [.words(["next", "last", "past", "previous", "coming"]), .words(["weekend", "wkend"])],
             examples: ["next weekend", "last weekend"]) { m in
            .date(.weekend(weeks: m.has(any: ["next", "coming"]) ? 1 : -1, of: nil))
        },
        Rule("the weekend after next", [.optional(.word("the")), .word("weekend"), .word("after"), .optional(.word("the")), .word("next")],
             examples: ["the weekend after the next"]) { _ in .date(.weekend(weeks: 2, of: nil)) },
        Rule("the week-end", [.optional(.words(["the", "this"])), .word("week"), .glued(.punct("-")), .glued(.word("end"))],
             examples: ["the week-end", "this week-end"]) { m in
            .date(.weekend(weeks: m.has("this") ? 0 : nil, of: nil))
        },
        Rule("the last weekend of <date>", [.optional(.word("the")), .words(["last", "first"]), .words(["weekend", "wkend"]),
                                            .words(["of", "in"]), .entry(.date)],
             examples: ["the last weekend of January", "first weekend in May"]) { m in
            .date(.weekend(weeks: 0, of: .nthWeekday(m.has("last") ? -1 : 1, weekday: 6, of: m.date)))
        },
        Rule("the last week-end of <date>", [.optional(.word("the")), .words(["last", "first"]), .word("week"), .optional(.glued(.punct("-"))),
                                             .word("end"), .words(["of", "in"]), .entry(.date)],
             examples: ["the last week-end of January", "last week end in January"]) { m in
            .date(.weekend(weeks: 0, of: .nthWeekday(m.has("last") ? -1 : 1, weekday: 6, of: m.date)))
        },
        Rule("the weekend of <date>", [.optional(.word("the")), .word("weekend"), .word("of"), .entry(.date)],
             examples: ["the weekend of March 5"]) { m in
            .date(.weekend(weeks: 0, of: m.date))
        },
        Rule("<holiday> weekend", [.entry(.date), .word("weekend")], examples: ["Easter weekend", "halloween weekend 2021"]) { m in
            if case .holiday = m.date { return .date(.weekend(weeks: 0, of: m.date)) }
            return nil
        },
    ]

    static func isYear(_ d: DateExpr) -> Bool {
        switch d {
        case .calendar(.some, nil, nil), .deictic(.year, _), .anaphoric(.year, _): true
        default: false
        }
    }

    static func quarterOrHalf(_ m: Match, year: DateExpr?, index: Int = 0) -> Temporal? {
        let n = m.numbers[index]
        if m.has("h") { return n <= 2 ? .date(.half(n, of: year)) : nil }
        return .date(.quarter(n, of: year))
    }
}
