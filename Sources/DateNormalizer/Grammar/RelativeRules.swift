/// Deictic and relative dates, read against the reference: "yesterday", "last week", "next March",
/// "three days ago", "in two weeks", "the past three months", "earlier this year".
///
/// Fixtures: `Fixtures/normalizer/relative.txt`.
enum RelativeRules {
    /// Direction words before a unit and the shift each means.
    static let shifts: [(String, Int)] = [
        ("this", 0), ("current", 0), ("next", 1), ("coming", 1), ("upcoming", 1), ("last", -1), ("previous", -1), ("past", -1),
    ]
    static func shift(_ m: Match) -> Int {
        for (w, n) in shifts where m.has(w) { return n }
        return 0
    }
    static let calendarUnits: Set<TimeUnit> = [.day, .week, .month, .quarter, .year, .decade, .century]

    /// A date that comes back every year and names no year: a holiday, a month, a month-day, a season.
    static func recurring(_ d: DateExpr) -> Bool {
        switch d {
        case .holiday(_, nil, .none), .calendar(nil, .some, _), .season(_, nil, .none): true
        default: false
        }
    }

    static let all: [Rule] = [
        Rule("today", [.words(["today", "todays", "today's"])], examples: ["today"]) { _ in .date(.deictic(.day, 0)) },
        // "today is the eighth day of the blockade", "It's the second day of the strike": the day the story is on
        Rule("it is the <nth> day", [.context(.words(["today", "it", "this"])), .context(.word("is")), .optional(.word("the")), .ordinal, .word("day")],
             examples: ["today is the eighth day", "it is the third day"]) { m in
            (2...366).contains(m.ordinal) ? .date(.deictic(.day, 0)) : nil
        },
        Rule("it's the <nth> day", [.context(.words(["today", "it", "this"])), .context(.glued(.punct("'"))), .context(.glued(.word("s"))),
                                    .optional(.word("the")), .ordinal, .word("day")],
             examples: ["it's the second day"]) { m in
            (2...366).contains(m.ordinal) ? .date(.deictic(.day, 0)) : nil
        },
        Rule("tomorrow", [.words(["tomorrow", "tmrw", "tomorrows", "tomorrow's", "tmr"])], examples: ["tomorrow", "tmrw"]) { _ in
            .date(.deictic(.day, 1))
        },
        Rule("yesterday", [.words(["yesterday", "yesterday's"])], examples: ["yesterday"]) { _ in .date(.deictic(.day, -1)) },
        Rule("the day before yesterday", [.optional(.word("the")), .word("day"), .word("before"), .word("yesterday")],
             examples: ["the day before yesterday"]) { _ in .date(.deictic(.day, -2)) },
        Rule("the day after tomorrow", [.optional(.word("the")), .word("day"), .word("after"), .words(["tomorrow", "tmrw"])],
             examples: ["the day after tomorrow", "day after tomorrow"]) { _ in .date(.deictic(.day, 2)) },
        Rule("this <unit>", [.optional(.word("the")), .words(["this", "current", "next", "last", "previous", "coming", "upcoming"]),
                             .optional(.words(["calendar", "fiscal"])), .unit],
             examples: ["this week", "last year", "next month", "the current quarter", "previous week", "the coming week"]) { m in
            guard calendarUnits.contains(m.unit), m.unitCount == 1, !m.has(any: ["days", "weeks", "months", "years", "quarters"]) else { return nil }
            if m.has("the"), m.has("last") { return nil }  // "the last week" is a span
            if m.unit == .day { return m.has("this") ? .date(.deictic(.day, 0)) : nil }
            return .date(.deictic(m.unit, shift(m)))
        },
        Rule("for the day", [.context(.words(["for", "in", "during", "throughout"])), .words(["the", "my"]), .unit],
             examples: ["for the day", "in the year", "during the week"]) { m in
            guard [TimeUnit.day, .week, .month, .year].contains(m.unit), m.unitCount == 1, !m.has(any: ["days", "weeks", "months", "years"]) else { return nil }
            // "Friday ... later in the day", "Friday's close ... For the week": the day or week the story is on
            return [TimeUnit.day, .week].contains(m.unit) ? .date(.anaphoric(m.unit, 0)) : .date(.deictic(m.unit, 0))
        },
        Rule("my week", [.word("my"), .unit], examples: ["my week", "my day"]) { m in
            [TimeUnit.day, .week].contains(m.unit) && m.unitCount == 1 && !m.has(any: ["days", "weeks"]) ? .date(.deictic(m.unit, 0)) : nil
        },
        Rule("my weekend", [.word("my"), .word("weekend")], examples: ["my weekend"]) { _ in
            .date(.weekend(weeks: 0, of: nil))
        },
        Rule("the fiscal year", [.word("the"), .optional(.words(["current", "latest", "full"])), .optional(.word("fiscal")), .word("year")],
             examples: ["the fiscal year", "the full year"]) { m in
            m.has("fiscal") || m.has("full") ? .date(.reportingYear) : nil
        },
        Rule("the week", [.word("the"), .word("week")], examples: ["the week"]) { _ in .date(.anaphoric(.week, 0)) },
        // "by year-end", "since year-end", "at year-end": the close of the calendar year, December 31,
        // its year chosen as for any yearless date; a fiscal year-end falls on no known day
        Rule("year-end", [.context(.optional(.word("fiscal"))), .word("year"), .optional(.glued(.punct("-"))), .word("end")],
             examples: ["year-end", "year end"]) { m in
            m.has("fiscal") ? .date(.part(.end, of: .anaphoric(.year, 0))) : .date(.calendar(year: nil, month: 12, day: 31))
        },
        Rule("year's end", [.word("year"), .glued(.punct("'")), .glued(.word("s")), .word("end")], examples: ["year's end"]) { _ in
            .date(.part(.end, of: .anaphoric(.year, 0)))
        },
        Rule("past <unit>", [.word("past"), .unit], examples: ["past week", "past day", "past years"]) { m in
            // "in past years" is the vague past, as "in recent years"
            if Units.isPlural(m.words.last ?? "") { return m.unit >= .year ? .date(.ref(.past)) : nil }
            guard calendarUnits.contains(m.unit), m.unitCount == 1 else { return nil }
            return .date(.deictic(m.unit, -1))
        },
        Rule("last <unit> (fortnight)", [.optional(.word("the")), .words(["this", "next", "last", "past"]), .word("fortnight")], examples: ["the next fortnight"]) { m in
            .date(.span(count: 2, unit: .week, sign: m.has("last") ? -1 : 1))
        },
        Rule("this coming <unit>", [.word("this"), .words(["coming", "past"]), .unit], examples: ["this coming week", "this past week"]) { m in
            guard calendarUnits.contains(m.unit) else { return nil }
            return .date(.deictic(m.unit, m.has("past") ? -1 : 1))
        },
        Rule("the <unit> after next", [.optional(.word("the")), .unit, .word("after"), .optional(.word("the")), .word("next")],
             examples: ["the week after next", "the month after the next"]) { m in
            calendarUnits.contains(m.unit) ? .date(.deictic(m.unit, 2)) : nil
        },
        Rule("the <unit> before last", [.optional(.word("the")), .unit, .word("before"), .optional(.word("the")), .word("last")],
             examples: ["the week before last"]) { m in
            calendarUnits.contains(m.unit) ? .date(.deictic(m.unit, -2)) : nil
        },
        Rule("<month> after next", [.month, .word("after"), .word("next")], examples: ["March after next"]) { m in
            .date(.month(m.month, .afterNext))
        },
        Rule("next <month>", [.words(["next", "last", "this", "previous", "coming"]), .month], examples: ["next March", "last September", "this June"]) { m in
            if m.latentWord { return nil }  // "this may take longer"
            let d: Direction = m.has("next") || m.has("coming") ? .next : m.has("this") ? .this : .last
            return .date(.month(m.month, d))
        },
        Rule("next <month-day>", [.words(["next", "this", "last"]), .entry(.date)], examples: ["next 6th of April", "this 5/12", "last Oct. 4"]) { m in
            let d: Direction = m.has("next") ? .next : m.has("this") ? .this : .last
            switch m.date {
            case .calendar(nil, let mo?, let day?): return .date(.monthDay(mo, day, d))
            case .numeric(let a, let b, nil), .alone(.numeric(let a, let b, nil)): return .date(.numericDirection(a, b, d))
            default: return nil
            }
        },
        Rule("<month> next year", [.month, .optional(.word("of")), .entry(.date)], examples: ["june next year", "March of this year"]) { m in
            if case .deictic(.year, _) = m.date { return .date(.nthUnit(m.month, .month, of: m.date)) }
            return nil
        },
        // offsets from the reference
        Rule("<duration> ago", [.entry(.duration), .optional(.word("or")), .optional(.word("so")), .words(["ago", "back"])],
             examples: ["three days ago", "a year ago", "a few days ago", "a month or so ago"]) { m in
            if m.has("or") != m.has("so") { return nil }
            return .date(.offset(m.duration, sign: -1, from: nil))
        },
        Rule("in <duration>", [.context(.word("in")), .entry(.duration)], examples: ["in two weeks", "in 3 years"]) { m in
            guard !m.duration.definite, m.duration.mod == nil, m.duration.parts.allSatisfy({ $0.count != nil }) else { return nil }
            return .date(.inDuration(m.duration))
        },
        // "from" needs its "now": "40 flights a day from Mexico" is a rate
        Rule("<duration> from now", [.entry(.duration), .word("from"), .words(["now", "today"])],
             examples: ["two weeks from now", "3 years from today"]) { m in
            .date(.offset(m.duration, sign: 1, from: nil))
        },
        Rule("<duration> hence", [.entry(.duration), .word("hence"), .optional(.words(["now", "today"]))], examples: ["14 days hence"]) { m in
            .date(.offset(m.duration, sign: 1, from: nil))
        },
        Rule("<duration> from right now", [.entry(.duration), .word("from"), .word("right"), .word("now")], examples: ["a day from right now"]) { m in
            .date(.offset(m.duration, sign: 1, from: nil))
        },
        Rule("<duration> in the future", [.entry(.duration), .word("in"), .word("the"), .word("future")], examples: ["4 weeks in the future"]) { m in
            .date(.span(count: Int(m.duration.parts[0].count ?? 1), unit: m.duration.parts[0].unit, sign: 1))
        },
        Rule("<date> in <duration>", [.entry(.date), .entry(.date)],
             examples: ["Thanksgiving in 10 months", "April in a year", "Christmas two years ago", "Diwali four years hence"]) { m in
            guard recurring(m.dates[0]) else { return nil }
            switch m.dates[1] {
            case .inDuration(let d): return .date(.movedReference(m.dates[0], d, sign: 1))
            case .offset(let d, let sign, nil) where d.parts.allSatisfy({ $0.count != nil }): return .date(.movedReference(m.dates[0], d, sign: sign))
            default: return nil
            }
        },
        // arithmetic notation: "+2 months", "next Tuesday +10 days", "2023-12-29 -10days"
        Rule("+<duration>", [.words(["+", "-"]), .glued(.entry(.duration))], examples: ["+3 months, 4 days"]) { m in
            guard m.has("+"), m.duration.parts.allSatisfy({ $0.count != nil }) else { return nil }
            return .date(.offset(m.duration, sign: 1, from: nil))
        },
        Rule("<date> +<duration>", [.entry(.date), .words(["+", "-"]), .glued(.entry(.duration))],
             examples: ["next Monday +9 days", "2015-12-16 -12days"]) { m in
            guard m.duration.parts.allSatisfy({ $0.count != nil }) else { return nil }
            return .date(.offset(m.duration, sign: m.has("+") ? 1 : -1, from: m.date))
        },
        Rule("<duration> before <date>", [.entry(.duration), .words(["before", "after", "from", "since"]), .entry(.date)],
             examples: ["two weeks before Christmas", "3 days after January 12th", "2 weeks from January 15"]) { m in
            .date(.offset(m.duration, sign: m.has("before") ? -1 : 1, from: m.date))
        },
        // British: "a week on Tuesday", "a fortnight on Friday" (only weeks: "three hours on Monday" is a
        // length spent that day), and "Tuesday week", a week after the coming Tuesday
        Rule("<weeks> on <weekday>", [.entry(.duration), .word("on"), .weekday],
             examples: ["a week on Tuesday", "a fortnight on Friday"]) { m in
            guard m.duration.parts.count == 1, m.duration.parts[0].unit == .week, m.duration.parts[0].count != nil else { return nil }
            return .date(.offset(m.duration, sign: 1, from: .weekday(m.weekday, .coming)))
        },
        Rule("<weekday> week", [.weekday, .word("week")], examples: ["Tuesday week"]) { m in
            .date(.offset(DurationExpr(1, .week), sign: 1, from: .weekday(m.weekday, .coming)))
        },
        Rule("the day before <date>", [.word("the"), .word("day"), .words(["before", "after"]), .entry(.date)],
             examples: ["the day before last Tuesday", "the day after Christmas"]) { m in
            .date(.offset(DurationExpr(1, .day), sign: m.has("before") ? -1 : 1, from: m.date))
        },
        // spans next to the reference
        Rule("the past <n> <units>", [.optional(.word("the")), .words(["past", "last", "previous", "next", "coming", "following", "upcoming"]),
                                      .entry(.duration)],
             examples: ["the past three months", "the next few days", "last 2 weeks", "the last twenty four hours"]) { m in
            guard m.duration.parts.count == 1 else { return nil }
            let p = m.duration.parts[0]
            let sign = m.has(any: ["next", "coming", "following", "upcoming"]) ? 1 : -1
            if p.count == 1, !m.has("the") { return nil }  // "last week" is deictic
            if p.count == nil, m.has(any: ["coming", "upcoming", "following"]) { return nil }  // "the coming months": FUTURE_REF
            return .date(.span(count: p.count.map { Int($0) }, unit: p.unit, sign: sign, business: m.duration.business))
        },
        Rule("the past <unit>", [.word("the"), .words(["past", "last"]), .unit], examples: ["the past week", "the last year"]) { m in
            guard m.unit >= .day, !m.has(any: ["days", "weeks", "months", "years"]) else { return nil }
            return .date(.span(count: m.unitCount, unit: m.unit, sign: -1))
        },
        Rule("<n> past <units>", [.optional(.word("the")), .number, .words(["past", "previous", "last", "next", "upcoming", "coming"]), .unit],
             examples: ["5 past years", "the 2 upcoming months"]) { m in
            // a count needs a plural unit: "pier 3 last week" is a pier and last week
            guard m.unit >= .day, m.number == 1 || Units.isPlural(m.words.last ?? "") else { return nil }
            let sign = m.has(any: ["next", "upcoming", "coming"]) ? 1 : -1
            return .date(.span(count: m.number * m.unitCount, unit: m.unit, sign: sign))
        },
        Rule("within <duration>", [.context(.words(["within", "less"])), .optional(.word("than")), .optional(.word("the")),
                                   .optional(.words(["next", "coming", "upcoming"])), .entry(.duration), .optional(.words(["from", "after"])), .optional(.word("today"))],
             examples: ["within two weeks", "within the next 3 years"]) { m in
            guard m.duration.parts.count == 1, let n = m.duration.parts[0].count else { return nil }
            // "less than a decade after the fall of the wall": counted from an event, not from today
            if m.has(any: ["from", "after"]), !m.has("today") { return nil }
            return .date(.within(count: Int(n), unit: m.duration.parts[0].unit))
        },
        Rule("earlier this <unit>", [.words(["earlier", "later"]), .optional(.word("in")), .words(["this", "that"]), .unit],
             examples: ["earlier this year", "later this month", "later in this week"]) { m in
            guard calendarUnits.contains(m.unit) else { return nil }
            let part: PartOf = m.has("earlier") ? .beforeReference : .afterReference
            return .date(.part(part, of: m.has("that") ? .anaphoric(m.unit, 0) : .deictic(m.unit, 0)))
        },
        Rule("the rest of the <unit>", [.optional(.word("the")), .word("rest"), .word("of"), .words(["the", "this"]), .unit],
             examples: ["the rest of the week", "rest of this year"]) { m in
            calendarUnits.contains(m.unit) ? .date(.part(.afterReference, of: .deictic(m.unit, 0))) : nil
        },
        Rule("the week of <date>", [.word("the"), .words(["week", "month"]), .word("of"), .entry(.date)],
             examples: ["the week of March 6", "the week of october 6th"]) { m in
            .date(.containing(m.has("week") ? .week : .month, m.date))
        },
        Rule("<unit> <n>", [.optional(.word("the")), .word("week"), .integer(1...53, digits: 1...2)], examples: ["week 31", "the week 1"]) { m in
            .date(.nthUnit(m.number, .week, of: .deictic(.year, 0)))
        },
        Rule("week <n> of <year>", [.optional(.word("the")), .word("week"), .integer(1...53, digits: 1...2), .word("of"), .entry(.date)],
             examples: ["week 3 of 2027", "the week 27 of last year"]) { m in
            .date(.nthUnit(m.number, .week, of: m.date))
        },
        // "twice as high a dividend this year as last", "sales this month than last": the unit named before, one back
        Rule("this year as last", [.context(.entry(.date)), .context(.optional(.punct(","))), .context(.words(["as", "than"])), .word("last"), .context(.words(clauseEnds))],
             examples: ["this year as last", "this week than last"]) { m in
            guard case .deictic(let unit, 0) = m.date, unit >= .week else { return nil }
            return .date(.deictic(unit, -1))
        },
        // "rates will rise this year and next": one ahead
        Rule("this year and next", [.context(.entry(.date)), .context(.optional(.punct(","))), .context(.words(["and", "or"])), .word("next"), .context(.words(clauseEnds))],
             examples: ["this year and next", "this month or next"]) { m in
            guard case .deictic(let unit, 0) = m.date, unit >= .week else { return nil }
            return .date(.deictic(unit, 1))
        },
    ]

    /// What may close "this year as last" / "this year and next": the clause ends right after "last"/"next".
    static let clauseEnds = [",", ".", ";", ")"]
}
