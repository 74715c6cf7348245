import GRDB

/// The database schema, as an append-only list of named migrations.
///
/// A migration is never edited once it has been merged: a change to the schema is a new migration
/// appended at the end, with a new identifier (`"v2: mentions, event candidates, events"`). Migrations
/// write plain SQL and never use record types, so they keep meaning the same thing whatever the Swift
/// code becomes. A database whose `grdb_migrations` table names an identifier missing here was
/// written by a newer timeline and is refused (see ``TimelineStoreError/Reason/newerSchema(_:)``).
///
/// Constraints live in the schema ("trust SQLite more than yourself"): `content_key`, made of the
/// content hash, is UNIQUE so re-ingesting the same article is a no-op (see v4), and CHECK constraints keep `undated`, `published` and
/// `published_day` consistent with each other.
enum Migrations {
    /// The identifier of the first migration: a database with tables but without it is not ours.
    static let firstIdentifier = "v1: articles"
    /// The identifier of the migration that adds mentions, candidates, events and the full-text index.
    static let chronologyIdentifier = "v2: mentions, candidates, events, event sources, full-text index"
    /// The identifier of the migration that packs each article's mentions in one row (issue 6: cheaper
    /// inserts, a smaller database).
    static let compactMentionsIdentifier = "v3: mentions packed per article, text cut from the body"
    /// The identifier of the migration that finds articles by a short integer key of their content hash
    /// instead of a UNIQUE index on the 64-character hash (issue 6: flat ingest into a growing database).
    static let contentKeyIdentifier = "v4: articles found by an integer key of their content hash"

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

        // The chronology. Days are day numbers (days since 1970-01-01), intervals half-open [start_day, end_day).
        // - mention: every temporal expression of an article body; span in Unicode scalars of the body.
        // - candidate: a dated statement (EventExtractor). Its sentence is not copied: it is
        //   substr(article.body, sentence_start + 1, sentence_end - sentence_start) (SQLite counts
        //   characters, i.e. Unicode scalars, as the spans do); summary is NULL when it is the sentence
        //   unchanged. entities are separated by line feeds. neighbourhood is Neighbourhood.key, the unit
        //   the merger works on.
        // - candidate_text: a contentless FTS5 index of each candidate's summary, rowid = candidate id,
        //   for `--query`. Candidates never change once stored, so the index is written once, in the
        //   transaction that stores the article, and re-merging events never touches it.
        // - event: one merged event. cluster_key is the EventCluster key (CandidateKey description); an
        //   event keeps its id across merges while its cluster key is unchanged (AUTOINCREMENT: a
        //   vanished event's id is never given to another). representative_id is the candidate whose
        //   summary represents it. length_class (0: up to 31 days, 1: up to 366, 2: longer) bounds how
        //   far before a window an overlapping event can start, so a date-range query reads three short
        //   index ranges instead of every earlier event.
        // - event_source: which event each candidate belongs to (exactly one, once merged).
        // - unanalyzed_article: articles stored before this migration, still to be analyzed.
        // - dirty_neighbourhood: neighbourhoods whose candidates changed since their events were last
        //   written. Marked in the transaction that stores the candidates, cleared in the one that
        //   rewrites the events, so a crash in between only leaves work for the next run.
        migrator.registerMigration(chronologyIdentifier) { db in
            try db.execute(
                sql: """
                    CREATE TABLE mention (
                        id          INTEGER PRIMARY KEY,
                        article_id  INTEGER NOT NULL REFERENCES article(id),
                        span_start  INTEGER NOT NULL,
                        span_end    INTEGER NOT NULL,
                        text        TEXT    NOT NULL,
                        type        TEXT    NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
                        value       TEXT    NOT NULL,
                        mod         TEXT,
                        start_day   INTEGER,
                        end_day     INTEGER,
                        granularity TEXT,
                        rule        TEXT    NOT NULL,
                        CHECK (span_start <= span_end),
                        CHECK ((start_day IS NULL) = (end_day IS NULL) AND (start_day IS NULL OR start_day < end_day))
                    );
                    CREATE INDEX mention_on_article ON mention(article_id);

                    CREATE TABLE candidate (
                        id             INTEGER PRIMARY KEY,
                        article_id     INTEGER NOT NULL REFERENCES article(id),
                        sentence_index INTEGER NOT NULL,
                        sentence_start INTEGER NOT NULL,
                        sentence_end   INTEGER NOT NULL,
                        summary        TEXT,
                        mention        TEXT    NOT NULL,
                        value          TEXT    NOT NULL,
                        mod            TEXT,
                        granularity    TEXT    NOT NULL,
                        start_day      INTEGER NOT NULL,
                        end_day        INTEGER NOT NULL,
                        entities       TEXT    NOT NULL,
                        neighbourhood  TEXT    NOT NULL,
                        CHECK (sentence_start <= sentence_end),
                        CHECK (start_day < end_day)
                    );
                    CREATE INDEX candidate_on_article ON candidate(article_id);
                    CREATE INDEX candidate_on_neighbourhood ON candidate(neighbourhood);

                    CREATE VIRTUAL TABLE candidate_text USING fts5(
                        text, content = '', columnsize = 0, tokenize = 'unicode61 remove_diacritics 2'
                    );

                    CREATE TABLE event (
                        id                INTEGER PRIMARY KEY AUTOINCREMENT,
                        neighbourhood     TEXT    NOT NULL,
                        cluster_key       TEXT    NOT NULL,
                        value             TEXT    NOT NULL,
                        mod               TEXT,
                        granularity       TEXT    NOT NULL,
                        start_day         INTEGER NOT NULL,
                        end_day           INTEGER NOT NULL,
                        representative_id INTEGER NOT NULL REFERENCES candidate(id),
                        salience          REAL    NOT NULL,
                        article_count     INTEGER NOT NULL,
                        mention_count     INTEGER NOT NULL,
                        length_class      INTEGER GENERATED ALWAYS AS (
                            CASE WHEN end_day - start_day <= 31 THEN 0 WHEN end_day - start_day <= 366 THEN 1 ELSE 2 END
                        ) VIRTUAL,
                        CHECK (start_day < end_day),
                        CHECK (article_count >= 1 AND mention_count >= article_count)
                    );
                    CREATE INDEX event_on_neighbourhood ON event(neighbourhood);
                    CREATE INDEX event_on_length_and_start ON event(length_class, start_day, end_day);
                    CREATE INDEX event_on_salience ON event(salience);

                    CREATE TABLE event_source (
                        candidate_id INTEGER PRIMARY KEY REFERENCES candidate(id),
                        event_id     INTEGER NOT NULL REFERENCES event(id)
                    );
                    CREATE INDEX event_source_on_event ON event_source(event_id);

                    CREATE TABLE dirty_neighbourhood (key TEXT PRIMARY KEY) WITHOUT ROWID;

                    CREATE TABLE unanalyzed_article (article_id INTEGER PRIMARY KEY REFERENCES article(id));
                    INSERT INTO unanalyzed_article (article_id) SELECT id FROM article;
                    """)
            // Articles stored under "v1" have no mentions or candidates, and ingesting them again
            // finds them unchanged; unanalyzed_article lists them so that the store analyzes them
            // (in Swift, after migrating) before it next merges events.
        }

