/// A word or punctuation mark of a sentence, with its offsets in Unicode scalars.
///
/// Tokens carry no strings: a word is compared through ``key`` (the hash of its lower-case form,
/// which the ``Lexicon`` tables are also kept as), and its text is read from the sentence only when
/// needed (an entity).
struct SentenceToken: Sendable, Hashable {
    /// Offsets in the sentence, Unicode scalars, end exclusive.
    var range: Range<Int>
    /// The offsets of the word without a possessive `'s`.
    var textRange: Range<Int>
    /// The FNV-1a hash of the lower-case UTF-8 of the word (without `'s`); of the mark for punctuation.
    var key: UInt64
    /// The punctuation mark, for a token that is not a word.
    var mark: Unicode.Scalar?
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

    /// The word as written, read from the sentence's scalars.
    func text(in scalars: [Unicode.Scalar]) -> String {
        var buffer: [UInt8] = []
        return String(scalars: scalars[textRange], buffer: &buffer)
    }

    /// Whether the word is `word` (lower case).
    func isWord(_ word: WordKey) -> Bool { isWord && key == word.key }
}

/// A lower-case word, hashed as ``SentenceToken/key`` hashes words.
struct WordKey: Sendable, Hashable {
    let key: UInt64
    init(_ word: String) { key = ContentWords.fnv(word) }
}

/// A table of lower-case words, hashed for comparison with tokens.
struct WordSet: Sendable {
    let keys: HashedSet
    init(_ words: Set<String>) { keys = HashedSet(words.map { ContentWords.fnv($0) }) }
    /// Whether `token` is a word of the table.
    func contains(_ token: SentenceToken) -> Bool { token.isWord && keys.contains(token.key) }
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
                var key: UInt64 = 0xcbf2_9ce4_8422_2325
                UTF8.encode(c) { key = (key ^ UInt64($0)) &* 0x100_0000_01b3 }
                result.append(SentenceToken(
                    range: i..<i + 1, textRange: i..<i + 1, key: key, mark: c, isWord: false, isCapitalized: false,
                    isAllCaps: false, isNumber: false))
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
            var key: UInt64 = 0xcbf2_9ce4_8422_2325
            var letters = 0, upper = 0
            for s in scalars[start..<end] {
                if s.value < 128 {
                    let b = UInt8(s.value)
                    let isUpper = b >= 65 && b <= 90
                    key = (key ^ UInt64(isUpper ? b + 32 : b)) &* 0x100_0000_01b3
                    if isUpper || (b >= 97 && b <= 122) { letters += 1 }
                    if isUpper { upper += 1 }
                } else {
                    for l in s.properties.lowercaseMapping.unicodeScalars {
                        UTF8.encode(l) { key = (key ^ UInt64($0)) &* 0x100_0000_01b3 }
                    }
                    if s.properties.isAlphabetic { letters += 1 }
                    if s.properties.isUppercase { upper += 1 }
                }
            }
            let first = scalars[start]
            result.append(SentenceToken(
                range: start..<i, textRange: start..<end, key: key, mark: nil, isWord: true,
                isCapitalized: first.isUpperLike, isAllCaps: letters >= 2 && upper == letters,
                isNumber: isDigit(first), isPossessive: possessive))
        }
        return result
    }

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
