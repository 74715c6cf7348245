import DateNormalizer

// This file imports DateNormalizer only (no Testing): the libFuzzer harness in Fuzz/DateNormalizer
// compiles it too, so the fuzzer, the property runs and the fuzz-regression test check the same
// invariants.

/// What every result of `Normalizer.mentions(in:reference:)` must satisfy, whatever the text.
///
/// - spans are inside the text (Unicode scalars), non-empty, in order and never overlapping;
/// - `text` is exactly the slice of the input the span covers;
/// - the value is well-formed TIMEX3 for its type (`2015-12-15`, `2015-W50`, `2015-Q3`, `199`,
///   `2015-12-16TNI`, `P2Y`, `PRESENT_REF`, `XXXX-WXX-2`, `2015-12-14/2015-12-18`...), and a date it
///   spells out in full exists (no `2015-02-30`);
/// - an interval is well-formed (`start < end`), comes with a granularity when the value is a date
///   or time, and lies inside the day, month or year its value names (unless a modifier such as
///   APPROX or BEFORE widens it).
enum MentionInvariants {
    /// The first broken invariant, described with the mention that breaks it, or nil.
    static func violation(in text: String, _ mentions: [TemporalMention]) -> String? {
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        for (index, mention) in mentions.enumerated() {
            let label = "mention \(index) \(mention.span) '\(mention.text)' \(mention.timex.type.rawValue) \(mention.timex.value)"
            let span = mention.span
            guard span.lowerBound >= 0, span.lowerBound < span.upperBound, span.upperBound <= scalars.count else {
                return "\(label): span out of bounds or empty (the text has \(scalars.count) scalars)"
            }
            guard span.lowerBound >= previousEnd else { return "\(label): overlaps or precedes the mention before it" }
            previousEnd = span.upperBound
            let slice = String(String.UnicodeScalarView(scalars[span]))
            guard slice == mention.text else { return "\(label): text is not the slice '\(slice)'" }
            if let problem = TimexCheck.problem(mention.timex) { return "\(label): \(problem)" }
        }
        return nil
    }
}

