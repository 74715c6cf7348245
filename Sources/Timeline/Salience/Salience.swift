import DateNormalizer

/// How prominent an event is: how many articles report it, how many report it afterwards, how
/// often it is mentioned, and how precisely it is dated.
///
/// An event mentioned by articles published after it ("last Tuesday's referendum") is one the
/// coverage keeps returning to, which timeline summarization finds the best sign of a date worth
/// keeping. A week or a month is a weaker anchor than a day.
///
/// ```swift
/// // Reported by 3 articles, 2 of them published later, in 4 sentences, dated to a day:
/// Salience.score(articleCount: 3, mentionCount: 4, laterArticleCount: 2, date: date)   // 4.1
/// ```
public enum Salience {
    /// The salience of an event.
    ///
    /// - Parameters:
    ///   - articleCount: Distinct articles reporting it.
    ///   - mentionCount: Dated statements reporting it (at least `articleCount`).
    ///   - laterArticleCount: Distinct articles published after its days.
    ///   - date: Its date.
    /// - Returns: `(articles + 0.5 × later + 0.1 × extra mentions) × precision`, where precision is
    ///   1 for a day, 0.6 up to a week, 0.45 up to a month and 0.3 beyond.
    public static func score(articleCount: Int, mentionCount: Int, laterArticleCount: Int, date: EventDate) -> Double {
        let base = Double(articleCount) + 0.5 * Double(laterArticleCount) + 0.1 * Double(max(0, mentionCount - articleCount))
        return base * precision(of: date)
    }

    /// How much a date of this length counts, from 1 (a day) down to 0.3 (longer than a month).
    public static func precision(of date: EventDate) -> Double {
        switch date.effectiveInterval.dayCount {
        case ...1: return 1
        case ...7: return 0.6
        case ...31: return 0.45
        default: return 0.3
        }
    }
}
