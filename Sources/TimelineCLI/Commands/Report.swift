import ArgumentParser
import TimelineRendering
import TimelineStore

/// `timeline report`: the Markdown chronology of the database.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the chronology as a Markdown report.",
        discussion: """
            The report has a title (--title, else the names the events mention most), one line saying \
            how many events from how many articles over which period, a chart of events per month when \
            it helps, the events under year and month headings with numbered citations, and the list \
            of sources. Text from articles is escaped, so it cannot break the page.

            --from, --to, --query and --max-events choose the events as in `timeline events`. With -o \
            the report replaces FILE atomically: an interrupted run never leaves half a report.

            Examples:
              timeline report
              timeline report --title "The Harlan Street Bridge collapse" -o bridge.md
              timeline report --from 2024-03 --max-events 10
              timeline report --query ferry --db harbor.sqlite
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var period: DateRangeOptions
    @OptionGroup var selection: SelectionOptions

    @Option(help: ArgumentHelp("The report's title.", discussion: "Without it, the title is made from the names the events mention most.", valueName: "title"))
    var title: String?

    @OptionGroup var destination: OutputFileOption

    func run() throws {
        let store = try TimelineStore.openForReading(store)
        let chosen = ChronologySelection(
            range: period.range, query: selection.query, maxEvents: selection.maxEvents, title: title)
        try chosen.write(.markdown, from: store, to: destination.sink)
    }
}
