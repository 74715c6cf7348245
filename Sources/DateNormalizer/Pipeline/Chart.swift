/// One reading of a run of tokens: a value a rule built, with where it lies.
struct ChartEntry: Sendable {
    /// First token the rule read (prepositions included) and the token after the last.
    var first: Int32
    var end: Int32
    /// The mention's extent: the tokens outside `.context` slots.
    var extentFirst: Int32
    var extentEnd: Int32
    var value: Temporal
    /// Index into `Grammar.rules`, or -1 for a number read by `NumberPhrase`.
    var rule: Int32
    var latent: Bool
    /// The next entry that starts at the same token, or -1.
    var next: Int32
}

/// Stages 2 and 3: matches every rule at every token, right to left, so a rule that asks for a
/// `<date>` after its first word finds every date that starts there already built.
///
/// Rules whose first slot is itself an entry ("<date> <time>", "<date> to <date>") run when an
/// entry appears at their position: this is how neighbours merge ("Tuesday, Dec. 15", "May 4-9").
/// Work per token is bounded (entries per start are capped), so the scan is linear in the text.
struct Matcher {
    let grammar: Grammar

    /// Most entries kept per start token; protects against pathological inputs.
    static let maxEntriesPerToken = 48

    func run(_ tokens: [Token]) -> [ChartEntry] {
        var state = MatchState(grammar: grammar, tokens: tokens)
        state.build()
        return state.entries
    }
}

struct MatchState {
    let grammar: Grammar
    let lexicon: Lexicon
    let tokens: [Token]
    var entries: [ChartEntry] = []
    var head: [Int32]
    var countAt: [UInt8]
    /// (slot index in the variant, token, entry or -1) of the variant being matched; `captureCount` are live.
    var captures: [(slot: Int32, token: Int32, entry: Int32)] = []
    var captureCount = 0

    init(grammar: Grammar, tokens: [Token]) {
        self.grammar = grammar
        self.lexicon = grammar.lexicon
        self.tokens = tokens
        head = Array(repeating: -1, count: tokens.count + 1)
        countAt = Array(repeating: 0, count: tokens.count + 1)
        captures = Array(repeating: (0, 0, -1), count: 16)
    }

    mutating func build() {
        var p = tokens.count - 1
        var nextStrong = Int.max
        while p >= 0 {
            let t = tokens[p]
            if t.kind == .number || t.kind == .ordinal || (t.kind == .word && t.lexeme != Lexicon.unknown && lexicon[t.lexeme].strong) {
                nextStrong = p
            }
            let gap = nextStrong - p
            if t.kind == .word && t.lexeme == Lexicon.unknown || t.kind == .other || gap > grammar.maxLeadingWeak {
                p -= 1
                continue
            }
            let before = entries.count
            // numbers in words first, so rules at this token can read them
            if t.kind == .word, lexicon[t.lexeme].cardinal >= 0 || lexicon[t.lexeme].ordinal > 0 {
                for r in NumberPhrase.read(tokens, at: p, lexicon: lexicon) {
                    add(ChartEntry(first: Int32(p), end: Int32(r.end), extentFirst: Int32(p), extentEnd: Int32(r.end),
                                   value: r.ordinal ? .ordinal(r.value) : .number(r.value), rule: -1, latent: true, next: -1))
                }
            }
            let mask = classMask(p)
            if t.kind == .word, let list = grammar.byWord[t.lexeme] {
                for v in list where Int(grammar.leadingWeak[Int(v)]) >= gap { tryVariant(v, at: p, bound: -1) }
            }
            if t.kind == .punct, let list = grammar.byPunct[UInt8(truncatingIfNeeded: t.value)] {
                for v in list where Int(grammar.leadingWeak[Int(v)]) >= gap { tryVariant(v, at: p, bound: -1) }
            }
            if mask != 0 {
                for bit in Grammar.ClassBit.allCases where mask & (1 << bit.rawValue) != 0 {
                    for v in grammar.byClass[bit.rawValue] { tryVariant(v, at: p, bound: -1) }
                }
            }
            // entries built here can start longer rules ("<date> <time>")
            var k = before
            while k < entries.count, k - before < Matcher.maxEntriesPerToken {
                let kind = entries[k].value.kind
                for v in grammar.byEntry[Int(kind.rawValue)] { tryVariant(v, at: p, bound: Int32(k)) }
                k += 1
            }
            p -= 1
        }
    }

