import GRDB
import Timeline

/// Replaces the events of a neighbourhood with newly merged ones, inside a transaction the caller opened.
///
/// An event that holds the report whose key named an old event of the neighbourhood (its cluster
/// key) keeps that event's id; the others get new ids, never used before. The dirty mark of the neighbourhood is
/// cleared in the same transaction, so after a crash either the old events and the mark remain
/// (and the next run merges again), or the new events without it.
///
/// Only what changed is written: an event whose row is the same as before is left alone, and so is
/// a report that stays in the event it was in. When a part of 100,000 articles adds a few reports
/// to a month of 10,000, most of the month's events and sources are unchanged, and rewriting them
/// all cost the single writer as much as the new ones (issue 6). The rows left are exactly those a
/// full rewrite would leave, ids included.
struct EventWriter {
    private let db: Database
    private let oldEvents: Statement
    private let oldSources: Statement
    private let insertWithID: Statement
    private let insertNew: Statement
    private let update: Statement
    private let updateKeepingRepresentative: Statement
    private let deleteEvents: Statement
    private let insertSource: Statement
    private let deleteSources: Statement
    private let clearMark: Statement

    init(_ db: Database) throws {
        self.db = db
        let columns = """
            neighbourhood, cluster_key, value, mod, granularity, start_day, end_day, representative_id, salience,
            article_count, mention_count
            """
        oldEvents = try db.cachedStatement(sql: "SELECT id, \(columns) FROM event WHERE neighbourhood = ?")
        oldSources = try db.cachedStatement(
            sql: """
                SELECT s.candidate_id, s.event_id FROM event e JOIN event_source s ON s.event_id = e.id
                WHERE e.neighbourhood = ?
                """)
        insertWithID = try db.cachedStatement(
            sql: "INSERT INTO event (id, \(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        insertNew = try db.cachedStatement(
            sql: "INSERT INTO event (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        update = try db.cachedStatement(
            sql: """
                UPDATE event SET neighbourhood = ?, cluster_key = ?, value = ?, mod = ?, granularity = ?, start_day = ?,
                    end_day = ?, representative_id = ?, salience = ?, article_count = ?, mention_count = ?
                WHERE id = ?
                """)
        // Without representative_id, the update checks no foreign key (see `replace(with:)`).
        updateKeepingRepresentative = try db.cachedStatement(
            sql: """
                UPDATE event SET neighbourhood = ?, cluster_key = ?, value = ?, mod = ?, granularity = ?, start_day = ?,
                    end_day = ?, salience = ?, article_count = ?, mention_count = ?
                WHERE id = ?
                """)
        // Ids as a JSON array of integers: one statement for all the rows of a neighbourhood.
        deleteEvents = try db.cachedStatement(sql: "DELETE FROM event WHERE id IN (SELECT value FROM json_each(?))")
        insertSource = try db.cachedStatement(sql: "INSERT INTO event_source (candidate_id, event_id) VALUES (?, ?)")
        deleteSources = try db.cachedStatement(
            sql: "DELETE FROM event_source WHERE candidate_id IN (SELECT value FROM json_each(?))")
        clearMark = try db.cachedStatement(sql: "DELETE FROM dirty_neighbourhood WHERE key = ?")
    }

    /// The columns of an event row, as written and as read back.
    struct EventRow: Equatable {
        var neighbourhood: String
        var clusterKey: String
        var value: String
        var mod: String?
        var granularity: String
        var startDay: Int
        var endDay: Int
        var representativeID: Int64
        var salience: Double
        var articleCount: Int
        var mentionCount: Int

        init(row: Row) {
            neighbourhood = row["neighbourhood"]
            clusterKey = row["cluster_key"]
            value = row["value"]
            mod = row["mod"]
            granularity = row["granularity"]
            startDay = row["start_day"]
            endDay = row["end_day"]
            representativeID = row["representative_id"]
            salience = row["salience"]
            articleCount = row["article_count"]
            mentionCount = row["mention_count"]
        }

