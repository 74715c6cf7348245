import ArticleReader
import Foundation
import GRDB
import Timeline

extension TimelineStore {
    /// What ``mergeEvents(stop:)`` did.
    public struct MergeSummary: Sendable, Hashable {
        /// Neighbourhoods whose events were rewritten.
        public var neighbourhoods = 0
        /// Events written in them.
        public var events = 0
        /// Articles stored by an older timeline that were analyzed first.
        public var articlesAnalyzed = 0
        /// Whether `stop` ended the merge before every dirty neighbourhood was done.
        public var stopped = false

        /// Creates an empty summary.
        public init() {}
    }

    /// Brings the events up to date: merges again every neighbourhood that received candidates since
    /// its events were last written, and rewrites its events.
    ///
    /// ``add(_:)-([AnalyzedArticle])`` only marks neighbourhoods dirty, so run this once after a run of
    /// batches (merging a busy month once rather than after every batch). The result equals a merge of
    /// every stored candidate from scratch, whatever the order articles came in. Each group of
    /// neighbourhoods is rewritten in one transaction that also clears their marks: an interruption
    /// leaves the rest marked, for the next call. Merging runs on every core, outside the write lock;
    /// a neighbourhood that another process added candidates to meanwhile is left marked (that
    /// process merges it). Articles stored by an older version without their mentions and
    /// candidates are analyzed first.
    ///
    /// Read commands call it too, so events left behind by a killed ingest are brought up to date.
    /// When nothing is marked it only reads.
    ///
    /// ```swift
    /// try store.add(articles)
    /// let summary = try store.mergeEvents()
    /// summary.neighbourhoods   // 3: February, March and April 2024
    /// ```
    ///
    /// - Parameter stop: Asked between groups; returning true stops the merge (Ctrl-C).
    /// - Returns: What was merged.
    /// - Throws: A ``TimelineStoreError`` whenever an SQLite error occurs (a full disk is
    ///   ``TimelineStoreError/Reason/mergeFailed(_:)``); what was committed before stays.
    @discardableResult
    public func mergeEvents(stop: () -> Bool = { false }) throws -> MergeSummary {
        do {
            return try mergeMarkedNeighbourhoods(stop: stop)
        } catch let error as TimelineStoreError {
            // The articles are all stored: say that this failure only delays their events.
            guard case .sqlite(let why) = error.reason else { throw error }
            throw TimelineStoreError(path: error.path, reason: .mergeFailed(why))
        }
    }

    private func mergeMarkedNeighbourhoods(stop: () -> Bool) throws -> MergeSummary {
        var summary = MergeSummary()
        summary.articlesAnalyzed = try analyzeUnanalyzedArticles(stop: stop)
        let merger = Merger()
        var after = ""
        // Two groups in flight: this thread writes the group merged last while the next one is read
        // and merged on the other threads, so the one writer does not leave the cores idle. Groups
        // hold different neighbourhoods, so neither depends on what the other writes.
        var merged: [NeighbourhoodSnapshot] = []
        while true {
            let stopped = stop()
            let keys = stopped ? [] : try read { db in try Self.nextGroup(db, after: after, minimum: Self.mergeThreads) }
            if let last = keys.last { after = last }
            let next = Self.inBackground {
                try Self.concurrentMap(keys) { key in
                    var snapshot = try self.read { db in try NeighbourhoodSnapshot.read(db, key: key) }
                    snapshot.merge(with: merger)
                    return snapshot
                }
            }
            let written = Result { try writeEvents(of: merged) }
            let nextGroup = next.wait()
            let (neighbourhoods, events) = try written.get()
            summary.neighbourhoods += neighbourhoods
            summary.events += events
            merged = try nextGroup.get()
            if stopped {
                summary.stopped = true
                break
            }
            if keys.isEmpty { break }
        }
        return summary
    }

    /// Replaces the events of the neighbourhoods of `snapshots` in one transaction, skipping those
    /// that received candidates since they were read (another process merges them).
    /// - Returns: How many neighbourhoods and events were written.
    private func writeEvents(of snapshots: [NeighbourhoodSnapshot]) throws -> (neighbourhoods: Int, events: Int) {
        guard !snapshots.isEmpty else { return (0, 0) }
        return try write { db in
            let writer = try EventWriter(db)
            var neighbourhoods = 0, events = 0
            for snapshot in snapshots where try snapshot.isCurrent(db) {
                events += try writer.replace(with: snapshot)
                neighbourhoods += 1
            }
            return (neighbourhoods, events)
        }
    }

    /// Starts `work` on another thread; `wait()` on the result returns what it returned or threw.
    static func inBackground<R: Sendable>(_ work: @escaping @Sendable () throws -> R) -> BackgroundResult<R> {
        let result = BackgroundResult<R>()
        DispatchQueue.global().async(group: result.group) { result.set(Result { try work() }) }
        return result
    }

