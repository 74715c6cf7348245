@testable import ArticleReader
import Testing

@Suite("Markdown articles")
struct MarkdownFormatTests {
    static func plain(_ markdown: String) -> [String] {
        MarkdownText.plainLines(Array(markdown.utf8)[...], takeFirstHeading: false).lines.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("inline markup goes and words stay")
    func inline() {
        #expect(Self.plain("A **bold** and *em* and __strong__ and _it_ and ~~gone~~ word.") == ["A bold and em and strong and it and gone word."])
        #expect(Self.plain("See [the report](https://e.com/r) and [notes][1] and ![chart](c.png) now.") == ["See the report and notes and now."])
        #expect(Self.plain("Keep snake_case, 5 * 3, `code` and \\*escaped\\* text.") == ["Keep snake_case, 5 * 3, code and *escaped* text."])
        #expect(Self.plain("Tags <span>go</span> &amp; refs <https://e.com> stay.") == ["Tags go & refs https://e.com stay."])
    }

    @Test("headings, lists, quotes, rules, fences and tables")
    func blocks() {
        let md = """
            Setext title
            ============

            ## Talks resume
            Intro line one
            continues here.

            - first item
            * second item
            1. third item

            > quoted line

            ---
            ```swift
            let hidden = 1
            ```
            | a | b |
            |---|---|
            | c | d |

            [1]: https://e.com
            """
        #expect(Self.plain(md) == [
            "Setext title", "", "Talks resume", "", "Intro line one", "continues here.", "", "first item", "", "second item", "",
            "third item", "", "quoted line", "", "a b", "", "c d",
        ])
    }

    @Test("front matter: YAML with quotes, comments and lists; TOML; a title from the first heading")
    func frontMatter() throws {
        let yaml = """
            ---
            title: 'It''s "done"'
            date: "2016-07-19"
            authors:
              - Priya Shah
              - Tom Baker
            nested:
              key: ignored
            source: Example Rail News # the outlet
            ---
            Body text here.
            """
        let a = try #require(Reading.article(yaml, name: "a.md"))
        #expect(a.title == "It's \"done\"")
        #expect(a.published?.description == "2016-07-19")
        #expect(a.byline == "Priya Shah, Tom Baker")
        #expect(a.source == "Example Rail News")
        #expect(a.body == "Body text here.")

        let toml = "+++\ntitle = \"From TOML\"\ndate = 2016-09-02T10:00:00Z\n+++\nBody."
        let b = try #require(Reading.article(toml, name: "b.md"))
        #expect(b.title == "From TOML")
        #expect(b.published?.description == "2016-09-02T10:00:00Z")

        let heading = try #require(Reading.article("# Heading title\n\nBody.", name: "c.md"))
        #expect(heading.title == "Heading title")
        #expect(heading.body == "Body.")
    }

    @Test("front matter that is never closed is read as text, with a warning")
    func unclosed() {
        let outcomes = Reading.read("---\ntitle: x\n\n# Real title\n\nBody text.", name: "d.md")
        #expect(outcomes.articles.first?.title == "Real title")
        #expect(outcomes.warnings.map(\.message).contains("front matter has no closing ---; read as text"))
    }
}

@Suite("Markdown on hostile lines")
struct MarkdownHostileTests {
    @Test("a 2 MB line of unclosed links, brackets or tags is read in linear time", arguments: ["[", "[a](", "<", "![x", "[a][", "*_"])
    func hostile(_ unit: String) throws {
        let line = String(repeating: unit, count: 2_000_000 / unit.utf8.count) + " end."
        let a = try #require(Reading.article("---\ntitle: Hostile\ndate: 2016-01-01\n---\n" + line, name: "h.md"))
        #expect(a.body.hasSuffix("end."))
    }
}