    func classMask(_ p: Int) -> Int {
        let t = tokens[p]
        var m = 0
        func set(_ b: Grammar.ClassBit) { m |= 1 << b.rawValue }
        switch t.kind {
        case .word:
            let e = lexicon[t.lexeme]
            if e.weekday > 0 { set(.weekday) }
            if e.month > 0 { set(.month) }
            if e.unit != nil { set(.unit) }
            if e.partOfDay != nil { set(.partOfDay) }
            if e.season != nil { set(.season) }
        case .number:
            guard t.value >= 0 else { return 0 }
            set(.number)
            set(.integer)
            if t.digits <= 2, (1...31).contains(t.value) { set(.day) }
            if t.digits <= 2, (1...12).contains(t.value) { set(.monthNumber) }
            if t.digits == 2 { set(.twoDigits) }
            if t.digits == 4, (1000...2999).contains(t.value) { set(.year) }
        case .ordinal:
            set(.ordinal)
            set(.ordinalDigits)
            if (1...31).contains(t.value) { set(.day) }
        default:
            break
        }
        var e = head[p]
        while e >= 0 {
            let entry = entries[Int(e)]
            switch entry.value {
            case .number(let v):
                set(.number)
                if (1000...2999).contains(v) { set(.year) }
                if (1...31).contains(v) { set(.day) }
            case .ordinal(let v):
                set(.ordinal)
                if (1...31).contains(v) { set(.day) }
            default: break
            }
            e = entry.next
        }
        return m
    }

    mutating func add(_ entry: ChartEntry) {
        let p = Int(entry.first)
        guard countAt[p] < Matcher.maxEntriesPerToken else { return }
        var e = head[p]
        while e >= 0 {
            let old = entries[Int(e)]
            if old.end == entry.end, old.rule == entry.rule, old.value == entry.value { return }
            e = old.next
        }
        var new = entry
        new.next = head[p]
        head[p] = Int32(entries.count)
        entries.append(new)
        countAt[p] += 1
    }

    mutating func tryVariant(_ v: Int32, at p: Int, bound: Int32) {
        captureCount = 0
        let base = Int(grammar.slotStart[Int(v)])
        let count = Int(grammar.slotStart[Int(v) + 1]) - base
        step(v, base, count, 0, p, p, bound)
    }

    @inline(__always)
    mutating func push(_ slot: Int, _ token: Int, _ entry: Int32) {
        if captureCount == captures.count { captures.append((0, 0, -1)) }
        captures[captureCount] = (Int32(slot), Int32(token), entry)
        captureCount += 1
    }

    /// Matches slot `k` of variant `v` (slots `base ..< base + count`) at token `q`, then the rest;
    /// records every complete match.
    mutating func step(_ v: Int32, _ base: Int, _ count: Int, _ k: Int, _ q: Int, _ start: Int, _ bound: Int32) {
        if k == count {
            finish(v, base, start: start, end: q)
            return
        }
        guard q <= tokens.count else { return }
        let slot = grammar.slots[base + k]
        if slot.glued, q < tokens.count, q > 0, tokens[q].has(.spaceBefore) { return }
        if k == 0, bound >= 0 {
            // the first slot is the entry that triggered this rule
            let e = entries[Int(bound)]
            guard slot.kind == .entry, e.value.kind.rawValue == UInt8(slot.a) else { return }
            push(k, q, bound)
            step(v, base, count, k + 1, Int(e.end), start, bound)
            captureCount -= 1
            return
        }
        guard q < tokens.count else { return }
        let t = tokens[q]
        var tokenMatches = false
        switch slot.kind {
        case .word:
            tokenMatches = t.kind == .word && t.lexeme == slot.a
        case .words:
            tokenMatches = t.kind == .word ? grammar.inSet(slot.a, word: t.lexeme) : (t.kind == .punct && grammar.inSet(slot.a, punct: t.value))
        case .punct:
            tokenMatches = t.kind == .punct && t.value == Int(slot.a)
        case .weekday:
            tokenMatches = t.kind == .word && t.lexeme != Lexicon.unknown && lexicon[t.lexeme].weekday > 0
        case .month:
            tokenMatches = t.kind == .word && t.lexeme != Lexicon.unknown && lexicon[t.lexeme].month > 0
        case .unit:
            tokenMatches = t.kind == .word && t.lexeme != Lexicon.unknown && lexicon[t.lexeme].unit != nil
        case .partOfDay:
            tokenMatches = t.kind == .word && t.lexeme != Lexicon.unknown && lexicon[t.lexeme].partOfDay != nil
        case .season:
            tokenMatches = t.kind == .word && t.lexeme != Lexicon.unknown && lexicon[t.lexeme].season != nil
        case .monthNumber:
            tokenMatches = t.kind == .number && t.digits <= 2 && t.value >= 1 && t.value <= 12
        case .twoDigits:
            tokenMatches = t.kind == .number && t.digits == 2
        case .integer:
            tokenMatches = t.kind == .number && t.value >= Int(slot.a) && t.value <= Int(slot.b) && Int16(t.digits) >= slot.c && Int16(t.digits) <= slot.d
        case .day:
            tokenMatches = (t.kind == .number && t.digits <= 2 || t.kind == .ordinal) && t.value >= 1 && t.value <= 31
            if head[q] >= 0 { numberEntries(v, base, count, k, q, start, bound) { value, _ in (1...31).contains(value) } }
        case .year:
            tokenMatches = t.kind == .number && t.digits == 4 && t.value >= 1000 && t.value <= 2999
            if head[q] >= 0 { numberEntries(v, base, count, k, q, start, bound) { value, ordinal in !ordinal && (1000...2999).contains(value) } }
        case .number:
            tokenMatches = t.kind == .number && t.value >= 0
            if head[q] >= 0 { numberEntries(v, base, count, k, q, start, bound) { _, ordinal in !ordinal } }
        case .ordinal:
            tokenMatches = t.kind == .ordinal
            if head[q] >= 0 { numberEntries(v, base, count, k, q, start, bound) { _, ordinal in ordinal } }
        case .ordinalDigits:
            tokenMatches = t.kind == .ordinal
        case .entry:
            var e = head[q]
            while e >= 0 {
                let entry = entries[Int(e)]
                if entry.value.kind.rawValue == UInt8(slot.a) {
                    push(k, q, e)
                    step(v, base, count, k + 1, Int(entry.end), start, bound)
                    captureCount -= 1
                }
                e = entry.next
            }
        }
        if tokenMatches {
            push(k, q, -1)
            step(v, base, count, k + 1, q + 1, start, bound)
            captureCount -= 1
        }
    }

