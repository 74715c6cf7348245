import Testing
@testable import Timeline

@Suite("ContentWords")
struct ContentWordsTests {
    func stems(_ text: String, mention: String = "") -> [UInt64] {
        ContentWords().words(in: text, excluding: mention, entities: []).map(\.stem)
    }

    func stem(_ word: String) -> UInt64 {
        let h = ContentWords.fnv(ContentWords.stem(Array(word.utf8)))
        return Concepts.canonical[h] ?? h
    }

    @Test("inflections share a stem", arguments: [
        ["vote", "voted", "votes", "voting", "voters"],
        ["rule", "ruled", "rules", "ruling"],
        ["kill", "killed", "killing", "kills"],
        ["stop", "stopped", "stops"],
    ])
    func inflections(words: [String]) {
        let stems = Set(words.map(stem))
        #expect(stems.count == 1, "\(words)")
    }

    @Test("words news uses for one happening share a concept", arguments: [
        ("Shares tumbled", "stocks fell"),
        ("the decision", "the ruling"),
        ("voters turned down the pact", "rejected the pact"),
        ("the probe lifted off", "NASA launched the probe"),
        ("the quake", "an earthquake"),
    ])
    func concepts(a: String, b: String) {
        let sa = Set(stems(a)), sb = Set(stems(b))
        #expect(!sa.isDisjoint(with: sb), "\(a) / \(b)")
    }

    @Test("function words, date words, day numbers and years are not content")
    func notContent() {
        #expect(stems("He said on Monday, March 12, 2016, that it was the last week of the year") .isEmpty)
        #expect(stems("5,251 cases") == stems("5251 cases"))
        #expect(stems("The flu killed 61 people").count == 3)
    }

    @Test("the mention's words are skipped, and words of other clauses weigh less")
    func mentionAndClauses() {
        let words = ContentWords().words(in: "Jonsdottir, who conceded defeat on Sunday, will meet ministers", excluding: "on Sunday", entities: ["Jonsdottir"])
        #expect(words.count == 5)
        #expect(words.map(\.weight) == [0.5, 1, 1, 0.5, 0.5])
        #expect(words.map(\.isEntity) == [true, false, false, false, false])
    }

    @Test("the noun a date modifies weighs most", arguments: [
        ("Friday's launch went well", "Friday", "launch"),
        ("the March 12 referendum was binding", "March 12", "referendum"),
    ])
    func head(text: String, mention: String, head: String) throws {
        let words = ContentWords().words(in: text, excluding: mention, entities: [])
        let heavy = try #require(words.first { $0.weight == ContentWords.headWeight })
        #expect(heavy.stem == stem(head))
        #expect(ContentWords().words(in: "It launched on Friday", excluding: "on Friday", entities: []).allSatisfy { $0.weight == 1 })
    }

    func eventStems(_ text: String, mention: String, entities: [String] = []) -> Set<UInt64> {
        Set(ContentWords().words(in: text, excluding: mention, entities: entities).filter(\.isEventWord).map(\.stem))
    }

    @Test("the verbs and happenings of the mention's clause are its event words", arguments: [
        ("The central span collapsed into the river on Thursday evening.", "on Thursday evening", ["collapse"]),
        ("The council will vote on Tuesday on a temporary ferry.", "on Tuesday", ["vote"]),
        ("Demolition crews began removing the east span on Tuesday.", "on Tuesday", ["demolition", "begin"]),
        ("Okafor resigned on Wednesday, two weeks after the bridge collapsed.", "on Wednesday", ["resign"]),
        ("No follow-up inspection took place before last Thursday's collapse.", "last Thursday", ["inspection", "collapse"]),
        ("Voters turned down the pact on Saturday.", "on Saturday", ["voters", "turned", "reject", "pact"]),
    ] as [(String, String, [String])])
    func eventWords(text: String, mention: String, expected: [String]) {
        #expect(eventStems(text, mention: mention) == Set(expected.map(stem)), "\(text)")
    }

    @Test("irregular past forms share their base form's stem, and its concept", arguments: [
        ("began", "begin"), ("struck", "strike"), ("held", "hold"), ("shot", "attack"), ("fell", "fall"), ("met", "meeting"),
    ])
    func irregular(form: String, base: String) {
        #expect(stem(form) == stem(base))
    }

    @Test("a clause that holds only the date introduces the next one, whose figures are kept")
    func frontedDate() {
        let words = ContentWords().words(in: "In March, the city's ferries carried 41,000 passengers, a record.", excluding: "March", entities: [])
        #expect(words.map(\.weight) == [1, 1, 1, 1, 1, 0.5])
        #expect(words.filter(\.isEventWord).map(\.stem) == [stem("carried")])
        #expect(words.filter(\.isFigure).count == 1)
    }

    @Test("names, adjectives before a noun and words of other clauses are no event words")
    func notEventWords() {
        #expect(eventStems("The United Nations met in Geneva on Monday.", mention: "on Monday", entities: ["United Nations", "Geneva"]) == [stem("met")])
        #expect(eventStems("On Friday, the fund paid a hundred claims.", mention: "On Friday") == [stem("paid")])
        #expect(eventStems("Rebels, who attacked the town, were seen on Monday near the border.", mention: "on Monday").isEmpty)
    }
}
