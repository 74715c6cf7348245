import ArgumentParser

/// The `timeline` command: configuration only; each subcommand lives in `Commands/`.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Turn news articles into a sourced chronology of events.",
        discussion: """
            Reads articles (text, JSON, JSONL, HTML, Markdown), finds and resolves every date in them \
            against each article's dateline, merges the same event reported by several articles, keeps \
            the chronology in SQLite and renders it as Markdown, JSON, CSV, TimelineJS or iCalendar.

            Each subcommand has its own help: timeline help ingest.

            Examples:
              timeline ingest Examples/      store the example articles in timeline.sqlite
              timeline articles              list the stored articles
              timeline events --from 2024-03 list the events of March 2024 and later
              timeline report -o bridge.md   write the Markdown chronology
              timeline build Examples/       one shot: print the chronology of a folder
            """,
        version: "0.1.0",
        subcommands: [
            Ingest.self, Articles.self, Events.self, Report.self, Export.self, Normalize.self, Build.self,
        ]
    )
}