    mutating func numberEntries(_ v: Int32, _ base: Int, _ count: Int, _ k: Int, _ q: Int, _ start: Int, _ bound: Int32,
                                _ accept: (Int, Bool) -> Bool) {
        var e = head[q]
        while e >= 0 {
            let entry = entries[Int(e)]
            if entry.rule < 0 {
                let ok: Bool
                switch entry.value {
                case .number(let n): ok = accept(n, false)
                case .ordinal(let n): ok = accept(n, true)
                default: ok = false
                }
                if ok {
                    push(k, q, e)
                    step(v, base, count, k + 1, Int(entry.end), start, bound)
                    captureCount -= 1
                }
            }
            e = entry.next
        }
    }

    mutating func finish(_ v: Int32, _ base: Int, start: Int, end: Int) {
        guard end > start else { return }
        var m = Match()
        var extentFirst = -1
        var extentEnd = -1
        for ci in 0..<captureCount {
            let c = captures[ci]
            let slot = grammar.slots[base + Int(c.slot)]
            let q = Int(c.token)
            var last = q + 1
            if c.entry >= 0 { last = Int(entries[Int(c.entry)].end) }
            if !slot.context {
                if extentFirst < 0 { extentFirst = q }
                extentEnd = last
            }
            if c.entry >= 0 {
                switch entries[Int(c.entry)].value {
                case .number(let n):
                    switch slot.kind {
                    case .day: m.days.append(n)
                    case .year: m.years.append(n)
                    default: m.numbers.append(n)
                    }
                case .ordinal(let n):
                    if slot.kind == .day { m.days.append(n) } else { m.ordinals.append(n) }
                case .date(let d): m.dates.append(d)
                case .time(let t): m.times.append(t)
                case .duration(let d): m.durations.append(d)
                case .set(let s): m.sets.append(s)
                }
                continue
            }
            let t = tokens[q]
            if c.slot == 0, t.has(.capitalized) { m.capitalized = true }
            switch slot.kind {
            case .word, .words:
                if t.kind == .word { m.words.append(lexicon[t.lexeme].spelling) } else { m.words.append(String(UnicodeScalar(UInt8(truncatingIfNeeded: t.value)))) }
            case .punct:
                break
            case .weekday:
                let e = lexicon[t.lexeme]
                m.weekdays.append(Int(e.weekday))
                if e.latent, !t.has(.dotted) { m.latentWord = true }
            case .month:
                let e = lexicon[t.lexeme]
                m.months.append(Int(e.month))
                if e.latent, !t.has(.capitalized), !t.has(.dotted) { m.latentWord = true }
            case .unit:
                let e = lexicon[t.lexeme]
                m.units.append(e.unit ?? .day)
                m.unitCounts.append(Int(e.unitCount))
                m.words.append(e.spelling)
            case .partOfDay:
                m.parts.append(lexicon[t.lexeme].partOfDay ?? .morning)
            case .season:
                let e = lexicon[t.lexeme]
                m.seasons.append(e.season ?? .summer)
                if e.latent { m.latentWord = true }
            case .day:
                m.days.append(t.value)
            case .monthNumber:
                m.months.append(t.value)
            case .year:
                m.years.append(t.value)
            case .twoDigits, .integer, .number:
                m.numbers.append(t.value)
            case .ordinal, .ordinalDigits:
                m.ordinals.append(t.value)
            case .entry:
                break
            }
        }
        let variantRule = grammar.variantRule[Int(v)]
        guard extentFirst >= 0 else { return }
        let rule = grammar.rules[Int(variantRule)]
        guard let value = rule.produce(m) else { return }
        add(ChartEntry(first: Int32(start), end: Int32(end), extentFirst: Int32(extentFirst), extentEnd: Int32(extentEnd),
                       value: value, rule: variantRule, latent: rule.latent, next: -1))
    }
}
