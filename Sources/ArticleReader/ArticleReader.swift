import DateNormalizer
import Foundation

/// Reads articles from files, directories' files and standard input, in every supported format.
///
/// The reader is a `Sendable` value: build it once and call it from any thread. Each input yields
/// its outcomes in order (warnings about an article, then the article; or a rejection) through a
/// callback, so a JSONL file of a million lines is streamed, never held in memory. Bad inputs never
/// stop the reading: each is reported as `.rejected` with the file (and line) and the reason.
///
/// ```swift
/// let reader = ArticleReader(options: .init(reference: Reference(parsing: "2015-12-16")))
/// reader.read(path: "Examples/") { outcome in
///     if case .article(let article) = outcome { print(article.title) }
///     // "Russia, US call for common ground over various issues"
/// }
/// ```
public struct ArticleReader: Sendable {
    /// Options fixed when the reader is built.
    public struct Options: Sendable, Hashable {
        /// The format to read every input as; `.auto` decides by extension, then by content.
        public var format: ArticleFormat
        /// The publication date given to articles that have no dateline of their own (`--reference`).
        public var reference: Reference?
        /// The largest input read whole, in bytes (one JSONL line counts as one input; a JSONL file
        /// streams and may be of any size). Larger inputs are rejected as too large.
        public var maxInputBytes: Int

        /// The default `maxInputBytes`: 64 MiB, far above any news article.
        public static let defaultMaxInputBytes = 64 << 20

        /// Creates options.
        ///
        /// - Parameters:
        ///   - format: The format of every input, or `.auto`.
        ///   - reference: The publication date for articles without one.
        ///   - maxInputBytes: The largest input read whole.
        public init(format: ArticleFormat = .auto, reference: Reference? = nil, maxInputBytes: Int = Options.defaultMaxInputBytes) {
            self.format = format
            self.reference = reference
            self.maxInputBytes = maxInputBytes
        }
    }

    /// The options this reader was built with.
    public let options: Options

    /// Creates a reader.
    ///
    /// - Parameter options: The format, fallback reference date and size limit.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads one command-line input: a file, a directory (recursively, files with a known extension,
    /// in sorted order, hidden files and special files skipped) or `-` for standard input.
    ///
    /// ```swift
    /// reader.read(path: "feed.jsonl") { outcome in print(outcome) }
    /// ```
    ///
    /// - Parameters:
    ///   - path: The input as the user named it.
    ///   - body: Called with each outcome, in input order.
    /// - Throws: Only what `body` throws; unreadable inputs are reported as `.rejected` outcomes.
    public func read(path: String, _ body: (ReadOutcome) throws -> Void) rethrows {
        try split(path: path) { record in try read(record, body) }
    }

    /// Cuts one command-line input into records, without parsing them: the cheap half of
    /// ``read(path:_:)``, for a thread that feeds others which ``read(_:_:)`` the records.
    ///
    /// ```swift
    /// reader.split(path: "wire/") { record in queue.append(record) }
    /// ```
    ///
    /// - Parameters:
    ///   - path: The input as the user named it (a file, a directory, or `-`).
    ///   - body: Called with each record, in input order.
    /// - Throws: Only what `body` throws; unreadable inputs become records of `.rejected` outcomes.
    public func split(path: String, _ body: (InputRecord) throws -> Void) rethrows {
        if path == "-" {
            try splitStandardInput(body)
            return
        }
        switch FileSystem.info(path, followLinks: true) {
        case .failure(let error):
            try body(.rejected(ArticleReaderError(file: path, reason: .unreadable(error.description))))
        case .success(let info):
            switch info.kind {
            case .directory:
                var walker = DirectoryWalker(reader: self)
                try walker.walk(root: path, body)
            case .regular, .fifo, .characterDevice:
                // A fifo or device named on the command line is read as the user asked (`<(cat a.txt)`).
                try readFile(path, size: info.size, format: formatFor(path: path), blocking: info.kind != .regular, body)
            default:
                try body(.rejected(ArticleReaderError(file: path, reason: .notRegularFile(info.kind.rawValue))))
            }
        }
    }

    /// Reads the bytes of one input already in memory (a file, or stdin), named `name` in messages.
    ///
    /// The format is `options.format`, else the extension of `name`, else what the content looks like.
    ///
    /// ```swift
    /// let data = Data("Russia, US call for common ground\nDecember 16, 2015\n\nMOSCOW -- ...".utf8)
    /// reader.read(data: data, name: "pasted.txt") { outcome in print(outcome) }
    /// ```
    ///
    /// - Parameters:
    ///   - data: The input's bytes.
    ///   - name: The name used in origins, warnings and errors.
    ///   - body: Called with each outcome, in input order.
    /// - Throws: Only what `body` throws.
    public func read(data: Data, name: String, _ body: (ReadOutcome) throws -> Void) rethrows {
        guard data.count <= options.maxInputBytes || formatFor(path: name) == .jsonl else {
            try body(.rejected(ArticleReaderError(file: name, reason: .tooLarge(size: data.count, limit: options.maxInputBytes))))
            return
        }
        try read(bytes: [UInt8](data), name: name, format: formatFor(path: name), body)
    }

    // MARK: - Inputs

    /// `options.format` when set, else the format the extension names, else nil (sniff the content).
    func formatFor(path: String) -> ArticleFormat? {
        options.format != .auto ? options.format : FormatDetection.format(forPath: path)
    }

