import ArgumentParser
import TimelineRendering

/// `--format` of `timeline events`.
enum EventsFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, jsonl, csv, markdown

    /// The renderer's format.
    var outputFormat: OutputFormat {
        switch self {
        case .table: .table
        case .json: .json
        case .jsonl: .jsonl
        case .csv: .csv
        case .markdown: .markdown
        }
    }
}

/// `--format` of `timeline export`.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case markdown, json, csv, timelinejs, ics

    /// The renderer's format.
    var outputFormat: OutputFormat {
        switch self {
        case .markdown: .markdown
        case .json: .json
        case .csv: .csv
        case .timelinejs: .timelinejs
        case .ics: .ics
        }
    }
}
