/// Reads plain text as saved from a news site:
///
/// ```text
/// Russia, US call for common ground over various issues      ← headline
/// Updated: 2015-12-16 09:37                                  ← dateline line(s)
/// (Xinhua)                                                   ← source line
/// ||||||||                                                   ← separators
/// MOSCOW -- Russian Foreign Minister Sergei Lavrov met ...   ← body, opening with a place dateline
/// ...
/// - Headline of another story                                ← trailing boilerplate
/// Most Viewed
/// ```
///
/// The headline is the first line that is not a dateline, source, separator or breadcrumb
/// (`Home | World | Europe`) line; header lines before it are read too. A first line longer than 300
/// characters is not a headline: the body starts there and the title comes from its first sentence.
/// The rest goes through the shared stages with the `scraped` boilerplate policy.
enum TextFormat {
    static let maxHeadline = 300

    static func read(_ text: [UInt8]) -> FormatItem {
        let lines = Bytes.lines(text[...])
        let (header, i) = HeaderLine.readBlock(lines, limit: 8, skipping: isBreadcrumb)
        guard i < lines.count else { return .rejected(.noText, line: nil) }
        var raw = RawArticle()
        raw.dateline = header.dateline
        raw.source = header.source
        raw.byline = header.byline
        if let warning = header.impossibleDatelineWarning { raw.warnings.append(warning) }
        raw.paragraphs = .auto
        raw.boilerplate = .scraped
        raw.readsHeaderLines = true
        let headline = Bytes.collapsedSpaces(lines[i])
        if Bytes.scalarCount(headline) > maxHeadline {
            raw.lines = Array(lines[i...])
        } else {
            raw.title = cleanHeadline(headline)
            raw.lines = Array(lines[(i + 1)...])
        }
        return .raw(raw, line: nil)
    }

    /// `Home | World | Europe`, `News > World > Europe`: short capitalized names joined by bars or `>`.
    static func isBreadcrumb(_ line: ArraySlice<UInt8>) -> Bool {
        let t = Bytes.trimmed(line)
        let separator: UInt8 = t.contains(0x7C) ? 0x7C : 0x3E
        let pieces = t.split(separator: separator).map { Bytes.trimmed($0) }.filter { !$0.isEmpty }
        return pieces.count >= 2 && pieces.allSatisfy { HeaderLine.isShortName($0, maxWords: 3) }
    }

    /// The headline without a trailing ` |` some pages leave.
    static func cleanHeadline(_ line: ArraySlice<UInt8>) -> String {
        var t = line
        while let last = t.last, last == 0x7C || last == Bytes.space { t = t.dropLast() }
        return Bytes.string(t)
    }
}
