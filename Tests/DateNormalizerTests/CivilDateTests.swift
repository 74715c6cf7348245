import DateNormalizer
import Testing

@Suite("CivilDate")
struct CivilDateTests {
    @Test("day numbers round-trip and weekdays follow ISO numbering")
    func dayNumbers() throws {
        let date = try #require(CivilDate(year: 2015, month: 12, day: 16))
        #expect(date.weekday == 3)
        #expect(CivilDate(year: 1970, month: 1, day: 1)?.dayNumber == 0)
        #expect(CivilDate(dayNumber: date.dayNumber) == date)
        #expect(date.adding(days: 16)?.description == "2016-01-01")
        #expect(CivilDate(year: 2016, month: 1, day: 31)?.adding(months: 1)?.description == "2016-02-29")
        #expect(CivilDate(year: 2016, month: 1, day: 31)?.adding(months: -13)?.description == "2014-12-31")
    }

    @Test("days that do not exist are rejected", arguments: [(2015, 2, 29), (2015, 13, 1), (0, 1, 1), (99999, 1, 1), (2015, 4, 31)])
    func invalid(parts: (Int, Int, Int)) {
        #expect(CivilDate(year: parts.0, month: parts.1, day: parts.2) == nil)
    }

    @Test("references parse dates, times and UTC offsets")
    func references() throws {
        let r = try #require(Reference(parsing: "2015-12-16T09:37:00+08:00"))
        #expect(r.date.description == "2015-12-16")
        #expect(r.hour == 9 && r.minute == 37 && r.second == 0)
        #expect(r.utcOffset == 480)
        #expect(r.description == "2015-12-16T09:37:00+08:00")
        #expect(Reference(parsing: "2013-02-12T04:30:00")?.description == "2013-02-12T04:30:00")
        #expect(Reference(parsing: "2015-12-16 09:37")?.minute == 37)
        #expect(Reference(parsing: "2015-12-16T09:37Z")?.utcOffset == 0)
        #expect(Reference(parsing: "2015-12-16")?.description == "2015-12-16")
        #expect(Reference(parsing: "2015-12-32") == nil)
        #expect(Reference(parsing: "yesterday") == nil)
        #expect(Reference(parsing: "2015-12-16T25:00") == nil)
    }
}