        init(_ cluster: EventCluster, of snapshot: NeighbourhoodSnapshot) {
            let date = cluster.date
            neighbourhood = snapshot.key
            clusterKey = cluster.key.description
            value = date.value
            mod = date.mod?.rawValue
            granularity = date.granularity.rawValue
            startDay = date.interval.start.dayNumber
            endDay = date.interval.end.dayNumber
            representativeID = snapshot.ids[cluster.representative]
            salience = cluster.salience
            articleCount = cluster.articleCount
            mentionCount = cluster.mentionCount
        }

        /// The arguments of `updateKeepingRepresentative`, without the id.
        var argumentsKeepingRepresentative: StatementArguments {
            [neighbourhood, clusterKey, value, mod, granularity, startDay, endDay, salience, articleCount, mentionCount]
        }

        var arguments: StatementArguments {
            [
                neighbourhood, clusterKey, value, mod, granularity, startDay, endDay, representativeID, salience,
                articleCount, mentionCount,
            ]
        }
    }

    /// Writes the events of `snapshot` in place of the neighbourhood's events and clears its mark.
    /// - Returns: The number of events the neighbourhood now holds.
    @discardableResult
    func replace(with snapshot: NeighbourhoodSnapshot) throws -> Int {
        var idByKey: [String: Int64] = [:]
        var old: [Int64: EventRow] = [:]
        let rows = try Row.fetchCursor(oldEvents, arguments: [snapshot.key])
        while let row = try rows.next() {
            let event = EventRow(row: row)
            let id: Int64 = row["id"]
            idByKey[event.clusterKey] = id
            old[id] = event
        }
        var eventOf: [Int64: Int64] = [:]
        eventOf.reserveCapacity(snapshot.ids.count)
        let sources = try Row.fetchCursor(oldSources, arguments: [snapshot.key])
        while let row = try sources.next() { eventOf[row[0]] = row[1] }

        var moved: [(candidate: Int64, event: Int64)] = []
        for cluster in snapshot.clusters {
            let event = EventRow(cluster, of: snapshot)
            // The id of the old event whose key candidate is a member, the smallest key if several
            // old events merged into this one: an event keeps its id as long as the report that
            // named it stays in it, whichever reports join or leave.
            let kept = cluster.members.lazy.map { snapshot.candidates[$0].key.description }
                .filter { idByKey[$0] != nil }.min().flatMap { idByKey[$0] }
            let id: Int64
            if let kept {
                id = kept
                if let before = old.removeValue(forKey: kept) {
                    if before == event {
                        // Unchanged.
                    } else if before.representativeID == event.representativeID {
                        try updateKeepingRepresentative.execute(arguments: event.argumentsKeepingRepresentative + [kept])
                    } else {
                        try update.execute(arguments: event.arguments + [kept])
                    }
                } else {
                    try insertWithID.execute(arguments: [kept] + event.arguments)
                }
            } else {
                try insertNew.execute(arguments: event.arguments)
                id = db.lastInsertedRowID
            }
            for member in cluster.members {
                let candidate = snapshot.ids[member]
                switch eventOf[candidate] {
                case id?: break
                case nil: try insertSource.execute(arguments: [candidate, id])
                case .some: moved.append((candidate, id))
                }
            }
        }
        // Reports that changed events: deleted in one statement, then inserted again.
        if !moved.isEmpty {
            try deleteSources.execute(arguments: [Self.jsonArray(moved.map(\.candidate))])
            for (candidate, id) in moved { try insertSource.execute(arguments: [candidate, id]) }
        }
        // Events no report names any more; every source pointing to them was moved above.
        if !old.isEmpty { try deleteEvents.execute(arguments: [Self.jsonArray(old.keys.sorted())]) }
        try clearMark.execute(arguments: [snapshot.key])
        return snapshot.clusters.count
    }

    /// `[1,2,3]`: ids bound as one JSON text for `json_each`.
    static func jsonArray(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
