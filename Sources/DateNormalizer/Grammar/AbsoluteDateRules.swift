/// Dates written with a month name and a year, bare years, decades and centuries.
///
/// Fixtures: `Fixtures/normalizer/absolute.txt`.
enum AbsoluteDateRules {
    /// Two-digit years: 00-29 are 20xx, 30-99 are 19xx (`10/31/74`, `'98`, `3-7-27`).
    static func fullYear(_ yy: Int) -> Int { yy >= 100 ? yy : (yy < 30 ? 2000 + yy : 1900 + yy) }

    /// Era markers after a year, as slot sequences, and the offset to the common era: "AD", "A.D.",
    /// "CE", "C.E.", and the Buddhist era ("2555 BE" is 2012) after a full date only ("be" is a verb).
    static let eras: [(slots: [Slot], offset: Int, afterDateOnly: Bool)] = [
        ([.words(["ad", "ce"])], 0, false),
        ([.word("a"), .glued(.punct(".")), .glued(.word("d")), .optional(.glued(.punct(".")))], 0, false),
        ([.word("c"), .glued(.punct(".")), .glued(.word("e")), .optional(.glued(.punct(".")))], 0, false),
        ([.word("be")], -543, true),
    ]

    /// Years written with an era: any number of digits, read as written ("14 A.D.", "10 August 88 CE").
    static let eraRules: [Rule] = eras.flatMap { era -> [Rule] in
        let year: Slot = .integer(1...9999, digits: 1...4)
        let withDate: [Rule] = [
            Rule("<day> <month> <year> AD", [.day, .month, .optional(.punct(",")), year] + era.slots,
                 examples: ["3 March 45 AD", "5 May 2559 BE"]) { m in
                .date(.calendar(year: m.number + era.offset, month: m.month, day: m.day))
            },
            Rule("<month> <day> <year> AD", [.month, .day, .optional(.punct(",")), year] + era.slots,
                 examples: ["March 3, 45 CE", "May 5 2559 BE"]) { m in
                .date(.calendar(year: m.number + era.offset, month: m.month, day: m.day))
            },
        ]
        guard !era.afterDateOnly else { return withDate }
        return withDate + [
            Rule("<year> AD", [year] + era.slots, examples: ["2014 AD", "79 a.d."]) { m in
                .date(.calendar(year: m.number + era.offset, month: nil, day: nil))
            },
        ]
    }