    /// The most neighbourhoods merged, then written, in one transaction.
    static let mergeGroupSize = 32
    /// The candidates a group may hold in memory at once (a single larger neighbourhood is a group
    /// of its own): what keeps memory flat when months hold tens of thousands of reports. Two groups
    /// are in memory at once (one written while the next is merged), so together they hold what one
    /// group of 20,000 held when merging and writing took turns.
    static let mergeGroupCandidates = 10_000

    /// How many neighbourhoods a merge group holds at least (when that many are dirty): one per core.
    /// A neighbourhood is merged on one thread, so a group of one large month (a busy month holds
    /// over 10,000 reports once 100,000 articles are stored, more than ``mergeGroupCandidates``) left
    /// the other core idle while the writer wrote: at 300,000 articles stored, 36 such months held
    /// 96 % of the candidates a run merged again, and the merge used 1.25 cores (issue 6).
    static var mergeThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The dirty neighbourhoods to merge next, after the key `after`, in key order: up to
    /// ``mergeGroupSize`` of them, and no more candidates together than ``mergeGroupCandidates``
    /// unless the group would then hold fewer than `minimum` neighbourhoods (always at least one).
    static func nextGroup(
        _ db: Database, after: String, limit: Int = mergeGroupSize, budget: Int = mergeGroupCandidates,
        minimum: Int = 1
    ) throws -> [String] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT d.key, (SELECT count(*) FROM candidate c WHERE c.neighbourhood = d.key) AS candidates
                FROM dirty_neighbourhood d WHERE d.key > ? ORDER BY d.key LIMIT ?
                """,
            arguments: [after, limit])
        var keys: [String] = []
        var total = 0
        for row in rows {
            let count: Int = row["candidates"]
            if keys.count >= max(1, minimum) && total + count > budget { break }
            keys.append(row["key"])
            total += count
        }
        return keys
    }

    /// Whether some neighbourhoods wait for ``mergeEvents(stop:)`` (or articles for analysis).
    ///
    /// - Returns: true when a merge would write something.
    /// - Throws: A ``TimelineStoreError`` whenever an SQLite error occurs.
    public func hasPendingMerges() throws -> Bool {
        try read { db in
            try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM dirty_neighbourhood) OR EXISTS (SELECT 1 FROM unanalyzed_article)")
                ?? false
        }
    }

    /// Analyzes the articles an older timeline stored without mentions and candidates, a batch per
    /// transaction. - Returns: How many were analyzed.
    private func analyzeUnanalyzedArticles(stop: () -> Bool) throws -> Int {
        var analyzed = 0
        while !stop() {
            let articles = try read { db in
                try ArticleRecord.fetchAll(
                    db,
                    sql: """
                        SELECT * FROM article WHERE id IN (SELECT article_id FROM unanalyzed_article ORDER BY article_id LIMIT ?)
                        ORDER BY id
                        """,
                    arguments: [Self.recommendedBatchSize])
            }
            guard !articles.isEmpty else { break }
            let analyses = try Self.concurrentMap(articles) { record in
                (record.id, AnalyzedArticle(analyzing: record.storedArticle.article))
            }
            try write { db in
                let inserter = try AnalysisInserter(db)
                for (id, analysis) in analyses {
                    // Another process may have analyzed it meanwhile.
                    try db.execute(sql: "DELETE FROM unanalyzed_article WHERE article_id = ?", arguments: [id])
                    guard db.changesCount > 0 else { continue }
                    try inserter.insert(analysis, articleID: id)
                }
                try inserter.markDirty()
            }
            analyzed += articles.count
        }
        return analyzed
    }

    /// `transform` applied to every element on all cores, results in order; the first error thrown is rethrown.
    static func concurrentMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) throws -> R) throws -> [R] {
        let results = ResultSlots<R>(count: items.count)
        let threads = min(items.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let next = ResultSlots<Int>(count: 0)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let i = next.takeIndex(below: items.count) {
                results.set(i, Result { try transform(items[i]) })
            }
        }
        return try results.values().map { try $0.get() }
    }
}

/// The result of work started by ``TimelineStore/inBackground(_:)``.
final class BackgroundResult<R: Sendable>: @unchecked Sendable {
    fileprivate let group = DispatchGroup()
    private let lock = NSLock()
    private var result: Result<R, any Error>?

    fileprivate func set(_ value: Result<R, any Error>) {
        lock.lock()
        result = value
        lock.unlock()
    }

    /// Waits for the work to finish. - Returns: What it returned or threw.
    func wait() -> Result<R, any Error> {
        group.wait()
        lock.lock()
        defer { lock.unlock() }
        return result ?? .failure(CancellationError())
    }
}

/// Slots filled from several threads under a lock, plus a shared counter handing out indices.
private final class ResultSlots<R: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<R, any Error>?]
    private var counter = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<R, any Error>) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func takeIndex(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard counter < limit else { return nil }
        counter += 1
        return counter - 1
    }

    func values() -> [Result<R, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failure(CancellationError()) }
    }
}
