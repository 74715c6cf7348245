import ArticleReader
import Foundation
import TimelineStore

/// One item reaching the writer, in input order.
enum IngestItem: Sendable {
    case article(AnalyzedArticle)
    case warning(ArticleReaderWarning)
    case rejected(ArticleReaderError)
}

/// Ingest as three stages on their own threads: reading → processing → one writer.
///
/// ```
/// reader thread ──chunks──▶ worker threads (process) ──in order──▶ calling thread (writer)
/// ```
///
/// The reader walks the inputs and groups outcomes into chunks; workers analyze each article in
/// parallel (date normalization and event extraction: ``AnalyzedArticle``); the calling thread receives every item in input order and does
/// the writing. An ``OrderedWorkQueue`` bounds the chunks in flight, so memory does not grow with
/// the corpus. ``stop()`` (Ctrl-C) cancels reading and processing at once; the writer decides
/// where it stops (after its current transaction).
final class IngestPipeline: Sendable {
    /// How many outcomes travel together between threads.
    static let chunkSize = 32

    private let reader: ArticleReader
    private let paths: [String]
    private let workers: Int
    private let process: @Sendable (Article) -> AnalyzedArticle
    private let queue: OrderedWorkQueue<[ReadOutcome], [IngestItem]>

    /// - Parameters:
    ///   - reader: Reads each path.
    ///   - paths: Files, directories, or `-`, in the order given.
    ///   - workers: Processing threads; by default one per core beyond the writer's.
    ///   - process: The per-article work done off the writer's thread.
    init(
        reader: ArticleReader, paths: [String],
        workers: Int = max(1, ProcessInfo.processInfo.activeProcessorCount - 1),
        process: @escaping @Sendable (Article) -> AnalyzedArticle = { AnalyzedArticle(analyzing: $0) }
    ) {
        self.reader = reader
        self.paths = paths
        self.workers = max(1, workers)
        self.process = process
        queue = OrderedWorkQueue(capacity: 4 * max(1, workers) + 4)
    }

    /// Starts reading and processing, then calls `consume` on the calling thread with each item in
    /// input order until the input is exhausted, `stop()` is called, or `consume` throws.
    ///
    /// - Returns: true when every input was consumed, false when `stop()` ended it early.
    /// - Throws: What `consume` throws (reading and processing are stopped first).
    func run(_ consume: (IngestItem) throws -> Void) throws -> Bool {
        startReader()
        for _ in 0..<workers { startWorker() }
        do {
            consuming: while let items = queue.nextOutput() {
                for item in items {
                    // Checked before each item, so a stop lands between two items: after the
                    // transaction the previous item may have committed, never inside one.
                    if isStopped { break consuming }
                    try consume(item)
                }
            }
        } catch {
            queue.cancel()
            throw error
        }
        return !isStopped
    }

    /// Stops reading and processing; `run` returns once the item it is consuming is done.
    /// Safe to call from any thread, e.g. a signal handler's queue.
    func stop() {
        stopped.set()
        queue.cancel()
    }

    private let stopped = StopFlag()

    private var isStopped: Bool { stopped.isSet }

    private func startReader() {
        let reader = reader, paths = paths, queue = queue
        spawn {
            struct Cancelled: Error {}
            var chunk: [ReadOutcome] = []
            chunk.reserveCapacity(Self.chunkSize)
            func flush() throws {
                guard !chunk.isEmpty else { return }
                guard queue.submit(chunk) else { throw Cancelled() }
                chunk.removeAll(keepingCapacity: true)
            }
            do {
                for path in paths {
                    try reader.read(path: path) { outcome in
                        chunk.append(outcome)
                        if chunk.count >= Self.chunkSize { try flush() }
                    }
                    try flush()  // each input's last outcomes go on without waiting for the next input
                }
            } catch {
                // Cancelled: the writer stopped; nothing more to read.
            }
            queue.close()
        }
    }

    private func startWorker() {
        let queue = queue, process = process
        spawn {
            while let (sequence, outcomes) = queue.nextWork() {
                let items = outcomes.map { outcome -> IngestItem in
                    switch outcome {
                    case .article(let article): return .article(process(article))
                    case .warning(let warning): return .warning(warning)
                    case .rejected(let error): return .rejected(error)
                    }
                }
                queue.complete(sequence, items)
            }
        }
    }

    /// Starts a thread with a stack large enough for deeply nested inputs.
    private func spawn(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = 16 << 20
        thread.start()
    }
}

/// A thread-safe flag that is only ever raised.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
}
