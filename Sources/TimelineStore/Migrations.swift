import GRDB

/// The database schema, as an append-only list of named migrations.
///
/// A migration is never edited once it has been merged: a change to the schema is a new migration
/// appended at the end, with a new identifier (`"v2: mentions, event candidates, events"`). Migrations
/// write plain SQL and never use record types, so they keep meaning the same thing whatever the Swift
/// code becomes. A database whose `grdb_migrations` table names an identifier missing here was
/// written by a newer timeline and is refused (see ``TimelineStoreError/Reason/newerSchema(_:)``).
///
/// Constraints live in the schema ("trust SQLite more than yourself"): `content_hash` is UNIQUE so
/// re-ingesting the same article is a no-op, and CHECK constraints keep `undated`, `published` and
/// `published_day` consistent with each other.
enum Migrations {
    /// The identifier of the first migration: a database with tables but without it is not ours.
    static let firstIdentifier = "v1: articles"

    /// Every migration, in order.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()

        // article: one row per distinct article (by content hash).
        // - published: the dateline as ISO 8601 text (`2015-12-16`, `2015-12-16T09:37+08:00`), NULL when undated.
        // - published_day: the dateline's calendar day as a day number (days since 1970-01-01), so date-range
        //   queries compare integers; `date(published_day * 86400, 'unixepoch')` turns it back into a date.
        // - ingested_at: when it was stored, ISO 8601 UTC (`2024-03-05T12:34:56Z`).
        migrator.registerMigration(firstIdentifier) { db in
            try db.execute(
                sql: """
                    CREATE TABLE article (
                        id            INTEGER PRIMARY KEY,
                        content_hash  TEXT    NOT NULL UNIQUE CHECK (content_hash <> ''),
                        title         TEXT    NOT NULL,
                        published     TEXT,
                        published_day INTEGER,
                        source        TEXT,
                        url           TEXT,
                        place         TEXT,
                        body          TEXT    NOT NULL,
                        origin        TEXT    NOT NULL,
                        format        TEXT    NOT NULL CHECK (format IN ('text', 'json', 'jsonl', 'html', 'markdown')),
                        undated       INTEGER NOT NULL CHECK (undated = (published IS NULL)),
                        ingested_at   TEXT    NOT NULL,
                        CHECK ((published IS NULL) = (published_day IS NULL))
                    );
                    CREATE INDEX article_on_published_day ON article(published_day);
                    """)
        }

        // Append new migrations here, e.g.
        // migrator.registerMigration("v2: mentions, event candidates, events, event sources") { db in ... }
        return migrator
    }()
}
