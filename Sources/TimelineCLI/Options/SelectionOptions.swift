import ArgumentParser

/// `--query WORDS` and `--max-events N`: which of the events in the period a command shows.
struct SelectionOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Show events reported in a sentence holding all these words.",
            discussion: """
                Case and accents are ignored; punctuation and search syntax (quotes, AND, OR, NEAR, *, \
                parentheses) are read as plain text.
                """,
            valueName: "words"))
    var query: String?

    @Option(
        help: ArgumentHelp(
            "Show only the N most salient events, spread over as many dates as possible.",
            discussion: "They are still printed in date order. Salience counts reporting articles, later reports and mentions.",
            valueName: "n"))
    var maxEvents: Int?

    func validate() throws {
        if let maxEvents, maxEvents < 1 { throw ValidationError("--max-events must be at least 1 (got \(maxEvents))") }
    }
}
