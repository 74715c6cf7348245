/// The closed word classes the grammar reads, compiled once into one hash table over lower-case bytes.
///
/// Every word any table or rule mentions gets one `Int32` id; the tokenizer looks each word up once,
/// so the matcher compares integers, never strings. Tables live beside this file, one concept each
/// (`Months.swift`, `Weekdays.swift`, ...); words that only rules spell (`"ago"`, `"of"`) are added
/// when the grammar is compiled.
struct Lexicon: Sendable {
    static let unknown: Int32 = -1

    /// What a word can mean. A word may belong to several classes ("second": ordinal and unit).
    /// A plain value (the spelling is kept apart), so reading it in the matcher copies nothing counted.
    struct Entry: Sendable {
        var month: Int8 = 0
        var weekday: Int8 = 0
        /// Cardinal value of a number word ("twenty" = 20), or -1.
        var cardinal: Int32 = -1
        /// Ordinal value of an ordinal word ("third" = 3), or 0.
        var ordinal: Int16 = 0
        var unit: TimeUnit?
        /// How many `unit`s the word stands for ("fortnight" = 2 weeks).
        var unitCount: Int16 = 1
        var partOfDay: PartOfDay?
        var season: Season?
        var cue: TenseCue?
        /// Ambiguous words that are dates only when something confirms them ("may", "march", "sun").
        var latent = false
        /// Abbreviations that keep their dot (`Nov.`, `Tues.`).
        var takesDot = false
        /// The plural of a unit ("days"): "days" alone is vague, "a day" is not.
        var plural = false
        /// A function word ("the", "in", "last"): no rule is made of these alone.
        var weak = false
        /// A content word some rule reads ("March", "ago", "week", "noon"): the matcher only works near one.
        var strong = false
        /// What the clause scans look for in a word (`ClauseWord`), so they compare bits, not strings.
        var clause: ClauseWord = []
    }

    /// Words the clause scans of `ClauseTense` look for, marked once on the words already listed.
    struct ClauseWord: OptionSet, Sendable {
        let rawValue: UInt16
        /// "since": the date after it has passed.
        static let since = ClauseWord(rawValue: 1)
        /// "but", "which", "who", "while": an adverb of habit before them governs another clause.
        static let habitStop = ClauseWord(rawValue: 2)
        /// "normally", "regularly", "routinely": after their verb they say how, not how often.
        static let manner = ClauseWord(rawValue: 4)
        /// "is", "was", "has", "will": between an adverb of habit and its participle ("usually was held").
        static let auxiliary = ClauseWord(rawValue: 8)
        /// "the", "a", "its": before an adverb of habit, it grades an adjective ("the normally exuberant").
        static let determiner = ClauseWord(rawValue: 16)
        /// "found", "appeared", "said": before "to be", they report a state of the past ("was found to
        /// be infected on Saturday"), where "hoped to" or "is to be" look ahead.
        static let raising = ClauseWord(rawValue: 32)
        /// "will", "would", "shall", "must", "should", "'ll": a future cue that can stand right before a verb
        /// ("will be held"), where "plans" or "hopes" there are nouns ("the company's best hopes rested").
        static let modal = ClauseWord(rawValue: 64)
        /// A linking verb before a participle used as an adjective ("will stay closed"): the words before decide.
        static let linking = ClauseWord(rawValue: 128)
        /// Its `-s` form ("stays closed"): the present.
        static let linkingPresent = ClauseWord(rawValue: 256)
        /// An adverb of habit ("usually", "typically").
        static let habitual = ClauseWord(rawValue: 512)
        /// A verb of promising ("pledged", "vowed"): a deadline after it ("by August") is the promise's,
        /// set when it was made, not a past day.
        static let promise = ClauseWord(rawValue: 1024)
        /// "that", "which", "amid", "because": a clause of its own starts there, whose verbs say nothing of a
        /// date before it ("On Friday they hit a low amid speculation that BP may have to seek funds").
        static let subordinator = ClauseWord(rawValue: 2048)
        /// A mishap nobody schedules ("explosion", "earthquake"): a day that names one has passed.
        static let mishap = ClauseWord(rawValue: 4096)
        /// A record made on its day ("photo", "letter"), and a word that may stand before one ("file", "handout").
        static let record = ClauseWord(rawValue: 8192)
        static let recordModifier = ClauseWord(rawValue: 16384)
    }

