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
    /// Hot fields of `entries`, kept apart so the matcher reads them without copying values.
    var entryEnd: [Int32] = []
    var entryNext: [Int32] = []
    var entryKind: [UInt8] = []
    var entryRule: [Int32] = []
    /// A number entry's value (ordinals stored as -1 - value), or Int32.min for other entries.
    var entryNumber: [Int32] = []
    var head: [Int32]
    var countAt: [UInt8]
    /// (trie node, token, entry or -1) of the slots matched so far; `captureCount` are live.
    var captures: [(node: Int32, token: Int32, entry: Int32)] = []
    var captureCount = 0
    /// Second-slot keys of the token after the current first slot.
    var keys: [Int32] = Array(repeating: 0, count: 24)
    var keyCount = 0
    /// The token whose keys `keys` should hold, and whether they are computed yet (lazily, on first need).
    var keysAt = 0
    var keysReady = false
    /// The slot values of the rule being completed, reused from one rule to the next.
    var scratch = Match()

    init(grammar: Grammar, tokens: [Token]) {
        self.grammar = grammar
        self.lexicon = grammar.lexicon
        self.tokens = tokens
        head = Array(repeating: -1, count: tokens.count + 1)
        entries.reserveCapacity(tokens.count / 16 + 8)
        countAt = Array(repeating: 0, count: tokens.count + 1)
        captures = Array(repeating: (0, 0, -1), count: 16)
    }

    mutating func build() {
        var p = tokens.count - 1
        var nextStrong = Int.max
        while p >= 0 {
            let t = tokens[p]
            if t.has(.strong) { nextStrong = p }
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
            let numberWords = head[p] >= 0 && t.kind == .word  // a number read from words may span tokens
            keysAt = p + 1
            keysReady = false
            if t.kind == .word {
                let b = grammar.wordBucket[Int(t.lexeme)]
                if b >= 0 { dispatch(b, at: p, bound: -1, gap: gap) }
            }
            if t.kind == .punct, t.value < 128 {
                let b = grammar.punctBucket[t.value]
                if b >= 0 { dispatch(b, at: p, bound: -1, gap: gap) }
            }
            if mask != 0 {
                if numberWords {
                    // a number read from words ends at several tokens ("twenty", "twenty five"): the second
                    // slot may start after any of them, so the keys of every such token are gathered
                    keyCount = 0
                    appendKeys(p + 1)
                    var e = head[p]
                    while e >= 0 {
                        if entryNumber[Int(e)] != Int32.min, entryEnd[Int(e)] != Int32(p + 1) { appendKeys(Int(entryEnd[Int(e)])) }
                        e = entryNext[Int(e)]
                    }
                    keysReady = true
                }
                var bits = mask
                while bits != 0 {
                    let bit = bits.trailingZeroBitCount
                    bits &= bits - 1
                    dispatch(grammar.classBucket[bit], at: p, bound: -1, gap: 0)
                }
            }
            // entries built here can start longer rules ("<date> <time>")
            var k = before
            while k < entries.count, k - before < Matcher.maxEntriesPerToken {
                let kind = entryKind[k]
                keysAt = Int(entryEnd[k])
                keysReady = false
                dispatch(grammar.entryBucket[Int(kind)], at: p, bound: Int32(k), gap: 0)
                k += 1
            }
            p -= 1
        }
    }

    /// The second-slot keys the token at `q` can satisfy (its word, punctuation, classes, entries).
    mutating func nextKeys(_ q: Int) {
        keyCount = 0
        appendKeys(q)
    }

    /// Adds the keys of the token at `q` to those already gathered, once each.
    mutating func appendKeys(_ q: Int) {
        guard q < tokens.count else { return }
        let before = keyCount
        let t = tokens[q]
        if t.kind == .word, t.lexeme != Lexicon.unknown { putKey(Grammar.SecondKey.word(t.lexeme), before: before) }
        if t.kind == .punct { putKey(Grammar.SecondKey.punct(t.value), before: before) }
        var bits = classMask(q)
        while bits != 0 {
            putKey(2_000_000 + Int32(bits.trailingZeroBitCount), before: before)
            bits &= bits - 1
        }
        var seen: UInt8 = 0
        var e = head[q]
        while e >= 0 {
            let kind = entryKind[Int(e)]
            if seen & (1 << kind) == 0 {
                seen |= 1 << kind
                putKey(Grammar.SecondKey.entry(kind), before: before)
            }
            e = entryNext[Int(e)]
        }
    }

    /// Adds key `k` unless one of the first `before` keys (those of earlier tokens) already is it.
    @inline(__always)
    mutating func putKey(_ k: Int32, before: Int) {
        var n = 0
        while n < before {
            if keys[n] == k { return }
            n += 1
        }
        if keyCount == keys.count { keys.append(0) }
        keys[keyCount] = k
        keyCount += 1
    }

    /// Tries the variants of a bucket whose second slot can match the keys `nextKeys` found.
    mutating func dispatch(_ b: Int32, at p: Int, bound: Int32, gap: Int) {
        let bucket = Int(b)
        walk(grammar.alwaysRoot[bucket], at: p, bound: bound, gap: gap)
        let lo0 = Int(grammar.keyStart[bucket]), hi0 = Int(grammar.keyEnd[bucket])
        guard lo0 < hi0 else { return }
        if !keysReady {
            nextKeys(keysAt)
            keysReady = true
        }
        for n in 0..<keyCount {
            // binary search the bucket's sorted keys
            let key = keys[n]
            var lo = lo0, hi = hi0
            while lo < hi {
                let mid = (lo + hi) >> 1
                if grammar.bucketKeys[mid] < key { lo = mid + 1 } else { hi = mid }
            }
            guard lo < hi0, grammar.bucketKeys[lo] == key else { continue }
            walk(grammar.listRoot[lo], at: p, bound: bound, gap: gap)
        }
    }

    /// Matches the variants under trie root `root` at token `p`.
    mutating func walk(_ root: Int32, at p: Int, bound: Int32, gap: Int) {
        captureCount = 0
        var c = grammar.trie.child[Int(root)]
        while c >= 0 {
            if Int(grammar.trie.maxLeadingWeak[Int(c)]) >= gap { step(c, 0, p, p, bound, gap) }
            c = grammar.trie.sibling[Int(c)]
        }
    }

    // `mutating` only so the call passes `self` in place: a plain method made the compiler copy the 528-byte state per call
    mutating func classMask(_ p: Int) -> Int {
        let t = tokens[p]
        var m = 0
        func set(_ b: Grammar.ClassBit) { m |= 1 << b.rawValue }
        switch t.kind {
        case .word:
            guard t.lexeme != Lexicon.unknown else { return 0 }
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
            let n = entryNumber[Int(e)]
            if n != Int32.min {
                if n >= 0 {
                    set(.number)
                    if (1000...2999).contains(n) { set(.year) }
                    if (1...31).contains(n) { set(.day) }
                } else {
                    set(.ordinal)
                    if (1...31).contains(-1 - n) { set(.day) }
                }
            }
            e = entryNext[Int(e)]
        }
        return m
    }

    mutating func add(_ entry: ChartEntry) {
        let p = Int(entry.first)
        guard countAt[p] < Matcher.maxEntriesPerToken else { return }
        var e = head[p]
        while e >= 0 {
            if entryEnd[Int(e)] == entry.end, entryRule[Int(e)] == entry.rule, entries[Int(e)].value == entry.value { return }
            e = entryNext[Int(e)]
        }
        var new = entry
        new.next = head[p]
        head[p] = Int32(entries.count)
        entries.append(new)
        entryEnd.append(new.end)
        entryNext.append(new.next)
        entryKind.append(new.value.kind.rawValue)
        entryRule.append(new.rule)
        switch new.value {
        case .number(let v): entryNumber.append(Int32(clamping: v))
        case .ordinal(let v): entryNumber.append(-1 - Int32(clamping: v))
        default: entryNumber.append(Int32.min)
        }
        countAt[p] += 1
    }

    @inline(__always)
    mutating func push(_ node: Int, _ token: Int, _ entry: Int32) {
        if captureCount == captures.count { captures.append((0, 0, -1)) }
        captures[captureCount] = (Int32(node), Int32(token), entry)
        captureCount += 1
    }

    /// Matches the slot of trie node `n` (slot `k` of its variants) at token `q`, then what follows it.
    mutating func step(_ n: Int32, _ k: Int, _ q: Int, _ start: Int, _ bound: Int32, _ gap: Int) {
        guard q <= tokens.count else { return }
        let slot = grammar.trie.slot[Int(n)]
        if slot.glued, q < tokens.count, q > 0, tokens[q].has(.spaceBefore) { return }
        if k == 0, bound >= 0 {
            // the first slot is the entry that triggered this rule
            guard slot.kind == .entry, entryKind[Int(bound)] == UInt8(slot.a) else { return }
            push(Int(n), q, bound)
            advance(n, k, Int(entryEnd[Int(bound)]), start, bound, gap)
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
            if head[q] >= 0 { numberEntries(n, k, q, start, bound, gap) { value, _ in (1...31).contains(value) } }
        case .year:
            tokenMatches = t.kind == .number && t.digits == 4 && t.value >= 1000 && t.value <= 2999
            if head[q] >= 0 { numberEntries(n, k, q, start, bound, gap) { value, ordinal in !ordinal && (1000...2999).contains(value) } }
        case .number:
            tokenMatches = t.kind == .number && t.value >= 0
            if head[q] >= 0 { numberEntries(n, k, q, start, bound, gap) { _, ordinal in !ordinal } }
        case .ordinal:
            tokenMatches = t.kind == .ordinal
            if head[q] >= 0 { numberEntries(n, k, q, start, bound, gap) { _, ordinal in ordinal } }
        case .ordinalDigits:
            tokenMatches = t.kind == .ordinal
        case .entry:
            var e = head[q]
            while e >= 0 {
                if entryKind[Int(e)] == UInt8(slot.a) {
                    push(Int(n), q, e)
                    advance(n, k, Int(entryEnd[Int(e)]), start, bound, gap)
                    captureCount -= 1
                }
                e = entryNext[Int(e)]
            }
        }
        if tokenMatches {
            push(Int(n), q, -1)
            advance(n, k, q + 1, start, bound, gap)
            captureCount -= 1
        }
    }

    /// After node `n` (slot `k`) matched up to token `q`: records the variants that end there, then
    /// tries the slots that follow.
    mutating func advance(_ n: Int32, _ k: Int, _ q: Int, _ start: Int, _ bound: Int32, _ gap: Int) {
        var i = Int(grammar.trie.endStart[Int(n)])
        let endsEnd = Int(grammar.trie.endStart[Int(n) + 1])
        while i < endsEnd {
            let v = grammar.trie.ends[i]
            if Int(grammar.leadingWeak[Int(v)]) >= gap { finish(v, start: start, end: q) }
            i += 1
        }
        var c = grammar.trie.child[Int(n)]
        while c >= 0 {
            if Int(grammar.trie.maxLeadingWeak[Int(c)]) >= gap { step(c, k + 1, q, start, bound, gap) }
            c = grammar.trie.sibling[Int(c)]
        }
    }

    mutating func numberEntries(_ n: Int32, _ k: Int, _ q: Int, _ start: Int, _ bound: Int32, _ gap: Int,
                                _ accept: (Int, Bool) -> Bool) {
        var e = head[q]
        while e >= 0 {
            let value = entryNumber[Int(e)]
            if entryRule[Int(e)] < 0, value != Int32.min, value >= 0 ? accept(Int(value), false) : accept(Int(-1 - value), true) {
                push(Int(n), q, e)
                advance(n, k, Int(entryEnd[Int(e)]), start, bound, gap)
                captureCount -= 1
            }
            e = entryNext[Int(e)]
        }
    }

    mutating func finish(_ v: Int32, start: Int, end: Int) {
        guard end > start else { return }
        scratch.reset()
        var extentFirst = -1
        var extentEnd = -1
        for ci in 0..<captureCount {
            let c = captures[ci]
            let slot = grammar.trie.slot[Int(c.node)]
            let q = Int(c.token)
            var first = q
            var last = q + 1
            if c.entry >= 0 {
                // an inner reading keeps its own prepositions out: "on Friday night" is "Friday night"
                first = Int(entries[Int(c.entry)].extentFirst)
                last = Int(entries[Int(c.entry)].extentEnd)
            }
            if !slot.context {
                if extentFirst < 0 { extentFirst = first }
                extentEnd = last
            }
            if c.entry >= 0 {
                switch entries[Int(c.entry)].value {
                case .number(let n):
                    switch slot.kind {
                    case .day: scratch.days.append(n); scratch.used |= 4
                    case .year: scratch.years.append(n); scratch.used |= 8
                    default: scratch.numbers.append(n); scratch.used |= 16
                    }
                case .ordinal(let n):
                    if slot.kind == .day { scratch.days.append(n); scratch.used |= 4 } else { scratch.ordinals.append(n); scratch.used |= 32 }
                case .date(let d): scratch.dates.append(d); scratch.used |= 2048
                case .time(let t): scratch.times.append(t); scratch.used |= 4096
                case .duration(let d): scratch.durations.append(d); scratch.used |= 8192
                case .set(let s): scratch.sets.append(s); scratch.used |= 16384
                }
                continue
            }
            let t = tokens[q]
            if ci == 0, t.has(.capitalized) { scratch.capitalized = true }
            switch slot.kind {
            case .word, .words:
                if t.kind == .word { scratch.words.append(lexicon.spelling(t.lexeme)); scratch.used |= 1024 } else { scratch.words.append(String(UnicodeScalar(UInt8(truncatingIfNeeded: t.value)))); scratch.used |= 1024 }
            case .punct:
                break
            case .weekday:
                let e = lexicon[t.lexeme]
                scratch.weekdays.append(Int(e.weekday)); scratch.used |= 1
                // "sun", "sat", "wed" need their dot and their capital ("She sat.", "walk in the sun.", "newly
                // wed."), unless they are the whole text; a lower-case abbreviation without a dot ("thu" in other
                // languages' text) is latent too
                if e.latent, !t.has(.dotted) || !t.has(.capitalized) && tokens.count > 1 {
                    scratch.latentWord = true
                }
                if t.end - t.start < 6, !t.has(.capitalized), !t.has(.dotted) { scratch.latentWord = true }
            case .month:
                let e = lexicon[t.lexeme]
                scratch.months.append(Int(e.month)); scratch.used |= 2
                if e.latent, !t.has(.capitalized), !t.has(.dotted) { scratch.latentWord = true }
            case .unit:
                let e = lexicon[t.lexeme]
                scratch.units.append(e.unit ?? .day); scratch.used |= 64
                scratch.unitCounts.append(Int(e.unitCount)); scratch.used |= 128
                scratch.words.append(lexicon.spelling(t.lexeme)); scratch.used |= 1024
            case .partOfDay:
                scratch.parts.append(lexicon[t.lexeme].partOfDay ?? .morning); scratch.used |= 256
            case .season:
                let e = lexicon[t.lexeme]
                scratch.seasons.append(e.season ?? .summer); scratch.used |= 512
                if e.latent { scratch.latentWord = true }
            case .day:
                scratch.days.append(t.value); scratch.used |= 4
            case .monthNumber:
                scratch.months.append(t.value); scratch.used |= 2
            case .year:
                scratch.years.append(t.value); scratch.used |= 8
            case .twoDigits, .integer, .number:
                scratch.numbers.append(t.value); scratch.used |= 16
            case .ordinal, .ordinalDigits:
                scratch.ordinals.append(t.value); scratch.used |= 32
            case .entry:
                break
            }
        }
        let variantRule = grammar.variantRule[Int(v)]
        guard extentFirst >= 0 else { return }
        let rule = grammar.rules[Int(variantRule)]
        guard let value = rule.produce(scratch) else { return }
        add(ChartEntry(first: Int32(start), end: Int32(end), extentFirst: Int32(extentFirst), extentEnd: Int32(extentEnd),
                       value: value, rule: variantRule, latent: rule.latent, next: -1))
    }
}
