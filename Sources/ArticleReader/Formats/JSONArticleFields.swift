/// Maps the fields of one JSON article object (a `.json` file, a JSONL line, an element of a JSON
/// array) to a `RawArticle`.
///
/// Field names, each with the aliases scrapers and APIs use; the first alias present wins:
/// - title: `title`, `headline`
/// - published: `published`, `datePublished`, `publishedAt`, `published_at`, `date`, `date_publish`,
///   `pubDate`, `publishDate`, `publish_date`, `publication_date`, `publicationDate` — a date or a
///   date-time, with or without offset, or a Unix time
/// - text: `text`, `body`, `content`, `articleBody`, `article_body`, `maintext` — a string, or an array
///   of paragraph strings
/// - source: `source`, `publisher`, `source_name`, `site_name`, `siteName`, `source_domain`, `outlet`,
///   `agency` — a string, or an object with a `name`
/// - byline: `author`, `authors`, `byline`, `creator` — a string, an array, or objects with a `name`
/// - url: `url`, `link`, `canonical_url`, `canonicalUrl`, `permalink`
///
/// Other fields are skipped without being built.
enum JSONArticleFields {
    enum Field: Sendable {
        case title, published, text, source, byline, url
    }

    static let aliases: [(Field, [String])] = [
        (.title, ["title", "headline"]),
        (.published, ["published", "datePublished", "publishedAt", "published_at", "date", "date_publish", "pubDate",
                      "publishDate", "publish_date", "publication_date", "publicationDate"]),
        (.text, ["text", "body", "content", "articleBody", "article_body", "maintext"]),
        (.source, ["source", "publisher", "source_name", "site_name", "siteName", "source_domain", "outlet", "agency"]),
        (.byline, ["author", "authors", "byline", "creator"]),
        (.url, ["url", "link", "canonical_url", "canonicalUrl", "permalink"]),
    ]

    /// Field and rank (lower wins) by key bytes.
    static let table: [[UInt8]: (field: Field, rank: Int)] = {
        var t: [[UInt8]: (field: Field, rank: Int)] = [:]
        for (field, names) in aliases {
            for (rank, name) in names.enumerated() { t[Array(name.utf8)] = (field, rank) }
        }
        return t
    }()

    enum Result {
        case raw(RawArticle)
        case rejected(ArticleReaderError.Reason)
    }

    /// Reads the object at the parser's cursor.
    static func read(_ parser: inout JSONParser) throws(JSONParser.Failure) -> Result {
        var found: [(field: Field, rank: Int, value: JSONValue)] = []
        try parser.parseObject { key, p throws(JSONParser.Failure) in
            if let (field, rank) = table[key] {
                let value = try p.parseValue()
                if let existing = found.firstIndex(where: { $0.field == field }) {
                    if rank < found[existing].rank { found[existing] = (field, rank, value) }
                } else {
                    found.append((field, rank, value))
                }
            } else {
                try p.skipValue()
            }
        }
        func value(_ field: Field) -> JSONValue? {
            found.first(where: { $0.field == field })?.value
        }

        var raw = RawArticle()
        var invalidUTF8 = false
        raw.paragraphs = .auto
        raw.boilerplate = .structured

        guard let textValue = value(.text) else { return .rejected(.missingText) }
        let text: [UInt8]
        switch textValue {
        case .string(let bytes):
            text = TextDecoder.field(bytes, invalid: &invalidUTF8)
        case .array(let items):
            var joined: [UInt8] = []
            for case .string(let bytes) in items {
                if !joined.isEmpty { joined.append(contentsOf: [Bytes.newline, Bytes.newline]) }
                joined.append(contentsOf: TextDecoder.field(bytes, invalid: &invalidUTF8))
            }
            text = joined
        case .null:
            return .rejected(.missingText)
        default:
            return .rejected(.other("text, body or content is not a string"))
        }
        raw.lines = Bytes.lines(text[...])

        if let title = value(.title).flatMap({ string($0, &invalidUTF8) }), !title.isEmpty { raw.title = title }
        if let url = value(.url).flatMap({ string($0, &invalidUTF8) }), !url.isEmpty { raw.url = url }
        if let source = value(.source).flatMap({ name($0, &invalidUTF8) }), !source.isEmpty { raw.source = source }
        if let byline = value(.byline).flatMap({ name($0, &invalidUTF8) }), !byline.isEmpty { raw.byline = byline }

        switch value(.published) {
        case .string(let bytes)?:
            let trimmed = Bytes.trimmed(bytes[...])
            if !trimmed.isEmpty {
                if let dateline = PublishedDate.parse(trimmed) {
                    raw.dateline = dateline
                } else {
                    raw.warnings.append("publication date \"\(Bytes.string(trimmed.prefix(60)))\" not understood; ignored")
                }
            }
        case .number(let n)?:
            if let dateline = PublishedDate.fromEpoch(n) {
                raw.dateline = dateline
            } else {
                raw.warnings.append("publication time \(n) is not a Unix time; ignored")
            }
        default:
            break
        }
        if invalidUTF8 { raw.warnings.append("not valid UTF-8; read as Windows-1252") }
        return .raw(raw)
    }

    /// A string value as one clean line of text.
    static func string(_ value: JSONValue, _ invalid: inout Bool) -> String? {
        guard case .string(let bytes) = value else { return nil }
        return Bytes.string(Bytes.collapsedSpaces(TextDecoder.field(bytes, invalid: &invalid)[...]))
    }

    /// A name: a string, an object's `name` (or `title`), or several of those joined by commas.
    static func name(_ value: JSONValue, _ invalid: inout Bool) -> String? {
        switch value {
        case .string:
            return string(value, &invalid)
        case .object:
            if let n = value["name"] ?? value["title"] { return string(n, &invalid) }
            return nil
        case .array(let items):
            let names = items.compactMap { item -> String? in
                if case .array = item { return nil }
                return name(item, &invalid)
            }.filter { !$0.isEmpty }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        default:
            return nil
        }
    }
}
