/// Turns Markdown into plain text lines, as article text: markup goes, words stay.
///
/// - headings (`## Talks`, and `Talks` underlined with `===`/`---`) become lines of their own;
/// - emphasis (`*`, `**`, `_`, `__`, `~~`) and code spans lose their marks; `[text](url)` and
///   `[text][ref]` become `text`; images (`![alt](src)`), link definitions, HTML tags and comments go;
/// - list items and quotes lose their markers and each item is its own paragraph;
/// - fenced code blocks and horizontal rules are dropped; table rows keep their cells' text;
/// - backslash escapes and HTML character references are decoded.
///
/// Lines come out with blank lines between blocks, for `ParagraphBuilder` in `.blocks` mode.
enum MarkdownText {
    struct Result {
        var lines: [ArraySlice<UInt8>]
        /// The text of the first level-1 heading, which is removed from the lines.
        var firstHeading: String?
    }

    static func plainLines(_ text: ArraySlice<UInt8>, takeFirstHeading: Bool) -> Result {
        var out: [ArraySlice<UInt8>] = []
        var firstHeading: String?
        var fence: [UInt8]?
        let lines = Bytes.lines(text)
        var index = 0
        func blank() { if let last = out.last, !last.isEmpty { out.append([][...]) } }
        while index < lines.count {
            let line = lines[index]
            index += 1
            let t = Bytes.trimmed(line)
            // Fenced code: dropped.
            if let f = fence {
                if t.starts(with: f) { fence = nil }
                continue
            }
            if t.starts(with: "```".utf8) || t.starts(with: "~~~".utf8) {
                fence = Array(t.prefix(3))
                blank()
                continue
            }
            if t.isEmpty {
                blank()
                continue
            }
            // Setext heading: the previous line was text, this one is `===` or `---`.
            if isUnderline(t), let last = out.last, !last.isEmpty {
                out.removeLast()
                blank()
                if takeFirstHeading, firstHeading == nil, t.first == 0x3D {
                    firstHeading = Bytes.string(last)
                } else {
                    out.append(last)
                }
                blank()
                continue
            }
            if isRule(t) {
                blank()
                continue
            }
            // Link reference definitions: `[id]: https://...`.
            if t.first == 0x5B, let close = t.firstIndex(of: 0x5D), close + 1 < t.endIndex, t[close + 1] == 0x3A { continue }
            var body = t
            var ownBlock = false
            // ATX heading.
            var level = 0
            while level < body.count, body[body.startIndex + level] == 0x23 { level += 1 }
            if level >= 1, level <= 6, level == body.count || Bytes.isSpace(body[body.startIndex + level]) {
                body = Bytes.trimmed(body.dropFirst(level))
                while let last = body.last, last == 0x23 { body = body.dropLast() }
                body = Bytes.trimmed(body)
                let inline = Bytes.collapsedSpaces(inlineText(body)[...])
                blank()
                if takeFirstHeading, firstHeading == nil, level == 1 {
                    firstHeading = Bytes.string(inline)
                } else if !inline.isEmpty {
                    out.append(inline)
                }
                blank()
                continue
            }
            // Quotes.
            while body.first == 0x3E { body = Bytes.trimmed(body.dropFirst()) }
            // List items: `- `, `* `, `+ `, `1. `, `1) `.
            if let marker = listMarker(body) {
                body = Bytes.trimmed(body.dropFirst(marker))
                ownBlock = true
            }
            // Table rows: cells joined; the `|---|` row dropped.
            if body.first == 0x7C {
                if body.allSatisfy({ $0 == 0x7C || $0 == 0x2D || $0 == 0x3A || Bytes.isSpace($0) }) { continue }
                body = body.map { $0 == 0x7C ? Bytes.space : $0 }[...]
                ownBlock = true
            }
            let inline = Bytes.collapsedSpaces(inlineText(body)[...])
            if inline.isEmpty { continue }
            if ownBlock { blank() }
            out.append(inline)
            if ownBlock { blank() }
        }
        while let last = out.last, last.isEmpty { out.removeLast() }
        return Result(lines: out, firstHeading: firstHeading)
    }

    static func isUnderline(_ t: ArraySlice<UInt8>) -> Bool {
        guard let first = t.first, first == 0x3D || first == 0x2D else { return false }
        return t.allSatisfy { $0 == first }
    }

    /// `---`, `***`, `___`, with optional spaces.
    static func isRule(_ t: ArraySlice<UInt8>) -> Bool {
        guard let first = t.first, first == 0x2D || first == 0x2A || first == 0x5F else { return false }
        var n = 0
        for b in t {
            if b == first { n += 1 } else if !Bytes.isSpace(b) { return false }
        }
        return n >= 3
    }

    static func listMarker(_ t: ArraySlice<UInt8>) -> Int? {
        guard let first = t.first else { return nil }
        let s = t.startIndex
        if first == 0x2D || first == 0x2A || first == 0x2B { return t.count > 1 && t[s + 1] == Bytes.space ? 2 : nil }
        var k = s
        while k < t.endIndex, Bytes.isDigit(t[k]), k - s < 3 { k += 1 }
        if k > s, k + 1 < t.endIndex, t[k] == 0x2E || t[k] == 0x29, t[k + 1] == Bytes.space { return k + 2 - s }
        return nil
    }

