/// The content words of a summary, as hashed stems: what the merger compares sentences by.
///
/// One pass over UTF-8. Words are lower-cased, possessives and function words, date words and the
/// verbs of saying are dropped, day numbers and years are dropped (every report of a day shares
/// them), and the rest are stemmed lightly ("ruled", "ruling", "rules" → `rul`) and hashed.
struct ContentWords: Sendable {
    /// A content word of a sentence.
    struct Word: Hashable, Sendable {
        /// The FNV-1a hash of its stem.
        var stem: UInt64
        /// Whether it is part of a named entity of the sentence.
        var isEntity: Bool
        /// 1 in the clause of the date mention, `otherClauseWeight` elsewhere: in "The countdown
        /// began on Wednesday, with a good forecast for Friday's launch", Friday is about the launch.
        var weight: Double = 1
        /// Whether it says what happened at the date: a verb of the mention's clause ("collapsed",
        /// "will vote", "began"), a word of a ``Concepts/happenings`` group there ("the collapse",
        /// "a referendum"), or the noun the date modifies ("Friday's launch"). Never part of a name.
        var isEventWord = false
        /// Whether it is a figure of the mention's clause ("carried 41,000 passengers"): two
        /// reports that give different figures there state different facts.
        var isFigure = false
    }

    /// The weight of words outside the mention's clause.
    static let otherClauseWeight = 0.5

    /// The content words of `text`, skipping the first occurrence of `mention`; in text order, repeats kept.
    ///
    /// The mention's clause runs between the clause marks around it (`,` `;` `:` parentheses,
    /// dashes); when it holds nothing but the date ("In March, the ferries carried ..."), the clause
    /// after it is the one the date belongs to.
    ///
    /// - Parameters:
    ///   - text: A candidate's summary.
    ///   - mention: Its date mention, whose words say nothing about what happened.
    ///   - entities: Its named entities; their words are flagged.
    func words(in text: String, excluding mention: String, entities: [String]) -> [Word] {
        let bytes = Array(text.utf8)
        let skip = Self.firstRange(of: Array(mention.utf8), in: bytes)
        var entityStems: [UInt64] = []
        for entity in entities {
            Self.scan(Array(entity.utf8), skip: nil) { stem, _, _ in entityStems.append(stem) }
        }
        var result: [Word] = []
        result.reserveCapacity(bytes.count / 6)
        var places: [(clause: Int, kind: Kind)] = []
        places.reserveCapacity(bytes.count / 6)
        Self.scan(bytes, skip: skip) { stem, clause, kind in
            result.append(Word(stem: stem, isEntity: entityStems.contains(stem)))
            places.append((clause, kind))
        }
        guard let skip else { return result }
        var own = Self.clauseIndex(bytes, at: skip.lowerBound)
        // "In March, the city's ferries carried ...": a clause of the date alone introduces the next.
        if !places.contains(where: { $0.clause == own }), places.contains(where: { $0.clause == own + 1 }) { own += 1 }
        for k in result.indices {
            if places[k].clause != own {
                result[k].weight = Self.otherClauseWeight
            } else if places[k].kind == .number {
                result[k].isFigure = true
            } else if !result[k].isEntity, places[k].kind != .word {
                result[k].isEventWord = true
            }
        }
        if let head = Self.headWord(bytes, after: skip) {
            for k in result.indices where result[k].stem == head {
                result[k].weight = Self.headWeight
                result[k].isEventWord = !result[k].isEntity
            }
        }
        if let concept = Self.dayNameConcept(bytes, after: skip) {
            result.append(Word(stem: concept, isEntity: false, isEventWord: true))
        }
        return result
    }

