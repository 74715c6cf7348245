import Foundation

/// Low-precision positions of the sun and moon (Meeus, Astronomical Algorithms, ch. 25 and 47,
/// main terms only: good to a few arc minutes), for the calendars that follow them.
enum Astronomy {
    static let rad = Double.pi / 180

    static func norm(_ x: Double) -> Double {
        let r = x.truncatingRemainder(dividingBy: 360)
        return r < 0 ? r + 360 : r
    }

    /// Julian centuries since J2000.0.
    static func centuries(_ jd: Double) -> Double { (jd - 2_451_545.0) / 36525 }

    /// The sun's apparent right ascension and declination, radians.
    static func sun(_ jd: Double) -> (ra: Double, dec: Double) {
        let t = centuries(jd)
        let m = (357.52911 + 35999.05029 * t) * rad
        let c = (1.914602 - 0.004817 * t) * sin(m) + 0.019993 * sin(2 * m) + 0.000289 * sin(3 * m)
        let omega = (125.04 - 1934.136 * t) * rad
        let lambda = (280.46646 + 36000.76983 * t + c - 0.00569 - 0.00478 * sin(omega)) * rad
        let eps = (23.439291 - 0.0130042 * t + 0.00256 * cos(omega)) * rad
        return (atan2(cos(eps) * sin(lambda), cos(lambda)), asin(sin(eps) * sin(lambda)))
    }

    /// Periodic terms of the moon's longitude (and distance, 0.001 km): D, M, M', F multipliers.
    static let longitudeTerms: [(Double, Double, Double, Double, Double, Double)] = [
        (0, 0, 1, 0, 6_288_774, -20_905_355), (2, 0, -1, 0, 1_274_027, -3_699_111), (2, 0, 0, 0, 658_314, -2_955_968),
        (0, 0, 2, 0, 213_618, -569_925), (0, 1, 0, 0, -185_116, 48888), (0, 0, 0, 2, -114_332, -3149),
        (2, 0, -2, 0, 58793, 246_158), (2, -1, -1, 0, 57066, -152_138), (2, 0, 1, 0, 53322, -170_733),
        (2, -1, 0, 0, 45758, -204_586), (0, 1, -1, 0, -40923, -129_620), (1, 0, 0, 0, -34720, 108_743),
        (0, 1, 1, 0, -30383, 104_755), (2, 0, 0, -2, 15327, 10321), (0, 0, 1, 2, -12528, 0), (0, 0, 1, -2, 10980, 79661),
        (4, 0, -1, 0, 10675, -34782), (0, 0, 3, 0, 10034, -23210), (4, 0, -2, 0, 8548, -21636), (2, 1, -1, 0, -7888, 24208),
        (2, 1, 0, 0, -6766, 30824), (1, 0, -1, 0, -5163, -8379), (1, 1, 0, 0, 4987, -16675), (2, -1, 1, 0, 4036, -12831),
    ]

    /// Periodic terms of the moon's latitude: D, M, M', F multipliers and the coefficient (1e-6 degree).
    static let latitudeTerms: [(Double, Double, Double, Double, Double)] = [
        (0, 0, 0, 1, 5_128_122), (0, 0, 1, 1, 280_602), (0, 0, 1, -1, 277_693), (2, 0, 0, -1, 173_237),
        (2, 0, -1, 1, 55413), (2, 0, -1, -1, 46271), (2, 0, 0, 1, 32573), (0, 0, 2, 1, 17198), (2, 0, 1, -1, 9266),
        (0, 0, 2, -1, 8822), (2, -1, 0, -1, 8216), (2, 0, -2, -1, 4324), (2, 0, 1, 1, 4200),
    ]

    /// The moon's geocentric ecliptic longitude and latitude (degrees) and distance (km).
    static func moonEcliptic(_ jd: Double) -> (longitude: Double, latitude: Double, distance: Double) {
        let t = centuries(jd)
        let lp = 218.3164477 + 481_267.88123421 * t
        let d = (297.8501921 + 445_267.1114034 * t) * rad
        let m = (357.5291092 + 35999.0502909 * t) * rad
        let mp = (134.9633964 + 477_198.8675055 * t) * rad
        let f = (93.2720950 + 483_202.0175233 * t) * rad
        let e = 1 - 0.002516 * t
        var l = 0.0, r = 0.0, b = 0.0
        for (kd, km, kmp, kf, cl, cr) in longitudeTerms {
            let a = kd * d + km * m + kmp * mp + kf * f
            let ecc = km == 0 ? 1 : e
            l += cl * ecc * sin(a)
            r += cr * ecc * cos(a)
        }
        for (kd, km, kmp, kf, cb) in latitudeTerms {
            b += cb * (km == 0 ? 1 : e) * sin(kd * d + km * m + kmp * mp + kf * f)
        }
        return (norm(lp + l / 1_000_000), b / 1_000_000, 385_000.56 + r / 1000)
    }

    /// The moon's right ascension and declination (radians) and horizontal parallax (radians).
    static func moon(_ jd: Double) -> (ra: Double, dec: Double, parallax: Double) {
        let (l, b, dist) = moonEcliptic(jd)
        let lambda = l * rad, beta = b * rad
        let eps = (23.439291 - 0.0130042 * centuries(jd)) * rad
        let ra = atan2(sin(lambda) * cos(eps) - tan(beta) * sin(eps), cos(lambda))
        let dec = asin(sin(beta) * cos(eps) + cos(beta) * sin(eps) * sin(lambda))
        return (ra, dec, asin(6378.14 / dist))
    }

    /// The altitude (radians) of a body at a place (latitude and east longitude in degrees).
    static func altitude(_ jd: Double, ra: Double, dec: Double, latitude: Double, longitude: Double) -> Double {
        let t = centuries(jd)
        let gmst = 280.46061837 + 360.98564736629 * (jd - 2_451_545.0) + 0.000387933 * t * t
        let h = (gmst + longitude) * rad - ra
        let phi = latitude * rad
        return asin(sin(phi) * sin(dec) + cos(phi) * cos(dec) * cos(h))
    }

    /// The Julian Day of sunset (upper limb on the horizon, refraction included) on a civil day at a
    /// place whose local noon is near `noonUTC` hours.
    static func sunset(_ day: CivilDate, latitude: Double, longitude: Double, noonUTC: Double) -> Double {
        let base = Double(day.dayNumber) + LunarCalendar.jd1970
        var lo = base + noonUTC / 24, hi = base + (noonUTC + 8) / 24
        for _ in 0..<24 {
            let mid = (lo + hi) / 2
            let s = sun(mid)
            if altitude(mid, ra: s.ra, dec: s.dec, latitude: latitude, longitude: longitude) > -0.8333 * rad { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// Whether the moon sets after the sun on a civil day at a place: its centre is above the
    /// altitude at which it sets (parallax and refraction allowed for) at sunset.
    static func moonSetsAfterSun(_ day: CivilDate, latitude: Double, longitude: Double, noonUTC: Double) -> Bool {
        let jd = sunset(day, latitude: latitude, longitude: longitude, noonUTC: noonUTC)
        let m = moon(jd)
        let h0 = (0.7275 * m.parallax / rad - 0.5667) * rad
        return altitude(jd, ra: m.ra, dec: m.dec, latitude: latitude, longitude: longitude) > h0
    }
}
