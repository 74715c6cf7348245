import Timeline

/// A chronology written piece by piece, for the formats that list events one after the other
/// (`json`, `jsonl`, `csv`): ``opening``, then ``render(_:)`` for each batch of events in order, then
/// ``closing()``. Joined, the pieces are exactly what ``OutputFormat/render(_:metadata:now:width:)``
/// gives for all the events at once, so an export of millions of events holds one batch at a time.
///
/// ```swift
/// var stream = EventStream(format: .json)!
/// var out = stream.opening
/// try store.forEachEventBatch { out += stream.render($0) }
/// out += stream.closing()
/// ```
///
/// The other formats need every event before their first line (the Markdown report's chart, title and
/// sources, the table's column widths, the title TimelineJS and iCalendar derive from the events), so
/// there is no stream for them.
public struct EventStream: Sendable {
    /// The format written.
    public let format: OutputFormat
    /// Events rendered so far.
    public private(set) var count = 0

    /// A stream for `format`, or nil when the format needs every event at once.
    public init?(format: OutputFormat) {
        switch format {
        case .json, .jsonl, .csv: self.format = format
        case .markdown, .table, .timelinejs, .ics: return nil
        }
    }

    /// What comes before the first event: the CSV header line; nothing for JSON and JSON Lines.
    public var opening: String {
        format == .csv ? CSVRenderer.row(CSVRenderer.columns) : ""
    }

    /// The next events, in order.
    public mutating func render(_ events: [Event]) -> String {
        defer { count += events.count }
        switch format {
        case .jsonl:
            return JSONRenderer().renderLines(events)
        case .csv:
            return CSVRenderer().renderRows(events)
        default:
            var out: [UInt8] = []
            for (i, event) in events.enumerated() {
                out.append(count + i == 0 ? UInt8(ascii: "[") : UInt8(ascii: ","))
                out.append(0x0A)
                out.append(contentsOf: "  ".utf8)
                JSONRenderer.object(for: event).writeArrayElement(into: &out)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// What comes after the last event: the JSON array's end (`[]` when there was no event).
    public func closing() -> String {
        guard format == .json else { return "" }
        return count == 0 ? "[]\n" : "\n]\n"
    }
}
