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
        let phrase = TimexValue(date.value).flatMap { Phrase($0, withYear: style == .full) }
            ?? Phrase(fallback: date.interval, withYear: style == .full)
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
            return Phrase.monday(ofWeek: week, in: year)?.year
        }
        return value.year
    }

    static func capitalizingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

/// A date label in the middle of a sentence ("the week of December 7, 2015"), before any modifier and
/// before its first letter is capitalised.
struct Phrase: Hashable {
    /// How START, MID and END are worded for this kind of period.
    enum PartWording: Hashable {
        /// "early September 2015", "mid-2015", "late summer 2015".
        case earlyMidLate
        /// "the early 1990s", "the mid-20th century": `core` carries the words after "the".
        case theEarlyMidLate
        /// "early on December 15, 2015", "late on December 15, 2015 (night)".
        case onTheDay
        /// "start of Q3 2015", "end of the week of December 7, 2015".
        case startMiddleEnd
    }

    /// The phrase alone, as a label: "week of December 7, 2015", "summer 2015".
    var bare: String
    /// The phrase after a preposition: "the week of December 7, 2015".
    var determined: String
    /// For `.theEarlyMidLate`, the phrase without "the": "1990s".
    var core: String
    var wording: PartWording

    init(bare: String, determined: String? = nil, core: String? = nil, wording: PartWording) {
        self.bare = bare
        self.determined = determined ?? bare
        self.core = core ?? bare
        self.wording = wording
    }

    /// The phrase for a parsed value, or nil when the value names an impossible date.
    init?(_ value: TimexValue, withYear: Bool) {
        switch value {
        case let .day(year, month, day):
            self.init(bare: Phrase.monthDay(year: year, month: month, day: day, withYear: withYear), wording: .onTheDay)
        case let .time(year, month, day, time):
            let dayText = Phrase.monthDay(year: year, month: month, day: day, withYear: withYear)
            switch time {
            case let .clock(hour, minute, second):
                var clock = CalendarWords.pad(hour, 2) + ":" + CalendarWords.pad(minute ?? 0, 2)
                if let second { clock += ":" + CalendarWords.pad(second, 2) }
                self.init(bare: dayText + ", " + clock, wording: .startMiddleEnd)
            case let .part(part):
                self.init(bare: dayText + " (\(part.word))", wording: .onTheDay)
            }
        case let .week(year, week, weekend):
            guard let monday = Phrase.monday(ofWeek: week, in: year),
                  let day = monday.adding(days: weekend ? 5 : 0)
            else { return nil }
            let bare = (weekend ? "weekend of " : "week of ") + CalendarWords.day(day, withYear: withYear)
            self.init(bare: bare, determined: "the " + bare, wording: .startMiddleEnd)
        case let .month(year, month):
            let name = CalendarWords.month(month)
            self.init(bare: withYear && year != nil ? name + " \(year ?? 0)" : name, wording: .earlyMidLate)
        case let .season(year, season):
            self.init(bare: withYear ? season.word + " \(year)" : season.word, wording: .earlyMidLate)
        case let .quarter(year, quarter):
            self.init(bare: withYear ? "Q\(quarter) \(year)" : "Q\(quarter)", wording: .startMiddleEnd)
        case let .half(year, half):
            let bare = (half == 1 ? "first half of " : "second half of ") + (withYear ? "\(year)" : "the year")
            self.init(bare: bare, determined: "the " + bare, wording: .startMiddleEnd)
        case let .year(year):
            self.init(bare: "\(year)", wording: .earlyMidLate)
        case let .decade(decade):
            let core = "\(decade * 10)s"
            self.init(bare: "the " + core, core: core, wording: .theEarlyMidLate)
        case let .century(century):
            let core = CalendarWords.ordinal(century + 1) + " century"
            self.init(bare: "the " + core, core: core, wording: .theEarlyMidLate)
        }
    }

    /// The phrase for a bare interval: one day, a whole month or year, or a range of days.
    init(fallback interval: CalendarInterval, withYear: Bool) {
        let start = interval.start
        let last = interval.end.adding(days: -1) ?? start
        if start == last {
            self.init(bare: CalendarWords.day(start, withYear: withYear), wording: .onTheDay)
        } else if start.day == 1, interval.end.day == 1, start.month == 1, interval.end.month == 1,
                  interval.end.year == start.year + 1
        {
            self.init(bare: "\(start.year)", wording: .earlyMidLate)
        } else if start.day == 1, interval.end.day == 1, start.adding(months: 1) == interval.end {
            let name = CalendarWords.month(start.month)
            self.init(bare: withYear ? name + " \(start.year)" : name, wording: .earlyMidLate)
        } else {
            let range = Phrase.range(from: start, through: last, withYear: withYear)
            self.init(bare: range, determined: "the period " + range, wording: .startMiddleEnd)
        }
    }

    /// The phrase with a TIMEX3 modifier applied ("late September 2015", "before the 1990s").
    func modified(by mod: TimexMod?) -> String {
        guard let mod else { return bare }
        switch mod {
        case .start: return part("early", "start of")
        case .mid: return part("mid", "middle of")
        case .end: return part("late", "end of")
        case .approx: return "about " + determined
        case .before, .lessThan: return "before " + determined
        case .after, .moreThan: return "after " + determined
        case .onOrBefore, .equalOrLess: return "on or before " + determined
        case .onOrAfter, .equalOrMore: return "on or after " + determined
        }
    }

    private func part(_ adjective: String, _ noun: String) -> String {
        let joined = adjective == "mid" ? "mid-" : adjective + " "
        switch wording {
        case .earlyMidLate: return joined + bare
        case .theEarlyMidLate: return "the " + joined + core
        case .onTheDay: return (adjective == "mid" ? "midday" : adjective) + " on " + bare
        case .startMiddleEnd: return noun + " " + determined
        }
    }

    // MARK: - Pieces

    static func monthDay(year: Int?, month: Int, day: Int, withYear: Bool) -> String {
        let text = CalendarWords.month(month) + " \(day)"
        guard withYear, let year else { return text }
        return text + ", \(year)"
    }

    /// "December 7–13, 2015", "November 30 – December 6, 2015", "December 28, 2015 – January 3, 2016".
    static func range(from start: CivilDate, through last: CivilDate, withYear: Bool) -> String {
        if start.year == last.year {
            let suffix = withYear ? ", \(start.year)" : ""
            if start.month == last.month {
                return CalendarWords.month(start.month) + " \(start.day)–\(last.day)" + suffix
            }
            return CalendarWords.day(start, withYear: false) + " – " + CalendarWords.day(last, withYear: false) + suffix
        }
        return CalendarWords.day(start) + " – " + CalendarWords.day(last)
    }

    /// The Monday of ISO week `week` of `year` (week 1 holds January 4).
    static func monday(ofWeek week: Int, in year: Int) -> CivilDate? {
        guard let january4 = CivilDate(year: year, month: 1, day: 4) else { return nil }
        return january4.adding(days: 7 * (week - 1) - (january4.weekday - 1))
    }
}
