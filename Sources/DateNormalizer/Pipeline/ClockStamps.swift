/// The time stamps of a page updated through the day: "2346 Survivor Jackson tells the BBC ...",
/// "1947: One more big question ...", one at the start of each entry, newest first.
///
/// Read alone, "2346" and "1943" are years. Read as a page, a column of four-digit numbers that
/// opens line after line, every one of them a time of day, and mostly counts down is a live page's
/// clock: when one of them could be no year of the page's own past (2346 in an article of 2010), or
/// when there are six or more of them (six years picked at random all read as times about one time
/// in twenty, and lists of years count up). A chronology written as a list ("2000 Dr Murray opens a
/// practice", "1918: The Spanish flu ...") counts up, and keeps its years.
///
/// On a page found to be live, a stamp whose line break was lost ("destroyed by the earthquake 1817
/// Meinie Nicolai, ...", "Read Mark Knoller's tweets 2011: The BBC's ...") is one too: four digits
/// inside the column's range, after a sentence end or a lower-case word that is not a preposition,
/// before a capitalized word or a colon.
struct ClockStamps: Sendable {
    /// Token indices of the stamps found; empty for almost every text.
    private(set) var indices: Set<Int32> = []

    /// Whether the token at `i` has a stamp's form: four digits opening a line, followed on that line
    /// by a capitalized word, a colon or a quote.
    static func mayBeStamp(_ tokens: [Token], _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .number, t.digits == 4, i == 0 || t.has(.newlineBefore), i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        guard !next.has(.newlineBefore) else { return false }
        if next.kind == .word { return next.has(.capitalized) && next.has(.spaceBefore) }
        return next.kind == .punct && [58, 34, 96, 39].contains(next.value)  // : " ` '
    }

    /// Words before four digits that make them a year even on a live page: "in 1817", "since 1828".
    static let yearWords: Set<String> = [
        "in", "since", "of", "from", "until", "till", "by", "before", "after", "during", "between", "and", "to", "the",
        "a", "an", "its", "their", "his", "her", "circa", "around", "about", "year", "born", "died", "early", "late", "mid",
        "or", "at", "through", "for",
    ]

    init(_ tokens: [Token], referenceYear: Int?, lexicon: Lexicon) {
        var found: [(index: Int, value: Int)] = []
        for i in tokens.indices where ClockStamps.mayBeStamp(tokens, i) {
            guard TimeRules.hhmm(tokens[i].value) != nil else { return }  // "1975" is no time: a list of years
            found.append((i, tokens[i].value))
        }
        guard found.count >= 3 else { return }
        var down = 0
        for k in 1..<found.count where found[k].value < found[k - 1].value { down += 1 }
        guard 3 * down >= 2 * (found.count - 1) else { return }
        let latest = referenceYear.map { $0 + 1 } ?? 2099
        guard found.count >= 6 || found.contains(where: { $0.value > latest }) else { return }
        indices = Set(found.map { Int32($0.index) })
        // stamps that lost their line break
        let low = found.map(\.value).min() ?? 0, high = found.map(\.value).max() ?? 0
        for i in 1..<(tokens.count - 1) where !indices.contains(Int32(i)) {
            let t = tokens[i], next = tokens[i + 1], before = tokens[i - 1]
            guard t.kind == .number, t.digits == 4, (low...high).contains(t.value), TimeRules.hhmm(t.value) != nil,
                  next.kind == .word && next.has(.capitalized) || next.kind == .punct && next.value == 58,  // "2011: The BBC's ..."
                  !next.has(.newlineBefore) else { continue }
            let sentenceEnd = before.kind == .punct && [46, 33, 63, 34].contains(before.value)
            let lowerWord = before.kind == .word && !before.has(.capitalized)
                && !(before.lexeme != Lexicon.unknown && ClockStamps.yearWords.contains(lexicon.spelling(before.lexeme)))
            if sentenceEnd || lowerWord { indices.insert(Int32(i)) }
        }
    }

    func contains(_ token: Int) -> Bool { !indices.isEmpty && indices.contains(Int32(token)) }
}
