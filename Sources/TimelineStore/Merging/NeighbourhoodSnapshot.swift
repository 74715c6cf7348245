import DateNormalizer
import GRDB
import Timeline

/// Every stored candidate of one neighbourhood, read in one transaction, and its merged events.
///
/// Candidates are only ever added, so the number of candidates and the largest candidate id name
/// the set exactly: the writer rewrites the neighbourhood's events only if both are still the same
/// when it holds the write lock (``isCurrent(_:)``), so a merge computed outside the write
/// transaction never overwrites the events of candidates it did not see.
struct NeighbourhoodSnapshot: Sendable {
    /// ``Neighbourhood/key``.
    var key: String
    /// The candidates' row ids, parallel to `candidates`.
    var ids: [Int64]
    /// The candidates, in id order.
    var candidates: [EventCandidate]
    /// The merged events; members index `candidates`.
    var clusters: [EventCluster] = []

    /// Reads the candidates of the neighbourhood `key`.
    static func read(_ db: Database, key: String) throws -> NeighbourhoodSnapshot {
        // Cached: a merge reads hundreds of neighbourhoods with this one statement, and preparing it
        // (parsing, GRDB's authorizer) cost more than reading a small neighbourhood.
        let statement = try db.cachedStatement(
            sql: """
                SELECT c.id, a.content_hash, a.published_day, c.sentence_index,
                       substr(a.body, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
                       c.summary, c.mention, c.value, c.mod, c.granularity, c.start_day, c.end_day, c.entities
                FROM candidate c JOIN article a ON a.id = c.article_id
                WHERE c.neighbourhood = ?
                ORDER BY c.id
                """)
        let rows = try Row.fetchCursor(statement, arguments: [key])
        var snapshot = NeighbourhoodSnapshot(key: key, ids: [], candidates: [])
        // Columns by position, in the order of the SELECT: looking each up by name cost a fifth of
        // reading a neighbourhood (issue 6).
        while let row = try rows.next() {
            let sentence: String = row[4]
            let summary: String? = row[5]
            let published: Int? = row[2]
            snapshot.ids.append(row[0])
            snapshot.candidates.append(
                EventCandidate(
                    articleHash: row[1], sentenceIndex: row[3], sentence: sentence,
                    summary: summary ?? sentence, mention: row[6], date: try StoredDate.eventDate(row, from: 7),
                    entities: CandidateColumns.entities(row[12] as String),
                    published: published.flatMap { CivilDate(dayNumber: $0) }))
        }
        return snapshot
    }

    /// Merges the candidates.
    mutating func merge(with merger: Merger) {
        clusters = merger.merge(candidates)
    }

    /// Whether the neighbourhood still holds exactly the candidates read.
    func isCurrent(_ db: Database) throws -> Bool {
        let statement = try db.cachedStatement(sql: "SELECT count(*) AS n, max(id) AS last FROM candidate WHERE neighbourhood = ?")
        let row = try Row.fetchOne(statement, arguments: [key])
        let count: Int = row?["n"] ?? 0
        let last: Int64? = row?["last"]
        return count == ids.count && last == ids.last
    }
}
