import DateNormalizer
import Foundation

/// Reads articles from files, directories' files and standard input, in every supported format.
///
/// The reader is a `Sendable` value: build it once and call it from any thread. Each input yields
/// its outcomes in order (articles, warnings, rejections) through a callback, so a JSONL file of a
/// million lines is streamed, never held in memory.
///
/// ```swift
/// let reader = ArticleReader(options: .init(reference: nil))
/// try reader.read(path: "Examples/") { outcome in
///     if case .article(let article) = outcome { print(article.title) }
/// }
/// ```
public struct ArticleReader: Sendable {
    /// Options fixed when the reader is built.
    public struct Options: Sendable, Hashable {
        /// The format to read every input as; `.auto` decides by extension, then by content.
        public var format: ArticleFormat
        /// The publication date given to articles that have no dateline of their own (`--reference`).
        public var reference: Reference?

        /// Creates options.
        public init(format: ArticleFormat = .auto, reference: Reference? = nil) {
            self.format = format
            self.reference = reference
        }
    }

    /// The options this reader was built with.
    public let options: Options

    /// Creates a reader.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads one command-line input: a file, a directory (recursively, files with a known extension,
    /// in sorted order) or `-` for standard input.
    ///
    /// - Parameters:
    ///   - path: The input as the user named it.
    ///   - body: Called with each outcome, in input order.
    /// - Throws: Only what `body` throws; unreadable inputs are reported as `.rejected` outcomes.
    public func read(path: String, _ body: (ReadOutcome) throws -> Void) rethrows {
        try body(.rejected(ArticleReaderError(file: path, reason: .other("reading is not implemented yet"))))
    }

    /// Reads the bytes of one input already in memory (a file, or stdin), named `name` in messages.
    public func read(data: Data, name: String, _ body: (ReadOutcome) throws -> Void) rethrows {
        try body(.rejected(ArticleReaderError(file: name, reason: .other("reading is not implemented yet"))))
    }
}

/// What reading an input produced: an article, a warning about one, or a rejected input.
public enum ReadOutcome: Sendable, Hashable {
    /// An article, read whole.
    case article(Article)
    /// Something the user should know that did not stop the article being read
    /// (`notes.txt: not valid UTF-8; read as Windows-1252`, `brief.txt: no dateline; stored undated`).
    case warning(ArticleReaderWarning)
    /// An input (a file, or one JSONL line) that could not be read as an article.
    case rejected(ArticleReaderError)
}

/// A problem that did not stop an article being read; its message names the file.
public struct ArticleReaderWarning: Sendable, Hashable, CustomStringConvertible {
    /// The file (and line, for JSONL) concerned.
    public var file: String
    /// The 1-based line, for JSONL inputs.
    public var line: Int?
    /// What happened.
    public var message: String

    /// Creates a warning.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file[:line]: message`.
    public var description: String { (line.map { "\(file):\($0)" } ?? file) + ": " + message }
}
