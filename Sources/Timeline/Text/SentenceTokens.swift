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
        var buffer: [UInt8] = [], lowerBuffer: [UInt8] = []
        buffer.reserveCapacity(32)
        lowerBuffer.reserveCapacity(32)
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if isSpace(c) { i += 1; continue }
            if !isWordScalar(c) {
                let s = c.value < 128 ? Self.asciiPunctuation[Int(c.value)] : String(c)
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
            buffer.removeAll(keepingCapacity: true)
            lowerBuffer.removeAll(keepingCapacity: true)
            var letters = 0, upper = 0
            for s in scalars[start..<end] {
                if s.value < 128 {
                    let b = UInt8(s.value)
                    buffer.append(b)
                    let isUpper = b >= 65 && b <= 90
                    lowerBuffer.append(isUpper ? b + 32 : b)
                    if isUpper || (b >= 97 && b <= 122) { letters += 1 }
                    if isUpper { upper += 1 }
                } else {
                    s.appendUTF8(to: &buffer)
                    for l in s.properties.lowercaseMapping.unicodeScalars { l.appendUTF8(to: &lowerBuffer) }
                    if s.properties.isAlphabetic { letters += 1 }
                    if s.properties.isUppercase { upper += 1 }
                }
            }
            let text = String(decoding: buffer, as: UTF8.self)
            let first = scalars[start]
            result.append(SentenceToken(
                range: start..<i, text: text, lower: String(decoding: lowerBuffer, as: UTF8.self), isWord: true,
                isCapitalized: first.isUpperLike, isAllCaps: letters >= 2 && upper == letters,
                isNumber: isDigit(first), isPossessive: possessive))
        }
        return result
    }

    /// One-character strings for ASCII, made once.
    static let asciiPunctuation: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    private func isSpace(_ c: Unicode.Scalar) -> Bool { c.isSpaceLike }
    private func isDigit(_ c: Unicode.Scalar) -> Bool { c.isASCIIDigit }
    private func isLetter(_ c: Unicode.Scalar) -> Bool { c.isLetterLike }
    private func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 {
            let v = c.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }
}