/// Well-formedness of one `Timex`.
enum TimexCheck {
    static func problem(_ timex: Timex) -> String? {
        let value = timex.value
        guard !value.isEmpty, value.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 }) else {
            return "value is empty or not plain ASCII"
        }
        switch timex.type {
        case .duration:
            guard isDuration(value) || isReference(value) else { return "not a duration value" }
        case .set:
            guard isDuration(value) || isDateOrRange(value) else { return "not a set value" }
        case .date, .time:
            guard isReference(value) || isDateOrRange(value) || isDuration(value) else { return "not a date value" }
        }
        if let interval = timex.interval {
            guard interval.start < interval.end else { return "interval \(interval) is empty or reversed" }
            // A duration anchored by its context ("the next 3 days") and PRESENT_REF ("now") cover days
            // without naming a calendar unit; a date or time always names one.
            if timex.type == .date || timex.type == .time, !isReference(value), timex.granularity == nil {
                return "interval without granularity"
            }
            if let period = period(named: value) {
                switch timex.mod {
                case nil, .start?, .mid?, .end?:
                    // "earlier this year" is 2015 narrowed to the days before the reference; a time of
                    // day may reach past midnight ("tonight") but starts on its day.
                    if value.contains("T") {
                        guard period.contains(CalendarInterval(day: interval.start)) else {
                            return "interval \(interval) does not start on \(period.start)"
                        }
                    } else if !period.contains(interval) {
                        return "interval \(interval) is not inside the period \(period) its value names"
                    }
                default:
                    break
                }
            }
        }
        return nil
    }

    static func isReference(_ v: String) -> Bool {
        v == "PRESENT_REF" || v == "PAST_REF" || v == "FUTURE_REF"
    }

    /// `P2Y`, `P1.5Y`, `PXD`, `P1Y6M`, `PT5H`, `PT2H30M`, `P2DE` (decades), `P1CE` (centuries).
    static func isDuration(_ v: String) -> Bool {
        var u = Array(v.utf8)[...]
        guard u.popFirst() == UInt8(ascii: "P"), !u.isEmpty else { return false }
        var inTime = false
        var parts = 0
        while !u.isEmpty {
            if u.first == UInt8(ascii: "T") {
                guard !inTime else { return false }
                inTime = true
                u = u.dropFirst()
                continue
            }
            var amount = 0
            if u.first == UInt8(ascii: "X") {
                u = u.dropFirst()
                amount = 1
            } else {
                while let b = u.first, (b >= 48 && b <= 57) || b == UInt8(ascii: ".") {
                    amount += 1
                    u = u.dropFirst()
                }
            }
            guard amount > 0 else { return false }
            let units: [String] = inTime ? ["H", "M", "S"] : ["CE", "DE", "Y", "Q", "M", "W", "D", "H"]
            guard let unit = units.first(where: { u.starts(with: $0.utf8) }) else { return false }
            u = u.dropFirst(unit.utf8.count)
            parts += 1
        }
        return parts > 0
    }

    /// A date value, or two joined by `/` (a range).
    static func isDateOrRange(_ v: String) -> Bool {
        let sides = v.split(separator: "/", omittingEmptySubsequences: false)
        switch sides.count {
        case 1: return isDate(sides[0])
        case 2: return isDate(sides[0]) && isDate(sides[1])
        default: return false
        }
    }

    /// `YYYY`, `YYY` (decade), `YY` (century), with `X` for unknown digits; then optionally `-MM`, `-Wnn`,
    /// `-Qn`, `-Hn` or a season; then `-DD`, `-WE` or a weekday digit; then `T` and a time or part of day.
    static func isDate(_ s: Substring) -> Bool {
        var rest = s
        var time: Substring?
        if let t = rest.firstIndex(of: "T") {
            time = rest[rest.index(after: t)...]
            rest = rest[..<t]
        }
        let fields = rest.split(separator: "-", omittingEmptySubsequences: false)
        guard let yearField = fields.first, (2...4).contains(yearField.count),
              yearField.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "X") })
        else { return false }
        let year = Int(yearField)
        if fields.count > 1 {
            guard yearField.count == 4, fields.count <= 3 else { return false }
            let second = fields[1]
            var month: Int?
            var isWeek = false
            if second == "XX" {
                month = nil
            } else if let m = Int(second), second.count == 2 {
                guard (1...12).contains(m) else { return false }
                month = m
            } else if ["SP", "SU", "FA", "WI"].contains(String(second)) {
                guard fields.count == 2 else { return false }
            } else if second.first == "W" {
                let n = second.dropFirst()
                guard n == "XX" || (n.count == 2 && Int(n).map { (1...53).contains($0) } == true) else { return false }
                isWeek = true
            } else if second.count == 2, second.first == "Q" || second.first == "H" {
                let limit = second.first == "Q" ? 4 : 2
                let n = second.dropFirst()
                guard n == "X" || Int(n).map({ (1...limit).contains($0) }) == true, fields.count == 2 else { return false }
            } else {
                return false
            }
            if fields.count == 3 {
                let third = fields[2]
                if isWeek {
                    guard third == "WE" || (third.count == 1 && Int(third).map { (1...7).contains($0) } == true) else { return false }
                } else if third == "XX" {
                    // unknown day
                } else if let d = Int(third), third.count == 2 {
                    if let month {
                        // With the year unknown, the day must exist in some year (2000 is a leap year).
                        guard CivilDate(year: year ?? 2000, month: month, day: d) != nil else { return false }
                    } else {
                        guard (1...31).contains(d) else { return false }
                    }
                } else {
                    return false
                }
            }
        }
        guard let time else { return true }
        if ["MO", "MI", "AF", "EV", "NI", "DT"].contains(String(time)) { return true }
        // "in two hours" without a clock on the reference: a time of that day, its hour unknown.
        if time == "XX:XX" { return true }
        let clock = time.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(clock.count), clock.allSatisfy({ $0.count == 2 && Int($0) != nil }),
              let h = Int(clock[0]), let m = Int(clock[1]), h <= 24, m <= 59
        else { return false }
        return clock.count == 2 || (Int(clock[2]) ?? 99) <= 60
    }

    /// The days a fully numeric `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (optionally with a time) value names.
    static func period(named value: String) -> CalendarInterval? {
        let date = value.split(separator: "T", maxSplits: 1).first ?? ""
        let fields = date.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }), fields.first?.count == 4,
              let year = Int(fields[0])
        else { return nil }
        switch fields.count {
        case 1:
            guard let start = CivilDate(year: year, month: 1, day: 1) else { return nil }
            return CivilDate(year: year + 1, month: 1, day: 1).flatMap { CalendarInterval(start: start, end: $0) }
        case 2:
            guard fields[1].count == 2, let month = Int(fields[1]), let start = CivilDate(year: year, month: month, day: 1) else { return nil }
            return start.adding(months: 1).flatMap { CalendarInterval(start: start, end: $0) }
        case 3:
            guard fields[1].count == 2, fields[2].count == 2, let month = Int(fields[1]), let day = Int(fields[2]),
                  let start = CivilDate(year: year, month: month, day: day)
            else { return nil }
            return CalendarInterval(day: start)
        default:
            return nil
        }
    }
}

/// How the fuzzer's bytes become a normalizer call: byte 0 holds flags (bit 0: day-first dates; bit
/// 1: no reference), bytes 1-2 a signed day offset from 2015-12-16 (±89 years), the rest is the text
/// (invalid UTF-8 replaced, as a decoder would). Inputs shorter than 3 bytes are text read with the
/// defaults.
struct NormalizerFuzzInput {
    var text: String
    var reference: Reference?
    var options: Normalizer.Options

    static let base = CivilDate(year: 2015, month: 12, day: 16)!

    init(_ bytes: [UInt8]) {
        guard bytes.count >= 3 else {
            text = String(decoding: bytes, as: UTF8.self)
            reference = Reference(date: Self.base)
            options = .init()
            return
        }
        let flags = bytes[0]
        let offset = Int(Int16(bitPattern: UInt16(bytes[1]) << 8 | UInt16(bytes[2])))
        text = String(decoding: bytes[3...], as: UTF8.self)
        options = .init(dateOrder: flags & 1 == 0 ? .mdy : .dmy)
        reference = flags & 2 == 0 ? Reference(date: Self.base.adding(days: offset) ?? Self.base) : nil
    }

    /// The bytes for `text` read at the default reference, month first: how fixtures seed the corpus.
    static func seed(_ text: String) -> [UInt8] { [0, 0, 0] + Array(text.utf8) }
}
