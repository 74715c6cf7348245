/// Every rule family, and their compiled form: prefix trees of slots with lexicon ids, indexed by first
/// slot and second-slot key.
///
/// Compiled once (`Grammar.shared`), then shared by every `Normalizer`. Optional slots are expanded
/// here into plain variants, so matching never branches on optionality, and the variants tried at a
/// token share the nodes of their common opening (`VariantTrie`). The compiled slots are plain values
/// (word lists become bit sets), so the matcher's inner loop copies no reference-counted storage.
struct Grammar: Sendable {
    /// The rule families, in priority order when two readings of one span tie.
    static let families: [[Rule]] = [
        HolidayRules.all, AnaphoraRules.all, AbsoluteDateRules.all, NumericDateRules.all, MonthDayRules.all, WeekdayRules.all,
        RelativeRules.all, PartOfRules.all, PeriodRules.all, TimeRules.all, RangeRules.all, DurationRules.all, SetRules.all,
        ReferenceRules.all,
    ]

    static let shared = Grammar()

    /// One compiled slot.
    struct CSlot: Sendable, Equatable {
        enum Kind: UInt8, Sendable {
            /// `a` = word id.
            case word
            /// `a` = index of a word set (see `inSet`).
            case words
            /// `a` = punctuation byte.
            case punct
            case weekday, month, day, monthNumber, year, twoDigits, number, ordinal, ordinalDigits, unit, partOfDay, season
            /// value in `a...b`, digit count in `c...d`.
            case integer
            /// `a` = `ChartKind` raw value.
            case entry
        }
        var kind: Kind
        var context: Bool
        var glued: Bool
        var a: Int32 = 0
        var b: Int32 = 0
        var c: Int16 = 0
        var d: Int16 = 0
    }

    /// Token classes a first slot can ask for; a token's mask says which it can fill.
    enum ClassBit: Int, CaseIterable {
        case weekday, month, day, monthNumber, year, twoDigits, number, ordinal, ordinalDigits, unit, partOfDay, season, integer
    }

    let rules: [Rule]
    let lexicon: Lexicon
    let variantRule: [Int32]
    /// Slots each variant reads before its first content slot: it cannot match where the next
    /// content word is further away.
    let leadingWeak: [UInt8]
    let maxLeadingWeak: Int
    /// Word sets as bit sets over lexeme ids, `setStride` words each; punctuation in two words per set.
    let setBits: [UInt64]
    let setStride: Int
    let punctBits: [UInt64]
    /// Variants whose first slot is a given word, punctuation, token class or chart entry kind,
    /// grouped again by what their second slot needs (see `SecondKey`).
    /// Bucket index per word id, per punctuation byte (-1: none), per token class and per entry kind.
    let wordBucket: [Int32]
    let punctBucket: [Int32]
    let classBucket: [Int32]
    let entryBucket: [Int32]
    /// Buckets, flattened: bucket `b` always tries the variants under trie node `alwaysRoot[b]`, and for
    /// each of its sorted second keys `keys[k]` (`k` in `keyStart[b] ..< keyEnd[b]`) those under `listRoot[k]`.
    let trie: VariantTrie
    let alwaysRoot: [Int32]
    let keyStart: [Int32]
    let keyEnd: [Int32]
    let bucketKeys: [Int32]
    let listRoot: [Int32]

    /// Variants grouped by the key of their second slot; `always` holds one-slot variants and those
    /// whose first slot can span several tokens (numbers in words), whose second token is not fixed.
    struct Bucket: Sendable {
        var always: [Int32] = []
        var bySecond: [Int32: [Int32]] = [:]

        mutating func add(_ v: Int32, keys: [Int32]?) {
            guard let keys else { always.append(v); return }
            for k in Set(keys) { bySecond[k, default: []].append(v) }
        }
    }

    /// Keys for what a token can be: its word, its punctuation, a token class, or a chart entry kind.
    enum SecondKey {
        static func word(_ w: Int32) -> Int32 { w }
        static func punct(_ b: Int) -> Int32 { 1_000_000 + Int32(b) }
        static func cls(_ c: ClassBit) -> Int32 { 2_000_000 + Int32(c.rawValue) }
        static func entry(_ k: UInt8) -> Int32 { 3_000_000 + Int32(k) }
    }

