import Foundation
import Testing
import Timeline
@testable import TimelineRendering

/// The reports, rendered by real Markdown renderers: cmark-gfm (GitHub's, with its extensions) and
/// python-markdown. Each test skips when its renderer is missing; CI installs both with
/// `apt-get install -y cmark-gfm` and `pip install markdown`.
@Suite("Markdown in real renderers")
struct MarkdownRealRendererTests {
    static let story = MarkdownRenderer().render(Story.events, metadata: Story.metadata)
    static let hostile = MarkdownRenderer().render(Hostile.events, metadata: ReportMetadata(title: Hostile.texts[2]))

    // MARK: cmark-gfm

    @Test("cmark-gfm reads the story as title, year and month headings, event lists and sources",
          .enabled(if: ExternalTool.hasCmarkGFM, "cmark-gfm is not installed (apt-get install -y cmark-gfm)"))
    func cmarkStructure() throws {
        let tree = try MarkdownTree.cmarkGFM(Self.story)
        let headings = tree.all("heading").map { "\($0.attributes["level"] ?? "?") \($0.text)" }
        #expect(headings == [
            "1 Chronology: Lindmere, Harbor Bridge and River Vell", "2 The 1990s", "2 2015", "3 September",
            "3 November", "3 December", "2 2016", "3 January", "2 Sources",
        ])
        let lists = tree.children.filter { $0.name == "list" }
        #expect(lists.map { $0.children.count } == [1, 2, 1, 1, 5, 1, 1, 7])
        #expect(lists.last?.attributes["type"] == "ordered")
        #expect(tree.all("code_block").count == 1, "the chart")
        let links = tree.all("link")
        #expect(links.count == 6)
        #expect(links.allSatisfy { $0.attributes["destination"]?.hasPrefix("https://") == true })
        #expect(links.first { $0.text.hasPrefix("Lindmere floods") }?.text == "Lindmere floods | Live updates: levee *breached* at Harbor Bridge")
        let strong = tree.all("strong").map(\.text)
        #expect(strong.count == 12 && strong.contains("December 16 (night)"))
        #expect(tree.all("emph").isEmpty && tree.all("html_inline").isEmpty && tree.all("html_block").isEmpty)
    }

    @Test("cmark-gfm shows hostile article text as text: no HTML, emphasis, links, code, tables or strikethrough",
          .enabled(if: ExternalTool.hasCmarkGFM, "cmark-gfm is not installed (apt-get install -y cmark-gfm)"))
    func cmarkHostile() throws {
        let tree = try MarkdownTree.cmarkGFM(Self.hostile)
        for kind in ["html_inline", "html_block", "emph", "code", "table", "strikethrough", "image", "block_quote", "thematic_break"] {
            #expect(tree.all(kind).isEmpty, "\(kind) nodes: \(tree.all(kind).map(\.text))")
        }
        #expect(tree.all("code_block").count == 0, "no chart for one month, and no code from article text")
        // Only our own bold labels and our own links to the sources list.
        #expect(tree.all("strong").count == Hostile.events.count)
        let links = tree.all("link")
        #expect(links.allSatisfy { ($0.attributes["destination"] ?? "").hasPrefix("https://ok.example/") || ($0.attributes["destination"] ?? "").hasPrefix("https://spaced.example/") },
                "links: \(links.map { $0.attributes["destination"] ?? "" })")
        let headings = tree.all("heading").map(\.text)
        #expect(headings == ["<script>alert('x')</script> <img src=x onerror=alert(1)> <b>bold</b> <!-- comment -->", "2015", "December", "Sources"])
        let lists = tree.children.filter { $0.name == "list" }
        #expect(lists.count == 2)
        #expect(lists.first?.children.count == Hostile.events.count, "one list item per event")
        #expect(lists.last?.children.count == Set(Hostile.events.flatMap { $0.sources.map(\.article) }).count)
        // The text survives as text.
        let all = tree.text
        #expect(all.contains("*bold* _em_ __strong__ `code` ~~gone~~"))
        #expect(all.contains("<script>alert('x')</script>"))
        #expect(all.contains("&lt;script&gt; &amp; &#x202E;"))
        #expect(all.contains("| a | b | |---|---| | 1 | 2 |"))
        #expect(all.contains("$5-$10 and $x$ math"))
        #expect(all.contains("https://bare.example/path www.bare.example"))
        #expect(!all.unicodeScalars.contains { TextCleaning.isStripped($0) && $0 != "\n" })
    }

    // MARK: python-markdown

    @Test("python-markdown reads the story with the same headings, lists and links",
          .enabled(if: ExternalTool.hasPythonMarkdown, "python-markdown is not installed (pip install markdown)"))
    func pythonStructure() throws {
        let tree = try MarkdownTree.pythonMarkdown(Self.story)
        let headings = tree.descendants.filter { ["h1", "h2", "h3"].contains($0.name) }.map { "\($0.name) \($0.text)" }
        #expect(headings == [
            "h1 Chronology: Lindmere, Harbor Bridge and River Vell", "h2 The 1990s", "h2 2015", "h3 September",
            "h3 November", "h3 December", "h2 2016", "h3 January", "h2 Sources",
        ])
        #expect(tree.children.filter { $0.name == "ul" }.map { $0.all("li").count } == [1, 2, 1, 1, 5, 1, 1])
        #expect(tree.children.filter { $0.name == "ol" }.first?.all("li").count == 7)
        #expect(tree.all("pre").count == 1, "the chart")
        #expect(tree.all("a").count == 6)
        #expect(tree.all("a").allSatisfy { $0.attributes["href"]?.hasPrefix("https://") == true })
        #expect(tree.all("strong").count == 12)
        #expect(tree.all("em").isEmpty)
        #expect(tree.text.contains("Lindmere floods | Live updates: levee *breached* at Harbor Bridge"))
    }

    @Test("python-markdown shows hostile article text as text: no script, no HTML, no emphasis, no foreign links",
          .enabled(if: ExternalTool.hasPythonMarkdown, "python-markdown is not installed (pip install markdown)"))
    func pythonHostile() throws {
        let tree = try MarkdownTree.pythonMarkdown(Self.hostile)
        let allowed: Set<String> = ["#text", "h1", "h2", "h3", "p", "ul", "ol", "li", "strong", "a"]
        let unexpected = Set(tree.descendants.map(\.name)).subtracting(allowed)
        #expect(unexpected.isEmpty, "unexpected elements: \(unexpected.sorted())")
        #expect(tree.all("script").isEmpty && tree.all("img").isEmpty && tree.all("em").isEmpty && tree.all("code").isEmpty)
        #expect(tree.all("strong").count == Hostile.events.count)
        #expect(tree.all("a").allSatisfy { ($0.attributes["href"] ?? "").hasPrefix("https://ok.example/") || ($0.attributes["href"] ?? "").hasPrefix("https://spaced.example/") })
        #expect(tree.children.first { $0.name == "ul" }?.all("li").count == Hostile.events.count)
        let all = tree.text
        #expect(all.contains("*bold* _em_ __strong__ `code` ~~gone~~"))
        #expect(all.contains("<script>alert('x')</script>"))
        #expect(all.contains("[click](javascript:alert(1))"))
        #expect(all.contains("# heading > quote - item + plus 1. one 2) two --- === indented code ``` fence ```"))
    }
}
