import GRDB

/// Why the store could not be opened or written; its message names the database file and the problem.
///
/// ```swift
/// do {
///     let store = try TimelineStore(path: "newsroom.sqlite")
/// } catch let error as TimelineStoreError {
///     print(error)
///     // newsroom.sqlite: written by a newer version of timeline (unknown schema "v7: entities");
///     // upgrade timeline to use it. The file was not changed.
/// }
/// ```
public struct TimelineStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The reasons the store fails.
    public enum Reason: Sendable, Hashable {
        /// A read command was pointed at a database that does not exist (it is never created empty).
        case missingDatabase
        /// The file exists but is not an SQLite database.
        case notADatabase
        /// The file is an SQLite database of some other program; it is left alone.
        case notATimelineDatabase
        /// The database was written by a newer timeline: it has these migrations this version does not know.
        case newerSchema([String])
        /// The file or its directory cannot be opened (permissions, a directory given as `--db`...).
        case cannotOpen(String)
        /// A batch broke a schema constraint (an article without content hash, an unknown format...);
        /// the transaction was rolled back, so nothing of the batch was stored.
        case constraintViolated(String)
        /// Another process kept the database locked for longer than the busy timeout.
        case busy
        /// Any other SQLite error (a full disk, an I/O error); the failed transaction was rolled back.
        case sqlite(String)
        /// An SQLite error (a full disk) while merging events: the articles stay stored, their
        /// neighbourhoods stay marked, and the next command merges them.
        case mergeFailed(String)
    }

    /// The database file, as the user named it (`:memory:` for an in-memory store).
    public var path: String
    /// What went wrong.
    public var reason: Reason

    /// Creates an error.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// `path: problem`.
    public var description: String {
        let problem: String
        switch reason {
        case .missingDatabase:
            problem = "no such database; run `timeline ingest` first, or name another one with --db or TIMELINE_DB"
        case .notADatabase:
            problem = "not an SQLite database; name a timeline database (or a new file) with --db"
        case .notATimelineDatabase:
            problem = "an SQLite database of another program, not a timeline database; it was left unchanged"
        case .newerSchema(let identifiers):
            let names = identifiers.map { "\"\($0)\"" }.joined(separator: ", ")
            problem = "written by a newer version of timeline (unknown schema \(names)); "
                + "upgrade timeline to use it. The file was not changed."
        case .cannotOpen(let why):
            problem = "cannot be opened (\(why))"
        case .constraintViolated(let why):
            problem = "refused by the schema (\(why)); nothing of this batch was stored"
        case .busy:
            problem = "locked by another process for longer than the busy timeout; nothing was written, try again"
        case .sqlite(let why):
            problem = "\(why); nothing of this batch was stored"
        case .mergeFailed(let why):
            problem = "\(why) while merging events; the articles are stored, and the next timeline command merges their events"
        }
        return "\(path): \(problem)"
    }

    /// Classifies an SQLite error met while opening `path`.
    init(path: String, opening error: DatabaseError) {
        self.path = path
        switch error.resultCode {
        case .SQLITE_NOTADB: reason = .notADatabase
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
            reason = .cannotOpen(error.message ?? "\(error.resultCode)")
        case .SQLITE_BUSY, .SQLITE_LOCKED: reason = .busy
        default: reason = .sqlite(error.message ?? "\(error.resultCode)")
        }
    }

    /// Classifies an SQLite error met while writing `path`.
    init(path: String, writing error: DatabaseError) {
        self.path = path
        switch error.resultCode {
        case .SQLITE_CONSTRAINT: reason = .constraintViolated(error.message ?? "constraint failed")
        case .SQLITE_BUSY, .SQLITE_LOCKED: reason = .busy
        case .SQLITE_NOTADB: reason = .notADatabase
        default: reason = .sqlite(error.message ?? "\(error.resultCode)")
        }
    }
}
