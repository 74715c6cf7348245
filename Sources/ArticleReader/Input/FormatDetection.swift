/// Decides an input's format: by file extension, else by its first bytes.
enum FormatDetection {
    /// Extensions read when walking a directory, and the format each means.
    static let extensions: [String: ArticleFormat] = [
        "txt": .text, "text": .text,
        "json": .json,
        "jsonl": .jsonl, "ndjson": .jsonl,
        "html": .html, "htm": .html, "xhtml": .html,
        "md": .markdown, "markdown": .markdown, "mdown": .markdown, "mkd": .markdown,
    ]

    /// The extension of the last path component, lowercased, or "" when it has none.
    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    static func format(forPath path: String) -> ArticleFormat? {
        extensions[fileExtension(path)]
    }

    /// The format the content looks like: `{` objects (one, or one per line), `[`, HTML tags, front matter.
    static func sniff(_ bytes: ArraySlice<UInt8>) -> ArticleFormat {
        var i = bytes.startIndex
        if bytes.count >= 3, bytes[i] == 0xEF, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { i += 3 }
        while i < bytes.endIndex, Bytes.isSpace(bytes[i]) { i += 1 }
        guard i < bytes.endIndex else { return .text }
        let head = bytes[i..<min(bytes.endIndex, i + 2048)]
        switch bytes[i] {
        case 0x7B:
            return firstLineIsWholeObject(bytes[i...]) ? .jsonl : .json
        case 0x5B:
            return .json
        case 0x3C:
            let lower = Bytes.lowercased(head)
            for tag in ["<!doctype", "<html", "<head", "<body", "<article", "<p", "<div", "<meta", "<title", "<h1", "<!--"]
            where contains(lower, Array(tag.utf8)) {
                return .html
            }
            return .text
        default:
            if Bytes.hasPrefix(head, caseInsensitive: Array("---\n".utf8)) || Bytes.hasPrefix(head, caseInsensitive: Array("---\r\n".utf8))
                || Bytes.hasPrefix(head, caseInsensitive: Array("+++\n".utf8))
            {
                return .markdown
            }
            if Bytes.hasPrefix(head, caseInsensitive: Array("# ".utf8)) { return .markdown }
            return .text
        }
    }

    /// JSON Lines: the first line is a complete object by itself, and more text follows on other lines.
    /// (A pretty-printed object's first line is a lone `{`.)
    static func firstLineIsWholeObject(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let newline = bytes.firstIndex(of: Bytes.newline) else { return false }
        let line = bytes[bytes.startIndex..<newline]
        let complete = line.withUnsafeBufferPointer { u -> Bool in
            var parser = JSONParser(u)
            guard (try? parser.skipValue()) != nil else { return false }
            parser.skipWhitespace()
            return parser.atEnd
        }
        return complete && bytes[(newline + 1)...].contains { !Bytes.isSpace($0) }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
