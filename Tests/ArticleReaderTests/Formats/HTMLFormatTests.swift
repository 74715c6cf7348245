@testable import ArticleReader
import Foundation
import Testing

@Suite("HTML articles")
struct HTMLFormatTests {
    static func decode(_ s: String) -> String {
        String(decoding: HTMLEntities.decode(Array(s.utf8)[...]), as: UTF8.self)
    }

    @Test("character references: named, decimal, hexadecimal, legacy and unknown")
    func entities() {
        #expect(Self.decode("Tom &amp; Jerry &mdash; &ldquo;hi&rdquo; &rsquo;s &nbsp;x") == "Tom & Jerry — “hi” ’s \u{00A0}x")
        #expect(Self.decode("&#8220;A&#x201D; &#X41; &#233;&eacute;") == "“A” A éé")
        #expect(Self.decode("&amp &lt;b&gt; AT&T &unknown; & alone &#; &#x;") == "& <b> AT&T &unknown; & alone &#; &#x;")
        #expect(Self.decode("&#0; &#x110000; &#xD800; &#150;") == "\u{FFFD} \u{FFFD} \u{FFFD} –")
        #expect(Self.decode("&copy;2016 &euro;5 &hellip;") == "©2016 €5 …")
    }

    @Test("script, style, nav, aside, header, footer, noscript and form text never reaches the body")
    func skipped() throws {
        let html = """
            <html><head><title>Page</title><style>p{}</style></head><body>
            <nav>NAV</nav><header>HEADER</header>
            <p>Kept one.</p><script>var x = "<p>SCRIPT</p>";</script>
            <aside><p>ASIDE</p></aside><noscript>NOSCRIPT</noscript><form><p>FORM</p><button>BUTTON</button></form>
            <p>Kept two.</p><footer><p>FOOTER</p></footer><template><p>TEMPLATE</p></template>
            <svg><text>SVG</text></svg><iframe>IFRAME</iframe><p>Kept three.</p>
            </body></html>
            """
        let a = try #require(Reading.article(html, name: "a.html", options: .init(reference: nil)))
        #expect(a.paragraphs == ["Kept one.", "Kept two.", "Kept three."])
        for word in ["NAV", "HEADER", "SCRIPT", "ASIDE", "NOSCRIPT", "FORM", "BUTTON", "FOOTER", "TEMPLATE", "SVG", "IFRAME"] {
            #expect(!a.body.contains(word), "\(word) leaked into the body")
        }
    }

    @Test("title from og:title, then <h1>, then <title> without the site name")
    func titles() {
        #expect(Reading.article(#"<meta property="og:title" content="OG &amp; title"><h1>H1</h1><p>Text.</p>"#, name: "a.html")?.title == "OG & title")
        #expect(Reading.article("<title>T | Site</title><h1>The <em>H1</em> title</h1><p>Text.</p>", name: "a.html")?.title == "The H1 title")
        #expect(Reading.article("<title>Council votes on budget | Example Gazette</title><p>Text.</p>", name: "a.html")?.title == "Council votes on budget")
    }

    @Test("publication time: meta, then JSON-LD, then <time datetime>, then a dateline line")
    func times() {
        let meta = #"<meta property="article:published_time" content="2016-02-24T16:45:00+01:00"><time datetime="2016-01-01">x</time><p>Text.</p>"#
        #expect(Reading.article(meta, name: "a.html")?.published?.description == "2016-02-24T16:45:00+01:00")
        let ld = #"<script type="application/ld+json">[{"@type": "NewsArticle", "datePublished": "2016-02-06"}]</script><time datetime="2016-01-01">x</time><p>Text.</p>"#
        #expect(Reading.article(ld, name: "a.html")?.published?.description == "2016-02-06")
        let time = #"<p>Text.</p><article><p><time datetime="2016-03-04T05:06">March 4</time> Text.</p></article>"#
        #expect(Reading.article(time, name: "a.html")?.published?.description == "2016-03-04T05:06")
        let line = "<article><p>Posted 5 March 2016</p><p>Text of the story.</p></article>"
        let a = Reading.article(line, name: "a.html")
        #expect(a?.published?.description == "2016-03-05")
        #expect(a?.paragraphs == ["Text of the story."])
    }

    @Test("the article with the most text wins over related-story cards")
    func biggestArticle() {
        let html = "<article><p>Card one.</p></article><article><p>The main story is here. It has more text than the cards.</p></article><article><p>Card two.</p></article>"
        #expect(Reading.article(html, name: "a.html")?.body == "The main story is here. It has more text than the cards.")
    }

    @Test("tokenizer: comments, CDATA, doctype, processing instructions, raw text and attributes")
    func tokenizer() {
        let html = "<!DOCTYPE html><?xml x?><!-- <p>comment</p> --><p a=1 b='2' c=\"3\" d>One <![CDATA[two]]> three</p><!--><!---><p>Four</p><textarea><p>raw</p></textarea><p>Five</p>"
        #expect(Reading.article(html, name: "a.html")?.paragraphs == ["One two three", "Four", "Five"])
        let unclosed = "<p>Before.</p><!-- never closed <p>After.</p>"
        #expect(Reading.article(unclosed, name: "a.html")?.paragraphs == ["Before."])
        let attribute = #"<p>Before.</p><p title="never closed>After.</p>"#
        #expect(Reading.article(attribute, name: "a.html")?.paragraphs == ["Before."])
    }

    @Test("200,000 levels of nesting and 200,000 stray end tags are read in linear time, without recursion")
    func deepNesting() throws {
        let depth = 200_000
        var html = "<html><body><article><h1>Deep</h1>"
        html += String(repeating: "<div><blockquote>", count: depth)
        html += "<p>Deep text.</p>"
        html += String(repeating: "</section>", count: depth)
        html += "</article></body></html>"
        let a = try #require(Reading.article(html, name: "deep.html"))
        #expect(a.title == "Deep")
        #expect(a.body == "Deep text.")
    }
}
