import ArgumentParser
import Foundation
import TimelineRendering
import TimelineStore

/// `timeline export`: the whole chronology in a format other tools read.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the chronology as Markdown, JSON, CSV, TimelineJS or iCalendar.",
        discussion: """
            markdown is the report of `timeline report`; json the array of `timeline events --format \
            json`; csv one RFC 4180 row per event with a header; timelinejs the JSON that TimelineJS3 \
            loads (events with start_date parts, headline and text); ics an RFC 5545 calendar of \
            all-day events (UID, DTSTART and DTEND spanning the event's dates, summary and sources).

            Every event is exported unless --from, --to or --query narrow them, as in `timeline events`. \
            With -o the export replaces FILE atomically.

            Examples:
              timeline export --format ics -o bridge.ics
              timeline export --format timelinejs -o timeline.json
              timeline export --format csv --from 2024-03 > march.csv
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "The export format.")
    var format: ExportFormat

    @OptionGroup var period: DateRangeOptions

    @Option(
        help: ArgumentHelp(
            "Export only events reported in a sentence holding all these words.",
            discussion: "As in `timeline events --query`: punctuation and search syntax are plain text.",
            valueName: "words"))
    var query: String?

    @Option(help: ArgumentHelp("The title of the Markdown report, TimelineJS timeline or calendar.", valueName: "title"))
    var title: String?

    @OptionGroup var destination: OutputFileOption

    func run() throws {
        let store = try TimelineStore.openForReading(store)
        try ChronologySelection(range: period.range, query: query, title: title).write(format.outputFormat, from: store, to: destination.sink)
    }
}
