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
            try insertMention.executeBound(articleID, MentionList.json(analyzed.mentions))
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
            try insertCandidate.executeBound(
                articleID, candidate.sentenceIndex, sentence.range.lowerBound, sentence.range.upperBound,
                candidate.summary == sentence.text ? nil : candidate.summary, candidate.mention, date.value,
                date.mod?.rawValue, date.granularity.rawValue, date.interval.start.dayNumber, date.interval.end.dayNumber,
                CandidateColumns.entities(candidate.entities), neighbourhood)
            try insertText.executeBound(db.lastInsertedRowID, candidate.summary)
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
    /// Built as UTF-8 bytes on the writer's thread: string interpolation and appending one Unicode
    /// scalar at a time cost 5 % of an ingest's instructions, all on the one thread that cannot be
    /// parallelized.
    static func json(_ mentions: [TemporalMention]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(mentions.count * 80 + 2)
        out.append(UInt8(ascii: "["))
        for (i, mention) in mentions.enumerated() {
            let timex = mention.timex
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            appendInteger(mention.span.lowerBound, to: &out)
            out.append(UInt8(ascii: ","))
            appendInteger(mention.span.count, to: &out)
            out.append(UInt8(ascii: ","))
            out.append(UInt8(ascii: "\""))
            out.append(letter(timex.type))
            out.append(UInt8(ascii: "\""))
            out.append(UInt8(ascii: ","))
            TemporalMention.appendJSONString(timex.value, to: &out)
            out.append(UInt8(ascii: ","))
            if let mod = timex.mod { TemporalMention.appendJSONString(mod.rawValue, to: &out) } else { out.append(contentsOf: null) }
            out.append(UInt8(ascii: ","))
            if let interval = timex.interval {
                appendInteger(interval.start.dayNumber, to: &out)
                out.append(UInt8(ascii: ","))
                appendInteger(interval.end.dayNumber - interval.start.dayNumber, to: &out)
            } else {
                out.append(contentsOf: null)
                out.append(UInt8(ascii: ","))
                out.append(contentsOf: null)
            }
            out.append(UInt8(ascii: ","))
            if let granularity = timex.granularity { TemporalMention.appendJSONString(granularity.rawValue, to: &out) } else { out.append(contentsOf: null) }
            out.append(UInt8(ascii: ","))
            TemporalMention.appendJSONString(mention.rule, to: &out)
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// The one-letter type of the `mentions` arrays.
    static func letter(_ type: TimexType) -> UInt8 {
        switch type {
        case .date: return UInt8(ascii: "D")
        case .time: return UInt8(ascii: "T")
        case .duration: return UInt8(ascii: "P")
        case .set: return UInt8(ascii: "S")
        }
    }

    private static let null: [UInt8] = Array("null".utf8)

    /// Appends `n` in decimal.
    static func appendInteger(_ n: Int, to out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[i]) }
        }
    }
}

/// How candidate fields that are not plain columns are written and read back.
enum CandidateColumns {
    /// Entities joined by line feeds (a name never spans lines).
    static func entities(_ names: [String]) -> String { names.joined(separator: "\n") }

    /// The entities written by ``entities(_:)``.
    ///
    /// Cut at line feeds byte by byte, empty pieces dropped: what `split(separator: "\n")` gives
    /// (a line feed after a carriage return is part of one `"\r\n"` character there, so it does not
    /// cut here either), at a tenth of the cost. Splitting by characters was a third of reading a
    /// neighbourhood for the merge (issue 6).
    static func entities(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var names: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for i in bytes.indices where bytes[i] == 0x0A && (i == 0 || bytes[i - 1] != 0x0D) {
                if i > start { names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            if bytes.count > start {
                names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            }
        }
        return names
    }
}
