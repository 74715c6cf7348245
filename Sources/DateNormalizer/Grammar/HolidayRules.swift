/// Holidays: one rule per spelling in `Holidays.all` (named "<holiday: NAME>"), and rules that
/// give a holiday its year ("Easter 2010", "next Thanksgiving", "Christmas of last year").
///
/// Fixtures: `Fixtures/normalizer/holidays.txt`.
enum HolidayRules {
    /// Splits a spelling into the slots the tokenizer produces ("new year's eve" → new, year's, eve;
    /// "st. patrick's" keeps the abbreviation dot inside "st."; "mi'raj" is one word).
    static func slots(_ spelling: String) -> [Slot] {
        var out: [Slot] = []
        for part in spelling.split(separator: " ") {
            var word = String(part)
            if word.hasSuffix(".") && word.count > 2 { word.removeLast() }  // "st." is read as "st" with its dot
            let pieces = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            for (i, piece) in pieces.enumerated() {
                if i > 0 { out.append(.glued(.punct("-"))) }
                if piece.hasSuffix("'s") {  // "year's": the tokenizer splits the possessive off
                    let stem = String(piece.dropLast(2))
                    out.append(i > 0 ? .glued(.word(stem)) : .word(stem))
                    out.append(.glued(.punct("'")))
                    out.append(.glued(.word("s")))
                } else if piece.hasSuffix("'") {  // "fools'" "saints'": the apostrophe is its own token
                    out.append(i > 0 ? .glued(.word(String(piece.dropLast()))) : .word(String(piece.dropLast())))
                    out.append(.glued(.punct("'")))
                } else if !piece.isEmpty {
                    out.append(i > 0 ? .glued(.word(piece)) : .word(piece))
                }
            }
        }
        return out
    }

    static let names: [Rule] = Holidays.all.enumerated().flatMap { index, holiday in
        holiday.spellings.map { spelling in
            Rule("<holiday: \(holiday.name)>", slots(spelling), examples: [spelling]) { _ in
                .date(.holiday(index, of: nil, .none))
            }
        }
    }

    static func holiday(_ d: DateExpr) -> Int? {
        if case .holiday(let id, nil, .none) = d { return id }
        return nil
    }

    static let all: [Rule] = names + [
        Rule("<holiday> <year>", [.entry(.date), .optional(.word("of")), .optional(.word("in")), .year],
             examples: ["Easter 2010", "thanksgiving of 2016", "diwali in 2019"]) { m in
            holiday(m.date).map { .date(.holiday($0, of: .calendar(year: m.year, month: nil, day: nil), .none)) }
        },
        Rule("<holiday> of next year", [.entry(.date), .optional(.word("of")), .entry(.date)],
             examples: ["thanksgiving of next year", "independence day of this year"]) { m in
            guard let id = holiday(m.dates[0]), PeriodRules.isYear(m.dates[1]) else { return nil }
            return .date(.holiday(id, of: m.dates[1], .none))
        },
        Rule("next <holiday>", [.optional(.word("the")), .words(["next", "this", "last", "previous", "coming", "following"]), .entry(.date)],
             examples: ["next Thanksgiving", "last Easter", "this christmas"]) { m in
            guard let id = holiday(m.date) else { return nil }
            let d: Direction = m.has(any: ["next", "coming"]) ? .next : m.has("this") ? .this : m.has("following") ? .afterNext : .last
            return .date(.holiday(id, of: nil, d))
        },
    ]
}
