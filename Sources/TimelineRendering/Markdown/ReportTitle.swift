/// Derives a report title from the events' summaries when the user gave none.
///
/// The title names what the chronology is about: the proper names its events mention most. It is
/// derived from at most the 1,000 most salient events (`maxEvents`).
///
/// 1. Each summary is split into words; a word is a run of letters and digits, with inner `'`, `’`, `-`,
///    `.` and `&` kept ("O'Brien", "Jean-Luc", "U.S", "AT&T"); a trailing possessive `'s` is dropped.
/// 2. A name is a run of capitalised words separated only by single spaces, where a lower-case `of`
///    may join two of them ("Bank of England"). Function words ("The", "On", "Mr"), month and weekday
///    names are never part of a name.
/// 3. The first word of a sentence is capitalised anyway: it is dropped from a name when the same word
///    appears in lower case elsewhere in the summaries ("Floods hit Lindmere" / "the floods"), and a
///    one-word name that only ever opens sentences is not a name.
/// 4. Each name scores the number of summaries (events) that mention it, so one long summary cannot
///    outvote many. Ties keep the name met first.
/// 5. Up to three names that occur in at least two events (one, when there is a single event) make
///    "Chronology: Lindmere, River Aln and Harbor Bridge"; a name inside a chosen one (or holding it)
///    is skipped. With no names, the most frequent long lower-case words stand in
///    ("Chronology: Flooding and Levees"); with neither, the title is "Chronology".
enum ReportTitle {
    static let maxNames = 3
    /// The most summaries a title is derived from: the most salient ones.
    static let maxEvents = 1_000

    static func derive(from summaries: [String]) -> String {
        let tokenized = summaries.map(tokens(of:))
        var lowercaseWords = Set<String>()
        for words in tokenized {
            for word in words where !word.isCapitalized { lowercaseWords.insert(word.text) }
        }

        // Names, counted once per summary, with the position of their first appearance.
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        var seenOutsideSentenceStart = Set<String>()
        var order = 0
        for words in tokenized {
            var inThisSummary = Set<String>()
            for name in names(in: words, lowercaseWords: lowercaseWords) {
                if !name.opensSentence { seenOutsideSentenceStart.insert(name.text) }
                if firstSeen[name.text] == nil {
                    firstSeen[name.text] = order
                    order += 1
                }
                if inThisSummary.insert(name.text).inserted { counts[name.text, default: 0] += 1 }
            }
        }
        let candidates = counts.keys.filter { $0.contains(" ") || seenOutsideSentenceStart.contains($0) }
        let minimum = summaries.count > 1 ? 2 : 1
        let picked = pick(candidates, counts: counts, firstSeen: firstSeen, minimum: minimum)
        if !picked.isEmpty { return "Chronology: " + list(picked) }

        // No names: the most frequent long words.
        var wordCounts: [String: Int] = [:]
        var wordFirstSeen: [String: Int] = [:]
        order = 0
        for words in tokenized {
            var inThisSummary = Set<String>()
            for word in words {
                let lower = word.text.lowercased()
                guard lower.count >= 5, !stopWords.contains(lower), lower.contains(where: \.isLetter) else { continue }
                if wordFirstSeen[lower] == nil {
                    wordFirstSeen[lower] = order
                    order += 1
                }
                if inThisSummary.insert(lower).inserted { wordCounts[lower, default: 0] += 1 }
            }
        }
        let keywords = pick(Array(wordCounts.keys), counts: wordCounts, firstSeen: wordFirstSeen, minimum: minimum)
        if !keywords.isEmpty { return "Chronology: " + list(keywords.map(DateLabel.capitalizingFirst)) }
        return "Chronology"
    }

    // MARK: - Steps

    struct Word {
        var text: String
        /// Whether only a single space separates it from the previous word (so both can be one name).
        var joinsPrevious: Bool
        var opensSentence: Bool
        var isCapitalized: Bool { text.unicodeScalars.first?.properties.isUppercase ?? false }
    }

    struct Name {
        var text: String
        var opensSentence: Bool
    }

