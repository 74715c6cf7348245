import ArticleReader
import TimelineStore

/// The single writer of an ingest: collects processed articles and commits them in batches.
///
/// Each full batch is one transaction (``TimelineStore/add(_:)``). A long run switches to larger
/// batches once it has committed `longRunBatchSize` articles (see ``IngestRun/longRunBatchSize``).
/// When the schema refuses a batch
/// because of one article, the batch is written again one article per transaction, so only that
/// article is rejected (and named) and the rest are stored. Any other failure (a full disk, a lock
/// held too long) ends the ingest: what was committed before stays whole.
final class BatchWriter {
    private let store: TimelineStore
    private let batchSize: Int
    private let longRunBatchSize: Int?
    /// Articles committed so far (new, unchanged or refused).
    private var committed = 0
    private let report: (String) -> Void
    private var batch: [AnalyzedArticle] = []
    /// The counts so far.
    private(set) var tally = IngestTally()

    /// - Parameters:
    ///   - store: Where to write.
    ///   - batchSize: Articles per transaction.
    ///   - longRunBatchSize: Articles per transaction once this many were committed; nil keeps `batchSize`.
    ///   - report: Receives a line for stderr for each article the schema refuses.
    init(
        store: TimelineStore, batchSize: Int = TimelineStore.recommendedBatchSize, longRunBatchSize: Int? = nil,
        report: @escaping (String) -> Void
    ) {
        self.store = store
        self.batchSize = max(1, batchSize)
        self.longRunBatchSize = longRunBatchSize.map { max(1, $0) }
        self.report = report
        batch.reserveCapacity(self.batchSize)
    }

    /// The size of the batch being filled.
    private var currentBatchSize: Int {
        guard let longRunBatchSize, committed >= longRunBatchSize else { return batchSize }
        return longRunBatchSize
    }

    /// Queues an article, committing the batch when it is full.
    func add(_ article: AnalyzedArticle) throws {
        batch.append(article)
        tally.pending = batch.count
        if batch.count >= currentBatchSize { try commit() }
    }

    /// Counts an input the reader rejected.
    func countRejected() { tally.rejected += 1 }

    /// Counts a warning.
    func countWarning() { tally.warnings += 1 }

    /// Commits the articles still waiting (the last, partial batch).
    func commit() throws {
        guard !batch.isEmpty else { return }
        do {
            count(try store.add(batch), of: batch)
        } catch let error as TimelineStoreError {
            guard case .constraintViolated = error.reason else { throw error }
            for article in batch {
                do {
                    count(try store.add([article]), of: [article])
                } catch let error as TimelineStoreError {
                    guard case .constraintViolated(let why) = error.reason else { throw error }
                    tally.rejected += 1
                    report("rejected: \(article.article.origin): not stored (\(why))")
                }
            }
        }
        committed += batch.count
        batch.removeAll(keepingCapacity: true)
        tally.pending = 0
    }

    private func count(_ additions: [TimelineStore.Addition], of articles: [AnalyzedArticle]) {
        for (addition, analyzed) in zip(additions, articles) {
            if addition.isNew { tally.new += 1 } else { tally.unchanged += 1 }
            if analyzed.article.isUndated { tally.undated += 1 }
        }
    }
}
