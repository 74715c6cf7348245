import DateNormalizer
import Foundation
import Timeline

/// Article text written to break outputs: Markdown and HTML, control characters, bidi overrides, very
/// long words, quotes, commas, semicolons and line breaks. Every renderer must turn it into output that
/// parses back, shows the text as text and keeps the structure.
enum Hostile {
    static let zalgo = "Z" + String(String.UnicodeScalarView((0..<300).map { Unicode.Scalar(0x300 + UInt32($0 % 0x6F))! }))

    static let texts: [String] = [
        "*bold* _em_ __strong__ `code` ~~gone~~ **not** ***really***",
        "[click](javascript:alert(1)) ![img](http://img.example/x.png) <http://auto.example> [ref][1]\n\n[1]: http://ref.example",
        "<script>alert('x')</script> <img src=x onerror=alert(1)> <b>bold</b> <!-- comment -->",
        "&lt;script&gt; &amp; &#x202E; &copy; &#60;b&#62;",
        "# heading\n> quote\n- item\n+ plus\n1. one\n2) two\n---\n===\n    indented code\n```\nfence\n```",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "line one\r\nline two\rline three\u{2028}line four\u{2029}line five\u{0B}\u{0C}end",
        "nul\u{0}bell\u{7}esc\u{1B}[31mred\u{1B}[0m del\u{7F} c1\u{85}\u{9B}2J back\u{8}space",
        "bidi \u{202E}desrever\u{202C} embed \u{202B}x\u{202C} isolate \u{2066}x\u{2069}\u{2067}y\u{2069}\u{2068}z\u{2069} bom\u{FEFF}",
        String(repeating: "A", count: 5000),
        "quotes \"double\" 'single' “curly”, commas, semicolons; back\\slash \\n \\, \\;",
        "$5-$10 and $x$ math, :smile: emoji, @mention, #123, https://bare.example/path www.bare.example",
        "=SUM(A1:A9)",
        "+1 555 0100",
        "-2 people",
        "@import url(x)",
        zalgo,
        "emoji 👩‍👩‍👧‍👦 🇫🇷 and CJK 洪水警報 and RTL שלום עולם and العربية",
        "#",
        "1. starts like a list",
        "> starts like a quote",
        "",
        "   \t  ",
    ]

    /// One event per hostile text, the text in every field an event has (summary, headline, outlet,
    /// sentence, mention), with addresses that must never become links.
    static let events: [Event] = texts.enumerated().map { index, text in
        let day = CivilDate(year: 2015, month: 12, day: 1 + index % 28)!
        let urls: [String?] = [
            "javascript:alert(1)", "https://ok.example/a b\"c<d>(e)", nil, "data:text/html,<script>x</script>",
            "https://ok.example/\(index)?q=1&r=2", "//relative.example", " https://spaced.example/x ",
        ]
        let source = EventSource(article: Int64(index + 1), title: text, source: text, url: urls[index % urls.count],
                                 published: index % 5 == 0 ? text : "2015-12-16", sentence: text, mention: text)
        let other = EventSource(article: Int64(1000 + index), title: "Plain headline \(index)", source: nil,
                                url: nil, published: nil, sentence: text, mention: "on Tuesday")
        return Event(id: Int64(index + 1), date: EventDate(value: "2015-12-\(day.day < 10 ? "0" : "")\(day.day)",
                                                          interval: CalendarInterval(day: day), granularity: .day),
                     summary: text, sources: index % 2 == 0 ? [source, other] : [source], salience: 1)
    }
}
