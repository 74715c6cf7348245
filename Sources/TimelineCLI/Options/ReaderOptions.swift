import ArgumentParser
import ArticleReader

/// `--reference DATE` and `--format FORMAT`: how `timeline ingest` and `timeline build` read their inputs.
struct ReaderOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The publication date for articles that have no dateline.",
            discussion: "YYYY-MM-DD, optionally with a time and UTC offset (2024-03-05T09:30-05:00).",
            valueName: "date"))
    var reference: ReferenceDate?

    @Option(help: InputFormat.help)
    var format: InputFormat = .auto

    /// The reader these options describe.
    var reader: ArticleReader {
        ArticleReader(options: .init(format: format.articleFormat, reference: reference?.reference))
    }
}