        // mention_list: the mentions of an article packed in one row, a JSON array with one array per
        // mention, in order: [span_start, span_length, type, value, mod, start_day, day_count,
        // granularity, rule], type as one letter (D DATE, T TIME, P DURATION, S SET), lengths instead
        // of ends to keep the numbers short (spans in Unicode scalars of the body; the text is
        // substr(article.body, span_start + 1, span_length), like a candidate's sentence). Nothing in timeline reads mentions back,
        // and one row per article instead of one per mention made storing an article's mentions about
        // seven times cheaper (issue 6). An article without mentions has no row.
        // mention: a view that unpacks them into the columns of v2's table (plus ordinal, the
        // mention's index in its article), for SQL users and tests. v2 mentions are carried over in order.
        migrator.registerMigration(compactMentionsIdentifier) { db in
            try db.execute(
                sql: """
                    CREATE TABLE mention_list (
                        article_id INTEGER PRIMARY KEY REFERENCES article(id),
                        mentions   TEXT    NOT NULL
                    );
                    INSERT INTO mention_list (article_id, mentions)
                        SELECT article_id,
                               json_group_array(json_array(
                                   span_start, span_end - span_start,
                                   CASE type WHEN 'DATE' THEN 'D' WHEN 'TIME' THEN 'T' WHEN 'DURATION' THEN 'P' ELSE 'S' END,
                                   value, mod, start_day, end_day - start_day, granularity, rule))
                        FROM (SELECT * FROM mention ORDER BY article_id, id)
                        GROUP BY article_id;
                    DROP TABLE mention;
                    CREATE VIEW mention AS
                        SELECT l.article_id                      AS article_id,
                               CAST(j.key AS INTEGER)            AS ordinal,
                               json_extract(j.value, '$[0]')     AS span_start,
                               json_extract(j.value, '$[0]') + json_extract(j.value, '$[1]') AS span_end,
                               CASE json_extract(j.value, '$[2]')
                                   WHEN 'D' THEN 'DATE' WHEN 'T' THEN 'TIME' WHEN 'P' THEN 'DURATION' ELSE 'SET'
                               END                               AS type,
                               json_extract(j.value, '$[3]')     AS value,
                               json_extract(j.value, '$[4]')     AS mod,
                               json_extract(j.value, '$[5]')     AS start_day,
                               json_extract(j.value, '$[5]') + json_extract(j.value, '$[6]') AS end_day,
                               json_extract(j.value, '$[7]')     AS granularity,
                               json_extract(j.value, '$[8]')     AS rule
                        FROM mention_list l, json_each(l.mentions) j;
                    """)
        }

