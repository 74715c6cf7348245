/// Ranges reported as one mention whose interval spans both ends: "from May 4 to May 9",
/// "May 4-9", "between 2010 and 2014", "June 2 until June 5", "1990-91".
///
/// A range's value is the ISO 8601 interval of its ends (`2015-05-04/2015-05-09`).
/// Fixtures: `Fixtures/normalizer/ranges.txt`.
enum RangeRules {
    static let connectors = ["to", "through", "thru", "till", "until", "untill", "-", "and"]

    /// "13" after "July" takes July; a year at the end applies to both ends.
    static func join(_ a: DateExpr, _ b: DateExpr) -> DateExpr? {
        switch (a, b) {
        case (.calendar(let y1, let m1, let d1), .calendar(let y2, let m2, let d2)):
            // "Nov 18 - Dec 19, 2015": the first end borrows the year
            let y1b = y1 ?? y2
            if y1 != nil, y2 != nil { return .range(a, b) }  // "between January 1st 2015 and Feb 2018"
            if (m1 == nil) != (m2 == nil) && d1 != nil && d2 != nil {
                // "13 - 15 July": the first day borrows the month
                return .range(.calendar(year: y1b, month: m1 ?? m2, day: d1), .calendar(year: y2 ?? y1b, month: m2 ?? m1, day: d2))
            }
            if (d1 == nil) != (d2 == nil) { return nil }
            return .range(.calendar(year: y1b, month: m1, day: d1), .calendar(year: y2 ?? y1b, month: m2, day: d2))
        case (.decade, .decade), (.century, .century):
            return .range(a, b)
        default:
            // like ends, or today (tomorrow...) and a weekday: "tomorrow - next Thursday"
            guard rangeable(a), rangeable(b), kind(a) == kind(b) || deicticDayAndWeekday(a, b) || deicticDayAndWeekday(b, a) else { return nil }
            return .range(a, b)
        }
    }

    /// Ends of one range are alike: "Monday through Friday", "2010 to 2014", not "2017-Q1".
    static func kind(_ d: DateExpr) -> Int {
        switch d {
        case .calendar(_, _, .some), .numeric, .dayWithWeekday, .withWeekday, .holiday, .deictic(.day, _), .offset, .nthWeekday, .dayOf: 0
        case .weekday, .weekdayOf: 1
        case .calendar(_, .some, nil), .month: 2
        case .calendar(.some, nil, nil): 3
        case .quarter: 4
        case .half: 5
        case .season: 6
        case .timed: 7
        default: 8
        }
    }

    /// A day written with its year, with or without a time.
    static func written(_ d: DateExpr) -> Bool {
        switch d {
        case .calendar(.some, .some, .some): true
        case .timed(let inner, _): written(inner)
        default: false
        }
    }

    static func deicticDayAndWeekday(_ a: DateExpr, _ b: DateExpr) -> Bool {
        guard case .deictic(.day, _) = a else { return false }
        return kind(b) == 1
    }

    static func rangeable(_ d: DateExpr) -> Bool {
        switch d {
        case .range, .ref, .span, .within, .part, .alone: false
        default: true
        }
    }