    /// The happening an appositive naming the date says took place that day: `begin` for "on
    /// Monday, the first day of service", `finish` for "Friday, the final day of the trial"; nil
    /// when no such appositive follows the mention. See ``Concepts/dayNames``.
    static func dayNameConcept(_ bytes: [UInt8], after mention: Range<Int>) -> UInt64? {
        var i = mention.upperBound
        func skipSpaces() { while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 } }
        func nextWord() -> String {
            let start = i
            while i < bytes.count, (bytes[i] | 0x20) >= UInt8(ascii: "a"), (bytes[i] | 0x20) <= UInt8(ascii: "z") { i += 1 }
            return String(decoding: bytes[start..<i], as: UTF8.self).lowercased()
        }
        skipSpaces()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return nil }
        i += 1
        skipSpaces()
        guard dayNameDeterminers.contains(nextWord()) else { return nil }
        skipSpaces()
        let ordinal = nextWord()
        guard let concept = Concepts.dayNames.first(where: { $0.ordinal == ordinal })?.concept else { return nil }
        skipSpaces()
        guard Concepts.dayNameUnits.contains(nextWord()) else { return nil }
        let h = fnv(stem(Array(concept.utf8)))
        return Concepts.canonical[h] ?? h
    }

    /// The words that open a day-naming appositive.
    static let dayNameDeterminers: Set<String> = ["the", "its", "their", "his", "her"]

    /// The weight of the noun a date modifies ("Friday's launch", "the March 12 referendum").
    static let headWeight = 2.0

    /// The stem hash of the noun the mention modifies: the word after a possessive date, or after a
    /// date that sits between "the" and a noun; nil when the date is adverbial ("on Friday").
    static func headWord(_ bytes: [UInt8], after mention: Range<Int>) -> UInt64? {
        var i = mention.upperBound
        var attributive = false
        let last = mention.upperBound
        if last - mention.lowerBound > 2, bytes[last - 1] == UInt8(ascii: "s"),
           bytes[last - 2] == UInt8(ascii: "'") || (last - 4 >= mention.lowerBound && bytes[last - 4] == 0xE2 && bytes[last - 3] == 0x80 && bytes[last - 2] == 0x99) {
            // The mention holds the possessive: "Monday's".
            attributive = true
        } else if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "'"), bytes[i + 1] == UInt8(ascii: "s") {
            i += 2
            attributive = true
        } else if i + 3 < bytes.count, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99, bytes[i + 3] == UInt8(ascii: "s") {
            i += 4
            attributive = true
        } else {
            // "the March 12 referendum": "the" right before the mention.
            var j = mention.lowerBound - 1
            while j >= 0, bytes[j] == UInt8(ascii: " ") { j -= 1 }
            let the = Array("eht".utf8)
            var k = 0
            while k < 3, j - k >= 0, bytes[j - k] | 0x20 == the[k] { k += 1 }
            attributive = k == 3 && (j - 3 < 0 || separatorWidth(bytes, j - 3) > 0)
        }
        guard attributive, i < bytes.count, bytes[i] == UInt8(ascii: " ") else { return nil }
        var end = i + 1
        while end < bytes.count, separatorWidth(bytes, end) == 0 { end += 1 }
        var head: UInt64?
        scan(Array(bytes[(i + 1)..<end]), skip: nil) { stem, _, _ in head = head ?? stem }
        return head
    }

    /// The number of clause boundaries before byte `position`.
    static func clauseIndex(_ bytes: [UInt8], at position: Int) -> Int {
        var count = 0
        var i = 0
        while i < position {
            if isClauseBoundary(bytes, i) { count += 1 }
            i += 1
        }
        return count
    }

    /// Whether the byte at `i` separates clauses: `,` `;` `:` `(` `)` or a dash (`--`, `—`, `–`).
    static func isClauseBoundary(_ b: [UInt8], _ i: Int) -> Bool {
        switch b[i] {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"):
            // Not the separator of a digit group ("5,251").
            return !(b[i] == UInt8(ascii: ",") && i > 0 && i + 1 < b.count && isDigit(b[i - 1]) && isDigit(b[i + 1]))
        case 0xE2:
            return i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0x93 || b[i + 2] == 0x94)
        default:
            return false
        }
    }

    /// What a content word looks like: a verb, a word of a ``Concepts/happenings`` group, a number,
    /// or another word.
    enum Kind: Sendable { case word, verb, happening, number }

    /// Calls `emit` with the stem hash, the clause index and the kind of every content word of
    /// `bytes` outside `skip`.
    ///
    /// A verb is a regular past form ("voted", "collapsed"), an irregular form of ``VerbForms``
    /// ("began", "struck"), a word right after an auxiliary ("will vote", "to start") or a phrasal
    /// verb ("turned down"). News reports events in the past tense or with an auxiliary, which is
    /// why no tagger is needed.
    static func scan(_ bytes: [UInt8], skip: Range<Int>?, emit: (UInt64, Int, Kind) -> Void) {
        var i = 0
        let n = bytes.count
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var previous: UInt64?  // the stem of the word just before, for phrasal verbs
        var afterAuxiliary = false  // the word just before was "will", "to" ...
        var clause = 0
        while i < n {
            if let skip, skip.contains(i) { i = skip.upperBound; afterAuxiliary = false; continue }
            let width = separatorWidth(bytes, i)
            if width > 0 {
                if isClauseBoundary(bytes, i) { clause += 1 }
                if bytes[i] != UInt8(ascii: " ") { afterAuxiliary = false }
                i += width
                continue
            }
            // A word: letters, digits, non-ASCII letters; digit groups keep "5,251" and "7.5" together.
            word.removeAll(keepingCapacity: true)
            let first = bytes[i]
            var isNumber = isDigit(bytes[i])
            while i < n, separatorWidth(bytes, i) == 0 {
                if let skip, skip.contains(i) { break }
                let b = bytes[i]
                word.append(b >= 65 && b <= 90 ? b + 32 : b)
                if !isDigit(b) { isNumber = false }
                i += 1
                if i + 1 < n, isDigit(bytes[i - 1]), bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: "."),
                   isDigit(bytes[i + 1]) {
                    if bytes[i] == UInt8(ascii: ".") { word.append(bytes[i]) }
                    i += 1
                }
            }
            let wasAfterAuxiliary = afterAuxiliary
            afterAuxiliary = false
            if isNumber {
                previous = nil
                if let value = Int(String(decoding: word, as: UTF8.self)), value <= 31 || (value >= 1800 && value <= 2100) { continue }
                emit(fnv(word), clause, .number)
                continue
            }
            let raw = fnv(word)
            // "turned down", "lifted off", "stepped down": the particle turns the verb into a concept.
            if let verb = previous, let concept = Concepts.phrasal[Concepts.phrasalKey(verb: verb, particle: raw)] {
                emit(concept, clause, .verb)
                previous = nil
                continue
            }
            let flags = VerbForms.flags[raw] ?? []
            if flags.contains(.auxiliary) { afterAuxiliary = true }
            guard word.count >= 2, !flags.contains(.stopword) else { previous = nil; continue }
            let isCapitalized = first >= 65 && first <= 90
            let isVerb = flags.contains(.pastForm) || (!isCapitalized && wasAfterAuxiliary)
                || (word.count >= 5 && word[word.count - 1] == UInt8(ascii: "d") && word[word.count - 2] == UInt8(ascii: "e")
                    && word[word.count - 3] != UInt8(ascii: "e") && !flags.contains(.notPastForm))
            stemInPlace(&word)
            let h = fnv(word)
            previous = h
            if let reading = Concepts.readings[h] {
                emit(reading.stem, clause, isVerb ? .verb : reading.isHappening ? .happening : .word)
            } else {
                emit(h, clause, isVerb ? .verb : .word)
            }
        }
    }

    /// The width in bytes of a separator at `i`: ASCII punctuation and space, and the common
    /// non-ASCII ones (dashes, curly quotes, ellipsis, bullets, no-break space); 0 inside a word.
    static func separatorWidth(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i]
        if c < 128 {
            let isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
            return isWord ? 0 : 1
        }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, (0x90...0xA6).contains(b[i + 2]) { return 3 }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 || b[i + 1] == 0xAB || b[i + 1] == 0xBB || b[i + 1] == 0xB7 { return 2 }
        return 0
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// A light suffix stripper: enough to bring "vote", "voted", "votes", "voting" to one stem.
    static func stem(_ w: [UInt8]) -> [UInt8] {
        var s = w
        stemInPlace(&s)
        return s
    }

    /// ``stem(_:)`` without allocating: shortens (and at most once extends) `s` in place.
    static func stemInPlace(_ s: inout [UInt8]) {
        guard s.count > 3 else { return }
        for b in s where b >= 128 { return }
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard s.count > n + 1 else { return false }
            let p = suffix.utf8Start
            let base = s.count - n
            for k in 0..<n where s[base + k] != p[k] { return false }
            return true
        }
        if ends("ies") || ends("ied") {
            s.removeLast(3)
            s.append(UInt8(ascii: "y"))
        } else if ends("sses") {
            s.removeLast(2)
        } else if ends("ing") && s.count > 5 {
            s.removeLast(3)
        } else if ends("ed") && s.count > 4 {
            s.removeLast(2)
        } else if ends("ers") && s.count > 5 {
            s.removeLast(3)
        } else if ends("er") && s.count > 4 {
            s.removeLast(2)
        } else if ends("es") && s.count > 4, [UInt8(ascii: "s"), UInt8(ascii: "x"), UInt8(ascii: "z"), UInt8(ascii: "h")].contains(s[s.count - 3]) {
            s.removeLast(2)
        } else if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
            s.removeLast()
        }
        // "stopped" → "stopp" → "stop"; "voted" → "vot", "vote" → "vot".
        if s.count > 3, let last = s.last, s[s.count - 2] == last, last != UInt8(ascii: "l"), last != UInt8(ascii: "s"), last != UInt8(ascii: "z") {
            s.removeLast()
        } else if s.count > 3, s.last == UInt8(ascii: "e") {
            s.removeLast()
        }
    }

    /// 64-bit FNV-1a.
    static func fnv(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    static func fnv(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The words that are never content.
    static let stopwordList: [String] =
        [Lexicon.functionWords, Lexicon.dateWords, Lexicon.months, Lexicon.weekdays, Lexicon.newsWords, Lexicon.reportingVerbs]
            .flatMap { $0.subtracting(eventWordsAmongStopwords) }

    /// Words of the lists above that also name a happening: "declared a state of emergency", "to start a ferry".
    static let eventWordsAmongStopwords: Set<String> = ["declared", "start"]

    /// The first occurrence of `needle` in `haystack`.
    static func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        let last = haystack.count - needle.count
        var i = 0
        outer: while i <= last {
            if haystack[i] == needle[0] {
                for k in 1..<needle.count where haystack[i + k] != needle[k] {
                    i += 1
                    continue outer
                }
                return i..<i + needle.count
            }
            i += 1
        }
        return nil
    }
}
