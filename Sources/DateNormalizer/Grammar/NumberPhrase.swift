/// Reads numbers written in words: "twenty five", "twenty-first", "two thousand and fifteen",
/// "nineteen ninety-six", "seventeen hundred thirty three".
///
/// Returns every reading that ends at a word boundary, so the chart can keep "twenty" and
/// "twenty five" both, and "nineteen ninety" as a year-style number (1990).
enum NumberPhrase {
    struct Reading: Sendable {
        var end: Int
        var value: Int
        var ordinal: Bool
    }

    static func read(_ tokens: [Token], at start: Int, lexicon: Lexicon) -> [Reading] {
        var out: [Reading] = []
        var i = start
        var total = 0
        var current = 0
        var lastSmall = -1  // value of the last word below 100, to refuse "five six"
        var words = 0
        var pendingAnd = false
        var yearHead: Int? = nil

        func entry(_ t: Token) -> Lexicon.Entry? { t.kind == .word && t.lexeme != Lexicon.unknown ? lexicon[t.lexeme] : nil }
        func isHyphen(_ at: Int) -> Bool { at < tokens.count && tokens[at].kind == .punct && tokens[at].value == 45 && !tokens[at].has(.spaceBefore) }

        while i < tokens.count, words < 8 {
            guard let e = entry(tokens[i]) else { break }
            if e.cardinal >= 0 && e.cardinal != 12 || e.cardinal == 12 && lexicon.spelling(tokens[i].lexeme) == "twelve" {
                let v = Int(e.cardinal)
                if v == 100 || v == 1000, words == 0 {
                    break  // "thousand and fifteen" is not a number on its own
                }
                if v == 100 {
                    current = max(current, 1) * 100
                    lastSmall = -1
                } else if v == 1000 {
                    total += max(current, 1) * 1000
                    current = 0
                    lastSmall = -1
                } else {
                    // "twenty five": a unit after a round ten; otherwise a new number starts
                    if lastSmall >= 0 {
                        let joinable = lastSmall >= 20 && lastSmall % 10 == 0 && v < 10
                        if !joinable {
                            // year style: "nineteen ninety(-six)", "twenty fifteen"
                            if words == 1, (10...29).contains(lastSmall), v >= 10 || v == 0 {
                                yearHead = lastSmall
                            }
                            break
                        }
                    }
                    current += v
                    lastSmall = v
                }
                words += 1
                pendingAnd = false
                i += 1
                out.append(Reading(end: i, value: total + current, ordinal: false))
            } else if e.ordinal > 0 {
                if lastSmall >= 0, !(lastSmall >= 20 && lastSmall % 10 == 0 && e.ordinal < 10) { break }
                out.append(Reading(end: i + 1, value: total + current + Int(e.ordinal), ordinal: true))
                break
            } else if lexicon.spelling(tokens[i].lexeme) == "and", words > 0, lastSmall < 0 || current >= 100, !pendingAnd {
                pendingAnd = true
                i += 1
                continue
            } else {
                break
            }
            if isHyphen(i), i + 1 < tokens.count, entry(tokens[i + 1]).map({ $0.cardinal >= 0 || $0.ordinal > 0 }) == true {
                i += 1
            }
        }
        if let head = yearHead {
            // read the two-digit tail after the head word
            var j = start + 1
            if isHyphen(j) { j += 1 }
            if j < tokens.count, let e = entry(tokens[j]), e.cardinal >= 0 {
                var tail = Int(e.cardinal)
                var end = j + 1
                if tail >= 20, tail % 10 == 0 {
                    var k = end
                    if isHyphen(k) { k += 1 }
                    if k < tokens.count, let u = entry(tokens[k]), u.cardinal >= 1, u.cardinal <= 9 {
                        tail += Int(u.cardinal)
                        end = k + 1
                    }
                }
                if tail < 100 { out.append(Reading(end: end, value: head * 100 + tail, ordinal: false)) }
            }
        }
        return out
    }
}
