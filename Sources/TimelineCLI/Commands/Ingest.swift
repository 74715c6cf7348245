import ArgumentParser
import ArticleReader
import Foundation
import TimelineStore

/// `timeline ingest`: read articles into the database.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles from files, directories or stdin into the database.",
        discussion: """
            Each PATH is a file, a directory (read recursively: files ending in .txt, .json, .jsonl, \
            .ndjson, .html, .htm, .md or .markdown, in sorted order) or - for standard input. Prints one \
            summary line on stdout:

              12 articles: 10 new, 1 unchanged, 1 rejected, 2 undated

            An article whose content (title, date and text) is already stored is counted unchanged and \
            not written again, so ingesting the same files twice is harmless. Each input that cannot be \
            read is named on stderr with the reason, and the rest is still stored; warnings go to \
            stderr too. Articles without a dateline are stored as undated unless --reference gives \
            them one. On a terminal, a counter on stderr shows progress.

            Articles are committed in transactions of \(TimelineStore.recommendedBatchSize), of \
            \(IngestRun.longRunBatchSize) once \(IngestRun.longRunBatchSize) are stored: a crash \
            leaves every stored article whole. Ctrl-C stops after the current transaction and says how \
            far it got; run the same command again to ingest the rest. Several ingests may write to one \
            database at the same time.

            Exit status: 0 when every input was stored, 1 when some inputs were rejected (or the \
            database could not be used), 2 for a usage error, 130 when interrupted.

            Examples:
              timeline ingest Examples/
              timeline ingest --db harbor.sqlite wire/*.jsonl saved-pages/
              curl -s https://example.org/feed.jsonl | timeline ingest --format jsonl -
              timeline ingest --reference 2024-03-05 clippings/undated-brief.txt
            """)

    @OptionGroup var store: StoreOptions

    @OptionGroup var input: ReaderOptions

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "path"))
    var paths: [String]

    func run() throws {
        let store = try TimelineStore(path: store.path)
        let outcome = IngestRun(store: store, reader: input.reader, paths: paths).run()
        Console.output(outcome.summary)
        Console.flush()
        if let failure = outcome.failure {
            Console.error("Error: \(failure)")
            throw ExitCode(1)
        }
        if let signal = outcome.interruption {
            Console.error(outcome.interruptionMessage(signal: signal))
            throw ExitCode(Interruption.exitStatus(for: signal))
        }
        if outcome.tally.rejected > 0 { throw ExitCode(1) }
    }
}
