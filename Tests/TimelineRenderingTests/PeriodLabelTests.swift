import DateNormalizer
import Testing
@testable import TimelineRendering

@Suite("PeriodLabel")
struct PeriodLabelTests {
    @Test("a chosen period is worded at the precision its bounds align to", arguments: [
        ("2015-12-01", "2016-01-01", "December 2015"),
        ("2015-09-01", "2016-01-01", "September to December 2015"),
        ("2014-11-01", "2015-03-01", "November 2014 to February 2015"),
        ("2015-01-01", "2016-01-01", "2015"),
        ("2014-01-01", "2016-01-01", "2014 to 2015"),
        ("2015-09-03", "2015-12-18", "September 3 to December 17, 2015"),
        ("2015-09-01", "2015-12-18", "September 1 to December 17, 2015"),
        ("2015-12-07", "2015-12-14", "December 7 to 13, 2015"),
        ("2015-12-15", "2015-12-16", "December 15, 2015"),
        ("2014-12-28", "2015-01-04", "December 28, 2014 to January 3, 2015"),
    ])
    func chosen(_ start: String, _ end: String, _ expected: String) throws {
        let period = try #require(CalendarInterval(start: CivilDate(iso: start)!, end: CivilDate(iso: end)!))
        #expect(PeriodLabel.text(for: period) == expected)
    }

    @Test("each end of a derived period keeps its event's precision")
    func mixed() throws {
        let decadeStart = try #require(CivilDate(iso: "1990-01-01"))
        let june30 = try #require(CivilDate(iso: "2016-06-30"))
        #expect(PeriodLabel.text(from: decadeStart, .decade, through: june30, .month) == "the 1990s to June 2016")
        #expect(PeriodLabel.text(from: decadeStart, .century, through: june30, .year) == "the 20th century to 2016")
        let may3 = try #require(CivilDate(iso: "2016-05-03"))
        #expect(PeriodLabel.text(from: may3, .day, through: june30, .month) == "May 3, 2016 to June 2016")
        #expect(PeriodLabel.text(from: may3, .year, through: june30, .year) == "2016")
    }
}
