import DateNormalizer
import Testing
import Timeline

@Suite("Merger")
struct MergerTests {
    static func day(_ iso: String) -> EventDate { EventDate(day: CivilDate(iso: iso)!) }
    static func week(_ monday: String) -> EventDate {
        let start = CivilDate(iso: monday)!
        return EventDate(value: "W", interval: CalendarInterval(start: start, end: start.adding(days: 7)!)!, granularity: .week)
    }
    static func make(_ article: String, _ text: String, _ date: EventDate, published: String? = nil, entities: [String] = []) -> EventCandidate {
        EventCandidateFactory.make(article: article, text: text, mention: "on Monday", date: date, entities: entities, published: published.flatMap { CivilDate(iso: $0) })
    }

    @Test("a time of day joins the day's event, which is dated to the day")
    func timeJoinsDay() throws {
        let time = EventDate(value: "2015-12-17T10:30", interval: CalendarInterval(day: CivilDate(iso: "2015-12-17")!), granularity: .minute)
        let candidates = [
            Self.make("a", "The central bank raised interest rates by a quarter point.", time),
            Self.make("b", "The central bank raised its interest rates for the first time in a decade.", Self.day("2015-12-17")),
        ]
        let clusters = Merger().merge(candidates)
        let only = try #require(clusters.first)
        #expect(clusters.count == 1)
        #expect(only.date == Self.day("2015-12-17"))
        #expect(only.date.granularity == .day)
    }

    @Test("a week straddling two months joins only events in the month holding its middle")
    func straddlingWeek() throws {
        // The week of Monday 2015-03-30 belongs to April (its Thursday is April 2).
        let text = "Miners at the Rio Blanco copper mine walked out over unpaid wages."
        let candidates = [
            Self.make("a", text, Self.day("2015-03-31"), entities: ["Rio Blanco"]),
            Self.make("b", text, Self.day("2015-04-02"), entities: ["Rio Blanco"]),
            Self.make("c", text, Self.week("2015-03-30"), entities: ["Rio Blanco"]),
        ]
        let clusters = Merger().merge(candidates)
        #expect(clusters.count == 2)
        let april = try #require(clusters.first { $0.members.contains(2) })
        #expect(april.members.sorted() == [1, 2])
        #expect(april.date == Self.day("2015-04-02"))
        #expect(april.neighbourhood.key == "2015-04")
    }

    @Test("a period with no matching event inside it stays an event of its own")
    func lonePeriod() throws {
        let candidates = [
            Self.make("a", "The court jailed the former mayor for fraud.", Self.day("2015-04-02")),
            Self.make("b", "Heavy rain flooded the coastal highway.", Self.week("2015-03-30")),
        ]
        let clusters = Merger().merge(candidates)
        #expect(clusters.count == 2)
        // The week starts before the day and sorts first.
        #expect(clusters.map(\.date.granularity) == [.week, .day])
    }

    @Test("counts: distinct articles, mentions and articles published after the event")
    func counts() throws {
        let text = "Rebels shelled the airport in Donetsk, halting all flights."
        let candidates = [
            Self.make("a", text, Self.day("2015-01-12"), published: "2015-01-12"),
            EventCandidateFactory.make(article: "a", sentence: 4, text: text, date: Self.day("2015-01-12"), published: CivilDate(iso: "2015-01-12")),
            Self.make("b", text, Self.day("2015-01-12"), published: "2015-01-13"),
            Self.make("c", text, Self.day("2015-01-12"), published: "2015-01-20"),
        ]
        let only = try #require(Merger().merge(candidates).first)
        #expect(only.articleCount == 3)
        #expect(only.mentionCount == 4)
        #expect(only.laterArticleCount == 2)
        #expect(only.dateArticleCount == 3)
        #expect(only.salience == Salience.score(articleCount: 3, mentionCount: 4, laterArticleCount: 2, dateArticleCount: 3, date: only.date))
        #expect(only.key == candidates[0].key)
    }

    @Test("an event's date coverage counts every article dating anything to its day")
    func dateCoverage() throws {
        let candidates = [
            Self.make("a", "Rebels shelled the airport in Donetsk, halting all flights.", Self.day("2015-01-12")),
            Self.make("b", "Rebels shelled the Donetsk airport, and all flights stopped.", Self.day("2015-01-12")),
            Self.make("c", "Parliament in Kiev approved the new budget after a long debate.", Self.day("2015-01-12")),
        ]
        let clusters = Merger().merge(candidates)
        #expect(clusters.count == 2)
        #expect(clusters.map(\.dateArticleCount) == [3, 3])
        #expect(clusters.map(\.articleCount).sorted() == [1, 2])
    }

    @Test("the summary prefers a complete statement to a quotation")
    func representative() throws {
        let candidates = [
            Self.make("a", "\"The airport is closed,\" a rebel commander said of the shelling in Donetsk.", Self.day("2015-01-12")),
            Self.make("b", "Rebels shelled the airport in Donetsk, halting all flights, the army said.", Self.day("2015-01-12")),
            Self.make("c", "Rebels shelled the Donetsk airport and all flights were halted.", Self.day("2015-01-12")),
        ]
        let clusters = Merger().merge(candidates)
        let only = try #require(clusters.first)
        #expect(clusters.count == 1)
        #expect(only.summary == candidates[2].summary)
    }

