/// Month names and abbreviations.
///
/// Latent spellings are also common English words ("may", "march", "mar") or names ("Jan"); the
/// grammar takes them as months only next to a day, a year or a temporal word ("in May", "May 4").
enum Months {
    /// (spelling, month 1...12, latent)
    static let spellings: [(String, Int, Bool)] = [
        ("january", 1, false), ("jan", 1, true),
        ("february", 2, false), ("feb", 2, false), ("febr", 2, false),
        ("march", 3, true), ("mar", 3, true),
        ("april", 4, false), ("apr", 4, false),
        ("may", 5, true),
        ("june", 6, false), ("jun", 6, false),
        ("july", 7, false), ("jul", 7, false),
        ("august", 8, false), ("aug", 8, false),
        ("september", 9, false), ("sep", 9, false), ("sept", 9, false),
        ("october", 10, false), ("oct", 10, false),
        ("november", 11, false), ("nov", 11, false),
        ("december", 12, false), ("dec", 12, false),
    ]

    /// Abbreviations written with a dot in news copy (`Nov.`, `Sept.`).
    static let dotted = ["jan", "feb", "febr", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    /// English names, for values and traces.
    static let names = ["January", "February", "March", "April", "May", "June", "July", "August",
                        "September", "October", "November", "December"]
}
