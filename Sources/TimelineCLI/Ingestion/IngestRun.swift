import ArticleReader
import Foundation
import TimelineStore

/// One `timeline ingest`: the pipeline, its single writer, the messages and the progress counter.
struct IngestRun {
    /// How an ingest ended.
    struct Outcome {
        /// The counts.
        var tally: IngestTally
        /// The signal that stopped it early, if any.
        var interruption: Int32?
        /// The database error that stopped it early (a full disk, a lock held too long), if any;
        /// everything counted in `tally` was committed before it.
        var failure: TimelineStoreError?

        /// The summary line, marked when the run stopped early.
        var summary: String {
            if interruption != nil { return tally.summary + " (interrupted)" }
            if failure != nil { return tally.summary + " (stopped by an error)" }
            return tally.summary
        }

        /// What stderr says when a signal stopped the ingest.
        func interruptionMessage(signal: Int32) -> String {
            var message = "interrupted by \(Interruption.name(of: signal)): stopped after the last complete transaction; "
                + "\(tally.new) new \(tally.new == 1 ? "article" : "articles") stored by this run"
            if tally.pending > 0 { message += ", \(tally.pending) read but not stored" }
            return message + ". Run the same command again to ingest the rest (stored articles are skipped as unchanged)."
        }
    }

    var store: TimelineStore
    var reader: ArticleReader
    var paths: [String]
    var batchSize = TimelineStore.recommendedBatchSize
    /// Articles per transaction once a run has committed this many; nil keeps `batchSize`.
    var longRunBatchSize: Int? = IngestRun.longRunBatchSize

    /// The transactions of a long run: 2,048 articles each once 2,048 are stored.
    ///
    /// Each commit writes again every page its articles touched, and the content-hash index is
    /// touched at random places: with 256 articles a transaction, a part of 100,000 articles added
    /// to a database of 200,000 wrote 2.5 GB to the write-ahead log for 480 MB of new rows, and
    /// the writer spent 3 to 4 s of its 9 s in the kernel (issue 6). Batches of 2,048 took 2 to 3 s
    /// of CPU off storing that part. A short run (and the first 2,048 articles of any run) keeps
    /// transactions of ``TimelineStore/recommendedBatchSize``, so its first articles are stored
    /// early and Ctrl-C loses little.
    static let longRunBatchSize = 2_048
    /// Whether Ctrl-C and SIGTERM stop the run cleanly (tests leave the process's handlers alone).
    var handlesSignals = true
    var meter = ProgressMeter()

    /// Reads, analyzes and stores every input, then merges the events of the neighbourhoods that got
    /// new candidates; messages go to stderr as they come. A database
    /// failure stops the run and is returned in the outcome, with the counts of what was committed.
    func run() -> Outcome {
        let pipeline = IngestPipeline(reader: reader, paths: paths)
        let received = SignalBox()
        if handlesSignals {
            Interruption.install { signal in
                received.signal = signal
                pipeline.stop()
            }
        }
        let meter = meter
        let writer = BatchWriter(
            store: store, batchSize: batchSize, longRunBatchSize: longRunBatchSize, report: { meter.print($0) })
        var completed = false
        do {
            completed = try pipeline.run { item in
                switch item {
                case .article(let processed):
                    try writer.add(processed)
                case .warning(let warning):
                    writer.countWarning()
                    meter.print("warning: \(warning)")
                case .rejected(let error):
                    writer.countRejected()
                    meter.print("rejected: \(error)")
                }
                meter.update(writer.tally)
            }
            if completed {
                try writer.commit()
                // Events are merged once per run, after the last batch: a busy month is merged once,
                // not once per batch. A signal here stops between neighbourhood groups; the marks left
                // are merged by the next run (or read command).
                let merge = try store.mergeEvents(stop: { received.signal != nil })
                completed = !merge.stopped
            }
        } catch let error as TimelineStoreError {
            meter.clear()
            return Outcome(tally: writer.tally, failure: error)
        } catch {
            // Only the writer throws, and it throws store errors.
            meter.clear()
            return Outcome(tally: writer.tally, failure: TimelineStoreError(path: store.path, reason: .sqlite("\(error)")))
        }
        meter.clear()
        return Outcome(tally: writer.tally, interruption: completed ? nil : received.signal ?? SIGINT)
    }
}

/// The signal number, handed from the watcher thread to the writer.
private final class SignalBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int32?

    var signal: Int32? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return value
        }
        set {
            lock.lock()
            value = newValue
            lock.unlock()
        }
    }
}
