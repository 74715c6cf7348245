import DateNormalizer
import Testing
import Timeline

@Suite("EventDate")
struct EventDateTests {
    @Test("only DATE and TIME mentions with an interval date an event")
    func fromTimex() throws {
        let day = try #require(CivilDate(iso: "2015-12-15"))
        let date = EventDate(Timex(type: .date, value: "2015-12-15", interval: CalendarInterval(day: day), granularity: .day))
        #expect(date?.interval.start == day)
        #expect(date?.interval.dayCount == 1)
        #expect(EventDate(Timex(type: .duration, value: "P2Y")) == nil)
    }
}
