import Foundation

/// The Hindu lunisolar calendar (amanta months, tithis), for festivals such as Diwali and Holi.
///
/// A month runs from one new moon to the next and is named for the sidereal sign the sun is in at the
/// new moon that opens it (sun in Pisces: Chaitra). A tithi is a 12° step of the moon's elongation
/// from the sun: 1-15 in the bright half, 16-30 in the dark half (30 = new moon).
/// A festival falls on the civil day (India time) whose observance moment (sunrise, evening or
/// midnight) lies in its tithi. Positions come from truncated Meeus series: good to minutes, so a
/// tithi ending within minutes of the moment can land a day off.
enum HinduCalendar {
    enum Moment: Double, Sendable {
        case sunrise = 6.0, evening = 18.5, moonrise = 20.5, midnight = 23.9
        /// Six nazhikas (2 h 24 min) after sunrise: the nakshatra then rules the day in Kerala.
        case sixNazhikas = 8.4
    }

    static let rad = Double.pi / 180

    /// Tropical longitude of the sun, degrees.
    static func sun(_ jd: Double) -> Double {
        let t = (jd - 2_451_545.0) / 36525
        let m = (357.52911 + 35999.05029 * t) * rad
        let c = (1.914602 - 0.004817 * t) * sin(m) + 0.019993 * sin(2 * m) + 0.000289 * sin(3 * m)
        return norm(280.46646 + 36000.76983 * t + c)
    }

    /// Tropical longitude of the moon, degrees (main terms of Meeus ch. 47).
    static func moon(_ jd: Double) -> Double { Astronomy.moonEcliptic(jd).longitude }

    static func norm(_ x: Double) -> Double {
        let r = x.truncatingRemainder(dividingBy: 360)
        return r < 0 ? r + 360 : r
    }

    /// The tithi (1...30) current at a Julian Day.
    static func tithi(_ jd: Double) -> Int { Int(norm(moon(jd) - sun(jd)) / 12) + 1 }

    /// The Julian Day of a civil day's moment in India (UTC+5:30).
    static func jd(_ d: CivilDate, _ moment: Moment) -> Double {
        Double(d.dayNumber) + LunarCalendar.jd1970 + (moment.rawValue - 5.5) / 24
    }

    /// The first day of `year` on which, six nazhikas after sunrise (India), the sun is in sidereal sign
    /// `sign` (0 = Aries) and the moon in nakshatra `nakshatra` (1 = Ashvini ... 27 = Revati; 13°20' each).
    static func nakshatraDay(year: Int, sign: Int, nakshatra: Int) -> CivilDate? {
        guard (1000...2999).contains(year), let jan = CivilDate(year: year, month: 1, day: 1) else { return nil }
        for k in 0..<366 {
            guard let d = jan.adding(days: k), d.year == year else { break }
            let t = jd(d, .sixNazhikas)
            // the solar month's first day is left out: its stars belong to the month before
            guard Int(SolarCalendar.siderealOf(tropical: sun(t)) / 30) == sign,
                  Int(SolarCalendar.siderealOf(tropical: sun(t - 1)) / 30) == sign else { continue }
            if Int(SolarCalendar.siderealOf(tropical: moon(t)) / (360.0 / 27)) + 1 == nakshatra { return d }
        }
        return nil
    }

    /// The day in `year` of tithi `tithi` in amanta month `month` (0 = Chaitra ... 11 = Phalguna).
    static func date(year: Int, month: Int, tithi wanted: Int, at moment: Moment) -> CivilDate? {
        guard (1000...2999).contains(year), let jan = CivilDate(year: year, month: 1, day: 1) else { return nil }
        let k0 = ((Double(jan.dayNumber) + LunarCalendar.jd1970 - 2_451_550.09766) / 29.530588861).rounded(.down) - 2
        var moons: [Double] = []
        for k in 0..<17 { moons.append(LunarCalendar.newMoon(k0 + Double(k))) }
        for i in 0..<(moons.count - 1) {
            let start = moons[i]
            let sign = Int(SolarCalendar.siderealOf(tropical: sun(start)) / 30)
            let nextSign = Int(SolarCalendar.siderealOf(tropical: sun(moons[i + 1])) / 30)
            if sign == nextSign { continue }  // an added (adhika) month: the festival is kept in the next one
            guard (sign + 1) % 12 == month else { continue }
            guard let first = LunarCalendar.civilDay(start, zone: 5.5) else { continue }
            for k in 0...31 {
                guard let d = first.adding(days: k) else { break }
                let jdm = jd(d, moment)
                if jdm < start { continue }
                if jdm >= moons[i + 1] { break }
                if tithi(jdm) >= wanted {
                    if d.year == year { return d }
                    break
                }
            }
        }
        return nil
    }
}
