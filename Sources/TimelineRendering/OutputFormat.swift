import Foundation
import Timeline

/// Every format timeline writes a chronology in, so a command's `--format` maps onto one renderer call.
///
/// `timeline events` offers `eventsFormats` (table, json, jsonl, csv, markdown); `timeline export` offers
/// `exportFormats` (markdown, json, csv, timelinejs, ics). In the CLI, `extension OutputFormat:
/// ExpressibleByArgument {}` makes it an option type.
///
/// ```swift
/// let text = OutputFormat.ics.render(events, metadata: ReportMetadata(title: "The Lindmere floods"))
/// try AtomicFile.write(text, to: URL(fileURLWithPath: "floods." + OutputFormat.ics.fileExtension))
/// ```
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// The Markdown report (`MarkdownRenderer`).
    case markdown
    /// The contract's JSON array (`JSONRenderer.render`).
    case json
    /// The contract's objects, one per line (`JSONRenderer.renderLines`).
    case jsonl
    /// RFC 4180 CSV, one row per event (`CSVRenderer`).
    case csv
    /// TimelineJS3 JSON (`TimelineJSRenderer`).
    case timelinejs
    /// RFC 5545 iCalendar, all-day events (`ICSRenderer`).
    case ics
    /// An aligned plain-text table for terminals (`TableRenderer`).
    case table

    /// The formats of `timeline events --format`.
    public static let eventsFormats: [OutputFormat] = [.table, .json, .jsonl, .csv, .markdown]
    /// The formats of `timeline export --format`.
    public static let exportFormats: [OutputFormat] = [.markdown, .json, .csv, .timelinejs, .ics]

    /// The usual file extension, without a dot: `md`, `json`, `jsonl`, `csv`, `json`, `ics`, `txt`.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .json, .timelinejs: "json"
        case .jsonl: "jsonl"
        case .csv: "csv"
        case .ics: "ics"
        case .table: "txt"
        }
    }

    /// Renders `events` in this format.
    ///
    /// - Parameters:
    ///   - events: The events, chronological as the store returns them (the Markdown report orders them
    ///     itself).
    ///   - metadata: The title and counts, for Markdown, TimelineJS and iCalendar; ignored by the others.
    ///   - now: The iCalendar `DTSTAMP`; ignored by the others.
    ///   - width: The terminal width for `.table`; ignored by the others.
    /// - Returns: The whole output, ending with a line break (empty for `.jsonl` without events).
    public func render(_ events: [Event], metadata: ReportMetadata = ReportMetadata(), now: Date = Date(), width: Int = 100) -> String {
        switch self {
        case .markdown: MarkdownRenderer().render(events, metadata: metadata)
        case .json: JSONRenderer().render(events)
        case .jsonl: JSONRenderer().renderLines(events)
        case .csv: CSVRenderer().render(events)
        case .timelinejs: TimelineJSRenderer().render(events, metadata: metadata)
        case .ics: ICSRenderer(now: now).render(events, metadata: metadata)
        case .table: TableRenderer(width: width).render(events)
        }
    }
}
