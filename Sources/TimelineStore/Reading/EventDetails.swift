import DateNormalizer
import GRDB
import Timeline

/// Completes chosen ``EventHeader``s into ``Event``s: each one's summary and its sources, read a few
/// hundred events per statement.
enum EventDetails {
    /// Events per `IN (...)` list: well under SQLite's limit on bound values.
    static let chunkSize = 500

    /// The events of `headers`, in the same order; without `sources`, each with no source (the
    /// outline of a chronology: dates, summaries and salience).
    static func events(_ db: Database, for headers: [EventHeader], sources withSources: Bool = true) throws -> [Event] {
        var events: [Event] = []
        events.reserveCapacity(headers.count)
        var start = 0
        while start < headers.count {
            let chunk = headers[start..<min(start + chunkSize, headers.count)]
            let ids = chunk.map(\.id)
            let summaries = try self.summaries(db, ids: ids)
            let sources = withSources ? try self.sources(db, ids: ids) : [:]
            for header in chunk {
                events.append(
                    Event(
                        id: header.id, date: header.date, summary: summaries[header.id] ?? "",
                        sources: sources[header.id] ?? [], salience: header.salience))
            }
            start += chunkSize
        }
        return events
    }

    /// `?, ?, ?` for `count` values.
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// Each event's summary: its representative candidate's summary, or that candidate's sentence.
    private static func summaries(_ db: Database, ids: [Int64]) throws -> [Int64: String] {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT e.id, coalesce(c.summary, substr(a.body, c.sentence_start + 1, c.sentence_end - c.sentence_start)) AS summary
                FROM event e JOIN candidate c ON c.id = e.representative_id JOIN article a ON a.id = c.article_id
                WHERE e.id IN (\(placeholders(ids.count)))
                """,
            arguments: StatementArguments(ids))
        var result: [Int64: String] = [:]
        while let row = try rows.next() { result[row["id"]] = row["summary"] }
        return result
    }

    /// A source as read, with what orders the sources of one event.
    private struct SourceRow {
        var source: EventSource
        var moment: Int
        var hash: String
        var sentenceIndex: Int
    }

    /// Each event's sources, in publication order (undated articles last; ties by content hash and
    /// sentence, so the order does not depend on article ids).
    static func sources(_ db: Database, ids all: [Int64]) throws -> [Int64: [EventSource]] {
        guard all.count > chunkSize else { return try sourcesOfChunk(db, ids: all) }
        var sources: [Int64: [EventSource]] = [:]
        for start in stride(from: 0, to: all.count, by: chunkSize) {
            sources.merge(try sourcesOfChunk(db, ids: Array(all[start..<min(start + chunkSize, all.count)]))) { first, _ in first }
        }
        return sources
    }

    /// The sources of at most `chunkSize` events.
    private static func sourcesOfChunk(_ db: Database, ids: [Int64]) throws -> [Int64: [EventSource]] {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT es.event_id, a.id AS article_id, a.title, a.source, a.url, a.published, a.content_hash,
                       c.sentence_index, c.mention,
                       substr(a.body, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence
                FROM event_source es JOIN candidate c ON c.id = es.candidate_id JOIN article a ON a.id = c.article_id
                WHERE es.event_id IN (\(placeholders(ids.count)))
                """,
            arguments: StatementArguments(ids))
        var byEvent: [Int64: [SourceRow]] = [:]
        while let row = try rows.next() {
            let published = (row["published"] as String?).flatMap { Reference(parsing: $0) }
            let source = EventSource(
                article: row["article_id"], title: row["title"], source: row["source"], url: row["url"],
                published: published?.date.description, sentence: row["sentence"], mention: row["mention"])
            byEvent[row["event_id"], default: []].append(
                SourceRow(source: source, moment: published.map(moment) ?? Int.max, hash: row["content_hash"],
                          sentenceIndex: row["sentence_index"]))
        }
        return byEvent.mapValues { rows in
            rows.sorted { a, b in
                if a.moment != b.moment { return a.moment < b.moment }
                if a.hash != b.hash { return a.hash < b.hash }
                if a.sentenceIndex != b.sentenceIndex { return a.sentenceIndex < b.sentenceIndex }
                return a.source.mention < b.source.mention
            }.map(\.source)
        }
    }

    /// Seconds since 1970 in UTC when the offset is known (local time otherwise): what orders publications.
    private static func moment(_ reference: Reference) -> Int {
        let seconds = (reference.hour ?? 0) * 3600 + (reference.minute ?? 0) * 60 + (reference.second ?? 0)
        return reference.date.dayNumber * 86_400 + seconds - (reference.utcOffset ?? 0) * 60
    }
}
