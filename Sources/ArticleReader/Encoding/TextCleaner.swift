/// Normalizes decoded UTF-8 text so every later stage sees one shape of text.
///
/// - line ends: CRLF and lone CR become LF; U+2028/U+2029 become LF;
/// - NUL and other C0/C1 control characters (except tab and LF) are removed, form feeds become LF;
/// - no-break spaces become spaces; zero-width spaces, stray byte-order marks and bidirectional
///   overrides (U+202A–U+202E, U+2066–U+2069, which can make a report lie about its text) are removed.
///
/// Text that needs none of this is returned without a copy.
enum TextCleaner {
    /// Whether the scalar starting at `i` (a lead byte) is one the cleaner rewrites. Two- and three-byte
    /// sequences only: C2 80–9F (C1 controls), C2 A0 (NBSP), E2 80 8B (ZWSP), E2 80 A8/A9 (line and
    /// paragraph separators), E2 80 AA–AE and E2 81 A6–A9 (bidi controls), EF BB BF (BOM).
    @inline(__always)
    static func special(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> (length: Int, replacement: UInt8?)? {
        let b0 = u[i]
        if b0 == 0xC2, i + 1 < u.count {
            let b1 = u[i + 1]
            if b1 == 0xA0 { return (2, Bytes.space) }
            if b1 >= 0x80 && b1 <= 0x9F { return (2, nil) }
        } else if b0 == 0xE2, i + 2 < u.count {
            let b1 = u[i + 1], b2 = u[i + 2]
            if b1 == 0x80 {
                if b2 == 0x8B { return (3, nil) }
                if b2 == 0xA8 || b2 == 0xA9 { return (3, Bytes.newline) }
                if b2 >= 0xAA && b2 <= 0xAE { return (3, nil) }
                if b2 == 0xAF { return (3, Bytes.space) }  // narrow no-break space
            } else if b1 == 0x81, b2 >= 0xA6 && b2 <= 0xA9 {
                return (3, nil)
            }
        } else if b0 == 0xEF, i + 2 < u.count, u[i + 1] == 0xBB, u[i + 2] == 0xBF {
            return (3, nil)
        }
        return nil
    }

    /// Whether `b` (ASCII) must be rewritten: CR, NUL and control bytes other than tab and LF.
    @inline(__always) static func asciiNeedsWork(_ b: UInt8) -> Bool {
        (b < 0x20 && b != Bytes.tab && b != Bytes.newline) || b == 0x7F
    }

    static func needsCleaning(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = u.count
        while i < n {
            let b = u[i]
            if b < 0x80 {
                if asciiNeedsWork(b) { return true }
            } else if (b == 0xC2 || b == 0xE2 || b == 0xEF), special(u, i) != nil {
                return true
            }
            i += 1
        }
        return false
    }

    /// `bytes` (well-formed UTF-8) cleaned as described above.
    static func clean(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { u in
            guard needsCleaning(u) else { return bytes }
            var out: [UInt8] = []
            out.reserveCapacity(u.count)
            var i = 0
            let n = u.count
            while i < n {
                let b = u[i]
                if b < 0x80 {
                    if asciiNeedsWork(b) {
                        if b == Bytes.carriageReturn {
                            out.append(Bytes.newline)
                            if i + 1 < n, u[i + 1] == Bytes.newline { i += 1 }
                        } else if b == 0x0B || b == 0x0C {
                            out.append(Bytes.newline)
                        }
                        // NUL, other C0 controls and DEL are dropped.
                    } else {
                        out.append(b)
                    }
                    i += 1
                } else if (b == 0xC2 || b == 0xE2 || b == 0xEF), let (length, replacement) = special(u, i) {
                    if let replacement { out.append(replacement) }
                    i += length
                } else {
                    out.append(b)
                    i += 1
                }
            }
            return out
        }
    }

    static func clean(_ bytes: ArraySlice<UInt8>) -> [UInt8] { clean(Array(bytes)) }
}
