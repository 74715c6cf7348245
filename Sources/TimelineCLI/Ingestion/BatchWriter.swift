import ArticleReader
import TimelineStore

/// The single writer of an ingest: collects processed articles and commits them in batches.
///
/// Each full batch is one transaction (``TimelineStore/add(_:)``). When the schema refuses a batch
/// because of one article, the batch is written again one article per transaction, so only that
/// article is rejected (and named) and the rest are stored. Any other failure (a full disk, a lock
/// held too long) ends the ingest: what was committed before stays whole.
final class BatchWriter {
    private let store: TimelineStore
    private let batchSize: Int
    private let report: (String) -> Void
    private var batch: [ProcessedArticle] = []
    /// The counts so far.
    private(set) var tally = IngestTally()

    /// - Parameters:
    ///   - store: Where to write.
    ///   - batchSize: Articles per transaction.
    ///   - report: Receives a line for stderr for each article the schema refuses.
    init(store: TimelineStore, batchSize: Int = TimelineStore.recommendedBatchSize, report: @escaping (String) -> Void) {
        self.store = store
        self.batchSize = max(1, batchSize)
        self.report = report
        batch.reserveCapacity(self.batchSize)
    }

    /// Queues an article, committing the batch when it is full.
    func add(_ article: ProcessedArticle) throws {
        batch.append(article)
        tally.pending = batch.count
        if batch.count >= batchSize { try commit() }
    }

    /// Counts an input the reader rejected.
    func countRejected() { tally.rejected += 1 }

    /// Counts a warning.
    func countWarning() { tally.warnings += 1 }

    /// Commits the articles still waiting (the last, partial batch).
    func commit() throws {
        guard !batch.isEmpty else { return }
        let articles = batch.map(\.article)
        do {
            count(try store.add(articles), of: articles)
        } catch let error as TimelineStoreError {
            guard case .constraintViolated = error.reason else { throw error }
            for article in articles {
                do {
                    count(try store.add([article]), of: [article])
                } catch let error as TimelineStoreError {
                    guard case .constraintViolated(let why) = error.reason else { throw error }
                    tally.rejected += 1
                    report("rejected: \(article.origin): not stored (\(why))")
                }
            }
        }
        batch.removeAll(keepingCapacity: true)
        tally.pending = 0
    }

    private func count(_ additions: [TimelineStore.Addition], of articles: [Article]) {
        for (addition, article) in zip(additions, articles) {
            if addition.isNew { tally.new += 1 } else { tally.unchanged += 1 }
            if article.isUndated { tally.undated += 1 }
        }
    }
}
