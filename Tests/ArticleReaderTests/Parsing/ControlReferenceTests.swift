import ArticleReader
import Foundation
import Testing

/// Character references to control characters (`&#18;`, `&#x7;`, `&#10;`) are decoded after the text
/// was cleaned, so they must not bring control characters or line breaks into a body: they separate
/// words, as a space does. Found by the reader fuzzer (`Fixtures/fuzz-regressions/reader/`).
@Suite("Character references to control characters")
struct ControlReferenceTests {
    @Test(
        "a reference to a control character reads as a space, in HTML and in Markdown",
        arguments: [
            ("a.html", "<title>Aid</title><p>Officials pledged &#18;180 million on Tuesday.</p>"),
            ("a.html", "<title>Aid</title><p>Officials pledged &#x12;180 million on Tuesday.</p>"),
            ("a.md", "---\ntitle: Aid\ndate: 2024-03-22\n---\nOfficials pledged &#18;180 million on Tuesday.\n"),
            ("a.md", "---\ntitle: Aid\ndate: 2024-03-22\n---\nOfficials pledged &#10;180 million on Tuesday.\n"),
            ("a.md", "---\ntitle: Aid\ndate: 2024-03-22\n---\nOfficials pledged &#127;180 million on Tuesday.\n"),
        ] as [(String, String)])
    func controlReference(name: String, text: String) throws {
        let outcomes = Reading.read(text, name: name)
        let article = try #require(outcomes.articles.first)
        #expect(article.paragraphs == ["Officials pledged 180 million on Tuesday."], "\(text)")
        #expect(OutcomeInvariants.problem(article, name: name) == nil)
    }

    @Test("printable references still read as their characters")
    func printable() {
        let article = Reading.article("<title>Aid</title><p>Officials pledged &#36;180 million &amp; more on Tuesday.</p>", name: "a.html")
        #expect(article?.paragraphs == ["Officials pledged $180 million & more on Tuesday."])
    }
}
