/// Every rule family, and their compiled form: slot lists with lexicon ids, indexed by first slot.
///
/// Compiled once (`Grammar.shared`), then shared by every `Normalizer`. Optional slots are expanded
/// here into plain variants, so matching never branches on optionality.
struct Grammar: Sendable {
    /// The rule families, in priority order when two readings of one span tie.
    static let families: [[Rule]] = [
        HolidayRules.all, AnaphoraRules.all, AbsoluteDateRules.all, NumericDateRules.all, MonthDayRules.all, WeekdayRules.all,
        RelativeRules.all, PartOfRules.all, PeriodRules.all, TimeRules.all, RangeRules.all, DurationRules.all, SetRules.all,
        ReferenceRules.all,
    ]

    static let shared = Grammar()

    struct CSlot: Sendable {
        enum Kind: Sendable {
            case word(Int32)
            /// Any of these words or punctuation characters (`"to"`, `"-"`).
            case words([Int32], [UInt8])
            case punct(UInt8)
            case weekday, month, day, monthNumber, year, twoDigits, number, ordinal, ordinalDigits, unit, partOfDay, season
            case integer(ClosedRange<Int>, ClosedRange<Int>)
            case entry(ChartKind)
        }
        var kind: Kind
        var context: Bool
        var glued: Bool
    }

    struct Variant: Sendable {
        var rule: Int32
        var slots: [CSlot]
    }

    /// Token classes a first slot can ask for; a token's mask says which it can fill.
    enum ClassBit: Int, CaseIterable {
        case weekday, month, day, monthNumber, year, twoDigits, number, ordinal, ordinalDigits, unit, partOfDay, season, integer
    }

    let rules: [Rule]
    let variants: [Variant]
    let lexicon: Lexicon
    /// Variants whose first slot is a given word.
    let byWord: [Int32: [Int32]]
    let byPunct: [UInt8: [Int32]]
    let byClass: [[Int32]]
    let byEntry: [[Int32]]

    init() {
        let rules = Grammar.families.flatMap { $0 }
        var lexicon = Lexicon.standard()
        // words rules spell join the lexicon
        func collect(_ s: Slot) {
            switch s {
            case .word(let w): lexicon.add(w)
            case .words(let ws): for w in ws where w.first?.isLetter == true { lexicon.add(w) }
            case .optional(let inner), .context(let inner), .glued(let inner): collect(inner)
            default: break
            }
        }
        for r in rules { r.pattern.forEach(collect) }
        for w in Grammar.extraWords { lexicon.add(w) }

        var variants: [Variant] = []
        for (index, rule) in rules.enumerated() {
            for slots in Grammar.expand(rule.pattern, lexicon: lexicon) where !slots.isEmpty {
                variants.append(Variant(rule: Int32(index), slots: slots))
            }
        }
        var byWord: [Int32: [Int32]] = [:]
        var byPunct: [UInt8: [Int32]] = [:]
        var byClass = Array(repeating: [Int32](), count: ClassBit.allCases.count)
        var byEntry = Array(repeating: [Int32](), count: ChartKind.allCases.count)
        for (i, v) in variants.enumerated() {
            let id = Int32(i)
            switch v.slots[0].kind {
            case .word(let w): byWord[w, default: []].append(id)
            case .words(let ws, let ps):
                for w in Set(ws) { byWord[w, default: []].append(id) }
                for p in Set(ps) { byPunct[p, default: []].append(id) }
            case .punct(let p): byPunct[p, default: []].append(id)
            case .weekday: byClass[ClassBit.weekday.rawValue].append(id)
            case .month: byClass[ClassBit.month.rawValue].append(id)
            case .day: byClass[ClassBit.day.rawValue].append(id)
            case .monthNumber: byClass[ClassBit.monthNumber.rawValue].append(id)
            case .year: byClass[ClassBit.year.rawValue].append(id)
            case .twoDigits: byClass[ClassBit.twoDigits.rawValue].append(id)
            case .number: byClass[ClassBit.number.rawValue].append(id)
            case .ordinal: byClass[ClassBit.ordinal.rawValue].append(id)
            case .ordinalDigits: byClass[ClassBit.ordinalDigits.rawValue].append(id)
            case .unit: byClass[ClassBit.unit.rawValue].append(id)
            case .partOfDay: byClass[ClassBit.partOfDay.rawValue].append(id)
            case .season: byClass[ClassBit.season.rawValue].append(id)
            case .integer: byClass[ClassBit.integer.rawValue].append(id)
            case .entry(let k): byEntry[Int(k.rawValue)].append(id)
            }
        }
        self.rules = rules
        self.variants = variants
        self.lexicon = lexicon
        self.byWord = byWord
        self.byPunct = byPunct
        self.byClass = byClass
        self.byEntry = byEntry
    }

    /// Words the pipeline itself consults (sentence scans, plausibility checks).
    static let extraWords = ["and", "the", "a", "an", "of", "in", "on", "at", "to"] + Plausibility.words

    /// Expands optional slots into every combination, and compiles words to ids.
    static func expand(_ pattern: [Slot], lexicon: Lexicon) -> [[CSlot]] {
        var out: [[CSlot]] = [[]]
        for slot in pattern {
            var next: [[CSlot]] = []
            for alt in alternatives(slot, context: false, glued: false, lexicon: lexicon) {
                for prefix in out {
                    next.append(alt == nil ? prefix : prefix + [alt!])
                }
            }
            out = next
        }
        return out
    }

    private static func alternatives(_ slot: Slot, context: Bool, glued: Bool, lexicon: Lexicon) -> [CSlot?] {
        func one(_ k: CSlot.Kind) -> [CSlot?] { [CSlot(kind: k, context: context, glued: glued)] }
        switch slot {
        case .optional(let inner): return alternatives(inner, context: context, glued: glued, lexicon: lexicon) + [nil]
        case .context(let inner): return alternatives(inner, context: true, glued: glued, lexicon: lexicon)
        case .glued(let inner): return alternatives(inner, context: context, glued: true, lexicon: lexicon)
        case .word(let w): return one(.word(lexicon.id(w)))
        case .words(let ws):
            let words = ws.filter { $0.first?.isLetter == true }.map { lexicon.id($0) }
            let puncts = ws.filter { $0.count == 1 && $0.first?.isLetter == false }.compactMap { $0.first?.asciiValue }
            return one(.words(words, puncts))
        case .punct(let c): return one(.punct(c.asciiValue ?? 0))
        case .weekday: return one(.weekday)
        case .month: return one(.month)
        case .day: return one(.day)
        case .monthNumber: return one(.monthNumber)
        case .year: return one(.year)
        case .twoDigits: return one(.twoDigits)
        case .integer(let r, let d): return one(.integer(r, d))
        case .number: return one(.number)
        case .ordinal: return one(.ordinal)
        case .ordinalDigits: return one(.ordinalDigits)
        case .unit: return one(.unit)
        case .partOfDay: return one(.partOfDay)
        case .season: return one(.season)
        case .entry(let k): return one(.entry(k))
        }
    }
}
