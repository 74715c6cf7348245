/// An error of TimelineRendering: a report or export could not be written.
///
/// ```swift
/// do {
///     try AtomicFile.write(report, to: URL(fileURLWithPath: "out/report.md"))
/// } catch let error as RenderingError {
///     print(error)   // out/report.md: cannot create a temporary file beside it: No such file or directory
/// }
/// ```
public struct RenderingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        /// The temporary file beside the target could not be created (missing or read-only directory).
        case cannotCreateTemporaryFile(String)
        /// Writing or flushing the temporary file failed (a full disk).
        case cannotWrite(String)
        /// The temporary file could not replace the target (the target is a directory).
        case cannotReplace(String)
    }

    /// The file that was to be written, as given.
    public var file: String
    /// What went wrong, with the system's message.
    public var reason: Reason

    /// Creates an error.
    public init(file: String, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    /// `report.md: cannot write: No space left on device`.
    public var description: String {
        switch reason {
        case let .cannotCreateTemporaryFile(message): "\(file): cannot create a temporary file beside it: \(message)"
        case let .cannotWrite(message): "\(file): cannot write: \(message)"
        case let .cannotReplace(message): "\(file): cannot replace it: \(message)"
        }
    }
}
