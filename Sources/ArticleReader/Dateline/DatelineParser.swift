import DateNormalizer

/// Reads a dateline line (`Updated: 2015-12-16 09:37`, `Published: Dec 16, 2015 9:37 AM EST`,
/// `Wed 16 Dec 2015 09.37 GMT`, `2015-12-16T09:37:00+08:00`) into a publication date-time.
///
/// The whole line must be a dateline: a label (`Published on`), one date, at most one time and zone,
/// weekday names and separators. Anything else, such as a body sentence that happens to hold a date,
/// is not a dateline. That strictness is what lets a bare `October 1, 2015` line count as one.
///
/// Dates: `2015-12-16`, `2015/12/16`, `12/16/2015` (month first unless the first number exceeds 12),
/// `16.12.2015` and `16-12-2015` (day first), `Dec. 16, 2015`, `December 16th 2015`, `16 December 2015`,
/// `16th of December, 2015`, `2015 Dec 16`. Times: `09:37`, `9:37:00`, `09.37`, `9:37 a.m.`, `9 PM`,
/// with `Z`, `+08:00`, `+0800`, `GMT+8` or a zone word (`EST`, `ET`, `BST`, `Beijing time`).
enum DatelineParser {
    /// The dateline in `text`, or nil when `text` is not (only) a dateline.
    static func parse(_ text: some StringProtocol) -> Dateline? {
        parse(Array(text.utf8)[...])
    }

    static func parse(_ text: ArraySlice<UInt8>) -> Dateline? {
        // Cheap rejections first: every dateline has a digit and few words.
        guard text.count <= 160, text.contains(where: Bytes.isDigit), Bytes.wordCount(text) <= 14 else { return nil }
        guard let tokens = DatelineTokenizer.tokens(text) else { return nil }
        var parser = Parser(tokens: tokens)
        return parser.run()
    }

    /// Whether `text` has the shape of a whole dateline line but names a day or time that does not
    /// exist (`Published: Feb. 30, 2015`, `Updated: 2015-13-01 09:37`, `2015-12-16 24:61`). Such a line
    /// is not a date, but it is not article text either: readers drop it and say why.
    static func namesImpossibleDate(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count <= 160, text.contains(where: Bytes.isDigit), Bytes.wordCount(text) <= 14,
              let tokens = DatelineTokenizer.tokens(text)
        else { return false }
        var parser = Parser(tokens: tokens)
        parser.readsPastImpossible = true
        // A lone `24:61` is no dateline: the line needs a date, or a label such as `Updated:`.
        return parser.run() == nil && parser.impossible && parser.pos == tokens.count
            && (parser.impossibleDay || parser.date != nil || parser.kind != nil)
    }

    private struct Time {
        var hour: Int
        var minute: Int?
        var second: Int?
    }

    private enum Zone {
        case offset(Int)
        case usGeneric(standard: Int)
    }

    private struct Parser {
        let tokens: [DatelineToken]
        var pos = 0
        var date: CivilDate?
        var time: Time?
        var zone: Zone?
        var kind: DatelineKind?
        /// Set when something shaped like a date names no real day (`2015-13-01`, `Feb. 30, 2015`), or
        /// a clock time no real time (`24:61`).
        var impossible = false
        /// Whether an impossible date or time is read past (to see if the rest of the line is a
        /// dateline) instead of ending the parse.
        var readsPastImpossible = false
        /// Whether the impossible part is a date (not only a time).
        var impossibleDay = false

        init(tokens: [DatelineToken]) { self.tokens = tokens }

