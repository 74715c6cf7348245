import DateNormalizer

/// Reads the publication date given as a metadata value: a JSON `published` field, an HTML
/// `article:published_time`, a front-matter `date`.
///
/// ISO 8601 (`2015-12-16`, `2015-12-16T09:37:00+08:00`, `2015-12-16 09:37:00.000Z`) is read directly;
/// anything else goes through `DatelineParser` (`Wed, 16 Dec 2015 09:37:00 +0000`, `December 16, 2015`).
/// Numbers are Unix times in seconds, or milliseconds when they are that large.
enum PublishedDate {
    static func parse(_ text: ArraySlice<UInt8>) -> Dateline? {
        let t = Bytes.trimmed(text)
        guard !t.isEmpty, t.count <= 160 else { return nil }
        if let first = t.first, Bytes.isDigit(first), let reference = Reference(parsing: Bytes.string(t)) {
            return Dateline(reference: reference, kind: .published)
        }
        if t.allSatisfy(Bytes.isDigit), let seconds = Double(Bytes.string(t)) { return fromEpoch(seconds) }
        guard var dateline = DatelineParser.parse(t) else { return nil }
        if dateline.kind == .unlabeled { dateline.kind = .published }
        return dateline
    }

    static func parse(_ text: String) -> Dateline? { parse(Array(text.utf8)[...]) }

    /// A Unix time (UTC), in seconds or, above 10^11, milliseconds; nil past 9999-12-31, where no
    /// date exists (and a number of 20 digits would not even fit in an `Int`).
    static func fromEpoch(_ value: Double) -> Dateline? {
        guard value.isFinite, value > 0 else { return nil }
        let exact = value > 1e11 ? value / 1000 : value
        guard exact < lastSecond else { return nil }
        let seconds = Int(exact)
        let day = seconds / 86_400
        let rest = seconds % 86_400
        guard let date = CivilDate(dayNumber: day) else { return nil }
        let reference = Reference(date: date, hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60, utcOffset: 0)
        return Dateline(reference: reference, kind: .published)
    }

    /// 10000-01-01T00:00:00Z as a Unix time: the first second no ``CivilDate`` can name.
    static let lastSecond = 253_402_300_800.0
}
