import ArgumentParser
import ArticleReader

/// `--format` of `timeline ingest`: how to read the inputs.
enum InputFormat: String, CaseIterable, ExpressibleByArgument {
    case auto, text, json, jsonl, html, markdown

    /// The reader's format.
    var articleFormat: ArticleFormat {
        switch self {
        case .auto: return .auto
        case .text: return .text
        case .json: return .json
        case .jsonl: return .jsonl
        case .html: return .html
        case .markdown: return .markdown
        }
    }

    static let help = ArgumentHelp(
        "How to read the inputs.",
        discussion: """
            auto (the default) decides by extension (.txt, .json, .jsonl/.ndjson, .html/.htm, .md/.markdown), \
            then by content; the others read every input, stdin included, as that format.
            """)
}