        mutating func run() -> Dateline? {
            while pos < tokens.count {
                let start = pos
                if let d = matchDate() {
                    guard date == nil else { return nil }
                    date = d
                } else if pos > start {
                    continue  // an impossible date was read past (readsPastImpossible)
                } else if let t = matchTime() {
                    guard time == nil else { return nil }
                    time = t
                    if zone == nil, let z = matchZone(afterTime: true) { zone = z }
                } else if pos > start {
                    // An impossible time was read past: go on as after a time, for the zone that may follow.
                    if time == nil { time = Time(hour: 0) }
                    if zone == nil, let z = matchZone(afterTime: true) { zone = z }
                } else if zone == nil, time != nil, let z = matchZone(afterTime: false) {
                    zone = z
                } else if case .word(let w, _) = tokens[pos] {
                    if let k = DatelineLexicon.labelTable[w] {
                        if kind == nil { kind = k }
                    } else if DatelineLexicon.weekdayTable[w] == nil, !DatelineLexicon.fillerTable.contains(w) {
                        return nil
                    }
                    pos += 1
                } else if case .punct(let p) = tokens[pos], DatelineTokenizer.separators.contains(p) {
                    pos += 1
                } else {
                    return nil
                }
                if impossible && !readsPastImpossible { return nil }
            }
            guard let date, !impossible else { return nil }
            var reference = Reference(date: date)
            if let time {
                var offset: Int?
                switch zone {
                case .offset(let o): offset = o
                case .usGeneric(let standard):
                    offset = TimeZoneAbbreviations.usOffset(standard: standard, on: date.year, month: date.month, day: date.day)
                case nil: offset = nil
                }
                reference = Reference(date: date, hour: time.hour, minute: time.minute ?? 0, second: time.second, utcOffset: offset)
            }
            return Dateline(reference: reference, kind: kind ?? .unlabeled)
        }

        // MARK: Tokens

        func number(_ at: Int, digits: ClosedRange<Int>) -> Int? {
            guard at < tokens.count, case .number(let v, let d) = tokens[at], digits.contains(d) else { return nil }
            return v
        }

        func punct(_ at: Int, _ set: [UInt8]) -> UInt8? {
            guard at < tokens.count, case .punct(let p) = tokens[at], set.contains(p) else { return nil }
            return p
        }

        func word(_ at: Int) -> [UInt8]? {
            guard at < tokens.count, case .word(let w, _) = tokens[at] else { return nil }
            return w
        }

        func month(_ at: Int) -> Int? {
            word(at).flatMap { DatelineLexicon.monthTable[$0] }
        }

        func isOrdinalSuffix(_ at: Int) -> Bool {
            guard let w = word(at) else { return false }
            return w == Array("st".utf8) || w == Array("nd".utf8) || w == Array("rd".utf8) || w == Array("th".utf8)
        }

        static func fullYear(_ y: Int, digits: Int) -> Int? {
            if digits == 2 { return y >= 70 ? 1900 + y : 2000 + y }
            return (1800...2199).contains(y) ? y : nil
        }

        // MARK: Dates

        /// `date` when it exists, moving past its tokens; otherwise marks the line impossible.
        mutating func accept(year: Int?, month: Int, day: Int, next: Int) -> CivilDate? {
            guard let year, let date = CivilDate(year: year, month: month, day: day) else {
                impossible = true
                impossibleDay = true
                if readsPastImpossible { pos = next }
                return nil
            }
            pos = next
            return date
        }

        mutating func matchDate() -> CivilDate? {
            let start = pos
            // 2015-12-16, 2015/12/16, 2015.12.16
            if let y = number(start, digits: 4...6), let sep = punct(start + 1, [0x2D, 0x2F, 0x2E]),
               let m = number(start + 2, digits: 1...2), punct(start + 3, [sep]) != nil,
               let d = number(start + 4, digits: 1...2)
            {
                return accept(year: Parser.fullYear(y, digits: 4), month: m, day: d, next: start + 5)
            }
            // 12/16/2015, 16.12.2015, 16-12-2015, 12/16/15
            if let a = number(start, digits: 1...2), let sep = punct(start + 1, [0x2D, 0x2F, 0x2E]),
               let b = number(start + 2, digits: 1...2), punct(start + 3, [sep]) != nil,
               case .number(let y, let yd) = tokens[safe: start + 4], yd == 4 || yd == 2
            {
                let monthFirst: Bool
                if a > 12 { monthFirst = false } else if b > 12 { monthFirst = true } else { monthFirst = sep == 0x2F }
                let year = Parser.fullYear(y, digits: yd)
                return monthFirst
                    ? accept(year: year, month: a, day: b, next: start + 5) : accept(year: year, month: b, day: a, next: start + 5)
            }
            // Dec. 16, 2015 · December 16th 2015
            if let m = month(start), let d = number(start + 1, digits: 1...2) {
                var i = start + 2
                if isOrdinalSuffix(i) { i += 1 }
                if punct(i, [0x2C]) != nil { i += 1 }
                if let y = number(i, digits: 4...6) {
                    return accept(year: Parser.fullYear(y, digits: 4), month: m, day: d, next: i + 1)
                }
            }
            // 16 December 2015 · 16th of December, 2015
            if let d = number(start, digits: 1...2) {
                var i = start + 1
                if isOrdinalSuffix(i) { i += 1 }
                if word(i) == Array("of".utf8) { i += 1 }
                if let m = month(i) {
                    i += 1
                    if punct(i, [0x2C]) != nil { i += 1 }
                    if let y = number(i, digits: 4...6) {
                        return accept(year: Parser.fullYear(y, digits: 4), month: m, day: d, next: i + 1)
                    }
                }
            }
            // 2015 Dec 16
            if let y = number(start, digits: 4...4), let m = month(start + 1), let d = number(start + 2, digits: 1...2) {
                return accept(year: Parser.fullYear(y, digits: 4), month: m, day: d, next: start + 3)
            }
            return nil
        }

