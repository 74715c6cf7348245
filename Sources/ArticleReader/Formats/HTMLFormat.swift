/// Reads an HTML page.
///
/// - **title**: `og:title` (or `twitter:title`), else the first `<h1>`, else `<title>` without a
///   ` | Site` suffix;
/// - **date**: `article:published_time` (or another publication `<meta>`), else JSON-LD `datePublished`,
///   else the first `<time datetime>` (one inside the article first), else a dateline line in the body;
/// - **source**: `og:site_name` or JSON-LD `publisher.name`; **byline**: `<meta name="author">` or
///   JSON-LD `author.name`; **url**: `<link rel="canonical">` or `og:url`;
/// - **text**: the blocks of the `<article>` (or `itemprop="articleBody"`) with the most text, else of
///   `<main>`, else every `<p>`, else any text in the page, each block a paragraph. Text inside
///   `script`, `style`, `nav`, `aside`, `header`, `footer`, `noscript`, `form`, `figcaption`, `svg`,
///   `button`, `select`, `template` and `iframe` never reaches it. A page with no text at all is
///   rejected (`.noHTMLText`).
///
/// Nesting is tracked with a stack of the elements that matter, closed by name like a browser does,
/// with per-element counts so a stray end tag costs nothing: linear time however deep or broken the
/// markup, and no recursion.
enum HTMLFormat {
    enum Tag: Int, CaseIterable {
        case html, head, body, title, meta, link, script
        case article, main, p, h1, heading, li, blockquote, pre, div, section, table, cell, br, listBlock, time
        case skip
    }

