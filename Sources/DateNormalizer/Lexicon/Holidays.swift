/// Holidays news mentions, fixed and computed, with every spelling we read.
///
/// A holiday is one row: its name (used in rule names and traces), its spellings (lower case, words
/// separated by spaces, apostrophes kept) and how to find its date in a given year.
struct Holiday: Sendable {
    enum Rule: Sendable {
        /// The same day every year (Christmas: 12-25).
        case fixed(month: Int, day: Int)
        /// The n-th weekday of a month; n = -1 is the last (Thanksgiving: 4th Thursday of November).
        case nthWeekday(Int, weekday: Int, month: Int)
        /// Days after (Western) Easter Sunday (Good Friday: -2).
        case easter(Int)
        /// Days after Orthodox Easter Sunday.
        case orthodoxEaster(Int)
        /// Days after the n-th weekday of a month (Black Friday: Thanksgiving + 1).
        case afterNthWeekday(Int, weekday: Int, month: Int, days: Int)
        /// A fixed day moved to the nearest weekday when it falls on a weekend (Boss's Day).
        case nearestWeekday(month: Int, day: Int)
        /// A fixed day moved one day earlier when it falls on a Sunday (King's Day).
        case fixedUnlessSunday(month: Int, day: Int)
        /// A span of days from Easter (Lent: Ash Wednesday to Easter Sunday).
        case easterSpan(Int, Int)
        case orthodoxEasterSpan(Int, Int)
        /// A day of the Hebrew calendar (month 1 = Nisan ... 7 = Tishrei), and how many days it lasts.
        case hebrew(month: Int, day: Int, length: Int)
        /// Chinese New Year: the second new moon after the winter solstice, China time.
        case chineseNewYear
        /// A day of the Islamic calendar and how many days it lasts.
        case islamic(month: Int, day: Int, length: Int)
        /// A whole month of the Islamic calendar (Ramadan: 29 or 30 days).
        case islamicMonth(Int)
        /// The last Friday before the month after `month` begins (Jumu'atul-Wida: the last Friday of Ramadan).
        case lastFridayOfIslamicMonth(Int)
        /// An Israeli memorial day moved off the weekend: Yom HaShoah (Nisan 27) and Yom HaAtzmaut (Iyar 5).
        case israeli(atzmaut: Bool)
        /// A tithi of an amanta lunar month (0 = Chaitra), observed at a moment of the day, lasting `length` days.
        case hindu(month: Int, tithi: Int, at: HinduCalendar.Moment, length: Int, shift: Int = 0)
        /// The day the sun enters a sidereal sign (Makar Sankranti: Capricorn, 270°), plus `days`.
        case sankranti(longitude: Double, days: Int)
        /// The first day on which, early in the morning (India), the sun is in a sidereal sign (0 = Aries) and the
        /// moon in a nakshatra (1 = Ashvini ... 22 = Shravana): Onam is Shravana in Leo (Chingam).
        case nakshatra(sign: Int, nakshatra: Int)
        /// The first day of the Shahenshahi Parsi year: 365 days, no leap year, so a day earlier every four years.
        case parsiNewYear
    }

    let name: String
    let spellings: [String]
    let rule: Rule
    /// Whether a place has the holiday's name, and news means the place far more often ("Corpus
    /// Christi", Texas): the bare name is then the holiday only where a date is expected ("on
    /// Corpus Christi", "the Corpus Christi procession"). See `Plausibility`.
    let namesAPlace: Bool

    init(_ name: String, _ spellings: [String], _ rule: Rule, namesAPlace: Bool = false) {
        self.name = name
        self.spellings = spellings
        self.rule = rule
        self.namesAPlace = namesAPlace
    }

    /// Every occurrence starting in `year` (an Islamic holiday can fall twice in one Gregorian year).
    func intervals(in year: Int) -> [CalendarInterval] {
        switch rule {
        case .islamic(let m, let d, let length):
            return IslamicCalendar.dates(gregorianYear: year, month: m, day: d).compactMap { start in
                start.adding(days: length).flatMap { CalendarInterval(start: start, end: $0) }
            }
        case .islamicMonth(let m):
            return IslamicCalendar.months(gregorianYear: year, month: m)
        case .lastFridayOfIslamicMonth(let m):
            // the months that end in `year`: look at those starting in it and the year before
            return (IslamicCalendar.months(gregorianYear: year - 1, month: m) + IslamicCalendar.months(gregorianYear: year, month: m))
                .compactMap { month -> CalendarInterval? in
                    guard let last = month.end.adding(days: -1), let friday = last.adding(days: -((last.weekday - 5 + 7) % 7)),
                          friday.year == year else { return nil }
                    return CalendarInterval(day: friday)
                }
        default:
            return interval(in: year).map { [$0] } ?? []
        }
    }

