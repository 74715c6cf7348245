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
        insertMention = try db.cachedStatement(sql: "INSERT INTO mention_list (article_id, mentions) VALUES (?, ?)")
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
        if !analyzed.mentions.isEmpty {
            try insertMention.execute(arguments: [articleID, MentionList.json(analyzed.mentions)])
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

/// The `mention_list.mentions` text of an article: a JSON array with one array per mention,
/// `[span_start, span_length, type, value, mod, start_day, day_count, granularity, rule]`, the type
/// as one letter (see the v3 migration, whose `mention` view unpacks it).
enum MentionList {
    static func json(_ mentions: [TemporalMention]) -> String {
        var out = "["
        out.reserveCapacity(mentions.count * 64)
        for (i, mention) in mentions.enumerated() {
            let timex = mention.timex
            if i > 0 { out += "," }
            out += "[\(mention.span.lowerBound),\(mention.span.count),\"\(letter(timex.type))\","
            TemporalMention.appendJSONString(timex.value, to: &out)
            out += ","
            if let mod = timex.mod { TemporalMention.appendJSONString(mod.rawValue, to: &out) } else { out += "null" }
            if let interval = timex.interval {
                out += ",\(interval.start.dayNumber),\(interval.end.dayNumber - interval.start.dayNumber),"
            } else {
                out += ",null,null,"
            }
            if let granularity = timex.granularity { TemporalMention.appendJSONString(granularity.rawValue, to: &out) } else { out += "null" }
            out += ","
            TemporalMention.appendJSONString(mention.rule, to: &out)
            out += "]"
        }
        return out + "]"
    }

    static func letter(_ type: TimexType) -> String {
        switch type {
        case .date: return "D"
        case .time: return "T"
        case .duration: return "P"
        case .set: return "S"
        }
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