    static func tokens(of summary: String) -> [Word] {
        var words: [Word] = []
        var current = ""
        var gap = ""
        var sentenceStart = true
        let characters = Array(TextCleaning.singleLine(summary))
        func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }
        func finishWord() {
            guard !current.isEmpty else { return }
            for suffix in ["'s", "’s"] where current.hasSuffix(suffix) && current.count > suffix.count {
                current.removeLast(suffix.count)
            }
            words.append(Word(text: current, joinsPrevious: gap == " " && !words.isEmpty, opensSentence: sentenceStart))
            current = ""
            gap = ""
            sentenceStart = false
        }
        for (i, c) in characters.enumerated() {
            if isWordCharacter(c) {
                current.append(c)
            } else if !current.isEmpty, "'’-.&".contains(c), i + 1 < characters.count, isWordCharacter(characters[i + 1]) {
                current.append(c)
            } else {
                finishWord()
                gap.append(c)
                if ".!?:;".contains(c) { sentenceStart = true }
            }
        }
        finishWord()
        return words
    }

    static func names(in words: [Word], lowercaseWords: Set<String>) -> [Name] {
        var names: [Name] = []
        var run: [Word] = []
        func finishRun() {
            while let last = run.last, !last.isCapitalized { run.removeLast() }  // a trailing "of"
            if let first = run.first, first.opensSentence, lowercaseWords.contains(first.text.lowercased()) {
                run.removeFirst()
                while let head = run.first, !head.isCapitalized { run.removeFirst() }
            }
            if let first = run.first {
                names.append(Name(text: run.map(\.text).joined(separator: " "), opensSentence: first.opensSentence))
            }
            run = []
        }
        for word in words {
            let isNameWord = word.isCapitalized && !stopWords.contains(word.text.lowercased())
                && word.text.contains(where: \.isLetter)
            let continues = word.joinsPrevious && !run.isEmpty
            if isNameWord {
                if !continues { finishRun() }
                run.append(word)
            } else if word.text == "of", continues, run.last?.isCapitalized == true {
                run.append(word)
            } else {
                finishRun()
            }
        }
        finishRun()
        return names
    }

    static func pick(_ candidates: [String], counts: [String: Int], firstSeen: [String: Int], minimum: Int) -> [String] {
        let ranked = candidates
            .filter { (counts[$0] ?? 0) >= minimum }
            .sorted { a, b in
                let (ca, cb) = (counts[a] ?? 0, counts[b] ?? 0)
                return ca != cb ? ca > cb : (firstSeen[a] ?? 0) < (firstSeen[b] ?? 0)
            }
        var picked: [String] = []
        for candidate in ranked where picked.count < maxNames {
            let overlaps = picked.contains { containsWords($0, candidate) || containsWords(candidate, $0) }
            if !overlaps { picked.append(candidate) }
        }
        return picked
    }

    /// Whether `inner`'s words appear, in order and adjacent, in `outer`.
    static func containsWords(_ outer: String, _ inner: String) -> Bool {
        (" " + outer + " ").contains(" " + inner + " ")
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }

    /// Capitalised words that are not names, and lower-case words too common to title a report.
    static let stopWords: Set<String> = [
        "a", "about", "according", "after", "again", "against", "all", "also", "an", "and", "another", "any",
        "are", "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can",
        "could", "did", "do", "does", "down", "during", "each", "early", "every", "few", "for", "from", "had",
        "has", "have", "he", "her", "here", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
        "just", "last", "late", "later", "less", "many", "may", "meanwhile", "might", "more", "most", "mr", "mrs",
        "ms", "dr", "prof", "much", "must", "new", "next", "no", "nor", "not", "now", "of", "on", "once", "one",
        "only", "or", "other", "our", "out", "over", "said", "says", "she", "should", "since", "so", "some",
        "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
        "three", "through", "to", "today", "tomorrow", "tonight", "two", "under", "until", "up", "was", "we",
        "were", "what", "when", "where", "which", "while", "who", "whom", "whose", "why", "will", "with",
        "within", "without", "would", "yesterday", "yet", "you",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december",
        // Long lower-case words every news chronology repeats.
        "announced", "officials", "people", "reported", "spokesman", "spokeswoman", "statement", "thousands",
        "hundreds", "million", "billion", "percent", "months", "weeks", "years", "their", "there", "which",
        "would", "could", "about", "after", "before", "other", "first", "second", "third", "since", "under",
        "where", "while", "being", "still", "against", "around", "another", "because", "during", "between",
    ]
}