    /// The days the holiday covers in `year` (the first occurrence), or nil when it cannot be computed.
    func interval(in year: Int) -> CalendarInterval? {
        func day(_ d: CivilDate?) -> CalendarInterval? { d.map { CalendarInterval(day: $0) } }
        func span(_ from: CivilDate?, _ days: Int) -> CalendarInterval? {
            guard let from, let end = from.adding(days: days) else { return nil }
            return CalendarInterval(start: from, end: end)
        }
        switch rule {
        case .fixed(let m, let d):
            return day(CivilDate(year: year, month: m, day: d))
        case .nthWeekday(let n, let w, let m):
            return day(Holiday.nthWeekday(n, w, m, year))
        case .afterNthWeekday(let n, let w, let m, let k):
            return day(Holiday.nthWeekday(n, w, m, year)?.adding(days: k))
        case .easter(let k):
            return day(Computus.easter(year)?.adding(days: k))
        case .orthodoxEaster(let k):
            return day(Computus.orthodoxEaster(year)?.adding(days: k))
        case .easterSpan(let a, let b):
            return span(Computus.easter(year)?.adding(days: a), b - a)
        case .orthodoxEasterSpan(let a, let b):
            return span(Computus.orthodoxEaster(year)?.adding(days: a), b - a)
        case .nearestWeekday(let m, let d):
            guard let date = CivilDate(year: year, month: m, day: d) else { return nil }
            switch date.weekday {
            case 6: return day(date.adding(days: -1))
            case 7: return day(date.adding(days: 1))
            default: return day(date)
            }
        case .fixedUnlessSunday(let m, let d):
            guard let date = CivilDate(year: year, month: m, day: d) else { return nil }
            return day(date.weekday == 7 ? date.adding(days: -1) : date)
        case .hebrew(let m, let d, let length):
            return span(HebrewCalendar.date(gregorianYear: year, month: m, day: d), length)
        case .chineseNewYear:
            return day(LunarCalendar.chineseNewYear(year))
        case .islamic(let m, let d, let length):
            return span(IslamicCalendar.date(gregorianYear: year, month: m, day: d), length)
        case .islamicMonth, .lastFridayOfIslamicMonth:
            return intervals(in: year).first
        case .israeli(let atzmaut):
            return day(HebrewCalendar.israeliDay(gregorianYear: year, atzmaut: atzmaut))
        case .hindu(let m, let t, let moment, let length, let shift):
            return span(HinduCalendar.date(year: year, month: m, tithi: t, at: moment)?.adding(days: shift), length)
        case .sankranti(let longitude, let k):
            return day(SolarCalendar.ingress(year: year, siderealLongitude: longitude)?.adding(days: k))
        case .nakshatra(let sign, let n):
            return day(HinduCalendar.nakshatraDay(year: year, sign: sign, nakshatra: n))
        case .parsiNewYear:
            // year 1 of the Yazdegerdi era began on 16 June 632 (Julian), day -488_525 from 1970; the
            // Shahenshahi reckoning runs thirty days behind it
            guard (1000...2999).contains(year) else { return nil }
            return day(CivilDate(dayNumber: -488_525 + 365 * (year - 631) + 30))
        }
    }

    static func nthWeekday(_ n: Int, _ weekday: Int, _ month: Int, _ year: Int) -> CivilDate? {
        if n > 0 {
            guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
            let shift = (weekday - first.weekday + 7) % 7
            let date = first.adding(days: shift + 7 * (n - 1))
            return date?.month == month ? date : nil
        }
        guard let last = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year)) else { return nil }
        let shift = (last.weekday - weekday + 7) % 7
        return last.adding(days: -shift - 7 * (-n - 1))
    }
}

