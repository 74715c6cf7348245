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
/// The reader thread only walks the inputs and cuts them into records (whole files, JSONL lines:
/// ``InputRecord``), grouped into chunks; workers turn each record into articles (decoding, parsing,
/// sentence splitting, hashing) and analyze them (date normalization and event extraction:
/// ``AnalyzedArticle``) in parallel; the calling thread receives every item in input order and does
/// the writing. An ``OrderedWorkQueue`` bounds the chunks in flight, so memory does not grow with
/// the corpus. ``stop()`` (Ctrl-C) cancels reading and processing at once; the writer decides
/// where it stops (after its current transaction).
final class IngestPipeline: Sendable {
    /// How many records travel together between threads, at most.
    static let chunkSize = 32
    /// How many input bytes a chunk holds before it is sent without waiting for `chunkSize` records,
    /// so that chunks of large files do not multiply the memory in flight.
    static let chunkBytes = 1 << 20
    /// How many chunks may be read or processed ahead of the writer, at least: enough (1,280
    /// articles) for the workers to go on while the writer commits a batch of
    /// ``IngestRun/longRunBatchSize``. With 12, they filled the queue within the first 30 ms of a
    /// commit and then waited; part 3 of the 1M benchmark stored in 11.6-11.9 s instead of
    /// 13.8-13.9 s (issue 6).
    static let chunksInFlight = 40

    private let reader: ArticleReader
    private let paths: [String]
    private let workers: Int
    private let process: @Sendable (Article) -> AnalyzedArticle
    private let queue: OrderedWorkQueue<[InputRecord], [IngestItem]>

    /// - Parameters:
    ///   - reader: Reads each path.
    ///   - paths: Files, directories, or `-`, in the order given.
    ///   - workers: Processing threads; by default one per core (the reader and the writer mostly
    ///     wait: reading only cuts records, and the writer's inserts are cheaper than the analysis).
    ///   - process: The per-article work done off the writer's thread.
    init(
        reader: ArticleReader, paths: [String],
        workers: Int = max(1, ProcessInfo.processInfo.activeProcessorCount),
        process: @escaping @Sendable (Article) -> AnalyzedArticle = { AnalyzedArticle(analyzing: $0) }
    ) {
        self.reader = reader
        self.paths = paths
        self.workers = max(1, workers)
        self.process = process
        queue = OrderedWorkQueue(capacity: max(4 * max(1, workers) + 4, Self.chunksInFlight))
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
            var chunk: [InputRecord] = []
            var bytes = 0
            chunk.reserveCapacity(Self.chunkSize)
            func flush() throws {
                guard !chunk.isEmpty else { return }
                guard queue.submit(chunk) else { throw Cancelled() }
                chunk.removeAll(keepingCapacity: true)
                bytes = 0
            }
            do {
                for path in paths {
                    try reader.split(path: path) { record in
                        chunk.append(record)
                        bytes += record.byteCount
                        if chunk.count >= Self.chunkSize || bytes >= Self.chunkBytes { try flush() }
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
        let queue = queue, process = process, reader = reader
        spawn {
            Self.yieldToWriter()
            while let (sequence, records) = queue.nextWork() {
                var items: [IngestItem] = []
                items.reserveCapacity(records.count)
                for record in records {
                    reader.read(record) { outcome in
                        switch outcome {
                        case .article(let article): items.append(.article(process(article)))
                        case .warning(let warning): items.append(.warning(warning))
                        case .rejected(let error): items.append(.rejected(error))
                        }
                    }
                }
                queue.complete(sequence, items)
            }
        }
    }

    /// The nice value of the worker threads, above the writer's (a larger value is a lower priority).
    ///
    /// The writer is the one stage that cannot be split across cores, and it shares two cores with
    /// two workers: at equal priority the scheduler gave it two thirds of a core, so it fell behind,
    /// the ordered queue filled, and the workers waited in turn (1.4 of 2 cores busy once 200,000
    /// articles were stored, issue 6). A lower priority for the workers keeps the writer running
    /// whenever it has work; the workers still take every cycle it leaves.
    static let workerNice: Int32 = 10

    /// Lowers the calling thread's priority to ``workerNice`` (on Linux the nice value is per thread).
    private static func yieldToWriter() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, workerNice)
        #endif
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
