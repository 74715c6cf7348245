import DateNormalizer

/// Picks the report whose summary stands for an event: the one nearest the event's centre, preferring
/// complete, unquoted statements of the event's own date, written once it had happened.
///
/// "Voters approved the reform in a referendum on Sunday" beats "\"We will win on Sunday,\" he said"
/// and beats "The referendum will be held on March 12" once the vote has been reported.
struct Representative: Sendable {
    /// The position of the chosen member.
    ///
    /// - Parameters:
    ///   - members: Positions of the event's members, ascending (key order).
    ///   - candidates: The candidate at a position.
    ///   - vectors: Their content vectors.
    ///   - centre: The event's centre.
    ///   - preferred: Members dated at the event's own date (not a coarser period).
    ///   - date: The event's date.
    func choose(
        among members: [Int], candidates: (Int) -> EventCandidate, vectors: [SparseVector], centre: SparseVector,
        preferred: Set<Int>, date: EventDate
    ) -> Int {
        guard members.count > 1 else { return members[0] }
        var best = members[0]
        var bestScore = -Double.infinity
        for m in members {
            let candidate = candidates(m)
            var score = centre.dot(vectors[m]) + quality(of: candidate.summary) - 0.1 * Double(otherDates(in: candidate.summary, besides: candidate.mention))
            if preferred.contains(m) { score += 0.15 }
            if let published = candidate.published, published >= date.effectiveInterval.start { score += 0.1 }
            if score > bestScore {
                best = m
                bestScore = score
            }
        }
        return best
    }

    /// How well a summary reads on its own: penalties for quotations, a pronoun opening, questions,
    /// and sentences too short or too long to stand alone.
    func quality(of summary: String) -> Double {
        var score = 0.0
        let bytes = Array(summary.utf8)
        guard let first = bytes.first, let last = bytes.last else { return -1 }
        // Straight or curly opening quote: `"`, `'`, U+201C, U+2018.
        let opensWithQuote = first == UInt8(ascii: "\"") || first == UInt8(ascii: "'")
            || (bytes.count > 2 && first == 0xE2 && bytes[1] == 0x80 && (bytes[2] == 0x9C || bytes[2] == 0x98))
        if opensWithQuote {
            score -= 0.3
        } else if bytes.contains(UInt8(ascii: "\"")) || summary.unicodeScalars.contains("\u{201C}") {
            score -= 0.1
        }
        if last == UInt8(ascii: "?") { score -= 0.2 }
        var words: [Range<Int>] = []
        var start: Int?
        for (i, b) in bytes.enumerated() {
            if b == UInt8(ascii: " ") {
                if let s = start { words.append(s..<i) }
                start = nil
            } else if start == nil {
                start = i
            }
        }
        if let s = start { words.append(s..<bytes.count) }
        func lowerWord(_ r: Range<Int>) -> String {
            String(decoding: bytes[r].filter { $0 >= 128 || ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 122) }.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        }
        // An attributed statement (", officials said.") reads less directly than the fact itself.
        if words.count > 2, let final = words.last, Lexicon.reportingVerbs.contains(lowerWord(final)) { score -= 0.1 }
        if let opening = words.first, Representative.pronouns.contains(lowerWord(opening)) { score -= 0.2 }
        if words.count < 8 { score -= 0.15 }
        if words.count > 45 { score -= 0.15 }
        return score
    }

    /// The month and weekday names of `summary` outside the first occurrence of `mention`: a
    /// sentence that dates other things too is about more than this event.
    func otherDates(in summary: String, besides mention: String) -> Int {
        let bytes = Array(summary.utf8)
        let skip = ContentWords.firstRange(of: Array(mention.utf8), in: bytes)
        var count = 0
        var i = 0
        while i < bytes.count {
            if let skip, skip.contains(i) { i = skip.upperBound; continue }
            guard bytes[i] >= 65 && bytes[i] <= 90, i == 0 || bytes[i - 1] == UInt8(ascii: " ") else { i += 1; continue }
            var end = i + 1
            while end < bytes.count, bytes[end] | 0x20 >= 97, bytes[end] | 0x20 <= 122 { end += 1 }
            let word = String(decoding: bytes[i..<end].map { $0 | 0x20 }, as: UTF8.self)
            // Capitalised month or weekday names, except at the very start ("May", "March" may be other words).
            if i > 0, Lexicon.months.contains(word) || Lexicon.weekdays.contains(word) { count += 1 }
            i = end
        }
        return count
    }

    static let pronouns: Set<String> = ["he", "she", "it", "they", "this", "that", "these", "those", "we", "i", "his", "her", "their", "its", "there"]
}
