/// Stage 1: one pass over the UTF-8 bytes, producing tokens with their lexicon ids.
///
/// Words are hashed while they are scanned, so each word costs one table probe. Abbreviation dots
/// (`Nov.`, `a.m.`) stay in the word, so sentence scans are not fooled by them. Dashes and curly
/// apostrophes are folded to ASCII; every other non-ASCII run becomes one `.other` token.
struct Tokenizer: Sendable {
    let lexicon: Lexicon

    /// Longest word looked up; longer runs are never dates.
    static let maxWord = 40

    func tokenize(_ u: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(u.count / 3 + 4)
        let n = u.count
        guard n > 0, let bytes = u.baseAddress else { return [] }
        var i = 0
        var pending: Token.Flags = []
        // the lower-cased word being read; a raw buffer so the per-letter loop does no array bookkeeping
        let key = UnsafeMutablePointer<UInt8>.allocate(capacity: Tokenizer.maxWord + 4)
        defer { key.deallocate() }
        let keyBuffer = UnsafeBufferPointer(start: key, count: Tokenizer.maxWord + 4)

        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        // ’ is E2 80 99
        @inline(__always) func curlyApostrophe(_ at: Int) -> Bool {
            at + 2 < n && u[at] == 0xE2 && u[at + 1] == 0x80 && u[at + 2] == 0x99
        }

        while i < n {
            let b = u[i]
            if b == 32 {
                pending.insert(.spaceBefore)
                i += 1
                continue
            }
            if isLetter(b) {
                let start = i
                var h = Lexicon.seed
                var len = 0
                var upper = 0
                var apostrophes = 0
                scan: while true {
                    // the hot loop: plain letters, lower-cased into `key` and hashed as they are read. It works
                    // on local copies, which stay in registers: the hash kept in the function's own variable
                    // went through the stack on every letter
                    var j = i, hh = h, count = len, caps = upper
                    while j < n {
                        let c = bytes[j]
                        let l = c | 0x20
                        if l &- 97 >= 26 { break }
                        caps &+= Int(~c >> 5 & 1)  // upper case letters have bit 5 clear
                        if count < Tokenizer.maxWord { key[count] = l; hh = Lexicon.hash(hh, l) }
                        count &+= 1
                        j &+= 1
                    }
                    i = j; h = hh; len = count; upper = caps
                    guard i < n else { break scan }
                    let c = bytes[i]
                    if c == 39 {
                        // possessive 's ("Friday's" is "Friday" + "'s") ends the word; an inner apostrophe (o'clock) does not
                        if i + 1 < n, (bytes[i + 1] | 0x20) == 115, i + 2 >= n || !isLetter(bytes[i + 2]) { break scan }
                        guard i + 1 < n, isLetter(bytes[i + 1]) else { break scan }
                        i += 1
                    } else if c == 0xE2, curlyApostrophe(i) {
                        if i + 3 < n, (bytes[i + 3] | 0x20) == 115, i + 4 >= n || !isLetter(bytes[i + 4]) { break scan }
                        guard i + 3 < n, isLetter(bytes[i + 3]) else { break scan }
                        i += 3
                    } else {
                        break scan
                    }
                    if len < Tokenizer.maxWord { key[len] = 39; h = Lexicon.hash(h, 39) }
                    len += 1
                    apostrophes += 1
                }
                // a.m. / p.m. (also "a.m" without its last dot) become one word, looked up as "a.m."
                if len == 1, key[0] == 97 || key[0] == 112, i + 1 < n, u[i] == 46, (u[i + 1] | 0x20) == 109,
                   i + 2 >= n || !isLetter(u[i + 2]) {
                    i += 2
                    if i < n, u[i] == 46 { i += 1 }
                    key[1] = 46; key[2] = 109; key[3] = 46; len = 4
                    h = Lexicon.seed
                    for k in 0..<4 { h = Lexicon.hash(h, key[k]) }
                }
                var flags = pending
                pending = []
                if upper > 0, b != (b | 0x20) { flags.insert(.capitalized) }
                if upper >= 2, upper == len - apostrophes { flags.insert(.allCaps) }
                if len >= 3, len <= Tokenizer.maxWord {
                    if key[len - 2] == 101, key[len - 1] == 100 { flags.insert(.endsInEd) }
                    if key[len - 3] == 105, key[len - 2] == 110, key[len - 1] == 103 { flags.insert(.endsInIng) }
                    if len >= 4, upper == 0, apostrophes == 0, key[len - 1] == 115, key[len - 2] != 115 { flags.insert(.plural) }
                }
                var lexeme = Lexicon.unknown
                if len <= Tokenizer.maxWord {
                    lexeme = lexicon.lookup(hash: h, keyBuffer, count: len)
                }
                if lexeme != Lexicon.unknown {
                    let entry = lexicon[lexeme]
                    if entry.strong { flags.insert(.strong) }
                    if i < n, u[i] == 46, entry.takesDot {
                        i += 1
                        flags.insert(.dotted)
                    }
                }
                tokens.append(Token(start: Int32(start), end: Int32(i), kind: .word, flags: flags, digits: 0,
                                    lexeme: lexeme, value: 0))
            } else if isDigit(b) {
                let start = i
                var value = 0
                var count = 0
                while i < n, isDigit(u[i]) {
                    if count < 18 { value = value * 10 + Int(u[i] - 48) }
                    count += 1
                    i += 1
                }
                var flags = pending
                pending = []
                flags.insert(.strong)
                if b == 48, count > 1 { flags.insert(.leadingZero) }
                var kind = Token.Kind.number
                // 15th, 1st, 22nd, 3rd: exactly two suffix letters, then no letter
                if count <= 2, i + 1 < n, isLetter(u[i]), isLetter(u[i + 1]), i + 2 >= n || !isLetter(u[i + 2]) {
                    let s = ((u[i] | 0x20), (u[i + 1] | 0x20))
                    if s == (116, 104) || s == (115, 116) || s == (110, 100) || s == (114, 100) {
                        kind = .ordinal
                        i += 2
                    }
                }
                tokens.append(Token(start: Int32(start), end: Int32(i), kind: kind, flags: flags,
                                    digits: UInt8(min(count, 255)), lexeme: Lexicon.unknown,
                                    value: count <= 9 ? value : -1))
            } else if b == 32 || b == 9 || b == 13 {
                pending.insert(.spaceBefore)
                i += 1
            } else if b == 10 || b == 12 || b == 11 {
                pending.insert(.spaceBefore)
                pending.insert(.newlineBefore)
                i += 1
            } else if b < 0x80 {
                tokens.append(Token(start: Int32(i), end: Int32(i + 1), kind: .punct, flags: pending, digits: 0,
                                    lexeme: Lexicon.unknown, value: Int(b)))
                pending = []
                i += 1
            } else {
                let start = i
                // fold the few non-ASCII characters dates use
                if b == 0xC2, i + 1 < n, u[i + 1] == 0xA0 {  // no-break space
                    pending.insert(.spaceBefore)
                    i += 2
                    continue
                }
                if b == 0xE2, i + 2 < n, u[i + 1] == 0x80 {
                    let c = u[i + 2]
                    var folded: UInt8 = 0
                    switch c {
                    case 0x90, 0x91, 0x92, 0x93, 0x94: folded = 45  // hyphens, en and em dash
                    case 0x98, 0x99: folded = 39  // curly single quotes
                    case 0x9C, 0x9D: folded = 34
                    case 0x80...0x8B, 0xAF: folded = 32  // spaces
                    default: break
                    }
                    if folded == 32 {
                        pending.insert(.spaceBefore)
                        i += 3
                        continue
                    }
                    if folded != 0 {
                        tokens.append(Token(start: Int32(i), end: Int32(i + 3), kind: .punct, flags: pending, digits: 0,
                                            lexeme: Lexicon.unknown, value: Int(folded)))
                        pending = []
                        i += 3
                        continue
                    }
                }
                // one opaque token for the whole run of non-ASCII bytes
                i += 1
                while i < n, u[i] >= 0x80 {
                    if u[i] == 0xE2, i + 2 < n, u[i + 1] == 0x80, (0x90...0x9D).contains(u[i + 2]) || (0x80...0x8B).contains(u[i + 2]) {
                        break
                    }
                    if u[i] == 0xC2, i + 1 < n, u[i + 1] == 0xA0 { break }
                    i += 1
                }
                tokens.append(Token(start: Int32(start), end: Int32(i), kind: .other, flags: pending, digits: 0,
                                    lexeme: Lexicon.unknown, value: 0))
                pending = []
            }
        }
        return tokens
    }
}
