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
    ///   - candidates: The neighbourhood's candidates.
    ///   - vectors: Their content vectors.
    ///   - centre: The event's centre.
    ///   - preferred: Members dated at the event's own date (not a coarser period).
    ///   - date: The event's date.
    func choose(
        among members: [Int], candidates: [EventCandidate], vectors: [SparseVector], centre: SparseVector,
        preferred: Set<Int>, date: EventDate
    ) -> Int {
        var best = members[0]
        var bestScore = -Double.infinity
        for m in members {
            var score = centre.dot(vectors[m]) + quality(of: candidates[m].summary)
            if preferred.contains(m) { score += 0.15 }
            if let published = candidates[m].published, published >= date.effectiveInterval.start { score += 0.1 }
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
        let scalars = summary.unicodeScalars
        if let first = scalars.first, ["\"", "\u{201C}", "'", "\u{2018}"].contains(first) {
            score -= 0.3
        } else if scalars.contains(where: { $0 == "\"" || $0 == "\u{201C}" }) {
            score -= 0.1
        }
        if scalars.last == "?" { score -= 0.2 }
        let words = summary.split(separator: " ")
        // An attributed statement (", officials said.") reads less directly than the fact itself.
        if words.count > 2, Lexicon.reportingVerbs.contains(words[words.count - 1].lowercased().trimmingCharacters(in: [".", "!"])) {
            score -= 0.1
        }
        if let first = words.first, Representative.pronouns.contains(first.lowercased()) { score -= 0.2 }
        if words.count < 8 { score -= 0.15 }
        if words.count > 45 { score -= 0.15 }
        return score
    }

    static let pronouns: Set<String> = ["he", "she", "it", "they", "this", "that", "these", "those", "we", "i", "his", "her", "their", "its", "there"]
}
