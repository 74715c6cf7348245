import Testing
@testable import TimelineRendering

@Suite("MarkdownEscaping")
struct MarkdownEscapingTests {
    @Test("inline markup characters are escaped the way every renderer reads", arguments: [
        ("*bold* and _em_", "\\*bold\\* and \\_em\\_"),
        ("snake_case `code`", "snake\\_case \\`code\\`"),
        ("[1] and [link](x)", "\\[1\\] and \\[link\\](x)"),
        ("back\\slash", "back\\\\slash"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("&lt;b&gt; & co", "&amp;lt;b&amp;gt; &amp; co"),
        ("a | b", "a &#124; b"),
        ("~~gone~~", "&#126;&#126;gone&#126;&#126;"),
        ("$5-$10", "&#36;5-&#36;10"),
        ("C# 7 and #1", "C\\# 7 and \\#1"),
        ("see https://x.example/a and www.y.example", "see https&#58;//x.example/a and www&#46;y.example"),
        ("awww.no", "awww.no"),
        ("plain text, stays: as is!", "plain text, stays: as is!"),
    ])
    func inline(_ input: String, _ expected: String) {
        #expect(MarkdownEscaping.escape(input) == expected)
    }

    @Test("text that would open a block at the start of a line cannot", arguments: [
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("1. first", "1\\. first"),
        ("2015) list", "2015\\) list"),
        ("2015 was dry", "2015 was dry"),
        ("> quote", "&gt; quote"),
        ("# heading", "\\# heading"),
        ("=== underline", "&#61;== underline"),
    ])
    func lineStart(_ input: String, _ expected: String) {
        #expect(MarkdownEscaping.escape(input) == expected)
    }

    @Test("article text becomes one clean line: breaks, controls and bidi overrides go")
    func cleaning() {
        let text = "one\r\ntwo\u{2028}three\u{1B}[31m\u{202E}four\u{0}\u{FEFF}  five\t\u{0B}six\u{0C}seven\u{85}eight"
        #expect(MarkdownEscaping.inline(text) == "one two three\\[31mfour five six seven eight")
    }

    @Test("a very long word is cut with an ellipsis, short ones stay")
    func longWords() {
        let long = String(repeating: "x", count: 500)
        let shortened = MarkdownEscaping.inline("a \(long) b", maxWordLength: 80)
        #expect(shortened == "a " + String(repeating: "x", count: 79) + "… b")
        #expect(MarkdownEscaping.inline("Donaudampfschifffahrtsgesellschaft", maxWordLength: 80) == "Donaudampfschifffahrtsgesellschaft")
    }

    @Test("a letter stacked with hundreds of combining marks keeps sixteen scalars")
    func zalgo() {
        let cleaned = MarkdownEscaping.inline(Hostile.zalgo)
        #expect(cleaned.unicodeScalars.count == 16)
        #expect(cleaned.first?.unicodeScalars.first == "Z")
    }

    @Test("only absolute http(s) addresses become link destinations, made safe", arguments: [
        ("https://x.example/a?b=1&c=2", "https://x.example/a?b=1&c=2"),
        ("http://x.example/a b(c)<d>\"e\"", "http://x.example/a%20b%28c%29%3Cd%3E%22e%22"),
        ("https://x.example/é", "https://x.example/%C3%A9"),
        (" HTTPS://x.example ", "HTTPS://x.example"),
    ])
    func addresses(_ input: String, _ expected: String) {
        #expect(WebAddress.linkable(input) == expected)
    }

    @Test("scripts, data, relative and empty addresses are not linked", arguments: [
        "javascript:alert(1)", "data:text/html,x", "//relative.example/x", "/path", "https://", "", "ftp://x.example",
    ])
    func unlinkable(_ input: String) {
        #expect(WebAddress.linkable(input) == nil)
    }
}
