/// The place dateline that opens a news story's first paragraph: `MOSCOW --`, `WASHINGTON (AP) —`,
/// `MOSCOW, Dec. 15 (Reuters) -`, `BEIJING, Dec. 16 (Xinhua) --`, `KABUL, Afghanistan (AP) —`,
/// `NEW DELHI:`. It is not part of the first sentence, so the reader moves it into `Article.place`
/// (and its agency, when it names one, into `Article.source`).
///
/// The place is written in capitals. A mixed-case place (`Moscow, Dec. 15 (Reuters) -`) is accepted
/// only with a date or an agency, which a sentence that merely starts with a name never has.
struct PlaceDateline: Sendable, Hashable {
    /// `MOSCOW`, `KABUL, Afghanistan`; nil for an agency-only opening (`(Reuters) -`).
    var place: String?
    var agency: String?
    /// The month and day printed in it (`Dec. 15`), which has no year.
    var month: Int?
    var day: Int?
    /// How many Unicode scalars of the paragraph the dateline and its dash take.
    var length: Int
    /// The same in UTF-8 bytes.
    var byteLength: Int = 0

    /// All-capital openings that are story labels, not places.
    static let notPlaces: Set<String> = [
        "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "WATCH", "VIDEO", "PHOTOS", "PHOTO", "OPINION",
        "EDITORIAL", "FACTBOX", "COLUMN", "INSIGHT", "CORRECTED", "REFILE", "LIVE", "NOTE", "EDITORS", "WARNING",
        "FILE", "UPDATE 1", "UPDATE 2", "UPDATE 3", "Q", "A",
    ]

    /// The dateline at the start of `paragraph`, or nil.
    static func parse(_ paragraph: String) -> PlaceDateline? {
        guard let first = paragraph.unicodeScalars.first, first == "(" || isUpper(first) else { return nil }
        // Datelines are short: the first 100 scalars hold any of them.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(100)
        for s in paragraph.unicodeScalars {
            scalars.append(s)
            if scalars.count == 100 { break }
        }
        var p = Scanner(s: scalars)
        guard var result = p.run() else { return nil }
        result.byteLength = scalars[0..<result.length].reduce(0) { $0 + UTF8.width($1) }
        return result
    }

