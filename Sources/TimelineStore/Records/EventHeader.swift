import DateNormalizer
import GRDB
import Timeline

/// What choosing and ordering events needs of a stored event, without its summary and sources.
///
/// Ties are broken by the cluster key, like the merger's own ``EventCluster`` ordering, so the
/// chronology and a `--max-events` selection depend only on the articles stored, not on the order
/// they were ingested in (which decides the ids).
struct EventHeader: Sendable, Hashable, ChronologyEntry {
    var id: Int64
    var key: CandidateKey
    var date: EventDate
    var salience: Double

    var tieBreaker: CandidateKey { key }

    /// The columns ``init(row:)`` reads, on `event e`.
    static let columns = "e.id, e.cluster_key, e.value, e.mod, e.granularity, e.start_day, e.end_day, e.salience"

    init(row: Row) throws {
        id = row["id"]
        let text: String = row["cluster_key"]
        guard let key = ClusterKey.parse(text) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unreadable cluster key \(text)")
        }
        self.key = key
        date = try StoredDate.eventDate(row)
        salience = row["salience"]
    }
}

/// The text form of a ``CandidateKey`` kept in `event.cluster_key`: its `description`,
/// `HASH#SENTENCE@VALUE[ MOD]`.
enum ClusterKey {
    /// The key of `text`, or nil when it is not a key's description.
    static func parse(_ text: String) -> CandidateKey? {
        guard let hash = text.firstIndex(of: "#") else { return nil }
        let rest = text[text.index(after: hash)...]
        guard let at = rest.firstIndex(of: "@"), let sentence = Int(rest[..<at]) else { return nil }
        let date = rest[rest.index(after: at)...]
        let space = date.firstIndex(of: " ")
        return CandidateKey(
            articleHash: String(text[..<hash]), sentenceIndex: sentence, date: String(date[..<(space ?? date.endIndex)]),
            mod: space.map { String(date[date.index(after: $0)...]) } ?? "")
    }
}
