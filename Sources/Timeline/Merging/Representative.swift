import DateNormalizer

/// Picks the report whose summary stands for an event: among the reports of the event's own date, the
/// one nearest the event's centre, preferring complete, unquoted statements written once it had happened.
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
    ///   - preferred: Members dated at the event's own date (not a coarser period); when there are any,
    ///     the summary is one of theirs.
    ///   - date: The event's date.
    func choose(
        among members: [Int], candidates: (Int) -> EventCandidate, vectors: [SparseVector], centre: SparseVector,
        preferred: Set<Int>, date: EventDate
    ) -> Int {
        guard members.count > 1 else { return members[0] }
        // An event dated June 25 is told by a report of June 25, not by one of the "June 2009" reports
        // that joined it: a summary must show the date its event is given.
        let eligible = preferred.isEmpty ? members : members.filter { preferred.contains($0) }
        var best = eligible.first ?? members[0]
        var bestScore = -Double.infinity
        for m in eligible {
            let candidate = candidates(m)
            var score = centre.dot(vectors[m]) + quality(of: candidate.summary) - 0.1 * Double(otherDates(in: candidate.summary, besides: candidate.mention))
            if Self.datesSubordinateClause(candidate.summary, mention: candidate.mention) || Self.datesNoun(candidate.summary, mention: candidate.mention) {
                score -= Self.subordinatePenalty
            }
            if let published = candidate.published, published >= date.effectiveInterval.start { score += 0.1 }
            if score > bestScore {
                best = m
                bestScore = score
            }
        }
        return best
    }

    /// How well a summary reads on its own: penalties for quotations, a pronoun opening, questions,
    /// an attribution at the end (", officials said."), and sentences too short or too long to stand alone.
    func quality(of summary: String) -> Double {
        var score = 0.0
        let bytes = Array(summary.utf8)
        guard let first = bytes.first, let last = bytes.last else { return -1 }
        // Straight or curly opening quote: `"`, `'`, U+201C, U+2018.
        let opensWithQuote = first == UInt8(ascii: "\"") || first == UInt8(ascii: "'")
            || (bytes.count > 2 && first == 0xE2 && bytes[1] == 0x80 && (bytes[2] == 0x9C || bytes[2] == 0x98))
        var quoted = false
        var quoteOpen: Int?  // words counted when the current quotation opened
        var words = 0
        var firstWord: UInt64?
        var lastWord: UInt64 = 0
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for (i, b) in bytes.enumerated() {
            // A quotation of a few words ("poor", "full responsibility") is a term, not speech.
            let straight = b == UInt8(ascii: "\"")
            let curly = b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D)
            if straight || curly {
                let counted = words + (inWord ? 1 : 0)
                if let opened = quoteOpen {
                    if counted - opened > Representative.termQuoteWords { quoted = true }
                    quoteOpen = nil
                } else {
                    quoteOpen = counted
                }
            }
            let isLetter = (b | 0x20 >= 97 && b | 0x20 <= 122) || b >= 128 || (b >= 48 && b <= 57)
            if b == UInt8(ascii: " ") {
                if inWord {
                    words += 1
                    if firstWord == nil { firstWord = h }
                    lastWord = h
                }
                inWord = false
                h = 0xcbf2_9ce4_8422_2325
            } else {
                inWord = true
                if isLetter { h = (h ^ UInt64(b >= 65 && b <= 90 ? b + 32 : b)) &* 0x100_0000_01b3 }
            }
        }
        if inWord {
            words += 1
            if firstWord == nil { firstWord = h }
            lastWord = h
        }
        if quoteOpen != nil { quoted = true }
        if opensWithQuote { score -= 0.3 } else if quoted { score -= 0.1 }
        if last == UInt8(ascii: "?") { score -= 0.2 }
        if words > 2, Lexicon.Keys.reportingVerbs.keys.contains(lastWord) { score -= 0.1 }
        if let firstWord, Representative.pronouns.contains(firstWord) { score -= 0.2 }
        if words < 8 { score -= 0.15 }
        if words > 45 { score -= 0.15 }
        return score
    }

    /// The most words a quotation holds and still counts as a term rather than speech.
    static let termQuoteWords = 3

    /// The month and weekday names of `summary` outside the first occurrence of `mention`: a
    /// sentence that dates other things too is about more than this event.
    func otherDates(in summary: String, besides mention: String) -> Int {
        let bytes = Array(summary.utf8)
        let skip = ContentWords.firstRange(of: Array(mention.utf8), in: bytes)
        var count = 0
        var i = 1  // the very first word is skipped: "May" and "March" open sentences as other words
        while i < bytes.count {
            if let skip, skip.contains(i) { i = skip.upperBound; continue }
            guard bytes[i] >= 65 && bytes[i] <= 90, bytes[i - 1] == UInt8(ascii: " ") else { i += 1; continue }
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var end = i
            while end < bytes.count, bytes[end] | 0x20 >= 97, bytes[end] | 0x20 <= 122 {
                h = (h ^ UInt64(bytes[end] | 0x20)) &* 0x100_0000_01b3
                end += 1
            }
            if Lexicon.Keys.months.keys.contains(h) || Lexicon.Keys.weekdays.keys.contains(h) { count += 1 }
            i = end
        }
        return count
    }

    /// What a report loses when its date sits in a subordinate clause or modifies a noun: "Ferries
    /// carried 2,300 on Monday, the first day since the bridge collapsed on Feb. 22" mentions the
    /// collapse in passing, while "The span collapsed on Thursday evening, injuring three" is about it.
    static let subordinatePenalty = 0.15

    /// Whether the mention modifies a noun ("Damage from Monday's flood is estimated at 4 million
    /// euros", "The Feb. 22 collapse injured three people"): the sentence tells something about the
    /// event, where "Floodwater poured into the tunnel on Monday night" tells the event itself.
    static func datesNoun(_ summary: String, mention: String) -> Bool {
        let bytes = Array(summary.utf8)
        guard let range = ContentWords.firstRange(of: Array(mention.utf8), in: bytes) else { return false }
        return ContentWords.headWord(bytes, after: range) != nil
    }

    /// Words that open a clause about something else than the sentence's main event.
    static let subordinators = HashedSet(
        ["since", "after", "before", "when", "while", "until", "which", "who", "whose", "because", "although", "though", "as"]
            .map { ContentWords.fnv($0) })

    /// Whether a subordinator comes between the start of the clause holding the first occurrence of
    /// `mention` and the mention itself (clauses end at `,` `;` `:` parentheses and dashes).
    static func datesSubordinateClause(_ summary: String, mention: String) -> Bool {
        let bytes = Array(summary.utf8)
        guard let range = ContentWords.firstRange(of: Array(mention.utf8), in: bytes) else { return false }
        var start = range.lowerBound
        while start > 0, !ContentWords.isClauseBoundary(bytes, start - 1) { start -= 1 }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for i in start..<range.lowerBound {
            let b = bytes[i]
            if b | 0x20 >= 97 && b | 0x20 <= 122 {
                h = (h ^ UInt64(b | 0x20)) &* 0x100_0000_01b3
                inWord = true
            } else {
                if inWord, subordinators.contains(h) { return true }
                h = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        return inWord && subordinators.contains(h)
    }

    static let pronouns = HashedSet(
        ["he", "she", "it", "they", "this", "that", "these", "those", "we", "i", "his", "her", "their", "its", "there"].map { ContentWords.fnv($0) })
}
