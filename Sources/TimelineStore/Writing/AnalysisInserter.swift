import ArticleReader
import DateNormalizer
import GRDB
import Timeline

/// Writes what the pipeline found in one new article: its mentions, its candidates and their
/// full-text rows, and remembers the neighbourhoods the candidates fall into.
///
/// A class because it collects the dirty neighbourhoods of a whole transaction, so each is marked
/// once per batch rather than once per candidate.
final class AnalysisInserter {
    private let insertMention: Statement
    private let insertCandidate: Statement
    private let insertText: Statement
    private let markNeighbourhood: Statement
    private let db: Database
    private var dirty: Set<String> = []

    init(_ db: Database) throws {
        self.db = db
        insertMention = try db.cachedStatement(
            sql: """
                INSERT INTO mention
                    (article_id, ordinal, span_start, span_end, type, value, mod, start_day, end_day, granularity, rule)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        insertCandidate = try db.cachedStatement(
            sql: """
                INSERT INTO candidate
                    (article_id, sentence_index, sentence_start, sentence_end, summary, mention, value, mod,
                     granularity, start_day, end_day, entities, neighbourhood)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        insertText = try db.cachedStatement(sql: "INSERT INTO candidate_text (rowid, text) VALUES (?, ?)")
        markNeighbourhood = try db.cachedStatement(sql: "INSERT INTO dirty_neighbourhood (key) VALUES (?) ON CONFLICT DO NOTHING")
    }

    /// Inserts the mentions and candidates of the article stored under `articleID`.
    func insert(_ analyzed: AnalyzedArticle, articleID: Int64) throws {
        for (ordinal, mention) in analyzed.mentions.enumerated() {
            let timex = mention.timex
            try insertMention.execute(arguments: [
                articleID, ordinal, mention.span.lowerBound, mention.span.upperBound, timex.type.rawValue,
                timex.value, timex.mod?.rawValue, timex.interval?.start.dayNumber, timex.interval?.end.dayNumber,
                timex.granularity?.rawValue, mention.rule,
            ])
        }
        let sentences = analyzed.article.sentences
        for candidate in analyzed.candidates {
            guard sentences.indices.contains(candidate.sentenceIndex) else {
                throw DatabaseError(
                    resultCode: .SQLITE_CONSTRAINT,
                    message: "candidate of sentence \(candidate.sentenceIndex) in an article of \(sentences.count) sentences")
            }
            let sentence = sentences[candidate.sentenceIndex]
            let date = candidate.date
            let neighbourhood = candidate.neighbourhood.key
            try insertCandidate.execute(arguments: [
                articleID, candidate.sentenceIndex, sentence.range.lowerBound, sentence.range.upperBound,
                candidate.summary == sentence.text ? nil : candidate.summary, candidate.mention, date.value,
                date.mod?.rawValue, date.granularity.rawValue, date.interval.start.dayNumber, date.interval.end.dayNumber,
                CandidateColumns.entities(candidate.entities), neighbourhood,
            ])
            try insertText.execute(arguments: [db.lastInsertedRowID, candidate.summary])
            dirty.insert(neighbourhood)
        }
    }

    /// Marks the neighbourhoods of the candidates inserted so far dirty, in key order.
    func markDirty() throws {
        for key in dirty.sorted() { try markNeighbourhood.execute(arguments: [key]) }
        dirty.removeAll()
    }
}

/// How candidate fields that are not plain columns are written and read back.
enum CandidateColumns {
    /// Entities joined by line feeds (a name never spans lines).
    static func entities(_ names: [String]) -> String { names.joined(separator: "\n") }

    /// The entities written by ``entities(_:)``.
    static func entities(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }
}
