import DateNormalizer

/// Writes a ``GeneratedArticle`` in each input format timeline reads, the way real sources save them.
enum ArticleFormats {
    /// One JSON Lines record (no line end): `title`, `published`, `source`, `url`, `text`.
    /// About a third of the records keep the navigation a scraper saved with the text.
    static func jsonLine(_ a: GeneratedArticle, keepBoilerplate: Bool) -> String {
        var text = a.bodyText
        if keepBoilerplate && !a.boilerplate.isEmpty { text += "\n\n" + a.boilerplate.joined(separator: "\n") }
        var out = "{\"title\": "
        TemporalMention.appendJSONString(a.title, to: &out)
        out += ", \"published\": \"" + a.isoTimestamp + "\", \"source\": "
        TemporalMention.appendJSONString(a.source, to: &out)
        out += ", \"url\": "
        TemporalMention.appendJSONString(a.url, to: &out)
        out += ", \"text\": "
        TemporalMention.appendJSONString(text, to: &out)
        out += "}"
        return out
    }

    /// One JSON file: `body` instead of `text`, a date without time.
    static func json(_ a: GeneratedArticle) -> String {
        var out = "{\n  \"title\": "
        TemporalMention.appendJSONString(a.title, to: &out)
        out += ",\n  \"published\": \"" + a.date + "\",\n  \"source\": "
        TemporalMention.appendJSONString(a.source, to: &out)
        out += ",\n  \"body\": "
        TemporalMention.appendJSONString(a.bodyText, to: &out)
        out += "\n}\n"
        return out
    }

    /// Plain text as saved from a news site: headline, `Updated:` line, `(Source)`, the text one
    /// paragraph per line, then the navigation.
    static func text(_ a: GeneratedArticle) -> String {
        var out = a.title + "\nUpdated: \(a.date) \(two(a.hour)):\(two(a.minute))\n(\(a.source))\n\n"
        out += a.placeDateline + a.paragraphs[0] + "\n"
        for paragraph in a.paragraphs.dropFirst() { out += paragraph + "\n" }
        if !a.boilerplate.isEmpty { out += "\n" + a.boilerplate.joined(separator: "\n") + "\n" }
        return out
    }

    /// An HTML page: Open Graph title and publication time, navigation, the article's paragraphs, an
    /// aside with related headlines, a footer.
    static func html(_ a: GeneratedArticle) -> String {
        let title = escapeHTML(a.title)
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(title) | \(escapeHTML(a.source))</title>
            <meta property="og:title" content="\(title)">
            <meta property="article:published_time" content="\(a.isoTimestamp)">
            <script>window.analytics = {page: "article"};</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
            <article><h1>\(title)</h1>

            """
        out += "<p>" + escapeHTML(a.placeDateline + a.paragraphs[0]) + "</p>\n"
        for paragraph in a.paragraphs.dropFirst() { out += "<p>" + escapeHTML(paragraph) + "</p>\n" }
        out += "</article>\n<aside><h2>Related</h2><ul>"
        for line in a.boilerplate.dropFirst() { out += "<li><a href=\"#\">" + escapeHTML(line) + "</a></li>" }
        out += "</ul></aside>\n<footer>&copy; \(escapeHTML(a.source))</footer></body></html>\n"
        return out
    }

    /// Markdown with YAML front matter, as a static-site generator writes it.
    static func markdown(_ a: GeneratedArticle) -> String {
        var out = "---\ntitle: \""
        out += a.title.replacingOccurrences(of: "\"", with: "\\\"")
        out += "\"\ndate: \(a.date)\nsource: \(a.source)\n---\n\n"
        out += a.placeDateline + a.paragraphs[0] + "\n"
        for paragraph in a.paragraphs.dropFirst() { out += "\n" + paragraph + "\n" }
        return out
    }

    static func escapeHTML(_ s: String) -> String {
        guard s.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" }) else { return s }
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
