import DateNormalizer

/// How prominent an event is: how many articles report it, how many report it afterwards, how
/// often it is mentioned, how much the coverage dates other things to its day, and how precisely it
/// is dated.
///
/// An event mentioned by articles published after it ("last Tuesday's referendum") is one the
/// coverage keeps returning to, and a day many articles refer to is a day that mattered; timeline
/// summarization finds both the best signs of a date worth keeping. A week or a month is a weaker
/// anchor than a day. Weights were tuned on Timeline17 date selection.
///
/// ```swift
/// // Reported by 3 articles, 2 of them published later, in 4 sentences, on a day 5 articles date
/// // things to, dated to a day: 3 + 0.75 × 2 + 0.1 × 1 + 0.3 × 2 = 5.2
/// Salience.score(articleCount: 3, mentionCount: 4, laterArticleCount: 2, dateArticleCount: 5, date: day)
/// ```
public enum Salience {
    /// The weight of each article published after the event.
    static let laterWeight = 0.75
    /// The weight of each mention beyond one per article.
    static let extraMentionWeight = 0.1
    /// The weight of each other article dating something else to the same day.
    static let sameDateWeight = 0.3

    /// The salience of an event.
    ///
    /// - Parameters:
    ///   - articleCount: Distinct articles reporting it.
    ///   - mentionCount: Dated statements reporting it (at least `articleCount`).
    ///   - laterArticleCount: Distinct articles published after its days.
    ///   - dateArticleCount: Distinct articles dating anything to its day or period (at least `articleCount`).
    ///   - date: Its date.
    /// - Returns: `(articles + 0.75 × later + 0.1 × extra mentions + 0.3 × other articles on the date)
    ///   × precision`, where precision is 1 for a day, 0.6 up to a week, 0.45 up to a month and 0.3 beyond.
    public static func score(
        articleCount: Int, mentionCount: Int, laterArticleCount: Int, dateArticleCount: Int, date: EventDate
    ) -> Double {
        let base = Double(articleCount) + laterWeight * Double(laterArticleCount)
            + extraMentionWeight * Double(max(0, mentionCount - articleCount))
            + sameDateWeight * Double(max(0, dateArticleCount - articleCount))
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
