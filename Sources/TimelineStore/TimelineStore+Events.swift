import DateNormalizer
import GRDB
import Timeline

extension TimelineStore {
    /// The stored events, in chronological order, with their sources.
    ///
    /// Use it for `timeline events`, reports and exports. Events are ordered by the start of their
    /// date, a longer period before the days inside it ("March 2024" before "March 4, 2024"); events
    /// of the same date by their cluster key, so the order depends only on what is stored.
    ///
    /// ```swift
    /// let march = CalendarInterval(start: CivilDate(year: 2024, month: 3, day: 1)!, end: CivilDate(year: 2024, month: 4, day: 1)!)
    /// let events = try store.fetchEvents(range: march, query: "ferry", maxEvents: 5)
    /// events.first?.summary           // "The first emergency ferries carried about 2,300 passengers ..."
    /// events.first?.sources.count     // 3
    /// ```
    ///
    /// Events left dirty by an interrupted ingest are shown as last written; call
    /// ``mergeEvents(stop:)`` first to bring them up to date.
    ///
    /// - Parameters:
    ///   - range: Keep events whose interval shares at least one day with it; nil for all.
    ///   - query: Keep events one of whose reports holds every word of it. Only words count (letters
    ///     and digits, case and accents ignored); quotes, `AND`, `OR`, `NEAR`, `*` and parentheses are
    ///     plain text, never search syntax. A query without any word matches nothing. Nil for all.
    ///   - maxEvents: Keep only this many of the matching events, the most salient, spread over as
    ///     many dates as possible (``Chronology/select(_:maxEvents:)``); nil for all.
    /// - Returns: The events, chronological.
    /// - Throws: A ``TimelineStoreError`` whenever an SQLite error occurs.
    public func fetchEvents(range: CalendarInterval? = nil, query: String? = nil, maxEvents: Int? = nil) throws -> [Event] {
        let filter = EventFilter(range: range, text: query.map { FullTextQuery(words: $0) })
        if filter.matchesNothing { return [] }
        return try read { db in
            let headers: [EventHeader]
            if let maxEvents {
                headers = try Self.mostSalient(db, filter: filter, maxEvents: maxEvents)
            } else {
                headers = Chronology.sorted(try Self.headers(db, filter: filter))
            }
            return try EventDetails.events(db, for: headers)
        }
    }

    /// The events ``fetchEvents(range:query:maxEvents:)`` returns without `maxEvents`, in the same
    /// order, handed to `body` a batch at a time: an export of millions of events holds one batch of
    /// events and sources, not all of them.
    ///
    /// ```swift
    /// try store.forEachEventBatch(batchSize: 1_000) { events in
    ///     print(JSONRenderer().renderLines(events), terminator: "")
    /// }
    /// ```
    ///
    /// The batches are read in one transaction, so they are one consistent chronology even while an
    /// ingest writes.
    ///
    /// - Parameters:
    ///   - range: As in ``fetchEvents(range:query:maxEvents:)``.
    ///   - query: As in ``fetchEvents(range:query:maxEvents:)``.
    ///   - batchSize: The most events per batch (at least 1).
    ///   - body: Called with each batch, in order; never with an empty one. An error it throws stops
    ///     the reading and is rethrown.
    /// - Throws: A ``TimelineStoreError`` whenever an SQLite error occurs, or what `body` throws.
    public func forEachEventBatch(range: CalendarInterval? = nil, query: String? = nil, batchSize: Int = 2_000,
                                  _ body: ([Event]) throws -> Void) throws {
        let filter = EventFilter(range: range, text: query.map { FullTextQuery(words: $0) })
        if filter.matchesNothing { return }
        let size = max(1, batchSize)
        try read { db in
            let headers = Chronology.sorted(try Self.headers(db, filter: filter))
            for start in stride(from: 0, to: headers.count, by: size) {
                try body(try EventDetails.events(db, for: Array(headers[start..<min(start + size, headers.count)])))
            }
        }
    }