    var variantCount: Int { variantRule.count }

    @inline(__always)
    func inSet(_ set: Int32, word: Int32) -> Bool {
        guard word >= 0 else { return false }
        let w = setBits[Int(set) * setStride + Int(word) >> 6]
        return (w >> UInt64(Int(word) & 63)) & 1 == 1
    }

    @inline(__always)
    func inSet(_ set: Int32, punct: Int) -> Bool {
        guard punct >= 0, punct < 128 else { return false }
        let w = punctBits[Int(set) * 2 + punct >> 6]
        return (w >> UInt64(punct & 63)) & 1 == 1
    }

    init() {
        let rules = Grammar.families.flatMap { $0 }
        var lexicon = Lexicon.standard()
        // words rules spell join the lexicon
        var ruleWords = Set<String>()
        func collect(_ s: Slot) {
            switch s {
            case .word(let w): lexicon.add(w); ruleWords.insert(w.lowercased())
            case .words(let ws): for w in ws where w.first?.isLetter == true { lexicon.add(w); ruleWords.insert(w.lowercased()) }
            case .optional(let inner), .context(let inner), .glued(let inner): collect(inner)
            default: break
            }
        }
        for r in rules { r.pattern.forEach(collect) }
        for w in Grammar.extraWords { lexicon.add(w) }
        lexicon.markClauseWords()
        // only words that can open a rule's content make a token strong: the matcher works near them.
        // A word read later in a rule ("or so ago", "'s", "than") is reached from the rule's start.
        var leadWords = Set<String>()
        for r in rules { Grammar.collectLeadWords(r.pattern[...], into: &leadWords) }
        lexicon.markFunctionWords(ruleWords: leadWords.intersection(ruleWords))

        var compiler = Compiler(lexicon: lexicon)
        var slots: [CSlot] = []
        var slotStart: [Int32] = []
        var variantRule: [Int32] = []
        for (index, rule) in rules.enumerated() {
            for variant in compiler.expand(rule.pattern) where !variant.isEmpty {
                slotStart.append(Int32(slots.count))
                variantRule.append(Int32(index))
                slots += variant
            }
        }
        slotStart.append(Int32(slots.count))
        // how many slots each variant reads before its first content word, number or entry
        var leadingWeak: [UInt8] = []
        for v in 0..<variantRule.count {
            var n = 0
            for k in Int(slotStart[v])..<Int(slotStart[v + 1]) {
                let s = slots[k]
                let weakSlot: Bool
                switch s.kind {
                case .punct: weakSlot = true
                case .word: weakSlot = !lexicon[s.a].strong
                case .words:  // weak when any of its words is
                    weakSlot = !compiler.punctSets[Int(s.a)].isEmpty || compiler.wordSets[Int(s.a)].contains { !lexicon[$0].strong }
                case .entry:
                    n += 2  // an entry may itself open with function words ("a few days", "the next week")
                    weakSlot = false
                default: weakSlot = false
                }
                if !weakSlot { break }
                n += 1
            }
            leadingWeak.append(UInt8(min(n, 255)))
        }

        var byWord: [Int32: Bucket] = [:]
        var byPunct: [UInt8: Bucket] = [:]
        var byClass = Array(repeating: Bucket(), count: ClassBit.allCases.count)
        var byEntry = Array(repeating: Bucket(), count: ChartKind.allCases.count)
        for v in 0..<variantRule.count {
            let id = Int32(v)
            let first = slots[Int(slotStart[v])]
            // what the second slot needs, when the second token is right after a one-token first slot
            var keys: [Int32]? = nil
            if slotStart[v + 1] - slotStart[v] > 1 {
                let second = slots[Int(slotStart[v]) + 1]
                switch second.kind {
                case .word: keys = [SecondKey.word(second.a)]
                case .words: keys = compiler.wordSets[Int(second.a)].map(SecondKey.word) + compiler.punctSets[Int(second.a)].map { SecondKey.punct(Int($0)) }
                case .punct: keys = [SecondKey.punct(Int(second.a))]
                case .weekday: keys = [SecondKey.cls(.weekday)]
                case .month: keys = [SecondKey.cls(.month)]
                case .day: keys = [SecondKey.cls(.day)]
                case .monthNumber: keys = [SecondKey.cls(.monthNumber)]
                case .year: keys = [SecondKey.cls(.year)]
                case .twoDigits: keys = [SecondKey.cls(.twoDigits)]
                case .number: keys = [SecondKey.cls(.number)]
                case .ordinal: keys = [SecondKey.cls(.ordinal)]
                case .ordinalDigits: keys = [SecondKey.cls(.ordinalDigits)]
                case .unit: keys = [SecondKey.cls(.unit)]
                case .partOfDay: keys = [SecondKey.cls(.partOfDay)]
                case .season: keys = [SecondKey.cls(.season)]
                case .integer: keys = [SecondKey.cls(.integer)]
                case .entry: keys = [SecondKey.entry(UInt8(second.a))]
                }
            }
            // numbers in words span several tokens: the matcher gathers the keys after each of their ends
            func cls(_ b: ClassBit) {
                byClass[b.rawValue].add(id, keys: keys)
            }
            switch first.kind {
            case .word: byWord[first.a, default: Bucket()].add(id, keys: keys)
            case .words:
                for w in compiler.wordSets[Int(first.a)] { byWord[w, default: Bucket()].add(id, keys: keys) }
                for p in compiler.punctSets[Int(first.a)] { byPunct[p, default: Bucket()].add(id, keys: keys) }
            case .punct: byPunct[UInt8(first.a), default: Bucket()].add(id, keys: keys)
            case .weekday: cls(.weekday)
            case .month: cls(.month)
            case .day: cls(.day)
            case .monthNumber: cls(.monthNumber)
            case .year: cls(.year)
            case .twoDigits: cls(.twoDigits)
            case .number: cls(.number)
            case .ordinal: cls(.ordinal)
            case .ordinalDigits: cls(.ordinalDigits)
            case .unit: cls(.unit)
            case .partOfDay: cls(.partOfDay)
            case .season: cls(.season)
            case .integer: cls(.integer)
            case .entry: byEntry[Int(first.a)].add(id, keys: keys)
            }
        }
        let stride = (lexicon.entries.count + 63) / 64
        var setBits = [UInt64](repeating: 0, count: max(1, compiler.wordSets.count * stride))
        var punctBits = [UInt64](repeating: 0, count: max(2, compiler.punctSets.count * 2))
        for (i, set) in compiler.wordSets.enumerated() {
            for w in set where w >= 0 { setBits[i * stride + Int(w) >> 6] |= 1 << UInt64(Int(w) & 63) }
        }
        for (i, set) in compiler.punctSets.enumerated() {
            for p in set where p < 128 { punctBits[i * 2 + Int(p) >> 6] |= 1 << UInt64(Int(p) & 63) }
        }
        self.rules = rules
        self.lexicon = lexicon
        self.leadingWeak = leadingWeak
        self.maxLeadingWeak = Int(leadingWeak.max() ?? 0)
        self.variantRule = variantRule
        self.setBits = setBits
        self.setStride = stride
        self.punctBits = punctBits
        // flatten the buckets into plain arrays
        var tries = VariantTrie.Builder()
        var aR: [Int32] = [], kS: [Int32] = [], kE: [Int32] = [], keysFlat: [Int32] = [], lR: [Int32] = []
        func flatten(_ b: Bucket) -> Int32 {
            aR.append(tries.root(b.always, slots: slots, slotStart: slotStart))
            kS.append(Int32(keysFlat.count))
            for key in b.bySecond.keys.sorted() {
                keysFlat.append(key)
                lR.append(tries.root(b.bySecond[key] ?? [], slots: slots, slotStart: slotStart))
            }
            kE.append(Int32(keysFlat.count))
            return Int32(aR.count - 1)
        }
        var wordBucket = [Int32](repeating: -1, count: lexicon.entries.count)
        for (w, b) in byWord where w >= 0 { wordBucket[Int(w)] = flatten(b) }
        var punctBucket = [Int32](repeating: -1, count: 128)
        for (p, b) in byPunct where p < 128 { punctBucket[Int(p)] = flatten(b) }
        self.wordBucket = wordBucket
        self.punctBucket = punctBucket
        self.classBucket = byClass.map(flatten)
        self.entryBucket = byEntry.map(flatten)
        self.trie = tries.build(leadingWeak: leadingWeak)
        self.alwaysRoot = aR
        self.keyStart = kS
        self.keyEnd = kE
        self.bucketKeys = keysFlat
        self.listRoot = lR
    }

