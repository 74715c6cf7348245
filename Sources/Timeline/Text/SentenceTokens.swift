/// A word or punctuation mark of a sentence, with its offsets in Unicode scalars.
struct SentenceToken: Sendable, Hashable {
    /// Offsets in the sentence, Unicode scalars, end exclusive.
    var range: Range<Int>
    /// The token as written, without a possessive `'s`.
    var text: String
    /// The lower-case form.
    var lower: String
    /// Whether it is a word (letters or digits) rather than a punctuation mark.
    var isWord: Bool
    /// Whether its first letter is upper case ("Lavrov", "ISSG", "U.S").
    var isCapitalized: Bool
    /// Whether every letter is upper case and there are at least two ("ISSG", "MOSCOW").
    var isAllCaps: Bool
    /// Whether it starts with a digit.
    var isNumber: Bool
    /// Whether a possessive `'s` followed it ("Russia's"), which ends a name.
    var isPossessive: Bool = false
}

/// Splits a sentence into words and punctuation marks, keeping scalar offsets so temporal mention
/// spans can be related to the words around them.
///
/// Words keep internal apostrophes, hyphens and abbreviation dots ("Russia's", "anti-terror", "U.S"),
/// and digit groups keep their separators ("5,251", "7.0"); a possessive `'s` is dropped from `text`.
struct SentenceTokenizer: Sendable {
    func tokens(_ scalars: [Unicode.Scalar]) -> [SentenceToken] {
        var result: [SentenceToken] = []
        result.reserveCapacity(scalars.count / 4)
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if isSpace(c) { i += 1; continue }
            if !isWordScalar(c) {
                let s = String(c)
                result.append(SentenceToken(range: i..<i + 1, text: s, lower: s, isWord: false, isCapitalized: false, isAllCaps: false, isNumber: false))
                i += 1
                continue
            }
            let start = i
            i += 1
            while i < n {
                let d = scalars[i]
                if isWordScalar(d) { i += 1; continue }
                // Joiners count only between word characters: "Russia's", "anti-terror", "U.S.", "5,251".
                if i + 1 < n, isWordScalar(scalars[i + 1]) {
                    let isDigitGroup = isDigit(scalars[i - 1]) && isDigit(scalars[i + 1])
                    switch d {
                    case "'", "\u{2019}", "-", "\u{2010}", "\u{2011}":
                        i += 2
                        continue
                    case ".":
                        if isDigitGroup || (isLetter(scalars[i - 1]) && isLetter(scalars[i + 1]) && (i - start == 1 || scalars[i - 2] == ".")) {
                            i += 2
                            continue
                        }
                    case ",":
                        if isDigitGroup { i += 2; continue }
                    default: break
                    }
                }
                break
            }
            var end = i
            // A possessive 's is not part of the name.
            var possessive = false
            if end - start > 2, scalars[end - 1] == "s" || scalars[end - 1] == "S",
               scalars[end - 2] == "'" || scalars[end - 2] == "\u{2019}" {
                end -= 2
                possessive = true
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[start..<end])
            let first = scalars[start]
            var letters = 0, upper = 0
            for s in scalars[start..<end] where s.properties.isAlphabetic {
                letters += 1
                if s.properties.isUppercase { upper += 1 }
            }
            result.append(SentenceToken(
                range: start..<i, text: text, lower: text.lowercased(), isWord: true,
                isCapitalized: first.properties.isUppercase, isAllCaps: letters >= 2 && upper == letters,
                isNumber: isDigit(first), isPossessive: possessive))
        }
        return result
    }

    private func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
    private func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    private func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
    private func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 {
            let v = c.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }
}