    static let tags: [[UInt8]: Tag] = {
        var t: [[UInt8]: Tag] = [:]
        let rows: [(String, Tag)] = [
            ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta), ("link", .link),
            ("script", .script), ("article", .article), ("main", .main), ("p", .p), ("h1", .h1),
            ("h2", .heading), ("h3", .heading), ("h4", .heading), ("h5", .heading), ("h6", .heading),
            ("li", .li), ("dt", .li), ("dd", .li), ("blockquote", .blockquote), ("pre", .pre),
            ("div", .div), ("section", .section), ("address", .div), ("center", .div), ("details", .div),
            ("summary", .div), ("caption", .div), ("figure", .div), ("hgroup", .div),
            ("table", .table), ("tr", .cell), ("td", .cell), ("th", .cell), ("br", .br), ("hr", .br),
            ("ul", .listBlock), ("ol", .listBlock), ("dl", .listBlock), ("time", .time),
            ("style", .skip), ("nav", .skip), ("aside", .skip), ("header", .skip), ("footer", .skip),
            ("noscript", .skip), ("form", .skip), ("figcaption", .skip), ("svg", .skip), ("math", .skip),
            ("button", .skip), ("select", .skip), ("textarea", .skip), ("template", .skip), ("iframe", .skip),
            ("object", .skip), ("embed", .skip), ("canvas", .skip), ("video", .skip), ("audio", .skip),
            ("menu", .skip), ("dialog", .skip), ("noembed", .skip), ("noframes", .skip),
        ]
        for (name, tag) in rows { t[Array(name.utf8)] = tag }
        return t
    }()

    static func read(_ bytes: [UInt8]) -> FormatItem {
        bytes.withUnsafeBufferPointer { u in
            var extractor = Extractor(u: u)
            extractor.run()
            return extractor.result()
        }
    }

    /// A block of text and where it stood.
    struct Block {
        var text: [UInt8]
        /// Which `<article>` (or articleBody element) held it, counting from 1; 0 for none.
        var article: Int
        var inMain: Bool
        /// Inside a `<p>`, list item, quote or subheading: running text rather than page furniture.
        var isParagraph: Bool
        /// Inside `<h1>`...`<h6>` and no `<p>`.
        var isHeading: Bool
    }

    struct Extractor {
        let u: UnsafeBufferPointer<UInt8>
        var stack: [(tag: Tag, container: Bool)] = []
        var counts = [Int](repeating: 0, count: Tag.allCases.count)
        var containerDepth = 0
        var containerOrdinal = 0
        var blocks: [Block] = []
        var current: [UInt8] = []
        var h1: [UInt8]?
        var collectingH1 = false
        var titleText: [UInt8]?
        var meta: [String: String] = [:]
        var canonical: String?
        var timeInArticle: String?
        var timeAnywhere: String?
        var jsonLD: [[UInt8]] = []
        var pendingJSONLD = false
        var sawBody = false

        init(u: UnsafeBufferPointer<UInt8>) { self.u = u }

        func count(_ tag: Tag) -> Int { counts[tag.rawValue] }

        mutating func run() {
            var tokenizer = HTMLTokenizer(u)
            while let token = tokenizer.next() {
                switch token {
                case .text(let range):
                    text(range)
                case .rawText(let range):
                    rawText(range)
                case .startTag(let name, let attributes, let selfClosing):
                    start(name, attributes, selfClosing: selfClosing)
                case .endTag(let name):
                    end(name)
                }
            }
            flush()
        }

        // MARK: Tokens

        mutating func text(_ range: Range<Int>) {
            let slice = u[range]
            if collectingH1 { HTMLEntities.decode(Array(slice)[...], into: &h1Buffer) }
            guard count(.skip) == 0 else { return }
            if count(.head) > 0, count(.body) == 0, !sawBody { return }
            HTMLEntities.decode(Array(slice)[...], into: &current)
        }

        var h1Buffer: [UInt8] = []

        mutating func rawText(_ range: Range<Int>) {
            guard let top = stack.last else { return }
            if top.tag == .title, titleText == nil {
                titleText = HTMLEntities.decode(Array(u[range])[...])
            } else if top.tag == .script, pendingJSONLD {
                jsonLD.append(Array(u[range]))
            }
        }

        mutating func start(_ name: [UInt8], _ attributes: [HTMLAttribute], selfClosing: Bool) {
            // Untracked elements (span, a, em...) are inline: they neither break nor hold blocks.
            guard let tag = HTMLFormat.tags[name] else { return }
            switch tag {
            case .meta:
                readMeta(attributes)
                return
            case .link:
                if attribute("rel", attributes)?.lowercased() == "canonical", canonical == nil {
                    canonical = attribute("href", attributes)
                }
                return
            case .br:
                flush()
                return
            case .time:
                if let datetime = attribute("datetime", attributes) {
                    if containerDepth > 0, timeInArticle == nil { timeInArticle = datetime }
                    if timeAnywhere == nil { timeAnywhere = datetime }
                }
                return
            case .body:
                sawBody = true
            case .p, .li:
                // A new paragraph or item closes an open one, as browsers do.
                if count(tag) > 0, let top = stack.last, top.tag == tag { pop() }
            default:
                break
            }
            if tag == .script {
                pendingJSONLD = attribute("type", attributes)?.lowercased().contains("ld+json") ?? false
            }
            if isBlock(tag) {
                flush()
                sawBody = sawBody || tag != .html  // a block before `<body>` ends an unclosed `<head>`
            }
            if tag == .h1, h1 == nil, count(.script) == 0 {
                collectingH1 = true
                h1Buffer = []
            }
            let container = tag == .article || attribute("itemprop", attributes) == "articleBody"
            if !selfClosing { open(tag, container: container) }
        }

        mutating func open(_ tag: Tag, container: Bool) {
            stack.append((tag, container))
            counts[tag.rawValue] += 1
            if container {
                if containerDepth == 0 { containerOrdinal += 1 }
                containerDepth += 1
            }
        }

        mutating func end(_ name: [UInt8]) {
            guard let tag = HTMLFormat.tags[name] else { return }
            guard count(tag) > 0 else {
                if tag == .p { flush() }  // `</p>` without `<p>` still ends a paragraph
                return
            }
            while let top = stack.last {
                pop()
                if top.tag == tag { break }
            }
        }

        mutating func pop() {
            guard let top = stack.last else { return }
            // Flush while the element is still open, so its block knows where it stood.
            if isBlock(top.tag) { flush() }
            stack.removeLast()
            counts[top.tag.rawValue] -= 1
            if top.container { containerDepth -= 1 }
            if top.tag == .h1, collectingH1 {
                collectingH1 = false
                let text = Bytes.collapsedSpaces(TextCleaner.clean(h1Buffer)[...])
                if h1 == nil, !text.isEmpty { h1 = Array(text) }
            }
            if top.tag == .script { pendingJSONLD = false }
        }

        func isBlock(_ tag: Tag) -> Bool {
            switch tag {
            case .html, .head, .meta, .link, .script, .time, .skip, .title: return false
            default: return true
            }
        }

        /// Ends the current block.
        mutating func flush() {
            guard !current.isEmpty else { return }
            let text = Bytes.collapsedSpaces(TextCleaner.clean(current)[...])
            current.removeAll(keepingCapacity: true)
            guard !text.isEmpty else { return }
            let isParagraph = count(.p) + count(.li) + count(.blockquote) + count(.heading) + count(.h1) + count(.pre) > 0
            let isHeading = count(.h1) + count(.heading) > 0 && count(.p) == 0
            blocks.append(Block(text: Array(text), article: containerDepth > 0 ? containerOrdinal : 0,
                                inMain: count(.main) > 0, isParagraph: isParagraph, isHeading: isHeading))
        }

        // MARK: Attributes

        func attribute(_ name: String, _ attributes: [HTMLAttribute]) -> String? {
            let key = Array(name.lowercased().utf8)
            guard let a = attributes.first(where: { $0.name == key }) else { return nil }
            return Bytes.string(Bytes.collapsedSpaces(TextCleaner.clean(HTMLEntities.decode(Array(u[a.value])[...]))[...]))
        }

        mutating func readMeta(_ attributes: [HTMLAttribute]) {
            guard let content = attribute("content", attributes) else { return }
            for key in ["property", "name", "itemprop"] {
                if let k = attribute(key, attributes)?.lowercased(), meta[k] == nil { meta[k] = content }
            }
        }

        // MARK: Result

        func result() -> FormatItem {
            var raw = RawArticle()
            raw.paragraphs = .lines
            raw.boilerplate = .structured
            raw.readsHeaderLines = true

            let ld = JSONLD(scripts: jsonLD)
            let titles = [meta["og:title"], meta["twitter:title"], h1.map { Bytes.string($0[...]) }, titleText.map(HTMLFormat.pageTitle)]
            raw.title = titles.compactMap { $0 }.first { !$0.isEmpty } ?? ld.headline
            let published = ["article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
                             "dc.date.issued", "dc.date", "date", "sailthru.date", "parsely-pub-date", "article.published"]
                .lazy.compactMap { meta[$0] }.first
            raw.dateline = [published, ld.datePublished, timeInArticle, timeAnywhere].lazy.compactMap { $0.flatMap(PublishedDate.parse) }.first
            // A publication date the page states in its metadata but that is no date is named; a
            // <time> element may hold anything (durations, opening hours) and is passed over quietly.
            if raw.dateline == nil, let stated = published ?? ld.datePublished, !stated.isEmpty {
                raw.warnings.append("publication date \"\(stated.prefix(60))\" not understood; ignored")
            }
            raw.source = meta["og:site_name"] ?? ld.publisher
            raw.byline = meta["author"] ?? meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 } ?? ld.author
            raw.url = canonical ?? meta["og:url"]

            let chosen = HTMLFormat.choose(blocks)
            guard !chosen.isEmpty else { return .rejected(.noHTMLText, line: nil) }
            raw.lines = chosen.map { $0.text[...] }
            return .raw(raw, line: nil)
        }
    }

    /// The blocks that are the article's text (see the type's documentation for the order of choices).
    static func choose(_ blocks: [Block]) -> [Block] {
        var textByArticle: [Int: Int] = [:]
        for block in blocks where block.article > 0 { textByArticle[block.article, default: 0] += block.text.count }
        if let best = textByArticle.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key {
            return dropLeadingFurniture(blocks.filter { $0.article == best })
        }
        let main = blocks.filter(\.inMain)
        if !main.isEmpty { return dropLeadingFurniture(main) }
        let paragraphs = blocks.filter(\.isParagraph)
        if !paragraphs.isEmpty { return paragraphs }
        return blocks
    }

    /// Short blocks outside any paragraph before a container's first paragraph (`Filed Feb 7`, a share
    /// bar, a kicker) are page furniture, not text.
    static func dropLeadingFurniture(_ blocks: [Block]) -> [Block] {
        guard let first = blocks.firstIndex(where: { $0.isParagraph && !$0.isHeading }) else { return blocks }
        let lead = blocks[0..<first].filter { $0.isParagraph || Bytes.wordCount($0.text[...]) > 12 }
        return lead + blocks[first...]
    }

    /// `<title>` without the site name after ` | ` or ` – ` (`Russia, US call ... | Xinhua`).
    static func pageTitle(_ bytes: [UInt8]) -> String {
        let title = Bytes.string(Bytes.collapsedSpaces(TextCleaner.clean(bytes)[...]))
        for separator in [" | ", " – ", " — "] {
            if let range = title.range(of: separator), title.distance(from: title.startIndex, to: range.lowerBound) >= 8 {
                return String(title[..<range.lowerBound])
            }
        }
        return title
    }
}