    /// The words a pattern can open its content with: through optional slots and function words
    /// ("the", "in") to the first slot that must be read, whose words are taken.
    static func collectLeadWords(_ pattern: ArraySlice<Slot>, into out: inout Set<String>) {
        guard let slot = pattern.first else { return }
        let rest = pattern.dropFirst()
        switch slot {
        case .optional(let inner):
            collectLeadWords([inner][...], into: &out)
            collectLeadWords(rest, into: &out)
        case .context(let inner), .glued(let inner):
            collectLeadWords([inner][...] + rest, into: &out)
        case .word(let w):
            out.insert(w.lowercased())
            if Lexicon.functionWords.contains(w.lowercased()) { collectLeadWords(rest, into: &out) }
        case .words(let ws):
            let letters = ws.filter { $0.first?.isLetter == true }.map { $0.lowercased() }
            out.formUnion(letters)
            if letters.isEmpty || letters.allSatisfy({ Lexicon.functionWords.contains($0) }) { collectLeadWords(rest, into: &out) }
        case .punct:
            collectLeadWords(rest, into: &out)
        default:
            return
        }
    }

    /// Words the pipeline itself consults (sentence scans, plausibility checks).
    static let extraWords = ["and", "the", "a", "an", "of", "in", "on", "at", "to", "dated"] + Plausibility.words + TenseFillers.words + Array(Pipeline.aheadNouns)
        + Array(ClauseTense.invertedSubjects) + Array(ClauseTense.directives)
        + Array(ClockStamps.yearWords)

