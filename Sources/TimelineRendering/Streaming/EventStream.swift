import Foundation
import Timeline

/// A chronology written piece by piece, for the formats that list events one after the other
/// (`json`, `jsonl`, `csv`, `ics`, `timelinejs`): ``opening``, then ``render(_:)`` for each batch of
/// events in order, then ``closing()``. Joined, the pieces are exactly what
/// ``OutputFormat/render(_:metadata:now:width:)`` gives for all the events at once, so an export of
/// millions of events holds one batch of them with their sources at a time.
///
/// ```swift
/// var stream = EventStream(format: .json)!
/// var out = stream.opening
/// try store.forEachEventBatch { out += stream.render($0) }
/// out += stream.closing()
/// ```
///
/// iCalendar and TimelineJS open with a title, and TimelineJS with the counts and period of the whole
/// chronology: give them the `outline`, every event in order without its sources (see
/// `TimelineStore.readChronology`). The Markdown report and the table need more than that before their
/// first event; the report streams through ``MarkdownRenderer/write(outline:metadata:batchSize:events:to:)``.
public struct EventStream: Sendable {
    /// The format written.
    public let format: OutputFormat
    /// What comes before the first event: the CSV header line, the calendar's first lines, the
    /// TimelineJS title slide; nothing for JSON and JSON Lines.
    public let opening: String
    /// Events rendered so far.
    public private(set) var count = 0
    private let now: Date

    /// A stream for `format`, or nil for the Markdown report and the table.
    ///
    /// - Parameters:
    ///   - format: The format.
    ///   - metadata: The title and counts, for `ics` and `timelinejs`.
    ///   - now: The iCalendar `DTSTAMP`.
    ///   - outline: Every event of the chronology, in order; sources are not needed (give the article
    ///     count in `metadata`). Used by `ics` (its name, when `metadata` has no title) and `timelinejs`
    ///     (title and summary line).
    public init?(format: OutputFormat, metadata: ReportMetadata = ReportMetadata(), now: Date = Date(), outline: [Event] = []) {
        self.format = format
        self.now = now
        switch format {
        case .json, .jsonl: opening = ""
        case .csv: opening = CSVRenderer.row(CSVRenderer.columns)
        case .ics: opening = ICSRenderer(now: now).opening(title: metadata.resolvedTitle(for: outline))
        case .timelinejs:
            var out = Array("{\n  \"title\": ".utf8)
            TimelineJSRenderer().titleSlide(metadata, outline).writePretty(into: &out, level: 1)
            out += Array(",\n  \"events\": ".utf8)
            opening = String(decoding: out, as: UTF8.self)
        case .markdown, .table: return nil
        }
    }

    /// The next events, in order.
    public mutating func render(_ events: [Event]) -> String {
        defer { count += events.count }
        switch format {
        case .jsonl: return JSONRenderer().renderLines(events)
        case .csv: return CSVRenderer().renderRows(events)
        case .ics: return ICSRenderer(now: now).vevents(events)
        case .timelinejs:
            let renderer = TimelineJSRenderer()
            return Self.arrayElements(events.map(renderer.slide(for:)), level: 1, following: count)
        default:
            return Self.arrayElements(events.map(JSONRenderer.object(for:)), level: 0, following: count)
        }
    }

    /// What comes after the last event: the end of the JSON array (`[]` when there was no event) or
    /// document, the calendar's last line.
    public func closing() -> String {
        switch format {
        case .json: count == 0 ? "[]\n" : "\n]\n"
        case .ics: ICSRenderer(now: now).closing
        case .timelinejs: (count == 0 ? "[]" : "\n  ]") + "\n}\n"
        default: ""
        }
    }

    /// Elements of a pretty-printed array that sits `level` levels deep, after `following` elements
    /// already written: `[` before the first, `,` before the others, each on its own indented line.
    static func arrayElements(_ values: [JSONValue], level: Int, following: Int) -> String {
        var out: [UInt8] = []
        for (i, value) in values.enumerated() {
            out.append(following + i == 0 ? UInt8(ascii: "[") : UInt8(ascii: ","))
            out.append(0x0A)
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * (level + 1)))
            value.writePretty(into: &out, level: level + 1)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
