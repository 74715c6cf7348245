import ArticleReader
import DateNormalizer
import Testing

@Suite("Content hash")
struct ContentHashTests {
    let text = """
        Ceasefire talks resume in Geneva
        Published: March 2, 2016 14:05
        (Xinhua)

        GENEVA, March 2 (Xinhua) -- Envoys resumed talks on Wednesday.

        Both sides said the truce had largely held since Saturday.
        """
    let json = """
        {"title": "Ceasefire talks resume in Geneva", "published": "2016-03-02T14:05:00+01:00", "source": "Xinhua",
         "text": "GENEVA, March 2 (Xinhua) -- Envoys resumed talks on Wednesday.\\n\\nBoth sides said the truce had largely held since Saturday."}
        """

    @Test("the same story from text and from JSON has the same hash")
    func sameAcrossFormats() throws {
        let a = try #require(Reading.article(text, name: "a.txt"))
        let b = try #require(Reading.article(json, name: "a.json"))
        #expect(a.body == b.body)
        #expect(a.contentHash == b.contentHash)
        #expect(a.contentHash.count == 64)
        #expect(a.contentHash.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test("whitespace does not change the hash; title, day and words do")
    func whatCounts() {
        let day = Reference(parsing: "2016-03-02")
        func hash(_ title: String, _ published: Reference?, _ paragraphs: [String]) -> String {
            Article(title: title, published: published, paragraphs: paragraphs, origin: "x", format: .text).contentHash
        }
        let base = hash("Talks resume", day, ["Envoys met.", "They talked."])
        #expect(hash("Talks  resume ", day, ["Envoys  met.", "They\ttalked."]) == base)
        #expect(hash("Talks resume", Reference(parsing: "2016-03-02T14:05"), ["Envoys met.", "They talked."]) == base)
        #expect(hash("Talks resumed", day, ["Envoys met.", "They talked."]) != base)
        #expect(hash("Talks resume", Reference(parsing: "2016-03-03"), ["Envoys met.", "They talked."]) != base)
        #expect(hash("Talks resume", nil, ["Envoys met.", "They talked."]) != base)
        #expect(hash("Talks resume", day, ["Envoys met.", "They talked!"]) != base)
        #expect(hash("Talks resume", day, ["Envoys met. They talked."]) != base)
    }
}
