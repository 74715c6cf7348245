import Foundation
import GRDB

/// The SQLite database that keeps articles and the chronology.
///
/// Open one store per database file and share it between threads: it is `Sendable`. Every write is
/// one `BEGIN IMMEDIATE` transaction, so a crash, a SIGKILL or Ctrl-C leaves each batch either
/// wholly stored or not at all. The file is in WAL mode with a busy timeout, so several
/// `timeline ingest` processes and readers can use one database at the same time.
///
/// ```swift
/// let store = try TimelineStore(path: "timeline.sqlite")
/// let additions = try store.add(articles)      // one transaction
/// additions.filter(\.isNew).count              // 0 when the same articles are ingested again
/// ```
///
/// Opening never alters a file it should not: a database written by a newer timeline, an SQLite
/// database of another program and a file that is not SQLite are refused with a ``TimelineStoreError``
/// before anything is written.
///
/// ## Topics
/// - ``init(path:options:)``, ``inMemory()``
/// - ``add(_:)``, ``Addition``, ``recommendedBatchSize``
/// - ``fetchArticleCount()``, ``fetchArticle(id:)``, ``fetchArticles()``, ``forEachArticle(_:)``,
///   ``forEachArticleHeader(_:)``
public final class TimelineStore: Sendable {
    /// How a database file is opened.
    public struct Options: Sendable, Hashable {
        /// Whether a missing file is created (ingest) or refused with
        /// ``TimelineStoreError/Reason/missingDatabase`` (read commands). Default true.
        public var createIfMissing: Bool
        /// How long, in seconds, a write waits for another process to release the database. Default 30.
        public var busyTimeout: Double

        /// Creates options.
        public init(createIfMissing: Bool = true, busyTimeout: Double = 30) {
            self.createIfMissing = createIfMissing
            self.busyTimeout = busyTimeout
        }
    }

    /// The number of articles a caller should put in one ``add(_:)`` call: large enough to make
    /// inserts cheap, small enough that an interruption loses little work and memory stays flat.
    public static let recommendedBatchSize = 256

    /// The database file as given, or `:memory:`.
    public let path: String

    /// The connection(s): a `DatabasePool` (WAL) for files, a `DatabaseQueue` in memory.
    let writer: any DatabaseWriter

    /// The page size of new database files, in bytes. Article rows hold a whole body (3 KB for a
    /// typical news article): on SQLite's default 4 KB pages one row fills a page and leaves about a
    /// fifth of it empty; 16 KB pages hold four or five rows and waste much less (issue 6: the database
    /// of 10,000 generated articles shrank by 5 %). Existing files keep the page size they were created with.
    static let pageSize = 16_384

    /// The page cache of each connection, in KiB (SQLite's default is 2 MB). The writer keeps the pages
    /// of the indexes a batch inserts into (the content hash index is written at random places)
    /// between transactions; a reader keeps the article pages that several sources of the same
    /// events cite (an export of 67,000 events read the same pages again and again). Memory is
    /// taken only as pages are read.
    static let cacheKiB = 32_768

    /// How many times a write that met SQLITE_BUSY despite the busy timeout is tried again.
    private static let busyRetries = 5