    /// One line's inline markup removed.
    static func inlineText(_ s: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = s.startIndex
        let end = s.endIndex
        // Where a failed look-ahead for a link or a tag stopped: openers before it are not tried again,
        // so a line of ten million `[` or `<` stays linear.
        var noLinkBefore = s.startIndex
        var noTagBefore = s.startIndex
        while i < end {
            let b = s[i]
            switch b {
            case 0x5C:  // backslash escape
                if i + 1 < end, isPunctuation(s[i + 1]) {
                    out.append(s[i + 1])
                    i += 2
                } else {
                    out.append(b)
                    i += 1
                }
            case 0x21 where i + 1 < end && s[i + 1] == 0x5B && i + 1 >= noLinkBefore:  // image: dropped
                switch link(s, at: i + 1) {
                case .link(_, let next): i = next
                case .none(let stop):
                    noLinkBefore = stop
                    out.append(b)
                    i += 1
                }
            case 0x5B where i >= noLinkBefore:
                switch link(s, at: i) {
                case .link(let text, let next):
                    out.append(contentsOf: inlineText(text))
                    i = next
                case .none(let stop):
                    noLinkBefore = stop
                    out.append(b)
                    i += 1
                }
            case 0x3C where i >= noTagBefore:  // HTML tag, comment or autolink
                var k = i + 1
                while k < end, s[k] != 0x3E, k - i < 400 { k += 1 }
                if k < end, s[k] == 0x3E, k > i + 1, Bytes.isLetter(s[i + 1]) || s[i + 1] == 0x2F || s[i + 1] == 0x21 {
                    let inner = s[(i + 1)..<k]
                    if inner.starts(with: "http".utf8) { out.append(contentsOf: inner) }  // <https://...>
                    i = k + 1
                } else {
                    if k >= end || s[k] != 0x3E { noTagBefore = k }
                    out.append(b)
                    i += 1
                }
            case 0x60:  // code span: marks dropped, text kept
                i += 1
            case 0x2A, 0x5F, 0x7E:
                // Emphasis marks touch a word on one side and not on the other; `snake_case`, `5 * 3` stay.
                var k = i
                while k < end, s[k] == b { k += 1 }
                let before: UInt8? = i > s.startIndex ? s[i - 1] : nil
                let after: UInt8? = k < end ? s[k] : nil
                let wordBefore = before.map { !Bytes.isSpace($0) && !isPunctuation($0) } ?? false
                let wordAfter = after.map { !Bytes.isSpace($0) && !isPunctuation($0) } ?? false
                let spaceBefore = before.map(Bytes.isSpace) ?? true
                let spaceAfter = after.map(Bytes.isSpace) ?? true
                let isMark = (b == 0x7E && k - i >= 2) || (b != 0x7E && (wordBefore != wordAfter || (!spaceBefore && !spaceAfter && b == 0x2A)))
                if isMark && !(spaceBefore && spaceAfter) {
                    i = k
                } else {
                    out.append(contentsOf: s[i..<k])
                    i = k
                }
            case 0x26:
                let start = i
                var k = i + 1
                while k < end, k - i < 34, s[k] != 0x3B, !Bytes.isSpace(s[k]) { k += 1 }
                if k < end, s[k] == 0x3B {
                    HTMLEntities.decode(s[start...k], into: &out)
                    i = k + 1
                } else {
                    out.append(b)
                    i += 1
                }
            default:
                out.append(b)
                i += 1
            }
        }
        return out
    }

    static func isPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }

    enum Link {
        /// The link's text and the index after the link.
        case link(ArraySlice<UInt8>, next: Int)
        /// Not a link; the look-ahead stopped at `stop`.
        case none(stop: Int)
    }

    /// `[text](url)` or `[text][ref]`: the text (at most 1,000 bytes) and the index after the link
    /// (the target at most 2,000 bytes). `[text]` alone is not a link.
    static func link(_ s: ArraySlice<UInt8>, at open: Int) -> Link {
        var depth = 0
        var k = open
        while k < s.endIndex, k - open <= 1000 {
            if s[k] == 0x5B {
                depth += 1
            } else if s[k] == 0x5D {
                depth -= 1
                if depth == 0 { break }
            }
            k += 1
        }
        guard k < s.endIndex, s[k] == 0x5D else { return .none(stop: k) }
        let text = s[(open + 1)..<k]
        let after = k + 1
        guard after < s.endIndex else { return .none(stop: after) }
        let closer: UInt8
        switch s[after] {
        case 0x28: closer = 0x29
        case 0x5B: closer = 0x5D
        default: return .none(stop: open + 1)
        }
        var m = after + 1
        var parens = 0
        while m < s.endIndex, m - after <= 2000 {
            if s[m] == closer && parens == 0 { break }
            if closer == 0x29 {
                if s[m] == 0x28 { parens += 1 } else if s[m] == 0x29 { parens -= 1 }
            }
            m += 1
        }
        guard m < s.endIndex, s[m] == closer, m - after <= 2000 else { return .none(stop: m) }
        return .link(text, next: m + 1)
    }
}
