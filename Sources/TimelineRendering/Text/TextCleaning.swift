/// Removes what no output format should carry from article text: control characters, bidi overrides,
/// byte-order marks.
///
/// Scraped articles bring invisible characters along: a `U+202E RIGHT-TO-LEFT OVERRIDE` makes the rest of a
/// line display backwards (the "Trojan Source" trick), an `ESC` starts a terminal escape sequence, a `NUL`
/// truncates C strings. Every renderer runs article text through one of these two cleanings first, then
/// applies its own escaping.
enum TextCleaning {
    /// Whether `scalar` is dropped from every output: C0 controls other than tab, line feed and carriage
    /// return; DEL; C1 controls; the bidi embeddings, overrides and isolates; the byte-order mark.
    ///
    /// Left-to-right and right-to-left *marks* (U+200E, U+200F) stay: they only hint the direction of
    /// neutral characters and cannot reorder text beyond them.
    static func isStripped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true  // LRE RLE PDF LRO RLO, LRI RLI FSI PDI
        case 0xFEFF: return true
        default: return false
        }
    }

    /// Whether `scalar` separates words: ASCII whitespace, the Unicode line and paragraph separators,
    /// and the other `White_Space` characters (no-break spaces included).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// The text on one line: stripped characters removed, every run of whitespace (line breaks
    /// included) turned into one space, no space at either end.
    ///
    /// Used where a line break would change the structure: a Markdown list item, a table row, a
    /// calendar summary.
    static func singleLine(_ text: String) -> String {
        if isCleanSingleLine(text) { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // Whitespace first: vertical tab, form feed and NEL are controls too, but they separate words.
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if isStripped(scalar) { continue }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// The text with its line breaks kept as `\n` (CRLF, lone CR, vertical tab, form feed, NEL and
    /// U+2028/U+2029 become `\n`) and stripped characters removed.
    ///
    /// Used by exports that can hold several lines in one field (CSV, iCalendar descriptions).
    static func multiline(_ text: String) -> String {
        if mayNeedCleaning(text) == false { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            switch scalar.value {
            case 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: out.append("\n")  // VT, FF, CR, NEL, separators
            default:
                if !isStripped(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// The text with each grapheme cluster cut to at most `maxScalars` scalars.
    ///
    /// "Zalgo" text stacks hundreds of combining marks on one letter, which renders as a smear over the
    /// lines around it; real scripts and emoji sequences stay well under 16 scalars.
    static func limitingMarks(_ text: String, maxScalars: Int = 16) -> String {
        if text.withBytes({ $0.allSatisfy { $0 < 0x80 } }) { return text }  // ASCII after cleaning: one scalar per cluster
        guard text.unicodeScalars.count > text.count else { return text }  // every cluster is one scalar
        var out = ""
        for character in text {
            let scalars = character.unicodeScalars
            if scalars.count <= maxScalars {
                out.append(character)
            } else {
                out.unicodeScalars.append(contentsOf: scalars.prefix(maxScalars))
            }
        }
        return out
    }

    // MARK: - Fast paths
    //
    // Most article text is clean. These scans over UTF-8 let it through untouched; anything that might
    // need work (any control, and every lead byte of the non-ASCII spaces, separators, bidi controls and
    // C1 controls) takes the slow path above.

    /// Whether a UTF-8 byte starts (or is) a character that one of the cleanings may change.
    @inline(__always)
    private static func isSuspect(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00...0x1F, 0x7F: return true
        // C2: U+0080...U+00BF (C1 controls, NEL, no-break space); E1: U+1680; E2: U+2000...U+2FFF
        // (spaces, separators, bidi controls); E3: U+3000; EF: U+FEFF.
        case 0xC2, 0xE1, 0xE2, 0xE3, 0xEF: return true
        default: return false
        }
    }

    /// False when `text` certainly passes `multiline` unchanged.
    private static func mayNeedCleaning(_ text: String) -> Bool {
        text.withBytes { $0.contains { isSuspect($0) && $0 != 0x0A } }
    }

    /// Whether `singleLine` would return `text` unchanged: nothing suspect, no space at either end, no
    /// two spaces in a row.
    private static func isCleanSingleLine(_ text: String) -> Bool {
        text.withBytes { bytes in
            var previousWasSpace = true  // a leading space is not clean
            for byte in bytes {
                if isSuspect(byte) { return false }
                let isSpace = byte == 0x20
                if isSpace && previousWasSpace { return false }
                previousWasSpace = isSpace
            }
            return !previousWasSpace || bytes.isEmpty
        }
    }
}
