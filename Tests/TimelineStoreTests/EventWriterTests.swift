import GRDB
import Testing
import TimelineTestSupport

@testable import TimelineStore

/// The event writer writes only the rows that changed; what it leaves must be exactly what a full
/// rewrite of the neighbourhood's events would leave, ids included.
@Suite("Rewriting a neighbourhood's events")
struct EventWriterTests {
    /// Every row of `event` and `event_source`, in id order, as text.
    static func rows(_ store: TimelineStore) throws -> [String] {
        try store.writer.read { db in
            let events = try Row.fetchAll(db, sql: "SELECT * FROM event ORDER BY id").map(\.description)
            let sources = try Row.fetchAll(db, sql: "SELECT * FROM event_source ORDER BY candidate_id").map(\.description)
            return events + sources
        }
    }

    /// A store holding the story samples, merged.
    static func mergedStore() throws -> TimelineStore {
        let store = try TimelineStore.inMemory()
        try store.add(StorySamples.all)
        try store.mergeEvents()
        return store
    }

    @Test("a neighbourhood merged again writes back what it held")
    func unchanged() throws {
        let store = try Self.mergedStore()
        let before = try Self.rows(store)
        let marked = try store.writer.write { db in
            try db.execute(sql: "INSERT INTO dirty_neighbourhood (key) SELECT DISTINCT neighbourhood FROM event")
            return db.changesCount
        }
        #expect(marked >= 2)
        #expect(try store.mergeEvents().neighbourhoods == marked)
        #expect(try Self.rows(store) == before)
    }

    @Test("moved and missing sources, a changed event and a stray event are all put right")
    func tampered() throws {
        let store = try Self.mergedStore()
        let before = try Self.rows(store)
        try store.writer.write { db in
            // Two events of one neighbourhood, the first with several reports.
            let first = try #require(
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT e.id, e.neighbourhood FROM event e JOIN event_source s ON s.event_id = e.id
                        GROUP BY e.id HAVING count(*) >= 3
                        AND (SELECT count(*) FROM event o WHERE o.neighbourhood = e.neighbourhood) >= 2
                        ORDER BY e.id LIMIT 1
                        """))
            let firstID: Int64 = first["id"]
            let key: String = first["neighbourhood"]
            let secondID = try #require(
                try Int64.fetchOne(db, sql: "SELECT id FROM event WHERE neighbourhood = ? AND id <> ? ORDER BY id", arguments: [key, firstID]))
            let reports = try Int64.fetchAll(
                db, sql: "SELECT candidate_id FROM event_source WHERE event_id = ? ORDER BY candidate_id", arguments: [firstID])
            // A report moved to the other event, one to a stray event, one source lost.
            try db.execute(sql: "UPDATE event_source SET event_id = ? WHERE candidate_id = ?", arguments: [secondID, reports[0]])
            try db.execute(
                sql: """
                    INSERT INTO event (neighbourhood, cluster_key, value, mod, granularity, start_day, end_day,
                                       representative_id, salience, article_count, mention_count)
                    SELECT neighbourhood, 'stray', value, mod, granularity, start_day, end_day, ?, 0, 1, 1 FROM event WHERE id = ?
                    """,
                arguments: [reports[1], firstID])
            try db.execute(sql: "UPDATE event_source SET event_id = ? WHERE candidate_id = ?", arguments: [db.lastInsertedRowID, reports[1]])
            try db.execute(sql: "DELETE FROM event_source WHERE candidate_id = ?", arguments: [reports[2]])
            // The other event's counts, salience and representative changed.
            try db.execute(
                sql: "UPDATE event SET salience = salience + 1, mention_count = mention_count + 5, representative_id = ? WHERE id = ?",
                arguments: [reports[0], secondID])
            try db.execute(sql: "INSERT INTO dirty_neighbourhood (key) VALUES (?)", arguments: [key])
        }
        #expect(try Self.rows(store) != before)
        #expect(try store.mergeEvents().neighbourhoods == 1)
        #expect(try Self.rows(store) == before)
    }
}
