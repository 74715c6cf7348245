/// One token of the scanned text: a word, a number, a punctuation byte or an opaque run.
///
/// Offsets are UTF-8 byte offsets into the input; they become Unicode-scalar offsets only
/// when a mention is reported, so the scan never counts scalars.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        /// ASCII letters, with inner apostrophes (`year's`) and known abbreviation dots (`Nov.`, `a.m.`).
        case word
        /// A run of ASCII digits; `value` holds it when it has at most 9 digits.
        case number
        /// A digit run glued to an English ordinal suffix: `15th`, `1st`, `22nd`.
        case ordinal
        /// One punctuation byte in `value` (dashes and `’` are folded to ASCII).
        case punct
        /// Anything else (non-ASCII letters, emoji, symbols): never part of a date.
        case other
    }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// Whitespace separates this token from the previous one.
        static let spaceBefore = Flags(rawValue: 1)
        /// A line break separates this token from the previous one.
        static let newlineBefore = Flags(rawValue: 2)
        /// The first letter is upper case.
        static let capitalized = Flags(rawValue: 4)
        /// Every letter is upper case (and there are at least two).
        static let allCaps = Flags(rawValue: 8)
        /// A word ending in `ed` (a likely past participle or past tense).
        static let endsInEd = Flags(rawValue: 16)
        /// The word carried its abbreviation dot (`Nov.`).
        static let dotted = Flags(rawValue: 32)
        /// A number with a leading zero (`05`).
        static let leadingZero = Flags(rawValue: 64)
        /// A word ending in `ing` ("is meeting").
        static let endsInIng = Flags(rawValue: 128)
        /// A number, or a word some rule reads for its content (`Lexicon.Entry.strong`).
        static let strong = Flags(rawValue: 256)
        /// A lower-case word of four letters or more ending in a single `s` (a likely plural noun: "calls").
        static let plural = Flags(rawValue: 512)
    }

    var start: Int32
    var end: Int32
    /// The lexicon entry of a word, or `Lexicon.unknown`.
    var lexeme: Int32
    var raw: Int32
    var kind: Kind
    /// Digit count for numbers and ordinals.
    var digits: UInt8
    var flags: Flags

    /// A number's value (or -1 when too long), a punctuation byte.
    var value: Int { Int(raw) }

    /// Whether it is a mark that ends a sentence: `.`, `!` or `?`.
    var endsSentence: Bool { kind == .punct && (raw == 46 || raw == 33 || raw == 63) }

    /// Whether `tokens[i]` is a hyphen inside a compound ("out-of-court", "London-based"): no space before
    /// it, and none after it unless it ends the text.
    static func isGluedHyphen(_ tokens: [Token], _ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .punct, tokens[i].value == 45, !tokens[i].has(.spaceBefore) else { return false }
        return i + 1 == tokens.count || !tokens[i + 1].has(.spaceBefore)
    }

    init(start: Int32, end: Int32, kind: Kind, flags: Flags, digits: UInt8, lexeme: Int32, value: Int) {
        self.start = start
        self.end = end
        self.lexeme = lexeme
        self.raw = Int32(truncatingIfNeeded: value)
        self.kind = kind
        self.digits = digits
        self.flags = flags
    }

    @inline(__always)
    func has(_ f: Flags) -> Bool { flags.contains(f) }
}
