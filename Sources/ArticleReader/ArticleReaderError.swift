/// Why an input could not be read as an article; its message names the file (and line) and the problem.
///
/// ```swift
/// ArticleReaderError(file: "feed.jsonl", line: 12, reason: .missingText).description
/// // "feed.jsonl:12: no text, body or content"
/// ```
public struct ArticleReaderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The reasons an input is rejected.
    public enum Reason: Sendable, Hashable {
        case unreadable(String)
        case empty
        case binary
        case noText
        case missingText
        case invalidJSON(String)
        case notAnObject
        case other(String)
    }

    /// The file, as the user named it (`-` for stdin).
    public var file: String
    /// The 1-based line, for JSONL inputs.
    public var line: Int?
    /// What went wrong.
    public var reason: Reason

    /// Creates an error.
    public init(file: String, line: Int? = nil, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file[:line]: problem`.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        let problem: String
        switch reason {
        case .unreadable(let why): problem = "cannot be read (\(why))"
        case .empty: problem = "empty file"
        case .binary: problem = "binary file, not text"
        case .noText: problem = "no article text"
        case .missingText: problem = "no text, body or content"
        case .invalidJSON(let why): problem = "invalid JSON (\(why))"
        case .notAnObject: problem = "not a JSON object"
        case .other(let why): problem = why
        }
        return "\(place): \(problem)"
    }
}
