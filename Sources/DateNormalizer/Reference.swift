/// The moment a text is anchored to: an article's publication date-time (its dateline).
///
/// Relative expressions ("Tuesday", "last week", "two years ago") are resolved against it.
/// Only the date is required; the time and UTC offset are kept when the source gives them.
///
/// ```swift
/// let reference = Reference(parsing: "2015-12-16T09:37:00+08:00")!
/// reference.date          // 2015-12-16
/// reference.utcOffset     // 480 (minutes east of UTC)
/// ```
public struct Reference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The calendar day.
    public var date: CivilDate
    /// Hour 0...23, when known.
    public var hour: Int?
    /// Minute 0...59, when known.
    public var minute: Int?
    /// Second 0...59, when known.
    public var second: Int?
    /// Minutes east of UTC, when the source states a zone (`Z` is 0).
    public var utcOffset: Int?

    /// Creates a reference from its parts; out-of-range time parts are dropped.
    public init(date: CivilDate, hour: Int? = nil, minute: Int? = nil, second: Int? = nil, utcOffset: Int? = nil) {
        self.date = date
        if let hour, (0...23).contains(hour) {
            self.hour = hour
            if let minute, (0...59).contains(minute) {
                self.minute = minute
                if let second, (0...60).contains(second) { self.second = min(second, 59) }
            }
        }
        if let utcOffset, abs(utcOffset) <= 18 * 60 { self.utcOffset = utcOffset }
    }

    /// Parses `YYYY-MM-DD`, optionally followed by `THH:MM`, `:SS`, fractional seconds and a zone
    /// (`Z`, `+08:00`, `+0800`, `-05`); a space may stand for the `T`. Returns nil for anything else.
    public init?(parsing text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count >= 10, let date = CivilDate(iso: String(decoding: u[0..<10], as: UTF8.self)) else { return nil }
        var i = 10
        func two(_ at: Int) -> Int? {
            guard at + 2 <= u.count else { return nil }
            return CivilDate.digits(u[at..<at + 2])
        }
        var hour: Int?, minute: Int?, second: Int?, offset: Int?
        if i < u.count, u[i] == UInt8(ascii: "T") || u[i] == UInt8(ascii: " ") {
            guard let h = two(i + 1), i + 3 < u.count, u[i + 3] == UInt8(ascii: ":"), let m = two(i + 4),
                  h <= 23, m <= 59
            else { return nil }
            hour = h
            minute = m
            i += 6
            if i < u.count, u[i] == UInt8(ascii: ":") {
                guard let s = two(i + 1), s <= 60 else { return nil }
                second = s
                i += 3
                if i < u.count, u[i] == UInt8(ascii: ".") || u[i] == UInt8(ascii: ",") {
                    i += 1
                    while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1 }
                }
            }
            if i < u.count, u[i] == UInt8(ascii: " ") { i += 1 }
            if i < u.count {
                if u[i] == UInt8(ascii: "Z") {
                    offset = 0
                    i += 1
                } else if u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-") {
                    let sign = u[i] == UInt8(ascii: "-") ? -1 : 1
                    guard let oh = two(i + 1), oh <= 18 else { return nil }
                    var om = 0
                    i += 3
                    if i < u.count, u[i] == UInt8(ascii: ":") { i += 1 }
                    if let mm = two(i), mm <= 59 { om = mm; i += 2 }
                    offset = sign * (oh * 60 + om)
                }
            }
        }
        guard i == u.count else { return nil }
        self.init(date: date, hour: hour, minute: minute, second: second, utcOffset: offset)
    }

    /// `YYYY-MM-DD`, then `THH:MM[:SS]` and `±HH:MM`/`Z` when known.
    public var description: String {
        var s = date.description
        if let hour, let minute {
            s += "T" + CivilDate.pad(hour, 2) + ":" + CivilDate.pad(minute, 2)
            if let second { s += ":" + CivilDate.pad(second, 2) }
            if let utcOffset {
                if utcOffset == 0 {
                    s += "Z"
                } else {
                    s += (utcOffset < 0 ? "-" : "+") + CivilDate.pad(abs(utcOffset) / 60, 2) + ":" + CivilDate.pad(abs(utcOffset) % 60, 2)
                }
            }
        }
        return s
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let reference = Reference(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a reference date: \(text)"))
        }
        self = reference
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
