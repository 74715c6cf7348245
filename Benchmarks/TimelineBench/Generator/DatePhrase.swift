import DateNormalizer

/// How a reporter writes the date of an event relative to the day the article is published: a
/// weekday for the last few days, "last week", a month and day within the year, a full date or a
/// year for older events; and, for what is still to come, "next week" or "on Friday".
enum DatePhrase {
    /// The phrase for a past event on `day`, in an article published on `published` (day numbers).
    static func past(_ day: Int, published: Int, random: inout SeededRandom) -> String {
        guard let date = CivilDate(dayNumber: day), let now = CivilDate(dayNumber: published) else { return "recently" }
        let delta = published - day
        let weekday = Vocabulary.weekdays[date.weekday - 1]
        let month = Vocabulary.months[date.month - 1]
        let short = Vocabulary.monthAbbreviations[date.month - 1]
        switch delta {
        case ...0:
            return random.pick(["on \(weekday)", "earlier on \(weekday)", "on \(weekday) morning", "today"])
        case 1:
            return random.pick(["yesterday", "on \(weekday)", "late on \(weekday)"])
        case 2...6:
            return random.pick(["on \(weekday)", "on \(weekday) evening", "on \(weekday)"])
        case 7...13:
            return random.pick(["last week", "on \(short) \(date.day)", "on \(weekday), \(short) \(date.day)"])
        case 14...45:
            var options = ["on \(short) \(date.day)", "on \(month) \(date.day)", "\(Vocabulary.countWords[min(4, delta / 7 - 2)]) weeks ago"]
            if date.month == now.month && date.year == now.year { options.append("earlier this month") }
            return random.pick(options)
        default:
            if date.year == now.year {
                var options = ["on \(month) \(date.day)", "in \(month)", "on \(short) \(date.day)"]
                if date.day >= 21 { options.append("at the end of \(month)") }
                if date.day <= 10 { options.append("in early \(month)") }
                return random.pick(options)
            }
            return random.pick([
                "on \(month) \(date.day), \(date.year)", "in \(month) \(date.year)", "on \(short) \(date.day), \(date.year)",
                "in \(date.year)",
            ])
        }
    }

    /// A phrase for something expected after `published`.
    static func future(published: Int, random: inout SeededRandom) -> String {
        guard let now = CivilDate(dayNumber: published) else { return "soon" }
        let ahead = random.within(2...6)
        let weekday = Vocabulary.weekdays[(now.weekday - 1 + ahead) % 7]
        let nextMonth = Vocabulary.months[now.month % 12]
        return random.pick(["next week", "on \(weekday)", "next month", "by the end of \(nextMonth)", "in \(nextMonth)"])
    }
}
