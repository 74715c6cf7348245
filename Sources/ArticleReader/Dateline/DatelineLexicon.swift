/// The month and weekday words that appear in publication datelines (`Dec. 16, 2015`,
/// `Wed 16 Dec 2015`), as plain tables.
///
/// This is the reader's own small table, kept apart from DateNormalizer's grammar: a dateline is a
/// line of its own in a fixed shape, not running text. Spellings are lowercase, without the dot; the
/// tokenizer strips dots before looking words up, so `Dec.`, `Dec` and `DEC` all match `dec`.
enum DatelineLexicon {
    /// `(spelling, month number)`.
    static let months: [(String, Int)] = [
        ("january", 1), ("jan", 1),
        ("february", 2), ("feb", 2),
        ("march", 3), ("mar", 3),
        ("april", 4), ("apr", 4),
        ("may", 5),
        ("june", 6), ("jun", 6),
        ("july", 7), ("jul", 7),
        ("august", 8), ("aug", 8),
        ("september", 9), ("sept", 9), ("sep", 9),
        ("october", 10), ("oct", 10),
        ("november", 11), ("nov", 11),
        ("december", 12), ("dec", 12),
    ]

    /// `(spelling, ISO weekday)`: Monday = 1 ... Sunday = 7.
    static let weekdays: [(String, Int)] = [
        ("monday", 1), ("mon", 1),
        ("tuesday", 2), ("tue", 2), ("tues", 2),
        ("wednesday", 3), ("wed", 3),
        ("thursday", 4), ("thu", 4), ("thur", 4), ("thurs", 4),
        ("friday", 5), ("fri", 5),
        ("saturday", 6), ("sat", 6),
        ("sunday", 7), ("sun", 7),
    ]

    /// Words that introduce a dateline and say which date it is (`Updated:`, `First published on`).
    /// `published` dates are preferred over `updated` ones when a header gives both.
    static let labels: [(String, DatelineKind)] = [
        ("published", .published), ("posted", .published), ("first", .published), ("date", .published),
        ("dated", .published), ("released", .published), ("created", .published), ("issued", .published),
        ("publication", .published), ("pub", .published), ("originally", .published), ("filed", .published),
        ("updated", .updated), ("update", .updated), ("last", .updated), ("modified", .updated),
        ("edited", .updated), ("revised", .updated),
    ]

    /// Small words allowed between the parts of a dateline (`Published on ...`, `December 16, 2015 at 9:37`).
    static let fillers: Set<String> = ["on", "at", "the", "of", "time"]

    static let monthTable: [[UInt8]: Int] = table(months)
    static let weekdayTable: [[UInt8]: Int] = table(weekdays)
    static let labelTable: [[UInt8]: DatelineKind] = Dictionary(labels.map { (Array($0.0.utf8), $0.1) }, uniquingKeysWith: { a, _ in a })
    static let fillerTable: Set<[UInt8]> = Set(fillers.map { Array($0.utf8) })

    private static func table(_ rows: [(String, Int)]) -> [[UInt8]: Int] {
        Dictionary(rows.map { (Array($0.0.utf8), $0.1) }, uniquingKeysWith: { a, _ in a })
    }
}
