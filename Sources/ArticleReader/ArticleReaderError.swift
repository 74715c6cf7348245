/// Why an input could not be read as an article; its message names the file (and line) and the problem.
///
/// Use `description` to tell the user; match `reason` to act on a kind of failure.
///
/// ```swift
/// ArticleReaderError(file: "feed.jsonl", line: 12, reason: .missingText).description
/// // "feed.jsonl:12: no text, body or content"
/// ```
public struct ArticleReaderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The reasons an input is rejected.
    public enum Reason: Sendable, Hashable {
        /// The file could not be opened or read (`Permission denied`, `No such file or directory`).
        case unreadable(String)
        /// The file has no bytes at all.
        case empty
        /// The file is binary (NUL bytes, control bytes), not text.
        case binary
        /// The file is a known binary format (`PDF document`, `PNG image`).
        case binaryKind(String)
        /// After removing headline, dateline and boilerplate, no article text is left.
        case noText
        /// The file holds only whitespace.
        case whitespaceOnly
        /// A JSON article has no `text`, `body` or `content` field.
        case missingText
        /// The JSON does not parse; the message says where.
        case invalidJSON(String)
        /// A JSON value that should be an article object is not an object.
        case notAnObject
        /// The input is larger than `ArticleReader.Options.maxInputBytes`.
        case tooLarge(size: Int, limit: Int)
        /// A path names a socket or device, which is not read.
        case notRegularFile(String)
        /// An HTML page with no `<body>`, `<article>` or `<p>` text at all.
        case noHTMLText
        /// Anything else, as a message.
        case other(String)
    }

    /// The file, as the user named it (`-` for stdin).
    public var file: String
    /// The 1-based line, for JSONL inputs and elements of JSON arrays.
    public var line: Int?
    /// What went wrong.
    public var reason: Reason

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - file: The file as the user named it.
    ///   - line: The 1-based line, for inputs with one article per line.
    ///   - reason: What went wrong.
    public init(file: String, line: Int? = nil, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file[:line]: problem`.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(reason.message)"
    }
}

extension ArticleReaderError.Reason {
    /// The problem in words, without the file name.
    public var message: String {
        switch self {
        case .unreadable(let why): return "cannot be read (\(why))"
        case .empty: return "empty file"
        case .binary: return "binary file, not text"
        case .binaryKind(let kind): return "binary file (\(kind)), not text"
        case .noText: return "no article text"
        case .whitespaceOnly: return "only whitespace, no text"
        case .missingText: return "no text, body or content"
        case .invalidJSON(let why): return "invalid JSON (\(why))"
        case .notAnObject: return "not a JSON object"
        case .tooLarge(let size, let limit):
            return "too large (\(ArticleReaderError.megabytes(size)); the limit is \(ArticleReaderError.megabytes(limit)))"
        case .notRegularFile(let kind): return "not a regular file (\(kind))"
        case .noHTMLText: return "no article text in the HTML (no <body>, <article> or <p> with text)"
        case .other(let why): return why
        }
    }
}

extension ArticleReaderError {
    static func megabytes(_ bytes: Int) -> String {
        if bytes < 1 << 20 { return "\(bytes) bytes" }
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
