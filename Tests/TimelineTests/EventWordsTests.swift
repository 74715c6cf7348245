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
