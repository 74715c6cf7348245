import GRDB
import Timeline

/// Replaces the events of a neighbourhood with newly merged ones, inside a transaction the caller opened.
///
/// An event that holds the report whose key named an old event of the neighbourhood (its cluster
/// key) keeps that event's id; the others get new ids, never used before. The dirty mark of the neighbourhood is
/// cleared in the same transaction, so after a crash either the old events and the mark remain
/// (and the next run merges again), or the new events without it.
struct EventWriter {
    private let db: Database
    private let oldEvents: Statement
    private let deleteSources: Statement
    private let deleteEvents: Statement
    private let insertWithID: Statement
    private let insertNew: Statement
    private let insertSource: Statement
    private let clearMark: Statement

    init(_ db: Database) throws {
        self.db = db
        oldEvents = try db.cachedStatement(sql: "SELECT id, cluster_key FROM event WHERE neighbourhood = ?")
        deleteSources = try db.cachedStatement(
            sql: "DELETE FROM event_source WHERE event_id IN (SELECT id FROM event WHERE neighbourhood = ?)")
        deleteEvents = try db.cachedStatement(sql: "DELETE FROM event WHERE neighbourhood = ?")
        let columns = """
            neighbourhood, cluster_key, value, mod, granularity, start_day, end_day, representative_id, salience,
            article_count, mention_count
            """
        insertWithID = try db.cachedStatement(
            sql: "INSERT INTO event (id, \(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        insertNew = try db.cachedStatement(
            sql: "INSERT INTO event (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        insertSource = try db.cachedStatement(sql: "INSERT INTO event_source (candidate_id, event_id) VALUES (?, ?)")
        clearMark = try db.cachedStatement(sql: "DELETE FROM dirty_neighbourhood WHERE key = ?")
    }

    /// Writes the events of `snapshot` in place of the neighbourhood's events and clears its mark.
    /// - Returns: The number of events written.
    @discardableResult
    func replace(with snapshot: NeighbourhoodSnapshot) throws -> Int {
        var idByKey: [String: Int64] = [:]
        let rows = try Row.fetchCursor(oldEvents, arguments: [snapshot.key])
        while let row = try rows.next() { idByKey[row["cluster_key"]] = row["id"] }
        try deleteSources.execute(arguments: [snapshot.key])
        try deleteEvents.execute(arguments: [snapshot.key])
        for cluster in snapshot.clusters {
            let key = cluster.key.description
            let date = cluster.date
            // The id of the old event whose key candidate is a member, the smallest key if several
            // old events merged into this one: an event keeps its id as long as the report that
            // named it stays in it, whichever reports join or leave.
            let kept = cluster.members.lazy.map { snapshot.candidates[$0].key.description }
                .filter { idByKey[$0] != nil }.min().flatMap { idByKey[$0] }
            let values: StatementArguments = [
                snapshot.key, key, date.value, date.mod?.rawValue, date.granularity.rawValue,
                date.interval.start.dayNumber, date.interval.end.dayNumber, snapshot.ids[cluster.representative],
                cluster.salience, cluster.articleCount, cluster.mentionCount,
            ]
            let id: Int64
            if let kept {
                try insertWithID.execute(arguments: [kept] + values)
                id = kept
            } else {
                try insertNew.execute(arguments: values)
                id = db.lastInsertedRowID
            }
            for member in cluster.members {
                try insertSource.execute(arguments: [snapshot.ids[member], id])
            }
        }
        try clearMark.execute(arguments: [snapshot.key])
        return snapshot.clusters.count
    }
}
