/// Reads Markdown with front matter, as static-site generators write it.
///
/// ```markdown
/// ---
/// title: "Russia, US call for common ground"
/// date: 2015-12-16 09:37
/// source: Xinhua
/// ---
/// MOSCOW -- Russian Foreign Minister *Sergei Lavrov* met [John Kerry](https://example.com/kerry) ...
/// ```
///
/// Front matter keys: `title`; `date` (or `published`, `publishDate`, `pubDate`, `datePublished`);
/// `source` (or `publisher`, `agency`, `outlet`); `author`/`authors`/`byline`; `url` (or `link`,
/// `canonical`, `canonicalURL`). Without a `title`, the first `# Heading` is the title. The body is
/// `MarkdownText`'s plain text, one paragraph per block.
enum MarkdownFormat {
    static func read(_ text: [UInt8]) -> FormatItem {
        var raw = RawArticle()
        raw.paragraphs = .blocks
        raw.boilerplate = .structured
        raw.readsHeaderLines = true
        var bodyStart = 0
        var unclosed = false
        if let (matter, start) = FrontMatter.parse(text[...], unclosed: &unclosed) {
            bodyStart = start
            let f = matter.fields
            func first(_ keys: [String]) -> String? { keys.lazy.compactMap { f[$0] }.first { !$0.isEmpty } }
            raw.title = first(["title", "headline"]).map { Bytes.string(Bytes.collapsedSpaces(Array($0.utf8)[...])) }
            if let date = first(["date", "published", "publishdate", "pubdate", "datepublished", "publish_date"]) {
                raw.dateline = PublishedDate.parse(date)
                if raw.dateline == nil { raw.warnings.append("front matter date \"\(date.prefix(60))\" not understood; ignored") }
            }
            raw.source = first(["source", "publisher", "agency", "outlet", "site"])
            raw.byline = first(["author", "authors", "byline"])
            raw.url = first(["url", "link", "canonical", "canonicalurl", "canonical_url"])
        } else if unclosed {
            raw.warnings.append("front matter has no closing ---; read as text")
        }
        let body = MarkdownText.plainLines(text[bodyStart...], takeFirstHeading: raw.title == nil)
        if raw.title == nil { raw.title = body.firstHeading }
        raw.lines = body.lines
        return .raw(raw, line: nil)
    }
}
