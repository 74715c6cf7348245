import DateNormalizer
import GRDB

/// Which events a query selects: those whose interval overlaps a range of days, and those a report
/// of which holds every word of a full-text query. Builds the SQL condition on `event e`, with every
/// value bound as an argument.
struct EventFilter: Sendable, Hashable {
    /// The days an event must share at least one of, or nil for all.
    var range: CalendarInterval?
    /// The words one of the event's reports must all hold, or nil for no text condition.
    var text: FullTextQuery?

    /// Whether the filter can match nothing whatever the database holds (a query without words).
    var matchesNothing: Bool { text?.isEmpty ?? false }

    /// `WHERE ...` (or an empty string) and its arguments.
    ///
    /// The range condition is `start_day < to AND end_day > from`, asked once per length class so that
    /// each part reads a short range of the `(length_class, start_day)` index: an event of at most 31
    /// days that overlaps the range starts at most 31 days before it, one of at most 366 days at most
    /// 366 days before it; only the few longer ones are checked one by one.
    var whereClause: (sql: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let (ids, rangeArguments) = rangeIDs {
            conditions.append("e.id IN (\(ids))")
            arguments += rangeArguments
        }
        if let text {
            conditions.append(
                """
                e.id IN (
                    SELECT es.event_id FROM event_source es
                    WHERE es.candidate_id IN (SELECT rowid FROM candidate_text WHERE candidate_text MATCH ?))
                """)
            arguments += [text.match]
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// The ids of the events whose interval overlaps `range`, read from the
    /// `(length_class, start_day, end_day)` index alone, or nil without a range.
    var rangeIDs: (sql: String, arguments: StatementArguments)? {
        guard let range else { return nil }
        let from = range.start.dayNumber, to = range.end.dayNumber
        return (
            """
            SELECT id FROM event WHERE length_class = 0 AND start_day >= ? AND start_day < ? AND end_day > ?
            UNION ALL
            SELECT id FROM event WHERE length_class = 1 AND start_day >= ? AND start_day < ? AND end_day > ?
            UNION ALL
            SELECT id FROM event WHERE length_class = 2 AND start_day < ? AND end_day > ?
            """,
            [from - 31, to, from, from - 366, to, from, to, from]
        )
    }
}
