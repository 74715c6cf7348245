import ArgumentParser

/// The benchmark tool: generates corpora and measures what cannot be timed from outside the process.
struct TimelineBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline-bench",
        abstract: "Generate benchmark corpora and measure timeline's speed (build with -c release).",
        discussion: """
            Examples:
              timeline-bench generate --articles 10000 -o /tmp/bench/10k
              timeline-bench normalizer --rounds 5
              timeline-bench stages /tmp/bench/10k/articles.jsonl
              timeline-bench query --db /tmp/bench/10k.sqlite
            """,
        subcommands: [Generate.self, NormalizerThroughput.self, Stages.self, Query.self])
}
