@testable import DateNormalizer
import Testing

/// The small resolution functions, one kind each, against a fixed dateline (Wednesday 2015-12-16).
@Suite("resolution")
struct ResolutionTests {
    static let wednesday = ResolutionContext(reference: Reference(parsing: "2015-12-16"))

    func context(_ tense: Tense) -> ResolutionContext {
        var c = ResolutionTests.wednesday
        c.tense = tense
        return c
    }

    @Test("a bare weekday is the dateline's own day, else the last one, the next one only on a future cue")
    func weekdays() {
        #expect(WeekdayResolution.resolve(3, .none, context: context(.past))?.period.value == "2015-12-16")
        #expect(WeekdayResolution.resolve(2, .none, context: context(.past))?.period.value == "2015-12-15")
        #expect(WeekdayResolution.resolve(2, .none, context: context(.none))?.period.value == "2015-12-15")
        #expect(WeekdayResolution.resolve(5, .none, context: context(.future))?.period.value == "2015-12-18")
        #expect(WeekdayResolution.resolve(1, .next, context: context(.none))?.period.value == "2015-12-21")
        #expect(WeekdayResolution.resolve(5, .last, context: context(.none))?.period.value == "2015-12-11")
    }

    @Test("a yearless date takes its year from the clause's tense")
    func yearless() {
        #expect(YearlessDateResolution.resolve(month: 11, day: 14, context: context(.past))?.period.value == "2015-11-14")
        #expect(YearlessDateResolution.resolve(month: 4, day: 1, context: context(.past))?.period.value == "2015-04-01")
        #expect(YearlessDateResolution.resolve(month: 4, day: 1, context: context(.future))?.period.value == "2016-04-01")
        #expect(YearlessDateResolution.resolve(month: 1, day: 5, context: context(.none))?.period.value == "2016-01-05")
        #expect(YearlessDateResolution.resolve(month: 3, day: nil, context: context(.past))?.period.value == "2015-03")
    }

    @Test("anaphora read the last date mentioned, or the dateline without one")
    func anaphora() {
        var c = context(.past)
        #expect(AnaphoraResolution.unit(.day, 1, context: c)?.period.value == "2015-12-17")
        c.anchor = .day(CivilDate(year: 2015, month: 11, day: 3) ?? CivilDate(year: 2000, month: 1, day: 1)!)
        #expect(AnaphoraResolution.unit(.day, 1, context: c)?.period.value == "2015-11-04")
        #expect(AnaphoraResolution.later(DurationExpr(2, .month), sign: 1, context: c)?.period.value == "2016-01")
        c.lastReportingPeriod = Period.quarter(2015, 3)
        #expect(AnaphoraResolution.yearAgo(context: c)?.period.value == "2014-Q3")
    }

    @Test("periods have TIMEX3 values and half-open intervals")
    func periods() throws {
        let d = try #require(CivilDate(year: 2015, month: 12, day: 16))
        #expect(Period.week(containing: d)?.value == "2015-W51")
        #expect(Period.weekend(ofWeekContaining: d)?.interval?.description == "[2015-12-19, 2015-12-21)")
        #expect(Period.decade(1990)?.value == "199")
        #expect(Period.century(20)?.interval?.description == "[1900-01-01, 2000-01-01)")
        #expect(Period.season(1999, .winter)?.interval?.description == "[1999-12-01, 2000-03-01)")
        #expect(Period.isoWeek(try #require(CivilDate(year: 2016, month: 1, day: 1))) == "2015-W53")
    }

    @Test("computed holidays: Easter, Orthodox Easter, the Hebrew and Islamic calendars, Chinese New Year")
    func calendars() {
        #expect(Computus.easter(2016)?.description == "2016-03-27")
        #expect(Computus.easter(2019)?.description == "2019-04-21")
        #expect(Computus.orthodoxEaster(2016)?.description == "2016-05-01")
        #expect(HebrewCalendar.date(gregorianYear: 2018, month: 7, day: 10)?.description == "2018-09-18")  // Yom Kippur eve
        #expect(HebrewCalendar.date(gregorianYear: 2018, month: 1, day: 15)?.description == "2018-03-30")  // Passover eve
        #expect(IslamicCalendar.date(gregorianYear: 2018, month: 10, day: 1)?.description == "2018-06-15")  // Eid al-Fitr
        #expect(LunarCalendar.chineseNewYear(2016)?.description == "2016-02-08")
        #expect(HinduCalendar.date(year: 2019, month: 6, tithi: 30, at: .evening)?.description == "2019-10-27")  // Diwali
        #expect(SolarCalendar.ingress(year: 2019, siderealLongitude: 270)?.description == "2019-01-15")  // Makar Sankranti
    }

    @Test("numeric dates: a part above 12 settles the order, the option decides the rest")
    func numericOrder() {
        #expect(CalendarResolution.order(16, 12, .mdy)?.month == 12)
        #expect(CalendarResolution.order(12, 16, .dmy)?.month == 12)
        #expect(CalendarResolution.order(4, 5, .mdy)?.month == 4)
        #expect(CalendarResolution.order(4, 5, .dmy)?.month == 5)
        #expect(CalendarResolution.order(13, 14, .mdy) == nil)
    }
}