    /// Turns rule patterns into plain slot lists.
    struct Compiler {
        let lexicon: Lexicon
        var wordSets: [[Int32]] = []
        var punctSets: [[UInt8]] = []

        /// Expands optional slots into every combination.
        mutating func expand(_ pattern: [Slot]) -> [[CSlot]] {
            var out: [[CSlot]] = [[]]
            for slot in pattern {
                var next: [[CSlot]] = []
                for alt in alternatives(slot, context: false, glued: false) {
                    for prefix in out { next.append(alt.map { prefix + [$0] } ?? prefix) }
                }
                out = next
            }
            return out
        }

        mutating func alternatives(_ slot: Slot, context: Bool, glued: Bool) -> [CSlot?] {
            func one(_ k: CSlot.Kind, _ a: Int32 = 0, _ b: Int32 = 0, _ c: Int16 = 0, _ d: Int16 = 0) -> [CSlot?] {
                [CSlot(kind: k, context: context, glued: glued, a: a, b: b, c: c, d: d)]
            }
            switch slot {
            case .optional(let inner): return alternatives(inner, context: context, glued: glued) + [nil]
            case .context(let inner): return alternatives(inner, context: true, glued: glued)
            case .glued(let inner): return alternatives(inner, context: context, glued: true)
            case .word(let w): return one(.word, lexicon.id(w))
            case .words(let ws):
                wordSets.append(ws.filter { $0.first?.isLetter == true }.map { lexicon.id($0) })
                punctSets.append(ws.filter { $0.count == 1 && $0.first?.isLetter == false }.compactMap { $0.first?.asciiValue })
                return one(.words, Int32(wordSets.count - 1))
            case .punct(let c): return one(.punct, Int32(c.asciiValue ?? 0))
            case .weekday: return one(.weekday)
            case .month: return one(.month)
            case .day: return one(.day)
            case .monthNumber: return one(.monthNumber)
            case .year: return one(.year)
            case .twoDigits: return one(.twoDigits)
            case .integer(let r, let d): return one(.integer, Int32(r.lowerBound), Int32(r.upperBound), Int16(d.lowerBound), Int16(d.upperBound))
            case .number: return one(.number)
            case .ordinal: return one(.ordinal)
            case .ordinalDigits: return one(.ordinalDigits)
            case .unit: return one(.unit)
            case .partOfDay: return one(.partOfDay)
            case .season: return one(.season)
            case .entry(let k): return one(.entry, Int32(k.rawValue))
            }
        }
    }
}
