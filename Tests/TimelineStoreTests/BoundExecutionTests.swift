import GRDB
import Testing

@testable import TimelineStore

/// `Statement.executeBound`: the writer's inserts bind their values straight to SQLite.
@Suite("Binding values straight to SQLite")
struct BoundExecutionTests {
    @Test("text, integers, doubles, booleans and nil are stored as GRDB's arguments store them")
    func values() throws {
        let queue = try DatabaseQueue()
        let rows = try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a, b, c, d, e)")
            let insert = try db.cachedStatement(sql: "INSERT INTO t (a, b, c, d, e) VALUES (?, ?, ?, ?, ?)")
            let text: String? = nil
            try insert.executeBound("Floodwater poured into the tunnel", Int64(42), 0.15, true, text)
            try insert.executeBound("on Monday night", 7, -1.5, false, Optional("late"))
            try db.execute(
                sql: "INSERT INTO t (a, b, c, d, e) VALUES (?, ?, ?, ?, ?)",
                arguments: ["on Monday night", 7, -1.5, false, "late"])
            return try Row.fetchAll(db, sql: "SELECT a, typeof(a), b, typeof(b), c, typeof(c), d, typeof(d), e, typeof(e) FROM t")
        }
        #expect(rows.count == 3)
        let expected: [any DatabaseValueConvertible] = [
            "Floodwater poured into the tunnel", "text", 42, "integer", 0.15, "real", 1, "integer", DatabaseValue.null, "null",
        ]
        #expect(Array(rows[0].databaseValues) == expected.map(\.databaseValue))
        #expect(rows[1] == rows[2])
    }

    @Test("too few or too many values are refused and nothing is inserted")
    func counts() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a, b)")
            let insert = try db.cachedStatement(sql: "INSERT INTO t (a, b) VALUES (?, ?)")
            #expect(throws: DatabaseError.self) { try insert.executeBound(1) }
            #expect(throws: DatabaseError.self) { try insert.executeBound(1, 2, 3) }
            try insert.executeBound(1, 2)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 1)
        }
    }
}
