import Timeline

/// Writes events as an aligned plain-text table for a terminal (`timeline events --format table`).
///
/// Columns: `ID`, `DATE` (the full label), `SOURCES` (distinct articles) and `SUMMARY`, cut with "…"
/// to fit `width` columns. Widths count terminal columns, so Chinese, Japanese, Korean text and emoji
/// line up. Control characters (terminal escape sequences among them) and bidi overrides are dropped.
///
/// ```swift
/// print(TableRenderer(width: 100).render(events), terminator: "")
/// // ID  DATE                SOURCES  SUMMARY
/// // 8   December 15, 2015         3  The River Vell broke through the levee at Harbor Bridge, flood…
/// ```
public struct TableRenderer: Sendable {
    /// The widest a line may be, in terminal columns.
    public var width: Int
    /// The widest the date column may grow before labels are cut.
    public var maxDateWidth: Int

    /// Creates a renderer.
    ///
    /// - Parameters:
    ///   - width: The terminal width in columns (`COLUMNS`); at least 40 is used. Default 100.
    ///   - maxDateWidth: The widest date column. Default 30.
    public init(width: Int = 100, maxDateWidth: Int = 30) {
        self.width = width
        self.maxDateWidth = maxDateWidth
    }

    /// The header and one line per event, in the order given; each line ends with a newline and has no
    /// trailing spaces.
    ///
    /// - Parameter events: The events.
    /// - Returns: The table; just the header for no events.
    public func render(_ events: [Event]) -> String {
        let rows = events.map { event in
            (
                id: String(event.id),
                date: DisplayWidth.truncate(DateLabel.label(for: event.date), to: maxDateWidth),
                sources: String(event.articleCount),
                summary: TextCleaning.limitingMarks(TextCleaning.singleLine(event.summary))
            )
        }
        let header = (id: "ID", date: "DATE", sources: "SOURCES", summary: "SUMMARY")
        let idWidth = rows.map { $0.id.count }.max().map { max($0, header.id.count) } ?? header.id.count
        let dateWidth = rows.map { DisplayWidth.of($0.date) }.max().map { max($0, header.date.count) } ?? header.date.count
        let sourcesWidth = header.sources.count
        let gap = 2
        let summaryWidth = max(10, max(width, 40) - idWidth - dateWidth - sourcesWidth - 3 * gap)

        func line(_ id: String, _ date: String, _ sources: String, _ summary: String) -> String {
            let spacing = String(repeating: " ", count: gap)
            var text = DisplayWidth.pad(id, to: idWidth) + spacing + DisplayWidth.pad(date, to: dateWidth) + spacing
                + String(repeating: " ", count: max(0, sourcesWidth - sources.count)) + sources + spacing
                + DisplayWidth.truncate(summary, to: summaryWidth)
            while text.utf8.last == UInt8(ascii: " ") { text.removeLast() }  // an empty summary leaves padding
            return text + "\n"
        }
        var out = line(header.id, header.date, header.sources, header.summary)
        for row in rows {
            out += line(row.id, row.date, row.sources, row.summary)
        }
        return out
    }
}