    static let all: [Rule] = [
        Rule("from <date> to <date>", [.word("from"), .entry(.date), .words(["to", "through", "thru", "till", "until", "untill", "-"]), .optional(.word("the")),
                                       .entry(.date)],
             examples: ["from May 4 to May 9", "from 2014 to 2018", "from the 13th to the 15th of July"]) { m in
            join(m.dates[0], m.dates[1]).map { .date($0) }
        },
        Rule("between <date> and <date>", [.word("between"), .entry(.date), .word("and"), .entry(.date)],
             examples: ["between 2010 and 2014", "between January 1st 2015 and Feb 2018"]) { m in
            join(m.dates[0], m.dates[1]).map { .date($0) }
        },
        Rule("<date> to <date>", [.entry(.date), .words(["to", "through", "thru", "till", "until", "untill", "-"]), .optional(.word("the")), .entry(.date)],
             examples: ["June 2 until June 5", "July 13 - July 15", "Monday through Friday", "Nov 18-Dec 19, 2015"]) { m in
            join(m.dates[0], m.dates[1]).map { .date($0) }
        },
        Rule("<date>/<date>", [.entry(.date), .glued(.punct("/")), .glued(.entry(.date))],
             examples: ["2015-04-11 08:00:00/2015-04-12 18:30:00", "2015-03-28/2015-04-02"]) { m in
            // an ISO 8601 interval: both ends written in full
            guard written(m.dates[0]), written(m.dates[1]) else { return nil }
            return .date(.range(m.dates[0], m.dates[1]))
        },
        Rule("<month> <day>-<day>", [.month, .optional(.punct(".")), .day, .words(["-", "to", "through", "thru", "till", "until"]), .optional(.word("the")), .day,
                                     .optional(.punct(",")), .optional(.year)],
             examples: ["May 4-9", "July 13 to 15", "August 27th - 29th", "Dec. 15-17, 2015"]) { m in
            guard m.days[0] < m.days[1] else { return nil }
            let y = m.years.first
            return .date(.range(.calendar(year: y, month: m.month, day: m.days[0]), .calendar(year: y, month: m.month, day: m.days[1])))
        },
        Rule("<day>-<day> <month>", [.optional(.word("the")), .day, .words(["-", "to", "through", "till", "until"]), .optional(.word("the")), .day,
                                     .optional(.word("of")), .month, .optional(.punct(",")), .optional(.year)],
             examples: ["1-8 september", "13 to 15 July", "23rd to 26th Oct", "the 13th to the 15th of July"]) { m in
            guard m.days[0] < m.days[1] else { return nil }
            let y = m.years.first
            return .date(.range(.calendar(year: y, month: m.month, day: m.days[0]), .calendar(year: y, month: m.month, day: m.days[1])))
        },
        Rule("<weekday> <day> to <weekday> <day> <month>", [.weekday, .optional(.punct(",")), .day, .words(["-", "to", "through", "thru", "till", "until"]),
                                                             .weekday, .optional(.punct(",")), .day, .optional(.word("of")), .month,
                                                             .optional(.punct(",")), .optional(.year)],
             examples: ["Monday 1 to Friday 5 March", "Tuesday 8 to Thursday 10 September 2009"]) { m in
            // a listings week: both days in the month written last, the first weekday picking the year
            guard m.weekdays.count == 2, m.days.count == 2, m.days[0] < m.days[1] else { return nil }
            let y = m.years.first
            let start = DateExpr.calendar(year: y, month: m.month, day: m.days[0])
            return .date(.range(y == nil ? .withWeekday(start, weekday: m.weekdays[0]) : start,
                                .calendar(year: y, month: m.month, day: m.days[1])))
        },
        Rule("<year>-<yy>", [.integer(1000...2999, digits: 4...4), .glued(.punct("-")), .glued(.twoDigits)],
             examples: ["1990-91", "the 2011-12 season", "1999-00"]) { m in
            let y = m.numbers[0]
            var end = y / 100 * 100 + m.numbers[1]
            if end < y { end += 100 }  // "1999-00"
            guard end == y + 1 else { return nil }
            return .date(.range(.calendar(year: y, month: nil, day: nil), .calendar(year: end, month: nil, day: nil)))
        },
        // a season or a tax year written with a slash: "the 2023/24 season", "tax year 2023/2024" (consecutive
        // years only: "2024/25" is no fraction anyone writes, "1990/95" may be)
        Rule("<year>/<yy>", [.integer(1000...2999, digits: 4...4), .glued(.punct("/")), .glued(.integer(0...2999, digits: 2...4))],
             examples: ["2023/24", "the 2011/12 season", "2023/2024", "1999/00"]) { m in
            let y = m.numbers[0], n = m.numbers[1]
            var end = n < 100 ? y / 100 * 100 + n : n
            if n < 100, end < y { end += 100 }  // "1999/00"
            guard end == y + 1 else { return nil }
            return .date(.range(.calendar(year: y, month: nil, day: nil), .calendar(year: end, month: nil, day: nil)))
        },
        Rule("<date> for <duration>", [.optional(.word("from")), .entry(.date), .optional(.punct(",")), .word("for"), .entry(.duration)],
             examples: ["from 18th Dec for 10 days"]) { m in
            // "Tuesday for the two-day rally": a definite duration names the event, not how long from the date
            m.duration.definite ? nil : .date(.startingFor(m.duration, m.date))
        },
        Rule("for <duration> from <date>", [.word("for"), .entry(.duration), .optional(.punct(",")), .words(["from", "starting"]), .optional(.word("from")), .entry(.date)],
             examples: ["for 10 days from 18th Dec", "for 3 days from today"]) { m in
            .date(.startingFor(m.duration, m.date))
        },
        Rule("<duration> starting <date>", [.entry(.duration), .word("starting"), .optional(.words(["from", "on"])), .entry(.date)],
             examples: ["a week starting tomorrow", "3 days starting from next Monday"]) { m in
            .date(.startingFor(m.duration, m.date))
        },
    ]
}
