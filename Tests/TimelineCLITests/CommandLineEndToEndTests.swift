import Foundation
import Testing
import TimelineTestSupport

/// `--help` screens and usage errors, as a user sees them.
@Suite("timeline help and usage errors (end to end)")
struct CommandLineEndToEndTests {
    static let environment = ["COLUMNS": "80"]

    @Test("timeline --help lists every command with its abstract")
    func rootHelp() throws {
        let result = try TimelineBinary.run(["--help"], environment: Self.environment)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("USAGE: timeline <subcommand>"))
        #expect(result.stdout.contains("  ingest                  Read articles from files, directories or stdin into\n"))
        #expect(result.stdout.contains("  articles                List the stored articles.\n"))
        for command in ["events", "report", "export", "normalize", "build"] {
            #expect(result.stdout.contains("\n  \(command) "), "missing \(command)")
        }
        #expect(result.stdout.contains("  timeline ingest Examples/      store the example articles in timeline.sqlite\n"))
    }

    @Test("timeline ingest --help explains inputs, the summary, guarantees, exit status and examples")
    func ingestHelp() throws {
        let result = try TimelineBinary.run(["ingest", "--help"], environment: Self.environment)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            OVERVIEW: Read articles from files, directories or stdin into the database.

            Each PATH is a file, a directory (read recursively: files ending in .txt,
            .json, .jsonl, .ndjson, .html, .htm, .md or .markdown, in sorted order) or -
            for standard input. Prints one summary line on stdout:

              12 articles: 10 new, 1 unchanged, 1 rejected, 2 undated

            An article whose content (title, date and text) is already stored is counted
            unchanged and not written again, so ingesting the same files twice is harmless.
            Each input that cannot be read is named on stderr with the reason, and the rest
            is still stored; warnings go to stderr too. Articles without a dateline are
            stored as undated unless --reference gives them one. On a terminal, a counter
            on stderr shows progress.

            Articles are committed in transactions of 256, of 2048 once 2048 are stored: a
            crash leaves every stored article whole. Ctrl-C stops after the current
            transaction and says how far it got; run the same command again to ingest the
            rest. Several ingests may write to one database at the same time.

            Exit status: 0 when every input was stored, 1 when some inputs were rejected
            (or the database could not be used), 2 for a usage error, 130 when interrupted.

            Examples:
              timeline ingest Examples/
              timeline ingest --db harbor.sqlite wire/*.jsonl saved-pages/
              curl -s https://example.org/feed.jsonl | timeline ingest --format jsonl -
              timeline ingest --reference 2024-03-05 clippings/undated-brief.txt

            USAGE: timeline ingest [--db <path>] [--reference <date>] [--format <format>] <path> ...

            ARGUMENTS:
              <path>                  Files, directories, or - for standard input.

            OPTIONS:
              --db <path>             The SQLite database.
                    Defaults to $TIMELINE_DB, else timeline.sqlite in the working directory.
              --reference <date>      The publication date for articles that have no
                                      dateline.
                    YYYY-MM-DD, optionally with a time and UTC offset
                    (2024-03-05T09:30-05:00).
              --format <format>       How to read the inputs. (values: auto, text, json,
                                      jsonl, html, markdown; default: auto)
                    auto (the default) decides by extension (.txt, .json, .jsonl/.ndjson,
                    .html/.htm, .md/.markdown), then by content; the others read every
                    input, stdin included, as that format.
              --version               Show the version.
              -h, --help              Show help information.


            """)
    }

    @Test("timeline articles --help explains both formats and has examples")
    func articlesHelp() throws {
        let result = try TimelineBinary.run(["articles", "--help"], environment: Self.environment)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            OVERVIEW: List the stored articles.

            Prints one line per stored article, in the order they were ingested: its id
            (which events cite), publication date-time (or "undated"), source and title, in
            aligned columns. With --format json, prints one JSON array of objects with the
            keys id, published, source, title, url, place, origin, format and undated.

            The database must exist: read commands never create one.

            Examples:
              timeline articles
              timeline articles --db harbor.sqlite --format json
              TIMELINE_DB=harbor.sqlite timeline articles | grep -i ferry

            USAGE: timeline articles [--db <path>] [--format <format>]

            OPTIONS:
              --db <path>             The SQLite database.
                    Defaults to $TIMELINE_DB, else timeline.sqlite in the working directory.
              --format <format>       The output format. (values: table, json; default:
                                      table)
              --version               Show the version.
              -h, --help              Show help information.


            """)
    }

    @Test(
        "the chronology commands' help explains them, with their usage and examples",
        arguments: [
            ("events", "USAGE: timeline events [--db <path>] [--from <date>] [--to <date>] [--query <words>] [--max-events <n>] [--format <format>]", "timeline events --from 2024-03 --to 2024-03 --format json"),
            ("report", "USAGE: timeline report [--db <path>] [--from <date>] [--to <date>] [--query <words>] [--max-events <n>] [--title <title>] [--output <file>]", "timeline report --title \"The Harlan Street Bridge collapse\" -o bridge.md"),
            ("export", "USAGE: timeline export [--db <path>] --format <format> [--from <date>] [--to <date>] [--query <words>] [--title <title>] [--output <file>]", "timeline export --format ics -o bridge.ics"),
            ("build", "USAGE: timeline build [--reference <date>] [--format <format>] [--title <title>] [--max-events <n>] [--output <file>] <path> ...", "timeline build Examples/"),
        ])
    func chronologyHelp(command: String, usage: String, example: String) throws {
        let result = try TimelineBinary.run([command, "--help"], environment: ["COLUMNS": "200"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains(usage), "\(result.stdout)")
        #expect(result.stdout.contains("Examples:\n"))
        #expect(result.stdout.contains("  " + example + "\n"), "\(result.stdout)")
        #expect(!result.stdout.contains("not implemented"))
    }

    @Test(
        "usage errors exit with status 2 and say what is wrong",
        arguments: [
            (["ingest"], "Missing expected argument '<path> ...'"),
            (["ingest", "--reference", "last Tuesday", "Examples/"], "The value 'last Tuesday' is invalid for '--reference <date>'"),
            (["ingest", "--reference", "2024-02-30", "Examples/"], "The value '2024-02-30' is invalid for '--reference <date>'"),
            (["ingest", "--format", "pdf", "Examples/"], "The value 'pdf' is invalid for '--format <format>'"),
            (["ingest", "--speed", "fast", "Examples/"], "Unknown option '--speed'"),
            (["articles", "--format", "xml"], "The value 'xml' is invalid for '--format <format>'"),
        ])
    func usageErrors(arguments: [String], message: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try TimelineBinary.run(arguments + ["--db", directory.path("t.sqlite")], environment: Self.environment)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("Error: \(message)"), "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: directory.path("t.sqlite")), "a usage error must not create the database")
    }
}
