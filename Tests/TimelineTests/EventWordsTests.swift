import Testing
@testable import Timeline

@Suite("EventWords")
struct EventWordsTests {
    static func events(_ text: String, _ mention: String) -> EventWords {
        EventWords(ContentWords().words(in: text, excluding: mention, entities: []))
    }

    @Test("reports that tell one happening in other words share an event word", arguments: [
        ("The central span collapsed on Thursday evening.", "on Thursday evening", "The Feb. 22 collapse injured three people.", "Feb. 22"),
        ("The council voted 7-2 on Tuesday to start a ferry.", "on Tuesday", "The council approved the ferry plan on Feb. 27.", "on Feb. 27"),
        ("Voters turned down the pact on Saturday.", "on Saturday", "Icelanders rejected the pact in a referendum on Saturday.", "on Saturday"),
    ])
    func shared(a: String, ma: String, b: String, mb: String) {
        #expect(Self.events(a, ma).intersects(Self.events(b, mb)), "\(a) / \(b)")
    }

    @Test("an appositive naming the date says what happened that day", arguments: [
        ("The first ferries carried 2,300 passengers on Monday, the first day of service.", "Monday",
         "Two chartered boats will begin running on March 4.", "March 4"),
        ("Jurors heard closing arguments on Friday, the final day of the trial.", "Friday",
         "The trial will conclude on Friday.", "on Friday"),
        ("Crowds filled the hall on Saturday, its opening night.", "Saturday",
         "The new hall opened on Saturday.", "on Saturday"),
    ])
    func dayNamingAppositive(a: String, ma: String, b: String, mb: String) {
        #expect(Self.events(a, ma).intersects(Self.events(b, mb)), "\(a) / \(b)")
    }

    @Test("only an appositive of the date itself names it: not a later clause, not another ordinal")
    func dayNamingAppositiveLimits() {
        let start = Self.events("Two chartered boats will begin running on March 4.", "March 4")
        // The clause after the date is not about the day, and "second day" names no start.
        #expect(!Self.events("The ferries carried 2,300 passengers on Monday, and the first day went well.", "Monday").intersects(start))
        #expect(!Self.events("The ferries carried 2,300 passengers on Monday, the second day of service.", "Monday").intersects(start))
        #expect(!Self.events("The ferries carried 2,300 passengers on Monday.", "Monday").intersects(start))
    }

    @Test("a period's report joins a finer event unless their event words or their figures disagree")
    func compatibility() {
        let month = Self.events("In March, the ferries carried about 41,000 passengers across the river.", "March")
        let start = Self.events("Earlier this month, the city began running free ferries across the river.", "Earlier this month")
        let firstDay = Self.events("The first ferries carried about 2,300 passengers across the river on Monday.", "on Monday")
        let recap = Self.events("In March, the ferries carried passengers across the river.", "March")
        let silent = Self.events("The ferries were busy on Monday.", "on Monday")
        #expect(!month.isCompatible(with: start))  // carried against began
        #expect(month.intersects(firstDay))
        #expect(!month.isCompatible(with: firstDay))  // 41,000 against 2,300
        #expect(recap.isCompatible(with: firstDay))  // no figure of its own
        #expect(silent.isEmpty)
        #expect(month.isCompatible(with: silent))  // nothing said, nothing contradicted
    }

    @Test("the event words of a cluster are those of all its reports")
    func union() {
        let a = Self.events("The span collapsed on Thursday.", "on Thursday")
        let b = Self.events("The mayor resigned on Thursday.", "on Thursday")
        let both = EventWords(union: [a, b])
        #expect(both.intersects(a) && both.intersects(b))
        #expect(!a.intersects(b))
    }
}
