import ArgumentParser
import TimelineRendering
import TimelineStore

/// `timeline events`: list the merged events of the database.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the events of the chronology, in date order.",
        discussion: """
            Each event is one happening, merged from every article that reported it, with its date, a \
            summary sentence and its sources. Events are in date order: by the start of their date, a \
            month before the days inside it.

            --from and --to take YYYY, YYYY-MM or YYYY-MM-DD, both inclusive, and keep the events whose \
            dates overlap that period. --query keeps events reported in a sentence holding every word. \
            --max-events N keeps the N most salient (reported by the most articles, also later on), \
            spread over as many dates as possible, still in date order.

            Formats: table (aligned columns for reading), json (one array of {"id", "date": {"value", \
            "mod", "start", "end", "granularity", "label"}, "summary", "sources": [{"article", "title", \
            "source", "url", "published", "sentence", "mention"}]}; "end" is exclusive), jsonl (the same \
            objects, one per line), csv (one row per event, with a header) and markdown (the report).

            Examples:
              timeline events
              timeline events --from 2024-03 --to 2024-03 --format json
              timeline events --query "ferry" --max-events 5
              timeline events --db harbor.sqlite --format csv > events.csv
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var period: DateRangeOptions
    @OptionGroup var selection: SelectionOptions

    @Option(help: "The output format.")
    var format: EventsFormat = .table

    func run() throws {
        let store = try TimelineStore.openForReading(store)
        let chosen = ChronologySelection(range: period.range, query: selection.query, maxEvents: selection.maxEvents)
        try chosen.write(format.outputFormat, from: store, to: .standardOutput, width: Terminal.width)
    }
}