    static let all: [Rule] = eraRules + [
        Rule("<month> <day>, <year>", [.month, .optional(.punct(".")), .day, .optional(.punct(",")), .optional(.word("of")), .year],
             examples: ["Dec. 16, 2015", "December 16 2015", "Sept 30th, 2014", "Dec31 , 1994"]) { m in
            .date(.calendar(year: m.year, month: m.month, day: m.day))
        },
        Rule("<month>, <nth> <year>", [.month, .punct(","), .ordinalDigits, .optional(.punct(",")), .year], examples: ["June, 12th 2016"]) { m in
            .date(.calendar(year: m.year, month: m.month, day: m.ordinal))
        },
        Rule("<month>/<day>, <year>", [.month, .glued(.punct("/")), .glued(.day), .optional(.punct(",")), .year], examples: ["April/21, 2014"]) { m in
            .date(.calendar(year: m.year, month: m.month, day: m.day))
        },
        Rule("<month> the <day>, <year>", [.month, .word("the"), .day, .optional(.punct(",")), .year],
             examples: ["March the 3rd, 2015"]) { m in
            .date(.calendar(year: m.year, month: m.month, day: m.day))
        },
        Rule("<day> <month> <year>", [.day, .optional(.punct(".")), .month, .optional(.punct(",")), .optional(.word("of")), .year],
             examples: ["16 December 2015", "15th April 2015", "16. Nov. 2016", "15 April of 1987"]) { m in
            .date(.calendar(year: m.year, month: m.month, day: m.day))
        },
        Rule("<day> <month> '<yy>", [.day, .month, .optional(.word("of")), .optional(.punct("'")), .twoDigits],
             examples: ["14th April 15", "15 April of 87"]) { m in
            .date(.calendar(year: fullYear(m.number), month: m.month, day: m.day))
        },
        Rule("<month> <day> '<yy>", [.month, .day, .punct(","), .optional(.punct("'")), .twoDigits],
             examples: ["Aug. 7, '98"]) { m in
            .date(.calendar(year: fullYear(m.number), month: m.month, day: m.day))
        },
        Rule("the <day> of <month>, <year>",
             [.optional(.word("the")), .day, .word("of"), .month, .optional(.punct(",")), .optional(.word("of")), .optional(.word("in")), .year],
             examples: ["the 4th of July, 1995", "fourth of july of 1995", "the twenty second of June 2017"]) { m in
            .date(.calendar(year: m.year, month: m.month, day: m.day))
        },
        Rule("<month> <day> in <year>", [.day, .month, .word("in"), .year], examples: ["28 june in 2020"]) { m in
            .date(.calendar(year: m.year, month: m.month, day: m.day))
        },
        Rule("<month> <year>", [.month, .optional(.punct(",")), .optional(.word("of")), .year],
             examples: ["December 2015", "Dec, 2018", "April of 1987", "June of nineteen ninety nine"]) { m in
            .date(.calendar(year: m.year, month: m.month, day: nil))
        },
        Rule("<month>/<year>", [.month, .glued(.words(["/", "-"])), .glued(.year)], examples: ["Dec/2018", "Dec-2018"]) { m in
            .date(.calendar(year: m.year, month: m.month, day: nil))
        },
        Rule("<month> '<yy>", [.month, .optional(.word("of")), .punct("'"), .glued(.twoDigits)], examples: ["June '98"]) { m in
            .date(.calendar(year: fullYear(m.number), month: m.month, day: nil))
        },
        Rule("<month> of <yy>", [.month, .word("of"), .twoDigits], examples: ["April of 87"]) { m in
            .date(.calendar(year: fullYear(m.number), month: m.month, day: nil))
        },
        Rule("<year> <month> <day>", [.integer(1000...2999, digits: 4...4), .month, .day], examples: ["2018 March 18"]) { m in
            .date(.calendar(year: m.number, month: m.month, day: m.day))
        },
        // a named event: "the Sept. 11 attacks" are those of 2001, whatever year the article is from
        Rule("the September 11 attacks", [.month, .day, .context(.words(["attacks", "attack", "terrorist", "terror", "hijackings", "hijackers"]))],
             examples: ["Sept. 11 attacks", "September 11 terrorist attacks"]) { m in
            m.month == 9 && m.day == 11 ? .date(.calendar(year: 2001, month: 9, day: 11)) : nil
        },
        Rule("<year> <month>", [.integer(1000...2999, digits: 4...4), .month],
             examples: ["2017 april", "2016 November"]) { m in
            // "before 1957 may well be": a modal after a year
            m.latentWord ? nil : .date(.calendar(year: m.number, month: m.month, day: nil))
        },
        Rule("<year>", [.year], latent: true, examples: ["1990", "2015"]) { m in
            .date(.calendar(year: m.year, month: nil, day: nil))
        },
        Rule("in <year>", [.context(.words(["in", "since", "until", "till", "from", "by", "during", "before", "after", "through", "of"])), .year],
             examples: ["in nineteen ninety six", "since 1993"]) { m in
            .date(.calendar(year: m.year, month: nil, day: nil))
        },
        Rule("the year <year>", [.optional(.word("the")), .optional(.words(["calendar", "fiscal"])), .word("year"), .optional(.word("of")), .year],
             examples: ["the year 2008", "calendar year 2008", "year 2008"]) { m in
            .date(.calendar(year: m.year, month: nil, day: nil))
        },
        Rule("fiscal <year>", [.word("fiscal"), .year], examples: ["fiscal 1989"]) { m in
            .date(.calendar(year: m.year, month: nil, day: nil))
        },
        // a small number after "year" counts something else: "Year Seven pupils" (a school year), "year 3 of the war"
        Rule("year <number>", [.word("year"), .number], examples: ["year 247", "Year two hundred and sixty seven"]) { m in
            (100...2999).contains(m.number) ? .date(.calendar(year: m.number, month: nil, day: nil)) : nil
        },
        Rule("cy<yy>", [.words(["cy", "fy"]), .glued(.twoDigits)], examples: ["cy18"]) { m in
            .date(.calendar(year: fullYear(m.number), month: nil, day: nil))
        },
        Rule("cy <year>", [.words(["cy", "fy"]), .year], examples: ["cy 2008"]) { m in
            .date(.calendar(year: m.year, month: nil, day: nil))
        },
        Rule("'<yy>", [.punct("'"), .glued(.twoDigits)], examples: ["'98"]) { m in
            .date(.calendar(year: fullYear(m.number), month: nil, day: nil))
        },
        // decades
        Rule("the <year>s", [.optional(.word("the")), .integer(1000...2990, digits: 4...4), .optional(.punct("'")), .word("s")],
             examples: ["the 1990s", "1970's", "1990 s"]) { m in
            m.number % 10 == 0 ? .date(.decade(m.number)) : nil
        },
        Rule("the '<yy>s", [.optional(.word("the")), .optional(.punct("'")), .twoDigits, .glued(.optional(.punct("'"))), .glued(.word("s"))],
             examples: ["the '90s", "the 80s"]) { m in
            m.number % 10 == 0 ? .date(.decade(fullYear(m.number) < 1930 ? 1900 + m.number : fullYear(m.number))) : nil
        },
        Rule("the <decade word>", [.word("the"), .optional(.words(["nineteen", "twenty"])), .optional(.punct("-")), .words(Decades.words.map(\.0))],
             examples: ["the nineties", "the nineteen seventies", "the twenty-tens", "the noughties"]) { m in
            guard let w = m.words.last, let d = Decades.words.first(where: { $0.0 == w })?.1 else { return nil }
            // "the tens of thousands", "the tens of years": alone, "tens" is a count, not the 1910s
            if w == "tens", !m.has("twenty"), !m.has("nineteen") { return nil }
            if m.has("twenty") { return .date(.decade(2000 + d % 100)) }
            return .date(.decade(d))
        },
        Rule("the two thousands", [.word("the"), .word("two"), .word("thousands")], examples: ["the two thousands"]) { _ in
            .date(.decade(2000))
        },
        Rule("the two thousand and tens", [.word("the"), .word("two"), .word("thousand"), .word("and"), .word("tens")],
             examples: ["the two thousand and tens"]) { _ in .date(.decade(2010)) },
        // centuries
        Rule("the <ordinal> century", [.optional(.word("the")), .ordinal, .word("century")],
             examples: ["the 20th century", "21st century", "the nineteenth century"]) { m in
            (1...30).contains(m.ordinal) ? .date(.century(m.ordinal)) : nil
        },
    ]
}

/// Decade words, by their first year in the 20th century ("the nineties" = 1990).
enum Decades {
    static let words: [(String, Int)] = [
        ("tens", 1910), ("twenties", 1920), ("thirties", 1930), ("forties", 1940), ("fifties", 1950), ("sixties", 1960),
        ("seventies", 1970), ("eighties", 1980), ("nineties", 1990), ("noughties", 2000), ("aughts", 2000),
    ]
}