    @Test("years cluster only with the same year")
    func years() {
        let y2014 = EventDate(value: "2014", interval: CalendarInterval(start: CivilDate(iso: "2014-01-01")!, end: CivilDate(iso: "2015-01-01")!)!, granularity: .year)
        let text = "The company was founded in Oslo by two engineers."
        let clusters = Merger().merge([Self.make("a", text, y2014), Self.make("b", text, y2014), Self.make("c", text, Self.day("2014-05-05"))])
        #expect(clusters.map(\.members.count).sorted() == [1, 2])
    }

    @Test("the neighbourhoods of new candidates are what a store reloads")
    func neighbourhoods() {
        let candidates = [Self.make("a", "x", Self.day("2015-04-02")), Self.make("b", "y", Self.day("2015-03-02")), Self.make("c", "z", Self.week("2015-03-30"))]
        #expect(Merger.neighbourhoods(of: candidates).map(\.key) == ["2015-03", "2015-04"])
    }

    @Test("reports that name one happening merge however few other words they share, and another happening that day stays apart")
    func eventWords() {
        let thursday = Self.day("2024-02-22")
        let candidates = [
            EventCandidateFactory.make(article: "a", text: "The central span of the bridge collapsed into the river on Thursday evening, injuring three people.", mention: "on Thursday evening", date: thursday),
            EventCandidateFactory.make(article: "b", text: "No follow-up inspection took place before last Thursday's collapse, the records show.", mention: "last Thursday", date: thursday),
            EventCandidateFactory.make(article: "c", text: "The Feb. 22 collapse cut the main link between downtown and the Eastgate neighborhood.", mention: "Feb. 22", date: thursday),
            EventCandidateFactory.make(article: "d", text: "The city library reopened its east wing on Thursday after a renovation.", mention: "on Thursday", date: thursday),
        ]
        let clusters = Merger().merge(candidates)
        #expect(clusters.map(\.members).sorted { $0.count > $1.count } == [[0, 1, 2], [3]])
        #expect(Merger(options: .init(eventBonus: 0)).merge(candidates).count > 2)
    }

    @Test("an event dated to a day is told by a report of that day, however many month reports joined it")
    func summaryShowsTheEventsDate() throws {
        let june = EventDate(value: "2009-06", interval: CalendarInterval(start: CivilDate(iso: "2009-06-01")!, end: CivilDate(iso: "2009-07-01")!)!, granularity: .month)
        var candidates = (0..<4).map { i in
            EventCandidateFactory.make(article: "m\(i)", text: "The singer Marlo Vance died in June 2009 aged 50 while rehearsing for his comeback tour.", mention: "June 2009", date: june)
        }
        candidates.append(EventCandidateFactory.make(article: "d", text: "Marlo Vance, the singer, died at his home in Lindmere on June 25 after a cardiac arrest.", mention: "on June 25", date: Self.day("2009-06-25")))
        let clusters = Merger().merge(candidates)
        let death = try #require(clusters.first { $0.members.contains(4) })
        #expect(death.members.count == 5)
        #expect(death.date == Self.day("2009-06-25"))
        #expect(death.summary == "Marlo Vance, the singer, died at his home in Lindmere on June 25 after a cardiac arrest.")
    }

    @Test("a month's report joins no event inside it that says another thing happened, or gives other figures")
    func periodCompatibility() throws {
        let march = EventDate(value: "2024-03", interval: CalendarInterval(start: CivilDate(iso: "2024-03-01")!, end: CivilDate(iso: "2024-04-01")!)!, granularity: .month)
        // "Earlier this month" in an article of March 7: the normalizer narrows the month to March 1-6.
        let earlier = EventDate(value: "2024-03", interval: CalendarInterval(start: CivilDate(iso: "2024-03-01")!, end: CivilDate(iso: "2024-03-07")!)!, granularity: .month)
        let candidates = [
            EventCandidateFactory.make(article: "a", text: "In March, the city's emergency ferries carried about 41,000 passengers across the Alder River.", mention: "March", date: march),
            EventCandidateFactory.make(article: "b", text: "Earlier this month, the city began running free emergency ferries across the Alder River.", mention: "Earlier this month", date: earlier),
            EventCandidateFactory.make(article: "c", text: "Two chartered ferries will begin running across the Alder River on March 4.", mention: "on March 4", date: Self.day("2024-03-04")),
            EventCandidateFactory.make(article: "d", text: "The first emergency ferries carried about 2,300 passengers across the Alder River on Monday.", mention: "on Monday", date: Self.day("2024-03-04")),
        ]
        let clusters = Merger().merge(candidates)
        let month = try #require(clusters.first { $0.members.contains(0) })
        #expect(month.members == [0])
        #expect(month.date == march)
        let start = try #require(clusters.first { $0.members.contains(1) })
        #expect(start.members.contains(2))
        #expect(start.date == Self.day("2024-03-04"))
    }
}