    /// Reads a file; JSONL streams, the other formats are read whole up to `maxInputBytes`.
    func readFile(_ path: String, size: Int, format: ArticleFormat?, blocking: Bool, _ body: (InputRecord) throws -> Void) rethrows {
        if format != .jsonl, size > options.maxInputBytes {
            try body(.rejected(ArticleReaderError(file: path, reason: .tooLarge(size: size, limit: options.maxInputBytes))))
            return
        }
        let fd: Int32
        switch FileSystem.open(path, nonBlocking: !blocking) {
        case .failure(let error):
            try body(.rejected(ArticleReaderError(file: path, reason: .unreadable(error.description))))
            return
        case .success(let opened):
            fd = opened
        }
        defer { FileSystem.close(fd) }
        try readStream(fd: fd, name: path, sizeHint: size, format: format, body)
    }

    /// Reads standard input (or, in tests, another descriptor) as `-`: streamed when it is JSONL (by
    /// `--format` or by its look), else whole.
    func readStandardInput(fd: Int32 = 0, _ body: (ReadOutcome) throws -> Void) rethrows {
        try splitStandardInput(fd: fd) { record in try read(record, body) }
    }

    /// Splits standard input (or another descriptor) into records, as `-`.
    func splitStandardInput(fd: Int32 = 0, _ body: (InputRecord) throws -> Void) rethrows {
        try readStream(fd: fd, name: "-", sizeHint: 0, format: options.format == .auto ? nil : options.format, body)
    }

    private func readStream(fd: Int32, name: String, sizeHint: Int, format known: ArticleFormat?, _ body: (InputRecord) throws -> Void) rethrows {
        var lines = LineReader(fd: fd, maxLineBytes: options.maxInputBytes, sizeHint: sizeHint)
        let head = lines.peek()
        let format = known ?? FormatDetection.sniff(head)
        if format == .jsonl, JSONLStream.canStream(head) {
            try JSONLStream(reader: self, name: name).split(&lines, body)
            return
        }
        // Read whole: what was peeked, then the rest.
        switch lines.remainder(limit: options.maxInputBytes) {
        case .success(let bytes):
            try body(InputRecord(content: .bytes(bytes, name: name, format: format)))
        case .failure(.tooLarge(let size)):
            try body(.rejected(ArticleReaderError(file: name, reason: .tooLarge(size: max(sizeHint, size), limit: options.maxInputBytes))))
        case .failure(.system(let error)):
            try body(.rejected(ArticleReaderError(file: name, reason: .unreadable(error.description))))
        }
    }

    // MARK: - Records

    /// Reads one record of ``split(path:_:)`` into its outcomes; safe on any thread.
    ///
    /// ```swift
    /// reader.read(record) { outcome in
    ///     if case .article(let article) = outcome { print(article.title) }   // "Ferry service resumes across the Alder"
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - record: A record from ``split(path:_:)``.
    ///   - body: Called with each outcome, in input order.
    /// - Throws: Only what `body` throws.
    public func read(_ record: InputRecord, _ body: (ReadOutcome) throws -> Void) rethrows {
        switch record.content {
        case .outcome(let outcome):
            try body(outcome)
        case .bytes(let bytes, let name, let format):
            try read(bytes: bytes, name: name, format: format, body)
        case .jsonlLine(let line, let name, let number):
            guard let item = JSONLFormat.item(line: line[...], number: number) else { return }
            try emit(item, name: name, format: .jsonl, body)
        }
    }

    // MARK: - Bytes

    /// Decodes `bytes` and reads them in `format` (nil: sniff).
    func read(bytes: [UInt8], name: String, format known: ArticleFormat?, _ body: (ReadOutcome) throws -> Void) rethrows {
        let decoded: TextDecoder.Decoded
        switch TextDecoder.decode(bytes) {
        case .failure(.empty):
            try body(.rejected(ArticleReaderError(file: name, reason: .empty)))
            return
        case .failure(.binary(let kind)):
            try body(.rejected(ArticleReaderError(file: name, reason: kind.map { .binaryKind($0) } ?? .binary)))
            return
        case .success(let d):
            decoded = d
        }
        guard decoded.bytes.contains(where: { !Bytes.isSpace($0) }) else {
            try body(.rejected(ArticleReaderError(file: name, reason: .whitespaceOnly)))
            return
        }
        let format = known ?? FormatDetection.sniff(decoded.bytes[...])
        for message in decoded.warnings { try body(.warning(ArticleReaderWarning(file: name, message: message))) }
        let items: [FormatItem]
        switch format {
        case .text, .auto: items = [TextFormat.read(decoded.bytes)]
        case .json: items = JSONFormat.read(decoded.bytes)
        case .jsonl: items = JSONLFormat.readAll(decoded.bytes)
        case .html: items = [HTMLFormat.read(decoded.bytes)]
        case .markdown: items = [MarkdownFormat.read(decoded.bytes)]
        }
        for item in items { try emit(item, name: name, format: format == .auto ? .text : format, body) }
    }

    /// Assembles one item and reports it.
    func emit(_ item: FormatItem, name: String, format: ArticleFormat, _ body: (ReadOutcome) throws -> Void) rethrows {
        switch item {
        case .rejected(let reason, let line):
            try body(.rejected(ArticleReaderError(file: name, line: line, reason: reason)))
        case .raw(let raw, let line):
            let origin = line.map { "\(name):\($0)" } ?? name
            switch ArticleAssembler(reference: options.reference).assemble(raw, origin: origin, format: format) {
            case .article(let article, let warnings):
                for message in warnings { try body(.warning(ArticleReaderWarning(file: name, line: line, message: message))) }
                try body(.article(article))
            case .rejected(let reason, let warnings):
                for message in warnings { try body(.warning(ArticleReaderWarning(file: name, line: line, message: message))) }
                try body(.rejected(ArticleReaderError(file: name, line: line, reason: reason)))
            }
        }
    }
}
