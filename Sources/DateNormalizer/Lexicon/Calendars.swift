import Foundation

/// The arithmetic Hebrew calendar (Dershowitz & Reingold), for Jewish holidays.
///
/// Jewish holidays begin at sundown: the interval starts on the civil day whose evening opens the
/// holiday ("Yom Kippur 2018" starts 2018-09-18).
enum HebrewCalendar {
    /// Rata Die of 1970-01-01, to convert to `CivilDate.dayNumber`.
    static let rataDie1970 = 719_163
    static let epoch = -1_373_427

    static func isLeap(_ y: Int) -> Bool { (7 * y + 1) % 19 < 7 }

    static func elapsedDays(_ y: Int) -> Int {
        let months = (235 * y - 234) / 19
        let parts = 12084 + 13753 * months
        let day = months * 29 + parts / 25920
        return (3 * (day + 1)) % 7 < 3 ? day + 1 : day
    }

    static func yearDelay(_ y: Int) -> Int {
        let ny0 = elapsedDays(y - 1), ny1 = elapsedDays(y), ny2 = elapsedDays(y + 1)
        if ny2 - ny1 == 356 { return 2 }
        if ny1 - ny0 == 382 { return 1 }
        return 0
    }

    static func newYear(_ y: Int) -> Int { epoch + elapsedDays(y) + yearDelay(y) }
    static func yearLength(_ y: Int) -> Int { newYear(y + 1) - newYear(y) }

    static func monthLength(_ m: Int, _ y: Int) -> Int {
        switch m {
        case 2, 4, 6, 10, 13: return 29
        case 12: return isLeap(y) ? 30 : 29
        case 8: return yearLength(y) % 10 == 5 ? 30 : 29
        case 9: return yearLength(y) % 10 == 3 ? 29 : 30
        default: return 30
        }
    }

    /// Rata Die of a Hebrew date (month 1 = Nisan, 7 = Tishrei, 12 = Adar, 13 = Adar II).
    static func fixed(year y: Int, month m: Int, day d: Int) -> Int {
        let last = isLeap(y) ? 13 : 12
        var days = newYear(y) + d - 1
        if m < 7 {
            for k in 7...last { days += monthLength(k, y) }
            if m > 1 { for k in 1..<m { days += monthLength(k, y) } }
        } else if m > 7 {
            for k in 7..<m { days += monthLength(k, y) }
        }
        return days
    }

    /// The eve of Yom HaShoah (Nisan 27; a Friday moves to Thursday, a Sunday to Monday) or of Yom
    /// HaAtzmaut (Iyar 5; a Friday or Saturday moves to Thursday, a Monday to Tuesday).
    static func israeliDay(gregorianYear: Int, atzmaut: Bool) -> CivilDate? {
        guard let eve = date(gregorianYear: gregorianYear, month: atzmaut ? 2 : 1, day: atzmaut ? 5 : 27),
              let day = eve.adding(days: 1)
        else { return nil }
        var shift = 0
        switch (atzmaut, day.weekday) {
        case (true, 5): shift = -1
        case (true, 6): shift = -2
        case (true, 1): shift = 1
        case (false, 5): shift = -1
        case (false, 7): shift = 1
        default: break
        }
        return eve.adding(days: shift)
    }

    /// The eve (the civil day whose sundown opens the holiday) of a Hebrew date falling in `gregorianYear`.
    static func date(gregorianYear: Int, month: Int, day: Int) -> CivilDate? {
        guard (1000...2999).contains(gregorianYear) else { return nil }
        let hebrewYear = (7...9).contains(month) ? gregorianYear + 3761 : gregorianYear + 3760
        // Adar holidays move to Adar II in leap years
        let m = month == 12 && isLeap(hebrewYear) ? 13 : month
        guard let eve = CivilDate(dayNumber: fixed(year: hebrewYear, month: m, day: day) - rataDie1970 - 1) else { return nil }
        // Tisha B'Av falling on the Sabbath is kept on Sunday
        if month == 5, day == 9, eve.weekday == 5 { return eve.adding(days: 1) }
        return eve
    }
}