/// The holiday table.
enum Holidays {
    static let all: [Holiday] = [
        Holiday("New Year's Day", ["new year's day", "new years day", "new year day", "new year's", "new year", "yuandan"], .fixed(month: 1, day: 1)),
        Holiday("New Year's Eve", ["new year's eve", "new years eve", "new year eve"], .fixed(month: 12, day: 31)),
        Holiday("Christmas", ["christmas", "christmas day", "xmas", "x-mas", "christmas's"], .fixed(month: 12, day: 25)),
        Holiday("Christmas Eve", ["christmas eve", "xmas eve"], .fixed(month: 12, day: 24)),
        Holiday("Boxing Day", ["boxing day"], .fixed(month: 12, day: 26)),
        Holiday("Epiphany", ["epiphany", "three kings day", "three kings' day"], .fixed(month: 1, day: 6)),
        Holiday("Independence Day", ["independence day", "fourth of july", "july fourth"], .fixed(month: 7, day: 4)),
        Holiday("Valentine's Day", ["valentine's day", "valentines day", "valentine day", "saint valentine's day", "st. valentine's day"],
                .fixed(month: 2, day: 14)),
        Holiday("Halloween", ["halloween", "hallowe'en", "all hallows' eve"], .fixed(month: 10, day: 31)),
        Holiday("All Saints' Day", ["all saints' day", "all saints day"], .fixed(month: 11, day: 1)),
        Holiday("Veterans Day", ["veterans day", "veterans' day", "veteran's day", "armistice day", "remembrance day"], .fixed(month: 11, day: 11)),
        Holiday("St. Patrick's Day", ["st. patrick's day", "st patrick's day", "saint patrick's day", "saint patricks day", "st. patricks day",
                                      "st patricks day", "st. paddy's day", "st paddy's day", "saint paddy's day", "saint patrick"],
                .fixed(month: 3, day: 17)),
        Holiday("April Fools' Day", ["april fools' day", "april fools day", "april fool's day"], .fixed(month: 4, day: 1)),
        Holiday("Earth Day", ["earth day"], .fixed(month: 4, day: 22)),
        Holiday("May Day", ["may day"], .fixed(month: 5, day: 1)),
        Holiday("Cinco de Mayo", ["cinco de mayo"], .fixed(month: 5, day: 5)),
        Holiday("Juneteenth", ["juneteenth"], .fixed(month: 6, day: 19)),
        Holiday("Canada Day", ["canada day"], .fixed(month: 7, day: 1)),
        Holiday("Bastille Day", ["bastille day"], .fixed(month: 7, day: 14)),
        Holiday("Australia Day", ["australia day"], .fixed(month: 1, day: 26)),
        Holiday("Guy Fawkes Night", ["guy fawkes night", "guy fawkes day", "bonfire night"], .fixed(month: 11, day: 5)),
        Holiday("Groundhog Day", ["groundhog day"], .fixed(month: 2, day: 2)),
        Holiday("Inauguration Day", ["inauguration day"], .fixed(month: 1, day: 20)),
        Holiday("Assumption", ["assumption day", "feast of the assumption"], .fixed(month: 8, day: 15)),
        Holiday("World Vegan Day", ["world vegan day"], .fixed(month: 11, day: 1)),
        Holiday("World AIDS Day", ["world aids day"], .fixed(month: 12, day: 1)),
        Holiday("International Women's Day", ["international women's day", "women's day"], .fixed(month: 3, day: 8)),
        Holiday("Labour Day (May 1)", ["international workers' day", "labour day", "workers' day"], .fixed(month: 5, day: 1)),
        Holiday("Onam", ["onam", "thiru onam", "thiruvonam", "thiru-onam"], .nakshatra(sign: 4, nakshatra: 22)),
        Holiday("Parsi New Year", ["parsi new year", "shahenshahi new year", "parsi navroz"], .parsiNewYear),
        Holiday("Vaisakhi", ["vaisakhi", "baisakhi", "vasakhi", "vaishakhi"], .sankranti(longitude: 0, days: 0)),
        Holiday("Rabindra Jayanti", ["rabindra jayanti", "rabindranath jayanti"], .fixed(month: 5, day: 9)),
        Holiday("Thanksgiving", ["thanksgiving", "thanksgiving day", "thanks giving day", "thanks giving"], .nthWeekday(4, weekday: 4, month: 11)),
        Holiday("Black Friday", ["black friday"], .afterNthWeekday(4, weekday: 4, month: 11, days: 1)),
        Holiday("Cyber Monday", ["cyber monday"], .afterNthWeekday(4, weekday: 4, month: 11, days: 4)),
        Holiday("Memorial Day", ["memorial day", "decoration day"], .nthWeekday(-1, weekday: 1, month: 5)),
        Holiday("Labor Day", ["labor day"], .nthWeekday(1, weekday: 1, month: 9)),
        Holiday("Martin Luther King Day", ["martin luther king day", "martin luther king's day", "martin luther kings day",
                                           "martin luther king jr. day", "martin luther king jr day", "mlk day", "mlk jr. day", "mlk jr day",
                                           "civil rights day"],
                .nthWeekday(3, weekday: 1, month: 1)),
        Holiday("Presidents' Day", ["presidents' day", "presidents day", "president's day", "washington's birthday"], .nthWeekday(3, weekday: 1, month: 2)),
        Holiday("Columbus Day", ["columbus day", "indigenous peoples' day", "indigenous peoples day"], .nthWeekday(2, weekday: 1, month: 10)),
        Holiday("Mother's Day", ["mother's day", "mothers day", "mothers' day"], .nthWeekday(2, weekday: 7, month: 5)),
        Holiday("Father's Day", ["father's day", "fathers day", "fathers' day"], .nthWeekday(3, weekday: 7, month: 6)),
        Holiday("Election Day", ["election day"], .afterNthWeekday(1, weekday: 1, month: 11, days: 1)),
        Holiday("Boss's Day", ["boss's day", "bosses day", "boss day", "boss's", "national boss day"], .nearestWeekday(month: 10, day: 16)),
        Holiday("King's Day", ["king's day", "kings day", "koningsdag"], .fixedUnlessSunday(month: 4, day: 27)),
        Holiday("Easter", ["easter", "easter sunday", "easter day", "resurrection sunday"], .easter(0)),
        Holiday("Easter Monday", ["easter monday", "easter mon"], .easter(1)),
        Holiday("Holy Saturday", ["holy saturday", "easter saturday"], .easter(-1)),
        Holiday("Good Friday", ["good friday", "great friday", "holy friday"], .easter(-2)),
        Holiday("Maundy Thursday", ["maundy thursday", "holy thursday", "covenant thursday", "covenant thu", "thursday of mysteries",
                                    "thu of mysteries"], .easter(-3)),
        Holiday("Palm Sunday", ["palm sunday", "branch sunday"], .easter(-7)),
        Holiday("Ash Wednesday", ["ash wednesday"], .easter(-46)),
        Holiday("Mardi Gras", ["mardi gras", "shrove tuesday", "pancake day", "fat tuesday"], .easter(-47)),
        Holiday("Ascension Day", ["ascension day", "ascension thursday", "feast of the ascension"], .easter(39)),
        Holiday("Pentecost", ["pentecost", "whitsunday", "whit sunday", "white sunday"], .easter(49)),
        Holiday("Whit Monday", ["whit monday", "whitmonday", "pentecost monday", "monday of the holy spirit"], .easter(50)),
        Holiday("Trinity Sunday", ["trinity sunday"], .easter(56)),
        Holiday("Corpus Christi", ["corpus christi", "feast of corpus christi"], .easter(60), namesAPlace: true),
        Holiday("Lent", ["lent"], .easterSpan(-46, 0)),
        Holiday("Holy Week", ["holy week", "easter week"], .easterSpan(-7, 0)),
        Holiday("Orthodox Easter", ["orthodox easter", "orthodox easter sunday", "orthodox pascha", "pascha"], .orthodoxEaster(0)),
        Holiday("Orthodox Good Friday", ["orthodox good friday", "orthodox great friday"], .orthodoxEaster(-2)),
        Holiday("Clean Monday", ["clean monday", "orthodox shrove monday", "pure monday"], .orthodoxEaster(-48)),
        Holiday("Lazarus Saturday", ["lazarus saturday"], .orthodoxEaster(-8)),
        Holiday("Great Lent", ["great lent", "great fast"], .orthodoxEasterSpan(-48, -8)),
        Holiday("Rosh Hashanah", ["rosh hashanah", "rosh hashana", "rosh hashanna", "jewish new year"], .hebrew(month: 7, day: 1, length: 3)),
        Holiday("Yom Kippur", ["yom kippur", "day of atonement"], .hebrew(month: 7, day: 10, length: 1)),
        Holiday("Sukkot", ["sukkot", "succos", "sukkoth", "feast of tabernacles", "feast of the ingathering"], .hebrew(month: 7, day: 15, length: 9)),
        Holiday("Shemini Atzeret", ["shemini atzeret"], .hebrew(month: 7, day: 22, length: 1)),
        Holiday("Simchat Torah", ["simchat torah"], .hebrew(month: 7, day: 23, length: 1)),
        Holiday("Hanukkah", ["hanukkah", "chanukah", "hanukah", "hannukkah", "chanukkah", "hanukka"], .hebrew(month: 9, day: 25, length: 8)),
        Holiday("Tu BiShvat", ["tu bishvat", "tu b'shvat", "tu bshvat"], .hebrew(month: 11, day: 15, length: 1)),
        Holiday("Purim", ["purim"], .hebrew(month: 12, day: 14, length: 1)),
        Holiday("Shushan Purim", ["shushan purim"], .hebrew(month: 12, day: 15, length: 1)),
        Holiday("Passover", ["passover", "pesach"], .hebrew(month: 1, day: 15, length: 9)),
        Holiday("Shavuot", ["shavuot", "shavuos", "feast of weeks"], .hebrew(month: 3, day: 6, length: 3)),
        Holiday("Lag BaOmer", ["lag b'omer", "lag baomer", "lag ba'omer"], .hebrew(month: 2, day: 18, length: 1)),
        Holiday("Tisha B'Av", ["tisha b'av", "tisha bav", "tisha beav"], .hebrew(month: 5, day: 9, length: 1)),
        Holiday("Yom HaShoah", ["yom hashoah", "holocaust remembrance day", "holocaust day"], .israeli(atzmaut: false)),
        Holiday("Yom HaAtzmaut", ["yom haatzmaut", "yom ha'atzmaut", "israeli independence day"], .israeli(atzmaut: true)),
        Holiday("Makar Sankranti", ["makar sankranti", "makara sankranti", "makara sankranthi", "pongal", "thai pongal", "maghi"],
                .sankranti(longitude: 270, days: 0)),
        Holiday("Diwali", ["diwali", "deepavali", "divali", "lakshmi puja"], .hindu(month: 6, tithi: 30, at: .evening, length: 1)),
        Holiday("Dhanteras", ["dhanteras", "dhanatrayodashi", "dhantrayodashi"], .hindu(month: 6, tithi: 30, at: .evening, length: 1, shift: -2)),  // two days before Diwali
        Holiday("Naraka Chaturdashi", ["kali chaudas", "choti diwali", "chhoti diwali", "naraka chaturdashi"],
                .hindu(month: 6, tithi: 30, at: .evening, length: 1, shift: -1)),
        Holiday("Bhai Dooj", ["bhai dooj", "bhaiya dooj", "bhau beej"], .hindu(month: 6, tithi: 30, at: .evening, length: 1, shift: 2)),
        Holiday("Chhath", ["chhath", "chhath puja", "dala puja", "surya shashthi"], .hindu(month: 7, tithi: 6, at: .sunrise, length: 1)),
        Holiday("Navaratri", ["navaratri", "navratri", "durga puja"], .hindu(month: 6, tithi: 1, at: .sunrise, length: 10)),
        Holiday("Dussehra", ["dussehra", "dasara", "vijayadashami"], .hindu(month: 6, tithi: 10, at: .sunrise, length: 1)),
        Holiday("Maha Saptami", ["maha saptami"], .hindu(month: 6, tithi: 7, at: .sunrise, length: 1)),
        Holiday("Karva Chauth", ["karva chauth", "karwa chauth"], .hindu(month: 6, tithi: 19, at: .moonrise, length: 1)),
        Holiday("Valmiki Jayanti", ["valmiki jayanti", "maharishi valmiki jayanti", "pargat diwas"], .hindu(month: 6, tithi: 15, at: .sunrise, length: 1)),
        Holiday("Holi", ["holi", "dhulandi", "phagwah", "rangwali holi"], .hindu(month: 11, tithi: 15, at: .evening, length: 1, shift: 1)),  // the day after Holika Dahan
        Holiday("Holika Dahan", ["holika dahan", "chhoti holi", "kamudu pyre"], .hindu(month: 11, tithi: 15, at: .evening, length: 1)),
        Holiday("Maha Shivaratri", ["maha shivaratri", "mahashivratri", "maha shivratri"], .hindu(month: 10, tithi: 29, at: .midnight, length: 1)),
        Holiday("Vasant Panchami", ["vasant panchami", "basant panchami", "saraswati jayanti", "saraswati puja"],
                .hindu(month: 10, tithi: 5, at: .sunrise, length: 1)),
        Holiday("Guru Ravidas Jayanti", ["guru ravidas jayanti", "guru ravidass jayanti", "guru ravidas birthday", "guru ravidass birthday"],
                .hindu(month: 10, tithi: 15, at: .sunrise, length: 1)),
        Holiday("Ugadi", ["ugadi", "yugadi", "gudi padwa", "samvatsaradi", "chaitra sukladi", "chaitra sukhladi"],
                .hindu(month: 0, tithi: 1, at: .sunrise, length: 1)),
        Holiday("Rama Navami", ["rama navami", "ram navami"], .hindu(month: 0, tithi: 9, at: .sunrise, length: 1)),
        Holiday("Mahavir Jayanti", ["mahavir jayanti", "mahaveer jayanti", "mahaveer janma kalyanak"], .hindu(month: 0, tithi: 13, at: .sunrise, length: 1)),
        Holiday("Buddha Purnima", ["buddha purnima", "vesak", "vaisakha", "buddha day", "buddha jayanti"], .hindu(month: 1, tithi: 15, at: .sunrise, length: 1)),
        Holiday("Ratha Yatra", ["ratha yatra", "rath yatra", "ratha-yatra"], .hindu(month: 3, tithi: 2, at: .sunrise, length: 1)),
        Holiday("Raksha Bandhan", ["raksha bandhan", "rakhi"], .hindu(month: 4, tithi: 15, at: .sunrise, length: 1)),
        Holiday("Krishna Janmashtami", ["krishna janmashtami", "janmashtami", "gokulashtami"], .hindu(month: 4, tithi: 23, at: .midnight, length: 1)),
        Holiday("Ganesh Chaturthi", ["ganesh chaturthi", "vinayaka chaturthi"], .hindu(month: 5, tithi: 4, at: .sunrise, length: 1)),
        Holiday("Guru Gobind Singh Jayanti", ["guru gobind singh jayanti", "guru govind singh jayanti", "guru gobind singh birthday"],
                .hindu(month: 9, tithi: 7, at: .sunrise, length: 1)),
        Holiday("Bhogi", ["bhogi", "bogi", "bogi pandigai", "bhogi pandigai"], .sankranti(longitude: 270, days: -1)),
        Holiday("Mattu Pongal", ["mattu pongal", "maattu pongal"], .sankranti(longitude: 270, days: 1)),
        Holiday("Kaanum Pongal", ["kaanum pongal", "kanni pongal", "kanum pongal"], .sankranti(longitude: 270, days: 2)),
        Holiday("Chinese New Year", ["chinese new year", "chinese new year's day", "chinese new years", "chinese lunar new year",
                                     "chinese lunar new year's day", "lunar new year", "spring festival"], .chineseNewYear),
        Holiday("Ramadan", ["ramadan", "ramadhan", "ramazan"], .islamicMonth(9)),
        Holiday("Jumu'atul-Wida", ["jumu'atul-wida", "jumu'atul wida", "jamat ul-vida", "jamat-ul-vida", "jumatul wida", "alvida jumma"],
                .lastFridayOfIslamicMonth(9)),
        Holiday("Eid al-Fitr", ["eid al-fitr", "eid al fitr", "eid ul-fitr", "eid-ul-fitr", "id al-fitr"], .islamic(month: 10, day: 1, length: 1)),
        Holiday("Eid al-Adha", ["eid al-adha", "eid al adha", "id ul-adha", "eid ul-adha", "sacrifice feast", "bakr id", "bakrid"],
                .islamic(month: 12, day: 10, length: 1)),
        Holiday("Islamic New Year", ["islamic new year", "hijri new year", "amun jadid", "muharram"], .islamic(month: 1, day: 1, length: 1)),
        Holiday("Ashura", ["ashura", "day of ashura"], .islamic(month: 1, day: 10, length: 1)),
        Holiday("Mawlid", ["mawlid", "mawlid al-nabawi", "mawlid an-nabi", "milad un nabi"], .islamic(month: 3, day: 12, length: 1)),
        Holiday("Laylat al-Qadr", ["laylat al-qadr", "laylat al kadr", "laylat al-kadr", "night of power", "night of measures"],
                .islamic(month: 9, day: 27, length: 1)),
        Holiday("Isra and Mi'raj", ["isra and mi'raj", "the prophet's ascension", "the night journey", "ascension to heaven"],
                .islamic(month: 7, day: 27, length: 1)),
    ]
}

/// Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher) and the Julian one for Orthodox Easter.
enum Computus {
    static func easter(_ year: Int) -> CivilDate? {
        guard year > 1582 else { return nil }
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)
    }

    /// Julian-calendar Easter, converted to the Gregorian date (valid 1900-2099: +13 days).
    static func orthodoxEaster(_ year: Int) -> CivilDate? {
        guard (1900...2099).contains(year) else { return nil }
        let a = year % 4, b = year % 7, c = year % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31
        let day = (d + e + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)?.adding(days: 13)
    }
}
