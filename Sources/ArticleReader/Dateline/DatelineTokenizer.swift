/// One token of a dateline line.
enum DatelineToken: Equatable {
    /// A run of digits, with its value and how many digits it had (`09` is 9 with 2 digits).
    case number(Int, digits: Int)
    /// A run of ASCII letters, lowercased, with whether a dot followed it (`Dec.`).
    case word([UInt8], dotted: Bool)
    /// One punctuation character; dashes (`–`, `—`) read as `-`, bullets (`·`, `•`) as `|`.
    case punct(UInt8)
}

/// Splits a dateline line into tokens, or returns nil for text no dateline contains (non-ASCII words,
/// numbers of more than 9 digits), so the parser can stop early.
enum DatelineTokenizer {
    /// Punctuation that may separate the parts of a dateline.
    static let separators: Set<UInt8> = [0x2C, 0x7C, 0x2D, 0x28, 0x29, 0x5B, 0x5D, 0x3A, 0x2E, 0x2F]

    static func tokens(_ s: ArraySlice<UInt8>) -> [DatelineToken]? {
        var tokens: [DatelineToken] = []
        var i = s.startIndex
        let end = s.endIndex
        while i < end {
            let b = s[i]
            if Bytes.isSpace(b) {
                i += 1
            } else if Bytes.isDigit(b) {
                var v = 0, digits = 0
                while i < end, Bytes.isDigit(s[i]) {
                    v = v &* 10 &+ Int(s[i] - 0x30)
                    digits += 1
                    i += 1
                }
                guard digits <= 9 else { return nil }
                tokens.append(.number(v, digits: digits))
            } else if Bytes.isLetter(b) {
                var word: [UInt8] = []
                while i < end, Bytes.isLetter(s[i]) {
                    word.append(Bytes.lower(s[i]))
                    i += 1
                }
                var dotted = false
                if i < end, s[i] == 0x2E {
                    // a.m. / p.m.: "a" "." "m" "." read as one word.
                    if word.count == 1, word[0] == 0x61 || word[0] == 0x70, i + 1 < end, Bytes.lower(s[i + 1]) == 0x6D,
                       i + 2 == end || !Bytes.isLetter(s[i + 2])
                    {
                        word.append(0x6D)
                        i += 2
                        if i < end, s[i] == 0x2E { i += 1 }
                    } else {
                        dotted = true
                        i += 1
                    }
                }
                tokens.append(.word(word, dotted: dotted))
            } else if b >= 0x80 {
                // Dashes and bullets are separators; any other non-ASCII text rules the line out.
                if b == 0xE2, i + 2 < end, s[i + 1] == 0x80 {
                    switch s[i + 2] {
                    case 0x93, 0x94: tokens.append(.punct(0x2D))
                    case 0xA2: tokens.append(.punct(0x7C))
                    default: return nil
                    }
                    i += 3
                } else if b == 0xC2, i + 1 < end, s[i + 1] == 0xB7 {
                    tokens.append(.punct(0x7C))
                    i += 2
                } else {
                    return nil
                }
            } else {
                tokens.append(.punct(b))
                i += 1
            }
        }
        return tokens
    }
}