/// New moons (Meeus, Astronomical Algorithms ch. 49), for the Chinese and Islamic calendars.
enum LunarCalendar {
    /// Julian Ephemeris Day of the k-th new moon after 2000-01-06 (k may be negative).
    static func newMoon(_ k: Double) -> Double {
        let t = k / 1236.85
        var jde = 2_451_550.09766 + 29.530588861 * k + 0.00015437 * t * t - 0.000000150 * t * t * t
        let e = 1 - 0.002516 * t - 0.0000074 * t * t
        let rad = Double.pi / 180
        let m = (2.5534 + 29.10535670 * k - 0.0000014 * t * t) * rad
        let mp = (201.5643 + 385.81693528 * k + 0.0107582 * t * t) * rad
        let f = (160.7108 + 390.67050284 * k - 0.0016118 * t * t) * rad
        let om = (124.7746 - 1.56375588 * k + 0.0020672 * t * t) * rad
        jde += -0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp) + 0.01039 * sin(2 * f)
            + 0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m) + 0.00208 * e * e * sin(2 * m)
            - 0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m)
            - 0.00042 * sin(3 * mp) + 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f)
            - 0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(om) - 0.00007 * sin(mp + 2 * m)
        return jde
    }

    /// Julian Day of 1970-01-01T00:00 UTC.
    static let jd1970 = 2_440_587.5

    /// The civil day of a Julian Day in a zone `hours` east of UTC.
    static func civilDay(_ jd: Double, zone hours: Double) -> CivilDate? {
        CivilDate(dayNumber: Int((jd - jd1970 + hours / 24).rounded(.down)))
    }

    /// The new moons (as Julian Days) around a civil date.
    static func newMoons(near date: CivilDate) -> [Double] {
        let k = ((Double(date.dayNumber) + jd1970 - 2_451_550.09766) / 29.530588861).rounded(.down)
        return (-1...1).map { newMoon(k + Double($0)) }
    }

    /// Chinese New Year: the new moon that falls between January 21 and February 20, Beijing time.
    static func chineseNewYear(_ year: Int) -> CivilDate? {
        guard (1000...2999).contains(year), let from = CivilDate(year: year, month: 1, day: 21),
              let to = CivilDate(year: year, month: 2, day: 21), let mid = CivilDate(year: year, month: 2, day: 5)
        else { return nil }
        for jd in newMoons(near: mid) {
            if let d = civilDay(jd, zone: 8), d >= from, d < to { return d }
        }
        return nil
    }
}

/// Solar ingresses for the Indian solar festivals: the day (India time) the sun's sidereal longitude
/// (Lahiri ayanamsa) reaches a sign; an ingress after sunset counts for the next day.
enum SolarCalendar {
    static func ingress(year: Int, siderealLongitude target: Double) -> CivilDate? {
        guard (1000...2999).contains(year) else { return nil }
        // search the days around the usual date (Capricorn mid-January, Aries mid-April)
        let month = target >= 180 ? 1 : 4
        guard let from = CivilDate(year: year, month: month, day: 5) else { return nil }
        var previous = longitude(jd: julianDay(from, hour: -5.5 + 18))
        for k in 1...20 {
            guard let d = from.adding(days: k) else { return nil }
            let l = longitude(jd: julianDay(d, hour: -5.5 + 18))  // 18:00 India time, about sunset
            let crossed = previous < target + (target == 0 ? 360 : 0) && (target == 0 ? (l < 90 ? l + 360 : l) : l) >= target + (target == 0 ? 360 : 0)
            if crossed { return d }
            previous = target == 0 && l < 90 ? l + 360 : l
        }
        return nil
    }

    static func julianDay(_ d: CivilDate, hour: Double) -> Double { Double(d.dayNumber) + LunarCalendar.jd1970 + hour / 24 }

    /// A tropical longitude made sidereal: minus the Lahiri ayanamsa, taken as its year-2000 value
    /// (its drift of 50" a year moves a sign boundary by hours over a century).
    static func siderealOf(tropical l: Double) -> Double {
        let x = (l - 23.85).truncatingRemainder(dividingBy: 360)
        return x < 0 ? x + 360 : x
    }

