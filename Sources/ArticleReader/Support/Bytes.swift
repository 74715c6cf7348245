/// Byte-level helpers for scanning UTF-8 text without building `String`s.
///
/// Every format is decoded to clean UTF-8 first (`TextDecoder`), then scanned as bytes: classifying a
/// line, trimming it or collapsing its spaces never allocates unless the text actually changes.
enum Bytes {
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    @inline(__always) static func isAlphanumeric(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }
    /// Whether `b` starts a UTF-8 sequence (is not a continuation byte): counting these counts scalars.
    @inline(__always) static func startsScalar(_ b: UInt8) -> Bool { b & 0xC0 != 0x80 }

    /// `s` without leading and trailing ASCII whitespace.
    static func trimmed(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lo = s.startIndex
        var hi = s.endIndex
        while lo < hi, isSpace(s[lo]) { lo += 1 }
        while hi > lo, isSpace(s[hi - 1]) { hi -= 1 }
        return s[lo..<hi]
    }

    /// The lines of `text`, split at `\n` (line ends are already normalized), not trimmed.
    static func lines(_ text: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = text.startIndex
        var i = start
        while i < text.endIndex {
            if text[i] == newline {
                result.append(text[start..<i])
                start = i + 1
            }
            i += 1
        }
        if start < text.endIndex { result.append(text[start..<text.endIndex]) }
        return result
    }

    /// `s` trimmed, with every run of whitespace turned into one space (a paragraph's text).
    static func collapsedSpaces(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let t = trimmed(s)
        var needsWork = false
        var previousSpace = false
        for b in t {
            let sp = isSpace(b)
            if sp && (b != space || previousSpace) {
                needsWork = true
                break
            }
            previousSpace = sp
        }
        if !needsWork { return t }
        var out: [UInt8] = []
        out.reserveCapacity(t.count)
        previousSpace = false
        for b in t {
            if isSpace(b) {
                if !previousSpace { out.append(space) }
                previousSpace = true
            } else {
                out.append(b)
                previousSpace = false
            }
        }
        return out[...]
    }

    /// The number of Unicode scalars in UTF-8 `s`.
    static func scalarCount(_ s: ArraySlice<UInt8>) -> Int {
        var n = 0
        for b in s where startsScalar(b) { n += 1 }
        return n
    }

    /// The number of space-separated words in `s`.
    static func wordCount(_ s: ArraySlice<UInt8>) -> Int {
        var n = 0
        var inWord = false
        for b in s {
            if isSpace(b) {
                inWord = false
            } else if !inWord {
                inWord = true
                n += 1
            }
        }
        return n
    }

    /// Whether `s` starts with `prefix`, ASCII letters compared without case.
    static func hasPrefix(_ s: ArraySlice<UInt8>, caseInsensitive prefix: [UInt8]) -> Bool {
        guard s.count >= prefix.count else { return false }
        var i = s.startIndex
        for p in prefix {
            if lower(s[i]) != lower(p) { return false }
            i += 1
        }
        return true
    }

    /// Whether `s` ends with `suffix`, exactly.
    static func hasSuffix(_ s: ArraySlice<UInt8>, _ suffix: [UInt8]) -> Bool {
        guard s.count >= suffix.count else { return false }
        return s.suffix(suffix.count).elementsEqual(suffix)
    }

    /// `s` with ASCII letters lowercased.
    static func lowercased(_ s: ArraySlice<UInt8>) -> [UInt8] {
        s.map(lower)
    }

    /// The text of `s` as a `String` (the bytes are valid UTF-8 by construction).
    static func string(_ s: ArraySlice<UInt8>) -> String {
        String(decoding: s, as: UTF8.self)
    }

    /// The UTF-8 bytes of `s`.
    static func of(_ s: String) -> [UInt8] { Array(s.utf8) }
}