    /// Opens the database at `path`, creating it when missing (unless `options` say otherwise), and
    /// brings its schema up to date.
    ///
    /// ```swift
    /// let store = try TimelineStore(path: "harbor.sqlite", options: .init(createIfMissing: false))
    /// ```
    ///
    /// - Parameters:
    ///   - path: The database file.
    ///   - options: Whether to create it, and the busy timeout.
    /// - Throws: A ``TimelineStoreError``: `.missingDatabase`, `.notADatabase`, `.notATimelineDatabase`,
    ///   `.newerSchema` (the file is then left exactly as it was), `.cannotOpen`, or `.sqlite`.
    public init(path: String, options: Options = Options()) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw TimelineStoreError(path: path, reason: .cannotOpen("it is a directory")) }
        if !exists && !options.createIfMissing { throw TimelineStoreError(path: path, reason: .missingDatabase) }

        var configuration = Configuration()
        configuration.busyMode = .timeout(options.busyTimeout)
        configuration.prepareDatabase { db in
            // Only a new file takes the page size (before WAL mode writes its first page); see `pageSize`.
            try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)")
            try db.execute(sql: "PRAGMA cache_size = -\(Self.cacheKiB)")
        }
        // Refuse foreign, newer and non-SQLite files before the pool switches them to WAL mode.
        if exists { try Self.inspect(path: path, configuration: configuration) }
        writer = try Self.retryingBusy(path: path) { try DatabasePool(path: path, configuration: configuration) }
        try Self.migrate(writer, path: path)
    }

    /// Opens a new, empty in-memory store: for tests and one-shot runs that keep nothing.
    ///
    /// - Throws: A ``TimelineStoreError`` if the schema cannot be created.
    public static func inMemory() throws -> TimelineStore {
        try TimelineStore(writer: DatabaseQueue(), path: ":memory:")
    }

    /// Wraps an open connection (tests use an in-memory `DatabaseQueue()`), refusing newer schemas
    /// and migrating older ones.
    init(writer: any DatabaseWriter, path: String) throws {
        self.path = path
        self.writer = writer
        do {
            try writer.read { db in try Self.check(db, path: path) }
        } catch let error as DatabaseError {
            throw TimelineStoreError(path: path, opening: error)
        }
        try Self.migrate(writer, path: path)
    }

    // MARK: - Opening

    /// Checks an existing file without changing it: it must be SQLite, and ours, and not newer.
    private static func inspect(path: String, configuration: Configuration) throws {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in try check(db, path: path) }
            try queue.close()
        } catch let error as DatabaseError {
            throw TimelineStoreError(path: path, opening: error)
        }
    }

    /// Throws unless `db` is empty or a timeline database whose every migration this version knows.
    private static func check(_ db: Database, path: String) throws {
        guard try db.tableExists("grdb_migrations") else {
            let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            if objects > 0 { throw TimelineStoreError(path: path, reason: .notATimelineDatabase) }
            return
        }
        let applied = try Migrations.migrator.appliedIdentifiers(db)
        if !applied.isEmpty && !applied.contains(Migrations.firstIdentifier) {
            throw TimelineStoreError(path: path, reason: .notATimelineDatabase)
        }
        if try Migrations.migrator.hasBeenSuperseded(db) {
            let known = Set(try Migrations.migrator.appliedMigrations(db))
            throw TimelineStoreError(path: path, reason: .newerSchema(applied.subtracting(known).sorted()))
        }
    }

    /// Applies the migrations this database lacks.
    ///
    /// Two processes opening a new database at once may both decide to run the same migration: the
    /// second one's transaction then fails ("table article already exists") and rolls back, and a
    /// retry finds the migration applied. So failures are retried a few times before being reported.
    private static func migrate(_ writer: any DatabaseWriter, path: String) throws {
        let migrator = Migrations.migrator
        var attempt = 0
        while true {
            do {
                if try writer.read(migrator.hasCompletedMigrations) { return }
                try migrator.migrate(writer)
                return
            } catch let error as DatabaseError {
                attempt += 1
                if attempt > busyRetries { throw TimelineStoreError(path: path, opening: error) }
                usleep(UInt32(20_000 * attempt))
            }
        }
    }

    /// Runs `open`, trying again when another process holds a lock SQLite would not wait for
    /// (for instance while it switches a new file to WAL mode).
    private static func retryingBusy<T>(path: String, _ open: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try open()
            } catch let error as DatabaseError
                where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) && attempt < busyRetries
            {
                attempt += 1
                usleep(UInt32(50_000 * attempt))
            } catch let error as DatabaseError {
                throw TimelineStoreError(path: path, opening: error)
            }
        }
    }

    // MARK: - Transactions

    /// Runs `updates` in one `BEGIN IMMEDIATE` transaction: all of it is committed, or none.
    ///
    /// `BEGIN IMMEDIATE` takes the write lock up front, waiting up to the busy timeout for another
    /// process; a transaction that still meets SQLITE_BUSY was rolled back whole and is tried again.
    /// This is where later tables (mentions, candidates, events) get written with their articles.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try writer.writeWithoutTransaction { db in
                    var result: T?
                    try db.inTransaction(.immediate) {
                        result = try updates(db)
                        return .commit
                    }
                    guard let result else { throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "no result") }
                    return result
                }
            } catch let error as DatabaseError
                where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) && attempt < Self.busyRetries
            {
                attempt += 1
                usleep(UInt32(50_000 * attempt))
            } catch let error as DatabaseError {
                throw TimelineStoreError(path: path, writing: error)
            }
        }
    }

    /// Runs `value` in a read transaction, mapping SQLite errors to ``TimelineStoreError``.
    func read<T>(_ value: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(value)
        } catch let error as DatabaseError {
            throw TimelineStoreError(path: path, reason: .sqlite(error.message ?? "\(error.resultCode)"))
        }
    }
}