    /// Letter tests with an ASCII fast path; Unicode properties only for other scalars (`SÃO PAULO`).
    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value >= 0x41 && c.value <= 0x5A) : c.properties.isUppercase
    }

    @inline(__always) static func isLower(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value >= 0x61 && c.value <= 0x7A) : c.properties.isLowercase
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (isUpper(c) || isLower(c)) : c.properties.isAlphabetic
    }

    private struct Scanner {
        let s: [Unicode.Scalar]
        var i = 0

        var current: Unicode.Scalar? { i < s.count ? s[i] : nil }

        mutating func run() -> PlaceDateline? {
            var result = PlaceDateline(length: 0)
            var allCaps = false
            let placeStart = i
            if current != "(" {
                guard let caps = placeWords() else { return nil }
                allCaps = caps
                var placeEnd = i
                // `, Afghanistan`, `, Calif.`, then `, Dec. 15`.
                while current == ",", i + 1 < s.count, s[i + 1] == " " {
                    let save = i
                    i += 2
                    if let (m, d) = monthDay() {
                        result.month = m
                        result.day = d
                        break
                    }
                    guard let regionCaps = placeWords(), !regionCaps || allCaps else {
                        i = save
                        break
                    }
                    placeEnd = i
                }
                let place = String(String.UnicodeScalarView(s[placeStart..<placeEnd]))
                guard place.unicodeScalars.filter(PlaceDateline.isLetter).count >= 2,
                      !PlaceDateline.notPlaces.contains(place)
                else { return nil }
                result.place = place
                skipSpaces()
            }
            if current == "(" {
                let open = i
                guard let close = s[open...].prefix(48).firstIndex(of: ")") else { return nil }
                let inner = String(String.UnicodeScalarView(s[(open + 1)..<close])).trimmingSpaces
                let words = inner.split(separator: " ")
                guard !inner.isEmpty, words.count <= 5,
                      Agencies.contains(inner) || words.allSatisfy({ $0.first.map { $0.isUppercase || $0.isNumber } ?? false })
                else { return nil }
                result.agency = inner
                i = close + 1
                skipSpaces()
            }
            if result.place == nil && result.agency == nil { return nil }
            if !allCaps && result.agency == nil && result.month == nil { return nil }
            // The dash: `--`, `-`, `—`, `–`, or a colon after a capital place.
            guard let c = current else { return nil }
            var needsSpace = false
            if c == "-" {
                needsSpace = i + 1 < s.count && s[i + 1] != "-"
                while current == "-" { i += 1 }
            } else if c == "\u{2014}" || c == "\u{2013}" {
                i += 1
            } else if c == ":", allCaps, result.agency == nil, result.month == nil {
                needsSpace = true
                i += 1
            } else {
                return nil
            }
            if needsSpace && current != " " { return nil }
            skipSpaces()
            result.length = i  // the whole paragraph when the dateline stands on a line of its own
            return result
        }

        mutating func skipSpaces() {
            while current == " " { i += 1 }
        }

        /// One to five words of the place; returns whether they were all capitals, or nil when there is no
        /// place here. Capitalized words (`Moscow`, `Calif.`, `N.Y.`) are allowed, at most three.
        mutating func placeWords() -> Bool? {
            let start = i
            var words = 0
            var caps = true
            while let c = current, PlaceDateline.isUpper(c) {
                let wordStart = i
                var upper = 0, lower = 0
                while let d = current, PlaceDateline.isLetter(d) || d == "." || d == "'" || d == "\u{2019}" || d == "-" {
                    if d == "-", i + 1 < s.count, s[i + 1] == "-" || s[i + 1] == " " { break }  // `MOSCOW--`, `MOSCOW -`
                    if PlaceDateline.isUpper(d) { upper += 1 } else if PlaceDateline.isLower(d) { lower += 1 }
                    i += 1
                }
                guard i > wordStart else { break }
                if lower > 0 { caps = false }
                if upper == 0 { i = wordStart; break }
                words += 1
                if current == " ", i + 1 < s.count, PlaceDateline.isUpper(s[i + 1]) {
                    // Another place word follows only if it is not the start of the dash or an agency.
                    let save = i
                    i += 1
                    if words >= 5 { i = save; break }
                    continue
                }
                break
            }
            guard words > 0 else {
                i = start
                return nil
            }
            if !caps && words > 3 {
                i = start
                return nil
            }
            return caps
        }

        /// `Dec. 15`, `December 15`, `Dec 15, 2015`.
        mutating func monthDay() -> (Int, Int)? {
            let save = i
            var word: [UInt8] = []
            while let c = current, c.isASCII, PlaceDateline.isLetter(c) {
                word.append(Bytes.lower(UInt8(c.value)))
                i += 1
            }
            if current == "." { i += 1 }
            guard let m = DatelineLexicon.monthTable[word], current == " " else {
                i = save
                return nil
            }
            i += 1
            var day = 0, digits = 0
            while let c = current, c.value >= 0x30, c.value <= 0x39, digits < 2 {
                day = day * 10 + Int(c.value - 0x30)
                digits += 1
                i += 1
            }
            guard digits > 0, (1...31).contains(day) else {
                i = save
                return nil
            }
            // An optional year: `, 2015`.
            if current == ",", i + 2 < s.count, s[i + 1] == " ", (0x30...0x39).contains(s[i + 2].value) {
                let yearStart = i
                i += 2
                var n = 0
                while let c = current, (0x30...0x39).contains(c.value) {
                    i += 1
                    n += 1
                }
                if n != 4 { i = yearStart }
            }
            return (m, day)
        }
    }
}
