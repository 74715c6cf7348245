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
}
