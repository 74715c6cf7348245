/// Dates written in digits: ISO dates, slashed and dotted dates, compact `20161016`, month/year pairs.
///
/// Day and month order of `04/05/2015` is left to resolution (`.numeric`), which reads the
/// normalizer's `dateOrder` option. Fixtures: `Fixtures/normalizer/numeric.txt`.
enum NumericDateRules {
    static let separators: [Character] = ["-", "/", "."]

    static let all: [Rule] = separators.flatMap { sep -> [Rule] in
        let s = String(sep)
        let digits: [Rule] = [
            Rule("<yyyy>\(s)<mm>\(s)<dd>", [.integer(1000...2999, digits: 4...4), .glued(.punct(sep)), .glued(.monthNumber),
                                           .glued(.punct(sep)), .glued(.integer(1...31, digits: 1...2))],
                 examples: ["2015\(s)12\(s)16"]) { m in
                .date(.calendar(year: m.numbers[0], month: m.month, day: m.numbers[1]))
            },
            Rule("<a>\(s)<b>\(s)<yyyy>", [.integer(1...31, digits: 1...2), .glued(.punct(sep)), .glued(.integer(1...31, digits: 1...2)),
                                          .glued(.punct(sep)), .glued(.integer(1000...2999, digits: 4...4))],
                 examples: ["12\(s)16\(s)2015", "16\(s)12\(s)2015"]) { m in
                .date(.numeric(m.numbers[0], m.numbers[1], year: m.numbers[2]))
            },
        ]
        // two-digit years, month-year pairs and month names between separators are written with "-" and
        // "/" only: "1.1.30" is a version number, "2082.1" an index level
        guard sep != "." else { return digits }
        return digits + [
            Rule("<mm>\(s)<yyyy>", [.monthNumber, .glued(.punct(sep)), .glued(.integer(1000...2999, digits: 4...4))],
                 examples: ["11\(s)2016"]) { m in
                .date(.calendar(year: m.numbers[0], month: m.month, day: nil))
            },
            Rule("<yyyy>\(s)<mm>", [.integer(1000...2999, digits: 4...4), .glued(.punct(sep)), .glued(.monthNumber)],
                 examples: ["2016\(s)11", "2015\(s)3"]) { m in
                // "2011-12" after a year is a season or fiscal year, not December
                let y = m.numbers[0]
                if sep == "-", m.month == (y + 1) % 100 { return nil }
                return .date(.calendar(year: y, month: m.month, day: nil))
            },
            Rule("<a>\(s)<b>\(s)<yy>", [.integer(1...31, digits: 1...2), .glued(.punct(sep)), .glued(.integer(1...31, digits: 1...2)),
                                        .glued(.punct(sep)), .glued(.twoDigits)],
                 examples: ["10\(s)31\(s)74"]) { m in
                .date(.numeric(m.numbers[0], m.numbers[1], year: AbsoluteDateRules.fullYear(m.numbers[2])))
            },

            Rule("<dd>\(s)<month>\(s)<year>", [.day, .glued(.punct(sep)), .glued(.month), .glued(.punct(sep)), .glued(.year)],
                 examples: ["31\(s)Oct\(s)1974"]) { m in
                .date(.calendar(year: m.year, month: m.month, day: m.day))
            },
            Rule("<dd>\(s)<month>\(s)<yy>", [.day, .glued(.punct(sep)), .glued(.month), .glued(.punct(sep)), .glued(.twoDigits)],
                 examples: ["31\(s)Oct\(s)74"]) { m in
                .date(.calendar(year: AbsoluteDateRules.fullYear(m.number), month: m.month, day: m.day))
            },
            Rule("<month>\(s)<dd>\(s)<year>", [.month, .glued(.punct(sep)), .glued(.day), .glued(.punct(sep)), .glued(.year)],
                 examples: ["Sep\(s)23\(s)2020"]) { m in
                .date(.calendar(year: m.year, month: m.month, day: m.day))
            },
            Rule("<year>\(s)<month>\(s)<dd>", [.year, .glued(.punct(sep)), .glued(.month), .glued(.punct(sep)), .glued(.day)],
                 examples: ["2019\(s)aug\(s)01"]) { m in
                .date(.calendar(year: m.year, month: m.month, day: m.day))
            },
            Rule("<year>\(s)<dd>\(s)<month>", [.year, .glued(.punct(sep)), .glued(.day), .glued(.punct(sep)), .glued(.month)],
                 examples: ["2020\(s)23\(s)Sep"]) { m in
                .date(.calendar(year: m.year, month: m.month, day: m.day))
            },
            Rule("<dd>\(s)<month>", [.integer(1...31, digits: 1...2), .glued(.punct(sep)), .glued(.month)], examples: ["05\(s)Aug"]) { m in
                sep == "." ? nil : .date(.calendar(year: nil, month: m.month, day: m.number))
            },
        ]
    } + [
        Rule("<m>/<d> (day above 12)", [.integer(1...31, digits: 1...2), .glued(.punct("/")), .glued(.integer(13...31, digits: 1...2))],
             examples: ["2/15"]) { m in
            m.numbers[0] <= 12 ? .date(.numeric(m.numbers[0], m.numbers[1], year: nil)) : nil
        },
        Rule("<d>/<m> (day above 12)", [.integer(13...31, digits: 1...2), .glued(.punct("/")), .glued(.integer(1...12, digits: 1...2))],
             examples: ["15/2"]) { m in
            .date(.numeric(m.numbers[0], m.numbers[1], year: nil))
        },
        Rule("on <m>/<d>", [.context(.words(["on", "since", "until", "till", "by", "before", "after", "from"])),
                            .integer(1...31, digits: 1...2), .punct("/"), .integer(1...31, digits: 1...2)],
             examples: ["on 2/15", "on 2 / 15"]) { m in
            .date(.numeric(m.numbers[0], m.numbers[1], year: nil))
        },
        Rule("<m> / <d>", [.integer(1...12, digits: 1...2), .punct("/"), .integer(13...31, digits: 1...2)], examples: ["2 / 15"]) { m in
            .date(.numeric(m.numbers[0], m.numbers[1], year: nil))
        },
        Rule("on <m>-<d>", [.context(.words(["on", "since", "until", "by"])), .integer(1...12, digits: 1...2), .glued(.punct("-")),
                            .glued(.integer(1...31, digits: 1...2))],
             examples: ["on 2-15"]) { m in
            .date(.numeric(m.numbers[0], m.numbers[1], year: nil))
        },
        // "3-17", "7/9" alone: in prose a score, a fraction or a range; a date only as the whole text (a form
        // field, a query), and with a hyphen only when the second number cannot be a month ("1-2" is a score)
        Rule("<m>-<d> alone", [.integer(1...12, digits: 1...2), .words(["-", "/"]), .integer(1...31, digits: 1...2)], latent: true,
             examples: ["3-17", "3 - 17", "7/9"]) { m in
            m.has("-") && m.numbers[1] <= 12 ? nil : .date(.alone(.numeric(m.numbers[0], m.numbers[1], year: nil)))
        },
        Rule("<yyyymmdd>", [.integer(10_000_101...29_991_231, digits: 8...8)], examples: ["20161016"]) { m in
            let n = m.number
            guard CivilDate(year: n / 10000, month: n / 100 % 100, day: n % 100) != nil else { return nil }
            return .date(.calendar(year: n / 10000, month: n / 100 % 100, day: n % 100))
        },
        Rule("<yyyy> <mm> <dd>", [.integer(1000...2999, digits: 4...4), .monthNumber, .integer(1...31, digits: 2...2)],
             examples: ["2016 10 16"]) { m in
            .date(.calendar(year: m.numbers[0], month: m.month, day: m.numbers[1]))
        },
        Rule("<mm> / <yyyy>", [.monthNumber, .words(["/", "-"]), .integer(1000...2999, digits: 4...4)], examples: ["11 / 2016", "11 - 2016"]) { m in
            .date(.calendar(year: m.numbers[0], month: m.month, day: nil))
        },
        Rule("<yyyy> / <mm>", [.integer(1000...2999, digits: 4...4), .words(["/", "-"]), .monthNumber], examples: ["2016 / 11", "2016 - 11"]) { m in
            let y = m.numbers[0]
            if m.month == (y + 1) % 100 { return nil }  // "1990 - 91" is a range of years
            return .date(.calendar(year: y, month: m.month, day: nil))
        },
    ]
}
