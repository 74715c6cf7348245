/// What reading an input produced: an article, a warning about one, or a rejected input.
///
/// ```swift
/// reader.read(path: "feed.jsonl") { outcome in
///     switch outcome {
///     case .article(let article): store(article)
///     case .warning(let warning): print("warning: \(warning)")  // feed.jsonl:3: no publication date; ...
///     case .rejected(let error): print(error)                    // feed.jsonl:12: invalid JSON (...)
///     }
/// }
/// ```
public enum ReadOutcome: Sendable, Hashable {
    /// An article, read whole.
    case article(Article)
    /// Something the user should know that did not stop the article being read
    /// (`notes.txt: not valid UTF-8; read as Windows-1252`, `brief.txt: no publication date; ...`).
    /// Warnings about an article come before it.
    case warning(ArticleReaderWarning)
    /// An input (a file, or one JSONL line) that could not be read as an article.
    case rejected(ArticleReaderError)
}

/// A problem that did not stop an article being read; its message names the file.
///
/// ```swift
/// ArticleReaderWarning(file: "notes.txt", message: "not valid UTF-8; read as Windows-1252").description
/// // "notes.txt: not valid UTF-8; read as Windows-1252"
/// ```
public struct ArticleReaderWarning: Sendable, Hashable, CustomStringConvertible {
    /// The file (and line, for JSONL) concerned.
    public var file: String
    /// The 1-based line, for JSONL inputs.
    public var line: Int?
    /// What happened.
    public var message: String

    /// Creates a warning.
    ///
    /// - Parameters:
    ///   - file: The file as the user named it.
    ///   - line: The 1-based line, for inputs with one article per line.
    ///   - message: What happened, without the file name.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file[:line]: message`.
    public var description: String { (line.map { "\(file):\($0)" } ?? file) + ": " + message }
}