    /// Marks the clause words among the words already in the lexicon (adds none).
    mutating func markClauseWords() {
        func mark(_ words: [String], _ flag: ClauseWord) {
            for w in words { if let id = find(Array(w.utf8)) { entries[Int(id)].clause.insert(flag) } }
        }
        mark(["since"], .since)
        mark(["but", "which", "who", "whom", "whose", "where", "when", "while", "although", "though", "after", "before"], .habitStop)
        mark(["normally", "regularly", "routinely"], .manner)
        mark(["is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "may"], .auxiliary)
        mark(Array(TenseFillers.determiners), .determiner)
        mark(TenseFillers.raising, .raising)
        mark(["will", "shall", "won't", "i'll", "we'll", "you'll", "he'll", "she'll", "it'll", "they'll", "that'll", "would", "wo",
              "must", "should", "ought", "gonna", "could", "might"], .modal)
    }

    private(set) var entries: [Entry] = []
    private(set) var spellings: [String] = []
    /// Every spelling's lower-case bytes back to back, `keyStart[id] ..< keyStart[id + 1]`, and its hash.
    private var keys: [UInt8] = []
    private var keyStart: [Int32] = [0]
    private var keyHash: [UInt32] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 4096) {
        var size = 1
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Lexicon.unknown, count: size)
        mask = size - 1
    }

    /// FNV-1a over lower-case bytes; the tokenizer computes the same hash while it scans.
    @inline(__always)
    static func hash(_ h: UInt32, _ byte: UInt8) -> UInt32 { (h ^ UInt32(byte)) &* 16_777_619 }
    static let seed: UInt32 = 2_166_136_261

    /// The id of `word` (lower-cased), adding it when new.
    @discardableResult
    mutating func add(_ word: String) -> Int32 {
        let key = Array(word.lowercased().utf8)
        if let id = find(key) { return id }
        var h = Lexicon.seed
        for b in key { h = Lexicon.hash(h, b) }
        var i = Int(h) & mask
        while slots[i] != Lexicon.unknown { i = (i + 1) & mask }
        let id = Int32(entries.count)
        slots[i] = id
        entries.append(Entry())
        spellings.append(String(decoding: key, as: UTF8.self))
        keys += key
        keyStart.append(Int32(keys.count))
        keyHash.append(h)
        return id
    }

    /// Adds `word` if needed and lets `update` fill in its classes.
    mutating func define(_ word: String, _ update: (inout Entry) -> Void) {
        let id = Int(add(word))
        update(&entries[id])
    }

    /// The id of an already lower-cased word, or nil.
    func find(_ key: [UInt8]) -> Int32? {
        var h = Lexicon.seed
        for b in key { h = Lexicon.hash(h, b) }
        let id = lookup(hash: h, key.withUnsafeBufferPointer { $0 }, count: key.count)
        return id == Lexicon.unknown ? nil : id
    }

    /// The id of `word`, which must have been added.
    func id(_ word: String) -> Int32 { find(Array(word.lowercased().utf8)) ?? Lexicon.unknown }

    /// Looks up `count` lower-case bytes whose hash is `hash`.
    @inline(__always)
    func lookup(hash: UInt32, _ key: UnsafeBufferPointer<UInt8>, count: Int) -> Int32 {
        var i = Int(hash) & mask
        while true {
            let id = slots[i]
            if id == Lexicon.unknown { return id }
            if keyHash[Int(id)] == hash {
                let s = Int(keyStart[Int(id)]), e = Int(keyStart[Int(id) + 1])
                if e - s == count {
                    var same = true
                    var k = 0
                    while k < count {
                        if keys[s + k] != key[k] { same = false; break }
                        k += 1
                    }
                    if same { return id }
                }
            }
            i = (i + 1) & mask
        }
    }

