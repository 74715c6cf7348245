/// Weekday names and abbreviations, ISO numbered (Monday = 1).
///
/// "sun", "sat" and "wed" are also ordinary words ("The Sun", "sat down", "they wed"): latent.
enum Weekdays {
    /// (spelling, ISO weekday, latent)
    static let spellings: [(String, Int, Bool)] = [
        ("monday", 1, false), ("mon", 1, true),
        ("tuesday", 2, false), ("tue", 2, false), ("tues", 2, false),
        ("wednesday", 3, false), ("wed", 3, true), ("weds", 3, false),
        ("thursday", 4, false), ("thu", 4, false), ("thur", 4, false), ("thurs", 4, false),
        ("friday", 5, false), ("fri", 5, false),
        ("saturday", 6, false), ("sat", 6, true),
        ("sunday", 7, false), ("sun", 7, true),
    ]

    static let dotted = ["mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"]

    static let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
