import Testing
@testable import Timeline

@Suite("EntityFinder")
struct EntityFinderTests {
    func entities(_ sentence: String, body: String? = nil) -> [String] {
        let scalars = Array(sentence.unicodeScalars)
        let tokens = SentenceTokenizer().tokens(scalars)
        return EntityFinder().entities(in: tokens, of: scalars, from: 0, capitals: MidSentenceCapitals(body: Array((body ?? sentence).utf8)))
    }

    @Test("runs of capitalised words, with connectors, are entities", arguments: [
        ("Russian Foreign Minister Sergei Lavrov met US Secretary of State John Kerry on Tuesday.",
         ["Russian Foreign Minister Sergei Lavrov", "US Secretary of State John Kerry"]),
        ("The Bank of England raised rates in March.", ["Bank of England"]),
        ("Shares of BP fell after Mr. Hayward spoke on Monday.", ["BP", "Hayward"]),
        ("Russia's foreign minister flew to Geneva.", ["Russia", "Geneva"]),
        ("On Monday the White House said nothing.", ["White House"]),
        ("\"We will win,\" Obama told supporters in Ohio.", ["Obama", "Ohio"]),
    ])
    func runs(sentence: String, expected: [String]) {
        #expect(entities(sentence) == expected)
    }

    @Test("a capitalised word opening the sentence counts only when the article capitalises it mid-sentence")
    func sentenceInitial() {
        #expect(entities("Officials said the dam held.").isEmpty)
        #expect(entities("Lavrov said the talks went well.", body: "Lavrov said the talks went well. Kerry met Lavrov later.") == ["Lavrov"])
        #expect(entities("Lavrov said the talks went well.") == [])
    }
}