    subscript(id: Int32) -> Entry { entries[Int(id)] }

    /// The lower-case spelling of a word.
    func spelling(_ id: Int32) -> String { spellings[Int(id)] }

    /// Words that never make a temporal expression on their own.
    static let functionWords = ["the", "a", "an", "of", "in", "on", "at", "by", "for", "from", "to", "and", "or", "this", "that",
                                "these", "those", "last", "next", "previous", "coming", "upcoming", "following",
                                "since", "until", "till", "during", "within", "over", "through", "between", "before", "after", "about",
                                "around", "every", "each", "per", "as", "is", "are", "was", "were", "be", "will", "would", "said",
                                "has", "have", "had", "it", "he", "she", "they", "we", "i", "you", "not", "no", "other", "same", "new"]

    mutating func markFunctionWords(ruleWords: Set<String>) {
        for w in Lexicon.functionWords { define(w) { $0.weak = true } }
        for i in entries.indices {
            let e = entries[i]
            let classWord = e.month > 0 || e.weekday > 0 || e.unit != nil || e.partOfDay != nil || e.season != nil || e.cardinal >= 0 || e.ordinal > 0
            entries[i].strong = !e.weak && (classWord || ruleWords.contains(spellings[i]))
        }
    }

    /// The full table: every class file, then the words rules spell (added by the grammar).
    static func standard() -> Lexicon {
        var lex = Lexicon()
        for (word, month, latent) in Months.spellings {
            lex.define(word) { $0.month = Int8(month); $0.latent = $0.latent || latent }
        }
        for word in Months.dotted { lex.define(word) { $0.takesDot = true } }
        for (word, day, latent) in Weekdays.spellings {
            lex.define(word) { $0.weekday = Int8(day); $0.latent = $0.latent || latent }
        }
        for word in Weekdays.dotted { lex.define(word) { $0.takesDot = true } }
        for (word, value) in NumberWords.cardinals { lex.define(word) { $0.cardinal = Int32(value) } }
        for (word, value) in NumberWords.ordinals { lex.define(word) { $0.ordinal = Int16(value) } }
        for (word, unit, count, plural) in Units.spellings {
            lex.define(word) { $0.unit = unit; $0.unitCount = Int16(count); $0.plural = plural }
        }
        for word in Units.dotted { lex.define(word) { $0.takesDot = true } }
        for (word, part) in PartOfDay.spellings { lex.define(word) { $0.partOfDay = part } }
        for (word, season, latent) in Season.spellings {
            lex.define(word) { $0.season = season; $0.latent = $0.latent || latent }
        }
        for (word, cue) in TenseCues.words { lex.define(word) { $0.cue = cue } }
        // added to the lexicon, unlike the other clause words, which are only marked where present
        for word in TenseFillers.linking { lex.define(word) { $0.clause.insert(.linking) } }
        for word in TenseFillers.linkingPresent { lex.define(word) { $0.clause.insert(.linkingPresent) } }
        for word in TenseFillers.habitual { lex.define(word) { $0.clause.insert(.habitual) } }
        for word in TenseFillers.promises { lex.define(word) { $0.clause.insert(.promise) } }
        for word in TenseFillers.subordinators { lex.define(word) { $0.clause.insert(.subordinator) } }
        for word in Pipeline.mishapNouns { lex.define(word) { $0.clause.insert(.mishap) } }
        for word in Pipeline.recordNouns { lex.define(word) { $0.clause.insert(.record) } }
        for word in Pipeline.recordModifiers { lex.define(word) { $0.clause.insert(.recordModifier) } }
        for word in ["st", "mr", "mrs", "dr", "no", "vs", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "sgt"] {
            lex.define(word) { $0.takesDot = true }
        }
        return lex
    }
}
