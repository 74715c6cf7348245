import DateNormalizer
import Timeline

/// Words an event date the way a reader expects: "December 15, 2015", "Late September 2015",
/// "Week of December 7, 2015", "The 1990s".
///
/// The label is built from the TIMEX3 value and modifier; when the value has a shape labels do not know,
/// it falls back to the calendar interval ("December 7–13, 2015"), so every event gets a label.
///
/// ```swift
/// // "the end of September", in an article dated 2015-12-16:
/// let date = EventDate(value: "2015-09", mod: .end, interval: september2015, granularity: .month)
/// DateLabel.label(for: date)                        // "Late September 2015"
/// DateLabel.label(for: date, style: .withoutYear)   // "Late September", under a "2015" heading
/// ```
public enum DateLabel {
    /// Whether a label names the year.
    public enum Style: Sendable, Hashable, CaseIterable {
        /// "December 15, 2015": for a label that stands alone (exports, tables).
        case full
        /// "December 15": for a label under a heading that already gives the year. Years, decades and
        /// centuries keep their number, since it is all they have.
        case withoutYear
    }

    /// The label of an event date.
    ///
    /// ```swift
    /// // "Tuesday night", dated 2015-12-16:
    /// DateLabel.label(for: EventDate(value: "2015-12-15TNI", interval: tuesday, granularity: .partOfDay))
    /// // "December 15, 2015 (night)"
    /// ```
    ///
    /// - Parameters:
    ///   - date: The event date.
    ///   - style: `.full` (the default) or `.withoutYear`.
    /// - Returns: A label that starts with a capital letter and has no trailing punctuation.
    public static func label(for date: EventDate, style: Style = .full) -> String {
        let phrase = TimexValue(date.value).flatMap { DatePhrase($0, withYear: style == .full) }
            ?? DatePhrase(fallback: date.interval, withYear: style == .full)
        return capitalizingFirst(phrase.modified(by: date.mod))
    }

    /// The year a full label names, when it names exactly one: the value's year, or for a week the
    /// year of its Monday ("Week of December 29, 2014" for `2015-W01`).
    ///
    /// A report uses `.withoutYear` under a year heading only when this matches the heading.
    static func labelYear(for date: EventDate) -> Int? {
        guard let value = TimexValue(date.value) else {
            let last = date.interval.end.adding(days: -1) ?? date.interval.start
            return date.interval.start.year == last.year ? date.interval.start.year : nil
        }
        if case let .week(year, week, _) = value {
            return DatePhrase.monday(ofWeek: week, in: year)?.year
        }
        return value.year
    }

    static func capitalizingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
