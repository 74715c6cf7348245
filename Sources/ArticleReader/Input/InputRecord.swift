/// A piece of input that reads into articles on its own: a whole file (or standard input), one line
/// of a JSONL stream, or an outcome already known while walking the inputs (a missing file, a
/// skipped folder entry).
///
/// Splitting is cheap (walking folders, reading bytes, cutting lines); reading a record is where the
/// time goes (decoding, parsing the format, sentence splitting, hashing). So a program that reads on
/// several threads splits on one and reads the records on the others, keeping their order:
///
/// ```swift
/// reader.split(path: "wire/feed.jsonl") { record in records.append(record) }   // one thread
/// reader.read(records[12]) { outcome in print(outcome) }                       // any thread
/// // .article(Article(title: "Ferry service resumes across the Alder", ...))
/// ```
///
/// Reading every record of `split(path:)` in order gives exactly the outcomes of ``ArticleReader/read(path:_:)``.
public struct InputRecord: Sendable {
    enum Content: Sendable {
        /// Decided while splitting.
        case outcome(ReadOutcome)
        /// A whole input, read whole; `format` nil means sniff the content.
        case bytes([UInt8], name: String, format: ArticleFormat?)
        /// One line of a JSONL stream, without its line end (and without the BOM of line 1).
        case jsonlLine([UInt8], name: String, number: Int)
    }

    let content: Content

    /// The input bytes the record holds (0 for an outcome): what a caller bounds its buffers by.
    public var byteCount: Int {
        switch content {
        case .outcome: return 0
        case .bytes(let bytes, _, _), .jsonlLine(let bytes, _, _): return bytes.count
        }
    }

    static func warning(_ warning: ArticleReaderWarning) -> InputRecord { InputRecord(content: .outcome(.warning(warning))) }

    static func rejected(_ error: ArticleReaderError) -> InputRecord { InputRecord(content: .outcome(.rejected(error))) }
}
