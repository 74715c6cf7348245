import DateNormalizer

/// A date label in the middle of a sentence ("the week of December 7, 2015"), before any modifier and
/// before its first letter is capitalised.
struct DatePhrase: Hashable {
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
            self.init(bare: DatePhrase.monthDay(year: year, month: month, day: day, withYear: withYear), wording: .onTheDay)
        case let .time(year, month, day, time):
            let dayText = DatePhrase.monthDay(year: year, month: month, day: day, withYear: withYear)
            switch time {
            case let .clock(hour, minute, second):
                var clock = CalendarWords.pad(hour, 2) + ":" + CalendarWords.pad(minute ?? 0, 2)
                if let second { clock += ":" + CalendarWords.pad(second, 2) }
                self.init(bare: dayText + ", " + clock, wording: .startMiddleEnd)
            case let .part(part):
                self.init(bare: dayText + " (\(part.word))", wording: .onTheDay)
            }
        case let .week(year, week, weekend):
            guard let monday = DatePhrase.monday(ofWeek: week, in: year),
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
            let range = DatePhrase.range(from: start, through: last, withYear: withYear)
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
