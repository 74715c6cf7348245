import DateNormalizer
import Testing
import Timeline

@Suite("EventDate")
struct EventDateTests {
    static func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    static func month(_ y: Int, _ m: Int, mod: TimexMod? = nil) -> EventDate {
        let start = CivilDate(year: y, month: m, day: 1)!
        return EventDate(value: String(start.description.prefix(7)), mod: mod, interval: CalendarInterval(start: start, end: start.adding(months: 1)!)!, granularity: .month)
    }

    @Test("only DATE and TIME mentions with an interval date an event")
    func fromTimex() throws {
        let day = try #require(CivilDate(iso: "2015-12-15"))
        let date = EventDate(Timex(type: .date, value: "2015-12-15", interval: CalendarInterval(day: day), granularity: .day))
        #expect(date?.interval.start == day)
        #expect(date?.interval.dayCount == 1)
        #expect(EventDate(Timex(type: .duration, value: "P2Y")) == nil)
        #expect(EventDate(Timex(type: .date, value: "XXXX-03-12")) == nil)
    }

    @Test("START, MID and END narrow a month to its thirds")
    func effectiveInterval() {
        #expect(Self.month(2015, 9, mod: .end).effectiveInterval.description == "[2015-09-21, 2015-10-01)")
        #expect(Self.month(2015, 9, mod: .start).effectiveInterval.description == "[2015-09-01, 2015-09-11)")
        #expect(Self.month(2015, 9, mod: .mid).effectiveInterval.description == "[2015-09-11, 2015-09-21)")
        #expect(Self.month(2015, 9).effectiveInterval.description == "[2015-09-01, 2015-10-01)")
        #expect(Self.month(2015, 9, mod: .approx).effectiveInterval.dayCount == 30)
    }

    @Test("a time of day is dated to its day")
    func dayLevel() {
        let time = EventDate(value: "2015-12-17T10:30", interval: CalendarInterval(day: Self.day("2015-12-17")), granularity: .minute)
        #expect(time.dayLevel == EventDate(day: Self.day("2015-12-17")))
        #expect(time.isDay)
        #expect(Self.month(2015, 12).dayLevel == Self.month(2015, 12))
        #expect(!Self.month(2015, 12).isDay)
    }

    @Test("a month comes before the days inside it, and days in date order")
    func chronology() {
        let march = Self.month(2016, 3)
        let first = EventDate(day: Self.day("2016-03-01"))
        let ninth = EventDate(day: Self.day("2016-03-09"))
        let late = Self.month(2016, 3, mod: .end)
        #expect(march.chronologicallyPrecedes(first))
        #expect(first.chronologicallyPrecedes(ninth))
        #expect(ninth.chronologicallyPrecedes(late))
        #expect(!first.chronologicallyPrecedes(march))
        #expect(!first.chronologicallyPrecedes(first))
    }

    @Test("open-ended modifiers are recognised")
    func openEnded() {
        #expect(Self.month(2016, 3, mod: .before).isOpenEnded)
        #expect(Self.month(2016, 3, mod: .after).isOpenEnded)
        #expect(!Self.month(2016, 3, mod: .end).isOpenEnded)
    }
}

@Suite("Neighbourhood")
struct NeighbourhoodTests {
    @Test("days, weeks and months belong to a calendar month; longer periods to themselves")
    func keys() {
        #expect(EventCandidateFactory.make(date: EventDate(day: CivilDate(iso: "2015-03-09")!)).neighbourhood.key == "2015-03")
        #expect(EventCandidateFactory.make(date: EventDateTests.month(2015, 3, mod: .end)).neighbourhood.key == "2015-03")
        // The week of Monday 2015-03-30 has its middle (Thursday) in April.
        let week = EventDate(value: "2015-W14", interval: CalendarInterval(start: CivilDate(iso: "2015-03-30")!, end: CivilDate(iso: "2015-04-06")!)!, granularity: .week)
        #expect(Neighbourhood(of: week).key == "2015-04")
        let year = EventDate(value: "2015", interval: CalendarInterval(start: CivilDate(iso: "2015-01-01")!, end: CivilDate(iso: "2016-01-01")!)!, granularity: .year)
        #expect(Neighbourhood(of: year).key == "2015-01-01/2016-01-01")
        #expect(!Neighbourhood(of: year).isMonth)
    }

    @Test("the load interval covers every period a month neighbourhood can hold")
    func loadInterval() {
        let april = Neighbourhood(monthOf: CivilDate(iso: "2015-04-10")!)
        #expect(april.interval.description == "[2015-04-01, 2015-05-01)")
        #expect(april.loadInterval.contains(CalendarInterval(start: CivilDate(iso: "2015-03-30")!, end: CivilDate(iso: "2015-04-06")!)!))
        #expect(april.loadInterval.start < CivilDate(iso: "2015-03-20")!)
    }
}

/// Builds candidates for tests that only care about some fields.
enum EventCandidateFactory {
    static func make(
        article: String = "a", sentence index: Int = 0, text: String = "The court ruled on the case.", mention: String = "on Monday",
        date: EventDate, entities: [String] = [], published: CivilDate? = nil
    ) -> EventCandidate {
        EventCandidate(articleHash: article, sentenceIndex: index, sentence: text, summary: text, mention: mention, date: date, entities: entities, published: published)
    }
}
