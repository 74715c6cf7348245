/// Clock times and parts of the day, alone or carrying a date: "9 a.m.", "10:30", "noon",
/// "Tuesday morning", "tonight", "9 a.m. on Friday", "the morning of March 3".
///
/// Fixtures: `Fixtures/normalizer/times.txt`.
enum TimeRules {
    static let am = ["am", "a.m.", "a", "morning"]
    static let meridiem = ["am", "a.m.", "pm", "p.m."]
    static let zones = ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "et", "pt", "ct", "mt",
                        "eastern", "pacific", "central"]

    /// Zones written after a 24-hour time in wire copy; the two-letter US ones ("ET") are left out, as they are
    /// also initials.
    static let clockZones = ["gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt"]

    /// A four-digit 24-hour time, "1130" or "0930"; nil when it is no time of day ("1970").
    static func hhmm(_ n: Int) -> Temporal? {
        let h = n / 100, minute = n % 100
        guard h <= 24, minute < 60, h < 24 || minute == 0 else { return nil }
        return .time(.clock(hour: h, minute: minute, second: nil))
    }

    static func hour(_ h: Int, _ m: Match) -> Int? {
        guard (0...24).contains(h) else { return nil }
        let pm = m.has(any: ["pm", "p.m.", "p"])
        let am = m.has(any: ["am", "a.m.", "a"])
        if pm { return h > 12 ? nil : (h == 12 ? 12 : h + 12) }
        if am { return h > 12 ? nil : (h == 12 ? 0 : h) }
        return h
    }

    static func clock(_ m: Match, hour h: Int, minute: Int?) -> Temporal? {
        guard let hh = hour(h, m), minute.map({ (0...59).contains($0) }) ?? true else { return nil }
        return .time(.clock(hour: hh, minute: minute, second: m.numbers.count > 2 ? m.numbers[2] : nil))
    }

    static let all: [Rule] = [
        Rule("<h>:<mm>", [.integer(0...24, digits: 1...2), .glued(.punct(":")), .glued(.integer(0...59, digits: 2...2)),
                          .optional(.glued(.punct(":"))), .optional(.glued(.integer(0...59, digits: 2...2))),
                          .optional(.words(meridiem)), .optional(.words(zones))],
             examples: ["10:30", "7:30 PM", "10:35 a.m.", "15:50:06"]) { m in
            clock(m, hour: m.numbers[0], minute: m.numbers[1])
        },
        Rule("<h>.<mm> pm", [.integer(0...12, digits: 1...2), .glued(.punct(".")), .glued(.integer(0...59, digits: 2...2)), .words(meridiem)],
             examples: ["8.30pm", "8.30 pm"]) { m in
            clock(m, hour: m.numbers[0], minute: m.numbers[1])
        },
        Rule("<h> pm", [.integer(0...12, digits: 1...2), .words(meridiem), .optional(.words(zones))],
             examples: ["9 a.m.", "5pm", "9 a.m. EST"]) { m in
            clock(m, hour: m.number, minute: nil)
        },
        Rule("<h>a", [.integer(0...12, digits: 1...2), .glued(.words(["a", "p"]))], examples: ["9a", "11p"]) { m in
            clock(m, hour: m.number, minute: nil)
        },
        Rule("<h>:<mm>a", [.integer(0...12, digits: 1...2), .glued(.punct(":")), .glued(.integer(0...59, digits: 2...2)), .glued(.words(["a", "p"]))],
             examples: ["8:45a"]) { m in
            clock(m, hour: m.numbers[0], minute: m.numbers[1])
        },
        Rule("<h>h<mm>", [.integer(0...24, digits: 1...2), .glued(.word("h")), .optional(.glued(.integer(0...59, digits: 2...2)))],
             examples: ["16h00", "19h"]) { m in
            .time(.clock(hour: m.numbers[0], minute: m.numbers.count > 1 ? m.numbers[1] : nil, second: nil))
        },
        // "1130 GMT", "0930 UTC", "1653 local time": the 24-hour clock of wire copy, which otherwise reads as a year
        // ("19 JANUARY, 1130 GMT" is no date in 1130)
        Rule("<hhmm> GMT", [.integer(0...2400, digits: 4...4), .words(clockZones + ["local"]), .optional(.word("time"))],
             examples: ["1130 GMT", "0930 UTC", "1653 local time"]) { m in
            // "local" only with "time"; a zone alone
            m.has("local") == m.has("time") ? hhmm(m.number) : nil
        },
        Rule("<h> o'clock", [.number, .word("o'clock"), .optional(.words(meridiem))], examples: ["8 o'clock", "nine o'clock"]) { m in
            m.number <= 24 ? clock(m, hour: m.number, minute: nil) : nil
        },
        Rule("<number words> pm", [.number, .words(["am", "a.m.", "pm", "p.m."])], examples: ["six pm"]) { m in
            m.number <= 12 ? clock(m, hour: m.number, minute: nil) : nil
        },
        Rule("half past <h>", [.optional(.words(["a", "half"])), .words(["quarter", "half"]), .words(["past", "to", "after"]), .number,
                               .optional(.words(meridiem))],
             examples: ["half past seven", "a quarter to seven"]) { m in
            guard m.number <= 24 else { return nil }
            let quarter = m.has("quarter")
            if m.has("to") { return clock(m, hour: m.number - 1, minute: 45) }
            return clock(m, hour: m.number, minute: quarter ? 15 : 30)
        },
        Rule("<n> minutes past <h>", [.number, .words(["minutes", "min", "mins"]), .words(["past", "after", "to"]), .number,
                                      .optional(.words(meridiem))],
             examples: ["twenty minutes past five", "20 min past eight"]) { m in
            guard m.numbers[0] < 60, m.numbers[1] <= 24 else { return nil }
            if m.has("to") { return clock(m, hour: m.numbers[1] - 1, minute: 60 - m.numbers[0]) }
            return clock(m, hour: m.numbers[1], minute: m.numbers[0])
        },
        Rule("noon", [.optional(.context(.words(["at", "around", "by", "until", "before", "after"]))), .words(["noon", "midnight", "midday"])],
             examples: ["noon", "at midnight"]) { m in
            .time(.part(m.has("midnight") ? .midnight : .noon))
        },
        Rule("in the morning", [.context(.words(["in", "during", "on"])), .word("the"), .partOfDay],
             examples: ["in the morning"]) { m in
            .time(.part(m.part))
        },
        Rule("<time> in the morning", [.entry(.time), .optional(.punct(",")), .words(["in", "of"]), .word("the"), .partOfDay],
             examples: ["4 in the morning", "eight in the evening"]) { m in
            guard case .clock(let h, let mm, let s) = m.time, h <= 12 else { return nil }
            let pm = m.part == .afternoon || m.part == .evening || (m.part == .night && h >= 6)
            return .time(.clock(hour: pm && h < 12 ? h + 12 : h, minute: mm, second: s))
        },
        Rule("<n> in the morning", [.number, .words(["in", "at"]), .word("the"), .partOfDay], examples: ["4 in the morning"]) { m in
            guard m.number <= 12 else { return nil }
            let pm = m.part == .afternoon || m.part == .evening || (m.part == .night && m.number >= 6)
            return .time(.clock(hour: pm && m.number < 12 ? m.number + 12 : m.number, minute: nil, second: nil))
        },
        Rule("mid-afternoon", [.words(["mid", "late", "early"]), .optional(.glued(.punct("-"))), .partOfDay],
             examples: ["mid-afternoon", "mid afternoon", "late morning"]) { m in
            [.morning, .afternoon, .evening].contains(m.part) ? .time(.part(m.part)) : nil
        },
        // parts of the day with a date
        Rule("tonight", [.words(["tonight", "tonite", "tonight's"])], examples: ["tonight"]) { _ in .date(.timed(.deictic(.day, 0), .part(.night))) },
        Rule("this morning", [.words(["this", "today"]), .partOfDay], examples: ["this morning", "this evening", "today evening"]) { m in
            .date(.timed(.deictic(.day, 0), .part(m.part)))
        },
        Rule("last night", [.words(["last", "past"]), .partOfDay], examples: ["last night", "last evening"]) { m in
            [.night, .evening, .morning].contains(m.part) ? .date(.timed(.deictic(.day, -1), .part(m.part))) : nil
        },
        Rule("next evening", [.word("next"), .partOfDay], examples: ["next evening"]) { m in
            .date(.timed(.deictic(.day, 1), .part(m.part)))
        },
        Rule("the next morning", [.word("the"), .words(["next", "following", "previous"]), .partOfDay],
             examples: ["the next morning", "the previous night"]) { m in
            .date(.timed(.anaphoric(.day, m.has("previous") ? -1 : 1), .part(m.part)))
        },
        Rule("<date> <part of day>", [.entry(.date), .partOfDay], examples: ["Tuesday morning", "tomorrow night", "Sunday evening"]) { m in
            // "on the first afternoon" counts afternoons, it is not the 1st
            if case .calendar(nil, nil, .some) = m.date { return nil }
            return dayLike(m.date) ? .date(.timed(m.date, .part(m.part))) : nil
        },
        Rule("<date> at lunch", [.entry(.date), .optional(.word("at")), .words(["lunch", "dinner", "breakfast", "lunchtime", "dinnertime"])],
             examples: ["tomorrow lunch"]) { m in
            dayLike(m.date) ? .date(.timed(m.date, .part(m.has("breakfast") ? .morning : m.has(any: ["dinner", "dinnertime"]) ? .evening : .noon))) : nil
        },
        Rule("the morning of <date>", [.optional(.word("the")), .partOfDay, .word("of"), .optional(.word("the")), .entry(.date)],
             examples: ["the morning of March 3", "morning of christmas"]) { m in
            dayLike(m.date) ? .date(.timed(m.date, .part(m.part))) : nil
        },
        Rule("<date> in the morning", [.entry(.date), .optional(.punct(",")), .words(["in", "during"]), .word("the"), .partOfDay],
             examples: ["February the 15th in the morning", "this Friday, in the afternoon"]) { m in
            dayLike(m.date) ? .date(.timed(m.date, .part(m.part))) : nil
        },
        Rule("in the morning, <date>", [.word("in"), .word("the"), .partOfDay, .optional(.punct(",")), .optional(.word("of")), .entry(.date)],
             examples: ["in the afternoon, this Friday", "in the morning of this Tuesday"]) { m in
            dayLike(m.date) ? .date(.timed(m.date, .part(m.part))) : nil
        },
        // clock times with a date
        Rule("<date> at <time>", [.entry(.date), .optional(.punct(",")), .optional(.words(["at", "@", "around", "about", "by", "from", "for", "-"])), .entry(.time)],
             examples: ["tomorrow at 5pm", "Friday at 9 a.m.", "xmas at 6 pm", "Jan 1 2025, 9:30"]) { m in
            dayLike(m.date) ? .date(.timed(m.date, m.time)) : nil
        },
        Rule("<time> <date>", [.entry(.time), .optional(.punct(",")), .optional(.words(["on", "of"])), .entry(.date)],
             examples: ["9 a.m. on Friday", "3pm tomorrow", "19:00, 2016-12-22", "7:30 PM on Fri, Sep 20"]) { m in
            dayLike(m.date) ? .date(.timed(m.date, m.time)) : nil
        },
        Rule("at <time> <date>", [.context(.words(["at", "around", "about", "by"])), .entry(.time), .optional(.word("on")), .entry(.date)],
             examples: ["at 9am on Saturday"]) { m in
            dayLike(m.date) ? .date(.timed(m.date, m.time)) : nil
        },
        Rule("<date> <time> <year>", [.entry(.date), .entry(.time), .year], examples: ["Wed Oct 26 15:50:06 2016"]) { m in
            switch m.date {
            case .calendar(nil, let mo?, let d?), .withWeekday(.calendar(nil, let mo?, let d?), _):
                return .date(.timed(.calendar(year: m.year, month: mo, day: d), m.time))
            default: return nil
            }
        },
        Rule("<date>T<time>", [.entry(.date), .glued(.word("t")), .glued(.entry(.time))], examples: ["2016-12-16T12:23:59"]) { m in
            .date(.timed(m.date, m.time))
        },
        Rule("<date> at <h>", [.entry(.date), .optional(.words(["at", "@", "around"])), .number],
             examples: ["Saturday morning at 9", "tonight at 8", "tomorrow at seven"]) { m in
            let h = m.number
            guard (1...12).contains(h) else { return nil }
            if case .timed(let d, .part(let p)) = m.date {
                let pm = p == .afternoon || p == .evening || (p == .night && h >= 5 && h < 12)
                return .date(.timed(d, .clock(hour: pm ? h + 12 : h, minute: nil, second: nil)))
            }
            // a bare number after a plain date needs "at": "Friday 13" is a day, not a time
            guard m.has(any: ["at", "@", "around"]), dayLike(m.date) else { return nil }
            return .date(.timed(m.date, .clock(hour: h, minute: nil, second: nil)))
        },
        Rule("<h> tonight", [.number, .optional(.punct(",")), .entry(.date)], examples: ["8 tonight", "9 tomorrow morning"]) { m in
            guard (1...12).contains(m.number) else { return nil }
            if case .timed(let d, .part(let p)) = m.date {
                let pm = p == .afternoon || p == .evening || p == .night
                return .date(.timed(d, .clock(hour: pm ? m.number + 12 : m.number, minute: nil, second: nil)))
            }
            return nil
        },
        Rule("<date> from <time> to <time>", [.entry(.date), .optional(.words(["from", "between"])), .entry(.time), .words(["to", "-", "and", "till", "until", "untill"]),
                                              .entry(.time)],
             examples: ["Thursday from 9:30 to 11:00", "tomorrow between 8am and 2pm"]) { m in
            dayLike(m.date) ? .date(.timed(m.date, m.times[0])) : nil
        },
        Rule("from <time> to <time> on <date>", [.optional(.words(["from", "between"])), .entry(.time), .words(["to", "-", "and", "till", "until", "untill"]),
                                                 .entry(.time), .optional(.words(["on", "of"])), .entry(.date)],
             examples: ["from 9:30 to 11:00 on Thursday", "between 3 and 5 on 1/1/2015"]) { m in
            dayLike(m.date) ? .date(.timed(m.date, m.times[0])) : nil
        },
    ]

    /// A date that is a single day (so a time can sit on it).
    static func dayLike(_ d: DateExpr) -> Bool {
        switch d {
        case .calendar(_, .some, .some), .numeric, .weekday, .deictic(.day, _), .anaphoric(.day, _), .holiday, .dayWithWeekday, .withWeekday,
             .weekdayOf, .nthWeekday, .dayOf, .offset, .anaphoricWeekday, .nthWeekdayFromReference, .calendar(nil, nil, .some):
            return true
        case .timed(let inner, .part): return dayLike(inner)
        default: return false
        }
    }
}