        // MARK: Times

        mutating func matchTime() -> Time? {
            var i = pos
            if word(i) == Array("t".utf8), number(i + 1, digits: 1...2) != nil { i += 1 }
            guard let h = number(i, digits: 1...2) else { return nil }
            var time = Time(hour: h)
            i += 1
            if let sep = punct(i, [0x3A, 0x2E]), let m = number(i + 1, digits: 2...2) {
                time.minute = m
                i += 2
                if punct(i, [sep]) != nil, let s = number(i + 1, digits: 2...2) {
                    time.second = s
                    i += 2
                    if punct(i, [0x2E, 0x2C]) != nil, number(i + 1, digits: 1...9) != nil { i += 2 }
                }
            }
            if let w = word(i), w == Array("am".utf8) || w == Array("pm".utf8) {
                guard (1...12).contains(time.hour) else { return nil }
                time.hour = time.hour % 12 + (w == Array("pm".utf8) ? 12 : 0)
                i += 1
            } else if time.minute == nil {
                return nil  // a lone number is not a time
            }
            guard time.hour <= 23, (time.minute ?? 0) <= 59, (time.second ?? 0) <= 60 else {
                if time.minute != nil {  // `24:61` is shaped like a time, `13 pm` is not one at all
                    impossible = true
                    if readsPastImpossible { pos = i }
                }
                return nil
            }
            pos = i
            return time
        }

        /// A zone: a word (`GMT`, `EST`, `Beijing time`), optionally with an offset (`GMT+8`), or,
        /// right after a time, a signed offset (`+08:00`, `+0800`, `-05` at the end).
        mutating func matchZone(afterTime: Bool) -> Zone? {
            if let w = word(pos) {
                if let w2 = word(pos + 1),
                   let phrase = TimeZoneAbbreviations.phrases.first(where: { Array($0.0.utf8) == w && Array($0.1.utf8) == w2 })
                {
                    pos += 2
                    return .offset(phrase.2)
                }
                if let standard = TimeZoneAbbreviations.usGenericTable[w] {
                    pos += 1
                    return .usGeneric(standard: standard)
                }
                if let base = TimeZoneAbbreviations.fixedTable[w] {
                    if w == Array("z".utf8) && !afterTime { return nil }
                    pos += 1
                    if let o = signedOffset(allowShort: true) { return .offset(base + o) }
                    return .offset(base)
                }
                return nil
            }
            if afterTime, let o = signedOffset(allowShort: false) { return .offset(o) }
            return nil
        }

        /// `+08:00`, `+0800`, and with `allowShort` (after a zone word, or at the end of the line) `+8`, `-05`.
        mutating func signedOffset(allowShort: Bool) -> Int? {
            guard let sign = punct(pos, [0x2B, 0x2D]), case .number(let v, let digits) = tokens[safe: pos + 1] else { return nil }
            let s = sign == 0x2D ? -1 : 1
            if digits == 4 {
                guard v / 100 <= 18, v % 100 <= 59 else { return nil }
                pos += 2
                return s * ((v / 100) * 60 + v % 100)
            }
            if digits <= 2, v <= 18 {
                if punct(pos + 2, [0x3A]) != nil, let m = number(pos + 3, digits: 2...2), m <= 59 {
                    pos += 4
                    return s * (v * 60 + m)
                }
                if allowShort || pos + 2 == tokens.count {
                    pos += 2
                    return s * v * 60
                }
            }
            return nil
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        index >= 0 && index < count ? self[index] : nil
    }
}
