import Timeline

/// Writes events as CSV (RFC 4180) for spreadsheets: a header, then one row per event, lines ending
/// in CRLF.
///
/// Columns: `id, value, mod, start, end, granularity, label, summary, source_count, sources`. `end` is
/// exclusive, as in the JSON export. `source_count` counts distinct articles; `sources` lists them one per
/// line inside the cell: `Headline (Outlet, 2015-12-16) https://...`.
///
/// A field is quoted when it holds a comma, a quote or a line break, with quotes doubled. Control
/// characters and bidi overrides are dropped. A text cell that starts with `=`, `+`, `-` or `@` gets a
/// leading `'`, so a spreadsheet shows it rather than running it as a formula (CSV injection).
///
/// ```swift
/// try AtomicFile.write(CSVRenderer().render(events), to: URL(fileURLWithPath: "floods.csv"))
/// // id,value,mod,start,end,granularity,label,summary,source_count,sources
/// // 8,2015-12-15,,2015-12-15,2015-12-16,day,"December 15, 2015",The River Vell broke through ...
/// ```
public struct CSVRenderer: Sendable {
    /// The header row's column names.
    public static let columns = [
        "id", "value", "mod", "start", "end", "granularity", "label", "summary", "source_count", "sources",
    ]

    /// Creates a renderer.
    public init() {}

    /// The header and one row per event, in the order given; every line ends in CRLF.
    ///
    /// - Parameter events: The events.
    /// - Returns: The CSV text.
    public func render(_ events: [Event]) -> String {
        CSVRenderer.row(CSVRenderer.columns) + renderRows(events)
    }

    /// The rows of `events`, without the header: what ``EventStream`` writes batch after batch.
    func renderRows(_ events: [Event]) -> String {
        var out = ""
        for event in events {
            let date = event.date
            out += CSVRenderer.row([
                String(event.id),
                date.value,
                date.mod?.rawValue ?? "",
                date.interval.start.description,
                date.interval.end.description,
                date.granularity.rawValue,
                DateLabel.label(for: date),
                CSVRenderer.text(event.summary),
                String(event.articleCount),
                CSVRenderer.sources(event),
            ])
        }
        return out
    }

    static func sources(_ event: Event) -> String {
        var seen = Set<Int64>()
        return event.sources.filter { seen.insert($0.article).inserted }.map { source in
            var line = TextCleaning.singleLine(source.title)
            let details = [source.source, source.published].compactMap { $0.map(TextCleaning.singleLine) }.filter { !$0.isEmpty }
            if !details.isEmpty { line += " (" + details.joined(separator: ", ") + ")" }
            if let url = source.url.map(TextCleaning.singleLine), !url.isEmpty { line += " " + url }
            return line
        }.joined(separator: "\n").neutralisingFormula()
    }

    /// Article text for a cell: controls and bidi overrides dropped, line breaks as `\n`, and no leading
    /// formula character.
    static func text(_ text: String) -> String {
        TextCleaning.multiline(text).neutralisingFormula()
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value {
            if character == "\"" { quoted += "\"" }
            quoted.append(character)
        }
        return quoted + "\""
    }
}

private extension String {
    /// The text with a `'` in front when a spreadsheet would read it as a formula.
    func neutralisingFormula() -> String {
        guard let first = unicodeScalars.first, "=+-@".unicodeScalars.contains(first) else { return self }
        return "'" + self
    }
}
