/// The time stamps of a page updated through the day: "2346 Survivor Jackson tells the BBC ...",
/// "2342 The UN says ...", one at the start of each entry, newest first.
///
/// Read alone, "2346" and "1943" are years. Read as a page, a column of four-digit clock times
/// that opens line after line and mostly counts down is a live page's clock, the more so when one
/// of them could be no year of the page's own past (2346 in an article of 2010). A chronology
/// written as a list ("2000 Dr Murray opens a practice", "2006 Dr Murray meets ...") counts up,
/// and keeps its years.
struct ClockStamps: Sendable {
    /// Token indices of the stamps found; empty for almost every text.
    private(set) var indices: Set<Int32> = []

    /// Whether the token at `i` has a stamp's form: four digits that read as a time of day, opening a
    /// line, followed on that line by a capitalized word.
    static func mayBeStamp(_ tokens: [Token], _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .number, t.digits == 4, i == 0 || t.has(.newlineBefore), i + 1 < tokens.count,
              TimeRules.hhmm(t.value) != nil else { return false }
        let next = tokens[i + 1]
        return next.kind == .word && next.has(.capitalized) && next.has(.spaceBefore) && !next.has(.newlineBefore)
    }

    init(_ tokens: [Token], referenceYear: Int?) {
        var found: [(index: Int, value: Int)] = []
        for i in tokens.indices where ClockStamps.mayBeStamp(tokens, i) {
            found.append((i, tokens[i].value))
        }
        guard found.count >= 3 else { return }
        var down = 0
        for k in 1..<found.count where found[k].value < found[k - 1].value { down += 1 }
        guard 3 * down >= 2 * (found.count - 1) else { return }
        let latest = referenceYear.map { $0 + 1 } ?? 2099
        guard found.contains(where: { $0.value > latest }) else { return }
        indices = Set(found.map { Int32($0.index) })
    }

    func contains(_ token: Int) -> Bool { !indices.isEmpty && indices.contains(Int32(token)) }
}
