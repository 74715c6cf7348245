/// Turns article text into Markdown that renders as exactly that text, on GitHub (cmark-gfm), in
/// CommonMark renderers and in python-markdown.
///
/// Article text is data, never markup: "*Exclusive*", "snake_case", "[1]", "<script>", "| col |",
/// "&lt;b&gt;" and "# 1 story" must all show as typed. The three renderers accept different backslash
/// escapes (python-markdown knows only `` \`*_{}[]()>#+-.! ``), so characters outside that set are written
/// as numeric character references, which all three decode.
enum MarkdownEscaping {
    /// `text` cleaned to one line, with long words shortened, made inert as inline Markdown.
    ///
    /// - Parameters:
    ///   - text: Article text: a summary, a headline, an outlet's name.
    ///   - maxWordLength: Words (runs without spaces) longer than this many characters are cut, ending
    ///     in "…". A scraped base64 blob or a 5,000-character URL would otherwise stretch the page.
    static func inline(_ text: String, maxWordLength: Int = 80) -> String {
        let cleaned = TextCleaning.limitingMarks(TextCleaning.singleLine(text))
        return escape(shorteningWords(cleaned, to: maxWordLength))
    }

    /// Backslash-escapes or entity-encodes every character that could start Markdown or HTML.
    ///
    /// Expects one line (see `TextCleaning.singleLine`): line breaks are the caller's business.
    static func escape(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        var out = ""
        out.reserveCapacity(line.utf8.count + 8)
        var i = 0
        // Block syntax counts only at the start of a line (a list marker, a setext underline). Our text
        // never starts a line, but a caller may put it there. `#`, `>` and `*` are escaped everywhere below.
        if let first = scalars.first {
            if first == "-" || first == "+" {
                out += "\\"
                out.unicodeScalars.append(first)
                i = 1
            } else if first == "=" {
                out += "&#61;"
                i = 1
            } else if ("0"..."9").contains(first) {
                let digits = scalars.prefix { ("0"..."9").contains($0) }
                if digits.count < scalars.count, scalars[digits.count] == "." || scalars[digits.count] == ")" {
                    out.unicodeScalars.append(contentsOf: digits)
                    out += "\\"
                    out.unicodeScalars.append(scalars[digits.count])
                    i = digits.count + 1
                }
            }
        }
        while i < scalars.count {
            let scalar = scalars[i]
            defer { i += 1 }
            switch scalar {
            // Emphasis, code spans, links and images, headings, escapes themselves. Once `[` and `]`
            // are escaped no link or image can open, so `!`, `(` and `)` may stay as they are.
            case "\\", "`", "*", "_", "[", "]", "#":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "<": out += "&lt;"  // raw HTML and autolinks
            case ">": out += "&gt;"
            case "&": out += "&amp;"  // "&lt;b&gt;" in the article stays that text
            case "|": out += "&#124;"  // a table cell separator in GFM; python-markdown has no `\|`
            case "~": out += "&#126;"  // GFM strikethrough
            case "$": out += "&#36;"  // GitHub math: "$5-$10"
            // GitHub links bare addresses ("https://...", "www...."); a character reference where it looks
            // for them keeps the text as text. (It also links e-mail addresses, which nothing here stops;
            // a `mailto:` link cannot run anything.)
            case ":" where i + 2 < scalars.count && scalars[i + 1] == "/" && scalars[i + 2] == "/":
                out += "&#58;"
            case "." where i >= 3 && isWWW(scalars, before: i):
                out += "&#46;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `scalars[end - 3 ..< end]` is "www" (any case) at the start of a word.
    private static func isWWW(_ scalars: [Unicode.Scalar], before end: Int) -> Bool {
        for k in (end - 3)..<end where scalars[k] != "w" && scalars[k] != "W" { return false }
        guard end - 4 >= 0 else { return true }
        let previous = scalars[end - 4]
        return !(previous.properties.isAlphabetic || ("0"..."9").contains(previous))
    }

    /// `text` with every word longer than `limit` characters cut to `limit - 1` characters plus "…".
    static func shorteningWords(_ text: String, to limit: Int) -> String {
        guard limit > 1 else { return text }
        // A word of more than `limit` characters has more than `limit` bytes: without such a run of
        // bytes, nothing is cut.
        let longRun = text.withBytes { bytes in
            var run = 0
            for byte in bytes {
                run = byte == 0x20 ? 0 : run + 1
                if run > limit { return true }
            }
            return false
        }
        guard longRun else { return text }
        var out = ""
        var word = ""
        var wordLength = 0
        func flush() {
            if wordLength > limit {
                out += word.prefix(limit - 1) + "…"
            } else {
                out += word
            }
            word = ""
            wordLength = 0
        }
        for character in text {
            if character == " " {
                flush()
                out.append(character)
            } else {
                word.append(character)
                wordLength += 1
            }
        }
        flush()
        return out
    }
}
