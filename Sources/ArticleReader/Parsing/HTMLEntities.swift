/// Decodes HTML character references: named (`&amp;`, `&nbsp;`, `&mdash;`, `&rsquo;`, `&eacute;`),
/// decimal (`&#8217;`) and hexadecimal (`&#x2019;`).
///
/// Named references need their `;`, except the five legacy ones browsers accept without it (`&amp`,
/// `&lt`, `&gt`, `&quot`, `&nbsp`) before a non-alphanumeric. Numeric references in 128–159 mean
/// Windows-1252 characters (as browsers read them); 0, surrogates and values past U+10FFFF become
/// U+FFFD. An unknown reference is kept as written.
enum HTMLEntities {
    /// Named references by name, as code points.
    static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
        "nbsp": 0xA0, "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D,
        "lrm": 0x200E, "rlm": 0x200F, "shy": 0xAD,
        "ndash": 0x2013, "mdash": 0x2014, "horbar": 0x2015, "hyphen": 0x2010, "dash": 0x2010,
        "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E,
        "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A,
        "hellip": 0x2026, "bull": 0x2022, "middot": 0xB7, "dagger": 0x2020, "Dagger": 0x2021, "permil": 0x2030,
        "prime": 0x2032, "Prime": 0x2033, "oline": 0x203E, "frasl": 0x2044,
        "euro": 0x20AC, "cent": 0xA2, "pound": 0xA3, "yen": 0xA5, "curren": 0xA4,
        "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "plusmn": 0xB1, "times": 0xD7, "divide": 0xF7,
        "micro": 0xB5, "para": 0xB6, "sect": 0xA7, "uml": 0xA8, "ordf": 0xAA, "ordm": 0xBA, "not": 0xAC,
        "macr": 0xAF, "acute": 0xB4, "cedil": 0xB8, "iquest": 0xBF, "iexcl": 0xA1, "brvbar": 0xA6,
        "sup1": 0xB9, "sup2": 0xB2, "sup3": 0xB3, "frac14": 0xBC, "frac12": 0xBD, "frac34": 0xBE,
        "minus": 0x2212, "le": 0x2264, "ge": 0x2265, "ne": 0x2260, "asymp": 0x2248, "infin": 0x221E,
        "larr": 0x2190, "rarr": 0x2192, "uarr": 0x2191, "darr": 0x2193, "harr": 0x2194,
        "Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Auml": 0xC4, "Aring": 0xC5, "AElig": 0xC6,
        "Ccedil": 0xC7, "Egrave": 0xC8, "Eacute": 0xC9, "Ecirc": 0xCA, "Euml": 0xCB, "Igrave": 0xCC,
        "Iacute": 0xCD, "Icirc": 0xCE, "Iuml": 0xCF, "ETH": 0xD0, "Ntilde": 0xD1, "Ograve": 0xD2, "Oacute": 0xD3,
        "Ocirc": 0xD4, "Otilde": 0xD5, "Ouml": 0xD6, "Oslash": 0xD8, "Ugrave": 0xD9, "Uacute": 0xDA,
        "Ucirc": 0xDB, "Uuml": 0xDC, "Yacute": 0xDD, "THORN": 0xDE, "szlig": 0xDF,
        "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3, "auml": 0xE4, "aring": 0xE5, "aelig": 0xE6,
        "ccedil": 0xE7, "egrave": 0xE8, "eacute": 0xE9, "ecirc": 0xEA, "euml": 0xEB, "igrave": 0xEC,
        "iacute": 0xED, "icirc": 0xEE, "iuml": 0xEF, "eth": 0xF0, "ntilde": 0xF1, "ograve": 0xF2, "oacute": 0xF3,
        "ocirc": 0xF4, "otilde": 0xF5, "ouml": 0xF6, "oslash": 0xF8, "ugrave": 0xF9, "uacute": 0xFA,
        "ucirc": 0xFB, "uuml": 0xFC, "yacute": 0xFD, "thorn": 0xFE, "yuml": 0xFF,
        "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178, "Zcaron": 0x17D,
        "zcaron": 0x17E, "fnof": 0x192, "circ": 0x2C6, "tilde": 0x2DC,
        "Alpha": 0x391, "Beta": 0x392, "Gamma": 0x393, "Delta": 0x394, "Omega": 0x3A9, "Sigma": 0x3A3, "Pi": 0x3A0,
        "alpha": 0x3B1, "beta": 0x3B2, "gamma": 0x3B3, "delta": 0x3B4, "epsilon": 0x3B5, "lambda": 0x3BB,
        "mu": 0x3BC, "pi": 0x3C0, "sigma": 0x3C3, "tau": 0x3C4, "phi": 0x3C6, "omega": 0x3C9,
        "check": 0x2713, "star": 0x2606, "starf": 0x2605, "hearts": 0x2665, "spades": 0x2660, "clubs": 0x2663,
        "diams": 0x2666, "loz": 0x25CA, "sum": 0x2211, "prod": 0x220F, "radic": 0x221A, "part": 0x2202,
        "nabla": 0x2207, "isin": 0x2208, "cap": 0x2229, "cup": 0x222A, "int": 0x222B, "there4": 0x2234,
        "sim": 0x223C, "equiv": 0x2261, "sub": 0x2282, "sup": 0x2283, "oplus": 0x2295, "perp": 0x22A5,
        "sdot": 0x22C5, "lceil": 0x2308, "rceil": 0x2309, "lfloor": 0x230A, "rfloor": 0x230B,
        "lang": 0x27E8, "rang": 0x27E9, "NewLine": 0x0A, "Tab": 0x09,
    ]

    static let namedTable: [[UInt8]: UInt32] = Dictionary(uniqueKeysWithValues: named.map { (Array($0.key.utf8), $0.value) })
    static let legacy: Set<[UInt8]> = ["amp", "lt", "gt", "quot", "nbsp"].reduce(into: []) { $0.insert(Array($1.utf8)) }
    static let longestName = named.keys.map(\.utf8.count).max() ?? 8

    /// Appends `s` to `out` with its character references decoded.
    static func decode(_ s: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var i = s.startIndex
        let end = s.endIndex
        while i < end {
            guard let amp = s[i..<end].firstIndex(of: 0x26) else {
                out.append(contentsOf: s[i..<end])
                return
            }
            out.append(contentsOf: s[i..<amp])
            if let (scalar, next) = reference(s, at: amp) {
                UTF8Validation.append(scalar, to: &out)
                i = next
            } else {
                out.append(0x26)
                i = amp + 1
            }
        }
    }

    static func decode(_ s: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        decode(s, into: &out)
        return out
    }

    /// The reference at `amp` (which holds `&`): its code point and the index after it.
    private static func reference(_ s: ArraySlice<UInt8>, at amp: Int) -> (UInt32, Int)? {
        var i = amp + 1
        let end = s.endIndex
        guard i < end else { return nil }
        if s[i] == 0x23 {  // #
            i += 1
            var hex = false
            if i < end, s[i] == 0x78 || s[i] == 0x58 {
                hex = true
                i += 1
            }
            var v: UInt32 = 0
            var digits = 0
            while i < end {
                let b = s[i]
                let d: UInt32
                if Bytes.isDigit(b) {
                    d = UInt32(b - 0x30)
                } else if hex, (0x61...0x66).contains(b | 0x20) {
                    d = UInt32((b | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                if v <= 0x10FFFF { v = v * (hex ? 16 : 10) + d }
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            if i < end, s[i] == 0x3B { i += 1 }
            return (numeric(v), i)
        }
        let nameStart = i
        while i < end, i - nameStart <= longestName, Bytes.isAlphanumeric(s[i]) { i += 1 }
        guard i > nameStart else { return nil }
        let name = Array(s[nameStart..<i])
        if i < end, s[i] == 0x3B, let v = namedTable[name] { return (v, i + 1) }
        if legacy.contains(name), i == end || s[i] != 0x3D, let v = namedTable[name] { return (v, i) }
        return nil
    }

    private static func numeric(_ v: UInt32) -> UInt32 {
        if v == 0 || v > 0x10FFFF || (0xD800...0xDFFF).contains(v) { return 0xFFFD }
        // `&#18;`, `&#10;`: a control character (line ends included) is decoded after the text was
        // cleaned, so it would land in the body as is; it separates words, as a space does.
        if v < 0x20 || v == 0x7F { return 0x20 }
        if (0x80...0x9F).contains(v) { return Windows1252.scalar(UInt8(v)) }
        return v
    }
}
