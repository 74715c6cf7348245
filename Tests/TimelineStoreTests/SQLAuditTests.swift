import DateNormalizer
import Foundation
import GRDB
import Testing
import TimelineTestSupport

@testable import TimelineStore

/// Every SQL statement binds its values: an audit of the sources, so that a new statement that
/// splices a value into its text fails here until someone has checked it.
@Suite("SQL binds its values (source audit)")
struct SQLAuditTests {
    /// The only expressions interpolated into SQL text, each a constant or a list of `?` placeholders.
    static let allowed: [String: String] = [
        "condition": "EventFilter.whereClause: literal conditions with ? placeholders, the values in its arguments",
        "EventHeader.columns": "a constant list of column names",
        "columns": "EventWriter's constant list of column names",
        "placeholders(ids.count)": "`?, ?, ?`: one placeholder per bound id",
        "ids.sql": "EventFilter.rangeIDs: a constant index query with ? placeholders, the days in its arguments",
        "Self.pageSize": "TimelineStore.pageSize, a static Int constant (PRAGMA takes no bound values)",
        "Self.cacheKiB": "TimelineStore.cacheKiB, a static Int constant (PRAGMA takes no bound values)",
        #"ContentKey.sql(of: "content_hash")"#: "the v4 migration's constant SQL expression of a column name",
    ]

    /// A string literal of a source file, with the line it starts on.
    struct Literal {
        var file: String
        var line: Int
        var text: String
    }

    static let sqlWords = ["SELECT ", "INSERT ", "UPDATE ", "DELETE ", "CREATE ", "DROP ", "PRAGMA ", " MATCH ", "WHERE ", "VALUES "]

    /// Every string literal of `source`: `"..."`, `"""..."""` and raw `#"..."#`, comments skipped.
    static func literals(in source: String, file: String) -> [Literal] {
        let s = Array(source.unicodeScalars)
        var out: [Literal] = []
        var i = 0, line = 1
        func at(_ k: Int, _ text: String) -> Bool {
            let t = Array(text.unicodeScalars)
            return k + t.count <= s.count && Array(s[k..<k + t.count]) == t
        }
        while i < s.count {
            if s[i] == "\n" { line += 1; i += 1; continue }
            if at(i, "//") {
                while i < s.count && s[i] != "\n" { i += 1 }
                continue
            }
            if at(i, "/*") {
                while i < s.count && !at(i, "*/") { if s[i] == "\n" { line += 1 }; i += 1 }
                i += 2
                continue
            }
            var hashes = 0
            while at(i + hashes, "#") { hashes += 1 }
            guard at(i + hashes, "\"") else { i += max(hashes, 1); continue }
            let pounds = String(repeating: "#", count: hashes)
            let multi = at(i + hashes, "\"\"\"")
            let close = (multi ? "\"\"\"" : "\"") + pounds
            var j = i + hashes + (multi ? 3 : 1)
            let start = j, startLine = line
            while j < s.count && !at(j, close) {
                if s[j] == "\\" && hashes == 0 { j += 2; continue }
                if s[j] == "\n" { line += 1 }
                j += 1
            }
            out.append(Literal(file: file, line: startLine, text: String(String.UnicodeScalarView(s[start..<min(j, s.count)]))))
            i = j + close.unicodeScalars.count
        }
        return out
    }

    /// The expressions interpolated in a literal: `\(expression)`, parentheses balanced.
    static func interpolations(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var out: [String] = []
        var i = 0
        while i + 1 < s.count {
            guard s[i] == "\\", s[i + 1] == "(" else { i += 1; continue }
            var depth = 1, j = i + 2
            while j < s.count && depth > 0 {
                if s[j] == "(" { depth += 1 } else if s[j] == ")" { depth -= 1 }
                j += 1
            }
            out.append(String(String.UnicodeScalarView(s[(i + 2)..<(j - 1)])))
            i = j
        }
        return out
    }