        // v4: the UNIQUE index on content_hash (64 hex digits, about 80 bytes an entry) is replaced by a
        // UNIQUE index on content_key, an integer made of the hash's first 15 hex digits (see ContentKey),
        // about 15 bytes an entry. Every new article lands at a random place of that index, so each
        // transaction of 2,048 articles rewrote (and, past the page cache, read back) about as many of its
        // pages: at 900,000 articles stored the 70 MB index made a part's commits write 2 GB to the log
        // instead of 1.1 GB (issue 6). The full hash stays, and decides: an article whose key is taken by
        // a different hash is refused, never taken for the stored one (ArticleInserter). A trigger that
        // compared full hashes instead cost the writer 19 µs an article. Dropping a column's UNIQUE
        // constraint takes a new table: the articles are copied with their ids, so every reference to
        // them still holds. On a large database this rewrites the article table once (48 s for 900,000
        // articles, and the file keeps the old table's pages free for new rows until a VACUUM).
        migrator.registerMigration(contentKeyIdentifier) { db in
            try db.execute(
                sql: """
                    CREATE TABLE new_article (
                        id            INTEGER PRIMARY KEY,
                        content_hash  TEXT    NOT NULL CHECK (content_hash <> ''),
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
                        content_key   INTEGER NOT NULL,
                        CHECK ((published IS NULL) = (published_day IS NULL))
                    );
                    INSERT INTO new_article
                        (id, content_hash, title, published, published_day, source, url, place, body, origin, format,
                         undated, ingested_at, content_key)
                        SELECT id, content_hash, title, published, published_day, source, url, place, body, origin, format,
                               undated, ingested_at, \(ContentKey.sql(of: "content_hash"))
                        FROM article ORDER BY id;
                    DROP TABLE article;
                    ALTER TABLE new_article RENAME TO article;
                    CREATE INDEX article_on_published_day ON article(published_day);
                    CREATE UNIQUE INDEX article_on_content_key ON article(content_key);
                    """)
        }

        return migrator
    }()
}

/// The `article.content_key` of a content hash: its first 15 characters read as hexadecimal digits.
///
/// Short enough for a small index (an 8-byte integer instead of 64 characters), long enough (60 bits)
/// that two of a million articles share one with odds of about 1 in 2 million; when they do, the
/// second is refused with a message naming it, never taken for the first (the full hashes decide). The v4 migration
/// computes it in SQL and the writer in Swift: both count characters as Unicode scalars, a character that is not a lowercase hex
/// digit as -1 and a missing one (a hash shorter than 15 characters) as 0, so they agree on any text.
enum ContentKey {
    /// How many leading characters of the hash make the key.
    static let digits = 15

    /// The key of `hash`.
    static func of(_ hash: String) -> Int64 {
        var key: Int64 = 0
        var scalars = hash.unicodeScalars.makeIterator()
        for _ in 0..<digits {
            key *= 16
            guard let scalar = scalars.next() else { continue }
            switch scalar.value {
            case 0x30...0x39: key += Int64(scalar.value - 0x30)  // 0-9
            case 0x61...0x66: key += Int64(scalar.value - 0x61 + 10)  // a-f
            default: key -= 1
            }
        }
        return key
    }

    /// The same key as an SQL expression over the text column `column`.
    static func sql(of column: String) -> String {
        (0..<digits).map { i in
            "(instr('0123456789abcdef', substr(\(column), \(i + 1), 1)) - 1) * \(1 << (4 * (digits - 1 - i)))"
        }.joined(separator: " + ")
    }
}