    /// Reads the chronology in two steps within one transaction: `body` gets the outline, every event
    /// ``fetchEvents(range:query:maxEvents:)`` returns without `maxEvents`, in the same order but with no
    /// sources (dates, summaries and salience: what a report's title, counts and headings need), and a
    /// function that reads whole events by id, in the order asked, as often as needed. A Markdown report
    /// of millions of events reads its events' sources a few thousand at a time this way.
    ///
    /// ```swift
    /// try store.readChronology { outline, events in
    ///     for start in stride(from: 0, to: outline.count, by: 1_000) {
    ///         let batch = try events(outline[start..<min(start + 1_000, outline.count)].map(\.id))
    ///         // render `batch`
    ///     }
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - range: As in ``fetchEvents(range:query:maxEvents:)``.
    ///   - query: As in ``fetchEvents(range:query:maxEvents:)``.
    ///   - body: Called once. The reading function skips ids that name no event of the outline.
    /// - Throws: A ``TimelineStoreError`` whenever an SQLite error occurs, or what `body` throws.
    public func readChronology(range: CalendarInterval? = nil, query: String? = nil,
                               _ body: (_ outline: [Event], _ events: ([Int64]) throws -> [Event]) throws -> Void) throws {
        let filter = EventFilter(range: range, text: query.map { FullTextQuery(words: $0) })
        try read { db in
            let headers = filter.matchesNothing ? [] : Chronology.sorted(try Self.headers(db, filter: filter))
            let outline = try EventDetails.events(db, for: headers, sources: false)
            // the outline has each event's date, summary and salience: only the sources are left to read
            let position = Dictionary(outline.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            try body(outline) { ids in
                let known = ids.filter { position[$0] != nil }
                let sources = try EventDetails.sources(db, ids: known)
                return known.compactMap { id in
                    position[id].map { var event = outline[$0]; event.sources = sources[id] ?? []; return event }
                }
            }
        }
    }

    /// The number of stored events that match `range` and `query`, as ``fetchEvents(range:query:maxEvents:)``
    /// selects them before `maxEvents` cuts: what a report says it chose from.
    ///
    /// ```swift
    /// try store.fetchEventCount()   // 17 after `timeline ingest Examples/`
    /// ```
    ///
    /// - Parameters:
    ///   - range: As in ``fetchEvents(range:query:maxEvents:)``.
    ///   - query: As in ``fetchEvents(range:query:maxEvents:)``.
    /// - Returns: The count.
    /// - Throws: A ``TimelineStoreError`` whenever an SQLite error occurs.
    public func fetchEventCount(range: CalendarInterval? = nil, query: String? = nil) throws -> Int {
        let filter = EventFilter(range: range, text: query.map { FullTextQuery(words: $0) })
        if filter.matchesNothing { return 0 }
        let (condition, filterArguments) = filter.whereClause
        var (sql, arguments) = ("SELECT count(*) FROM event e \(condition)", filterArguments)
        if filter.text == nil, let ids = filter.rangeIDs {
            // A date range alone is counted on the index, without visiting the event rows
            // (1.4 ms instead of 14 ms for a month of 7,600 events among a million).
            (sql, arguments) = ("SELECT count(*) FROM (\(ids.sql))", ids.arguments)
        }
        return try read { db in
            try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
        }
    }

    /// The number of distinct articles that report the events matching `range` and `query`: how
    /// many articles a selection of the chronology was built from.
    ///
    /// ```swift
    /// try store.fetchSourceArticleCount(query: "ferry")   // 6
    /// ```
    ///
    /// - Parameters:
    ///   - range: As in ``fetchEvents(range:query:maxEvents:)``.
    ///   - query: As in ``fetchEvents(range:query:maxEvents:)``.
    /// - Returns: The count.
    /// - Throws: A ``TimelineStoreError`` whenever an SQLite error occurs.
    public func fetchSourceArticleCount(range: CalendarInterval? = nil, query: String? = nil) throws -> Int {
        let filter = EventFilter(range: range, text: query.map { FullTextQuery(words: $0) })
        if filter.matchesNothing { return 0 }
        let (condition, arguments) = filter.whereClause
        return try read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(DISTINCT c.article_id)
                    FROM event_source es JOIN candidate c ON c.id = es.candidate_id
                    WHERE es.event_id IN (SELECT e.id FROM event e \(condition))
                    """,
                arguments: arguments) ?? 0
        }
    }

    /// The headers of the events matching `filter`.
    static func headers(_ db: Database, filter: EventFilter) throws -> [EventHeader] {
        let (condition, arguments) = filter.whereClause
        let rows = try Row.fetchCursor(db, sql: "SELECT \(EventHeader.columns) FROM event e \(condition)", arguments: arguments)
        var headers: [EventHeader] = []
        while let row = try rows.next() { headers.append(try EventHeader(row: row)) }
        return headers
    }

    /// The `maxEvents` most salient events matching `filter`, chronological: exactly what
    /// ``Chronology/select(_:maxEvents:)`` picks from all of them, reading events in salience order
    /// only until `maxEvents` distinct dates are found and every event as salient as the last of
    /// those is read. Less salient events could not be picked, so the rest of the table is never read.
    static func mostSalient(_ db: Database, filter: EventFilter, maxEvents: Int) throws -> [EventHeader] {
        guard maxEvents > 0 else { return [] }
        let (condition, arguments) = filter.whereClause
        let rows = try Row.fetchCursor(
            db, sql: "SELECT \(EventHeader.columns) FROM event e \(condition) ORDER BY e.salience DESC",
            arguments: arguments)
        var pool: [EventHeader] = []
        var dates: Set<CalendarInterval> = []
        var threshold: Double?
        while let row = try rows.next() {
            let header = try EventHeader(row: row)
            if let threshold, header.salience < threshold { break }
            pool.append(header)
            if threshold == nil, dates.insert(header.date.effectiveInterval).inserted, dates.count == maxEvents {
                threshold = header.salience
            }
        }
        return Chronology.select(pool, maxEvents: maxEvents)
    }
}