    /// Sidereal solar longitude in degrees (Meeus low precision, minus the Lahiri ayanamsa).
    static func longitude(jd: Double) -> Double {
        let t = (jd - 2_451_545.0) / 36525
        let rad = Double.pi / 180
        let l0 = 280.46646 + 36000.76983 * t
        let m = (357.52911 + 35999.05029 * t) * rad
        let c = (1.914602 - 0.004817 * t) * sin(m) + 0.019993 * sin(2 * m) + 0.000289 * sin(3 * m)
        let ayanamsa = 23.85 + 0.013969 * (t * 100)
        var l = (l0 + c - ayanamsa).truncatingRemainder(dividingBy: 360)
        if l < 0 { l += 360 }
        return l
    }
}

/// The Umm al-Qura calendar of Saudi Arabia, for Islamic holidays, computed by the rules its makers
/// used in each era (Mecca, UTC+3):
/// - from AH 1420 (1999): a month begins the day after the evening on which the new moon has come
///   before sunset and the moon sets after the sun (later dates by the same rule);
/// - AH 1392-1419: the day after the new moon's date at Greenwich (a new moon before 3 a.m. in Mecca
///   opens the month that very day);
/// - earlier years: the modern rule, for want of a better one.
/// Values are the civil day of the holiday; countries that wait for a sighting often keep it a day later.
enum IslamicCalendar {
    static let epoch = 227_015
    static let mecca = (latitude: 21.4225, longitude: 39.8262, noonUTC: 9.0)

    static func tabular(year y: Int, month m: Int, day d: Int) -> Int {
        d + 29 * (m - 1) + (6 * m - 1) / 11 + (y - 1) * 354 + (3 + 11 * y) / 30 + epoch - 1
    }

    /// The civil day that is the given Islamic date, in the Gregorian year (the first, when twice).
    static func date(gregorianYear: Int, month: Int, day: Int) -> CivilDate? {
        dates(gregorianYear: gregorianYear, month: month, day: day).first
    }

    /// The first day of Islamic month `month` of year `year` (AH).
    static func firstDay(year y: Int, month: Int) -> CivilDate? {
        let rd = tabular(year: y, month: month, day: 1)
        guard let guess = CivilDate(dayNumber: rd - HebrewCalendar.rataDie1970) else { return nil }
        // the new moon just before the tabular first day
        let moons = LunarCalendar.newMoons(near: guess.adding(days: -2) ?? guess)
        guard let conjunction = moons.last(where: { $0 - LunarCalendar.jd1970 <= Double(guess.dayNumber) + 1 }) else { return nil }
        if (1392..<1420).contains(y) {
            return LunarCalendar.civilDay(conjunction, zone: 0)?.adding(days: 1)
        }
        guard let day = LunarCalendar.civilDay(conjunction, zone: 3) else { return nil }
        let sunset = Astronomy.sunset(day, latitude: mecca.latitude, longitude: mecca.longitude, noonUTC: mecca.noonUTC)
        if conjunction < sunset, Astronomy.moonSetsAfterSun(day, latitude: mecca.latitude, longitude: mecca.longitude, noonUTC: mecca.noonUTC) {
            return day.adding(days: 1)
        }
        return day.adding(days: 2)
    }

    /// Every civil day in the Gregorian year that is the given Islamic date.
    static func dates(gregorianYear: Int, month: Int, day: Int) -> [CivilDate] {
        var out: [CivilDate] = []
        guard (1000...2999).contains(gregorianYear) else { return out }
        // the Islamic year whose month falls in the Gregorian year (about 1.03 Islamic years per Gregorian year)
        let approx = Int((Double(gregorianYear - 622) * 1.030684).rounded(.down)) + 1
        for y in [approx - 1, approx, approx + 1] {
            guard let start = firstDay(year: y, month: month)?.adding(days: day - 1), start.year == gregorianYear else { continue }
            out.append(start)
        }
        return out
    }

    /// The whole month `month` that starts in the Gregorian year: its first day and the next month's.
    static func months(gregorianYear: Int, month: Int) -> [CalendarInterval] {
        guard (1000...2999).contains(gregorianYear) else { return [] }
        let approx = Int((Double(gregorianYear - 622) * 1.030684).rounded(.down)) + 1
        return [approx - 1, approx, approx + 1].compactMap { y in
            guard let start = firstDay(year: y, month: month), start.year == gregorianYear,
                  let end = month == 12 ? firstDay(year: y + 1, month: 1) : firstDay(year: y, month: month + 1)
            else { return nil }
            return CalendarInterval(start: start, end: end)
        }
    }
}
