import ArgumentParser
import ArticleReader
import Foundation
import TimelineRendering
import TimelineStore

/// `timeline build`: one shot, articles in, Markdown chronology out, nothing kept.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the chronology of some articles and print it, keeping nothing.",
        discussion: """
            Reads the PATHs as `timeline ingest` does (files, directories read recursively, or - for \
            standard input) into a temporary database, merges the events, prints the Markdown report \
            of `timeline report` (or writes it atomically to -o FILE), then deletes the database.

            Inputs that cannot be read are named on stderr with the reason and the report is built from \
            the rest; the exit status is then 1. Warnings go to stderr too.

            Examples:
              timeline build Examples/
              timeline build --title "Harlan Street" -o bridge.md Examples/
              timeline build --max-events 20 wire/*.jsonl saved-pages/
              curl -s https://example.org/feed.jsonl | timeline build --format jsonl -
            """)

    @OptionGroup var input: ReaderOptions

    @Option(help: ArgumentHelp("The report's title.", discussion: "Without it, the title is made from the names the events mention most.", valueName: "title"))
    var title: String?

    @Option(
        help: ArgumentHelp(
            "Show only the N most salient events, spread over as many dates as possible.", valueName: "n"))
    var maxEvents: Int?

    @OptionGroup var destination: OutputFileOption

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        if let maxEvents, maxEvents < 1 { throw ValidationError("--max-events must be at least 1 (got \(maxEvents))") }
    }

    func run() throws {
        let workspace = try TemporaryStore()
        defer { workspace.remove() }
        let outcome = IngestRun(store: workspace.store, reader: input.reader, paths: paths).run()
        if let failure = outcome.failure {
            Console.error("Error: \(failure)")
            throw ExitCode(1)
        }
        if let signal = outcome.interruption {
            Console.error("interrupted by \(Interruption.name(of: signal)); no report was written")
            throw ExitCode(Interruption.exitStatus(for: signal))
        }
        try ChronologySelection(maxEvents: maxEvents, title: title).write(.markdown, from: workspace.store, to: destination.sink)
        if outcome.tally.rejected > 0 { throw ExitCode(1) }
    }
}

/// A database in a new temporary directory, for one run; ``remove()`` deletes both.
struct TemporaryStore {
    let directory: URL
    let store: TimelineStore

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try TimelineStore(path: directory.appendingPathComponent("build.sqlite").path)
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