    static func sources() throws -> [(String, String)] {
        let root = FixturePath.root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        return try files.sorted().map { ($0, try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
    }

    @Test("no SQL text interpolates anything but a constant or placeholders")
    func interpolatedSQL() throws {
        var sqlLiterals = 0
        // Only files that talk to SQLite hold SQL (`oneModule` checks which those are).
        for (file, source) in try Self.sources() where source.contains("import GRDB") {
            for literal in Self.literals(in: source, file: file) where Self.sqlWords.contains(where: literal.text.uppercased().contains) {
                sqlLiterals += 1
                for expression in Self.interpolations(literal.text) {
                    #expect(Self.allowed[expression] != nil,
                            "\(file):\(literal.line) splices \\(\(expression)) into SQL; bind it as an argument (or, if it is a constant, add it to SQLAuditTests.allowed with why)")
                }
            }
        }
        #expect(sqlLiterals > 30, "the audit found only \(sqlLiterals) SQL literals: is it still reading the sources?")
    }

    @Test("only TimelineStore talks to SQLite")
    func oneModule() throws {
        for (file, source) in try Self.sources() where source.contains("import GRDB") || source.contains("import SQLite3") {
            #expect(file.hasPrefix("TimelineStore/"), "\(file) imports SQLite")
        }
    }

    @Test("the audit notices a spliced value")
    func auditBites() {
        let source = #"""
            let a = "SELECT id FROM article WHERE title = '\(title)'"  // a value in SQL
            let b = """
                DELETE FROM event WHERE id IN (\(placeholders(ids.count)))
                """
            // "SELECT \(commented)"
            let c = "not sql \(fine)"
            """#
        let literals = Self.literals(in: source, file: "x.swift").filter { l in Self.sqlWords.contains(where: l.text.uppercased().contains) }
        #expect(literals.map(\.line) == [1, 2])
        #expect(literals.flatMap { Self.interpolations($0.text) } == ["title", "placeholders(ids.count)"])
    }

    @Test("the allowed pieces hold no user text: a hostile query and range end up in the arguments")
    func allowedPieces() throws {
        #expect(EventDetails.placeholders(3) == "?, ?, ?")
        let hostile = "x' OR 1=1; DROP TABLE event; --"
        let filter = EventFilter(
            range: CalendarInterval(start: CivilDate(year: 2015, month: 12, day: 1)!, end: CivilDate(year: 2016, month: 1, day: 1)!),
            text: FullTextQuery(words: hostile))
        let (sql, arguments) = filter.whereClause
        for word in ["OR 1", "DROP", "'", ";", "--"] { #expect(!sql.contains(word), "\(word) in \(sql)") }
        #expect(String(describing: arguments).contains(#"\"DROP\" \"TABLE\" \"event\""#), "\(arguments)")
        // And SQLite agrees: one argument per placeholder, the query runs, and the table is still there.
        let store = try TimelineStore.inMemory()
        try store.writer.read { db in
            let statement = try db.makeStatement(sql: "SELECT count(*) FROM event e \(sql)")
            try statement.validateArguments(arguments)
        }
        #expect(try store.fetchEvents(query: hostile).isEmpty)
        #expect(try store.writer.read { db in try db.tableExists("event") })
        // The range-only count's index query: placeholders only, the days in its arguments.
        let ids = try #require(filter.rangeIDs)
        let other = EventFilter(range: CalendarInterval(start: CivilDate(year: 1999, month: 3, day: 7)!, end: CivilDate(year: 1999, month: 3, day: 8)!), text: nil)
        #expect(other.rangeIDs?.sql == ids.sql, "the index query's text must not depend on the range")
        #expect(!ids.sql.contains("2015") && !ids.sql.contains("\(CivilDate(year: 2015, month: 12, day: 1)!.dayNumber)"))
        try store.writer.read { db in try db.makeStatement(sql: "SELECT count(*) FROM (\(ids.sql))").validateArguments(ids.arguments) }
        #expect(TimelineStore.pageSize == 16_384 && TimelineStore.cacheKiB == 32_768)
    }
}
