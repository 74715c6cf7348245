/// Reads the tense of the clause that holds a mention, from the verbs nearest to it.
///
/// Scans left from the mention to the start of its clause (a sentence end, `;`, or a line break),
/// and the nearest cue wins: "will", "'ll", "is scheduled to" look ahead; "said", "met", any
/// "-ed" verb look back. A participle asks the words before it ("will be held" is future,
/// "was held" past). With no cue on the left, the words after the mention are read the same way
/// ("On Thursday, the council will vote"). Relative clauses between the verb and the date are
/// skipped by the nearest-cue rule: in "The ISSG, which involves 17 countries, met in Vienna on
/// Nov. 14", "met" is nearer than "involves".
///
/// A clause made only of words the lexicon knows (dates, numbers, prepositions, articles) has no verb
/// at all: it is a bare phrase ("the first Tuesday of October", "Thu 15th"), read as `.fragment`.
struct ClauseTense: Sendable {
    let lexicon: Lexicon
    static let window = 20
    static let attributiveDeterminers: Set<String> = ["a", "an", "its", "their", "his", "her", "our", "your", "my"]

    func tense(_ tokens: [Token], first: Int, end: Int) -> Tense {
        var progressive = false
        return tense(tokens, first: first, end: end, progressive: &progressive)
    }

    /// The tense, and in `progressive` whether a future cue was only a progressive ("are meeting",
    /// "is continuing"), which plans a near date more often than a far one.
    func tense(_ tokens: [Token], first: Int, end: Int, progressive: inout Bool) -> Tense {
        let t = clauseTense(tokens, first: first, end: end, progressive: &progressive)
        // "The road is closed until Friday", "light winds through Saturday": a state that lasts until a date in
        // the present runs on to it ("was closed until Friday" has ended)
        if t == .present || t == .none, runsUntil(tokens, first: first) { return .future }
        return t
    }

    /// Whether "until", "till" or "through" stands right before the date: the end of a state or a plan.
    func runsUntil(_ tokens: [Token], first: Int) -> Bool {
        guard let p = word(tokens, first - 1) else { return false }
        return p == "until" || p == "till" || p == "through"
    }

    func clauseTense(_ tokens: [Token], first: Int, end: Int, progressive: inout Bool) -> Tense {
        // "as soon as Tuesday", "as early as next week": the earliest of times still to come
        if first >= 3, word(tokens, first - 1) == "as", word(tokens, first - 3) == "as",
           let w = word(tokens, first - 2), w == "soon" || w == "early" {
            return .future
        }
        // "under a June agreement", "its October report": a month that modifies a noun dates a thing the
        // story names, not the verb's action; the nearest June stands
        if end - first == 1, end < tokens.count, tokens[first].lexeme != Lexicon.unknown, lexicon[tokens[first].lexeme].month > 0,
           let d = word(tokens, first - 1), ClauseTense.attributiveDeterminers.contains(d),
           tokens[end].kind == .word, !tokens[end].has(.capitalized) {
            return .none
        }
        // "since March", "up 20% since year-end": a starting point already passed
        if word(tokens, first - 1) == "since" { return .past }
        // "a tax credit retroactive to January 1", "pay rises backdated to April": a start already passed
        if first >= 2, let p = word(tokens, first - 1), p == "to" || p == "from",
           let w = word(tokens, first - 2), TenseFillers.retroactive.contains(w) {
            return .past
        }
        // "postponed until Tuesday morning", "extended the loans through January": the new date is still to come
        if let p = word(tokens, first - 1), ["until", "till", "through", "to"].contains(p) {
            var k = first - 2, words = 0
            while k >= 0, words < ClauseTense.window, !isBoundary(tokens, k) {
                if let w = word(tokens, k), TenseFillers.postponements.contains(w) { return .future }
                if tokens[k].kind == .word { words += 1 }
                k -= 1
            }
        }
        // whether every word around the mention, to the clause's ends, is one the lexicon knows
        var verbless = true
        // a participle after a possessive on the left: the past, unless a verb further left decides
        var weakPast = false
        var i = first - 1
        // the window counts words: figures ("$42.875 a share") do not use it up
        var steps = 0, scanned = 0
        while i >= 0 {
            if isBoundary(tokens, i) { break }
            if steps == ClauseTense.window || scanned == 3 * ClauseTense.window { verbless = false; break }
            // "set the tone early on: In May, the sheriff declared": a colon before a capitalized word ends
            // the lead-in; the date's clause starts after it (an opening quote may come between: `get: " In May`)
            if tokens[i].kind == .punct, tokens[i].value == 58 {
                var k = i + 1
                while k < tokens.count, tokens[k].kind == .punct, tokens[k].value == 34 || tokens[k].value == 39 { k += 1 }
                if k < tokens.count, tokens[k].kind == .word, tokens[k].has(.capitalized) { break }
            }
            // 'The document said damage "will be significant," citing declines over Memorial Day': a quotation
            // that closed before the date is another voice; its verbs are skipped, the words before it read
            if tokens[i].kind == .punct, tokens[i].value == 34, !tokens[i].has(.spaceBefore), i + 1 < first, i > 0,
               tokens[i + 1].kind == .punct && (tokens[i + 1].value == 44 || tokens[i + 1].value == 46)
                || tokens[i - 1].kind == .punct && (tokens[i - 1].value == 44 || tokens[i - 1].value == 46) {
                var k = i - 1
                while k >= 0, !(tokens[k].kind == .punct && tokens[k].value == 34), !tokens[k].has(.newlineBefore) { k -= 1 }
                if k >= 0, tokens[k].kind == .punct, tokens[k].value == 34 {
                    verbless = false
                    scanned += i - k
                    i = k - 1
                    continue
                }
            }
            // "the first time since the explosion aboard the rig on 20 April": a date inside a "since"
            // phrase is a starting point already passed, whatever the verb further left
            if marked(.since, i, tokens) { return .past }
            // "She pledged legislation by August": a deadline set by a promise, ahead of it, maybe still ahead
            // of the dateline; the nearest August decides
            if marked(.promise, i, tokens), word(tokens, first - 1) == "by" { return .none }
            if isPossessiveParticiple(tokens, i) {
                weakPast = true
            } else if let t = cue(tokens, i, leftward: true) {
                // "the vote is on Friday", "the deadline is Dec. 20": a copula right before the date looks ahead
                if t == .present, steps <= 1, isCopula(tokens, i) { return .future }
                if t == .past, isDirectiveDeadline(tokens, i, first: first) { return .future }
                progressive = t == .future && isProgressive(tokens, i)
                return t
            }
            if !isKnown(tokens[i]) { verbless = false }
            if tokens[i].kind == .word { steps += 1 }
            i -= 1
            scanned += 1
        }
        if weakPast { return .past }
        i = end
        steps = 0
        scanned = 0
        while i < tokens.count {
            if isBoundary(tokens, i) { break }
            if steps == ClauseTense.window || scanned == 3 * ClauseTense.window { verbless = false; break }
            // "On Friday they hit a low amid speculation that BP may have to seek funds": the verbs of another
            // clause say nothing of this date
            if marked(.subordinator, i, tokens), !tokens[i].has(.capitalized) { verbless = false; break }
            if let t = cue(tokens, i, leftward: false) {
                progressive = t == .future && isProgressive(tokens, i)
                return t
            }
            if !isKnown(tokens[i]) { verbless = false }
            if tokens[i].kind == .word { steps += 1 }
            i += 1
            scanned += 1
        }
        return verbless ? .fragment : .none
    }

    /// Whether an adverb of habit governs the mention: "The rainy season typically begins in May", "is
    /// usually held at Christmas", "In May, the rains usually begin". Read leftwards up to the verb
    /// nearest the mention, which counts only when the adverb stands right before it ("usually held");
    /// then, with no verb on the left, rightwards the same way. A comma (but one next to the mention),
    /// "but" or a relative pronoun ends the search: "the minister usually speaks at the summit, which
    /// opens on Friday" is about one Friday.
    func isHabitual(_ tokens: [Token], first: Int, end: Int) -> Bool {
        func habitual(_ i: Int) -> Bool { marked(.habitual, i, tokens) }
        func stops(_ i: Int, adjacent: Bool) -> Bool {
            let t = tokens[i]
            if isBoundary(tokens, i) { return true }
            if t.kind == .punct { return t.value == 44 && !adjacent || t.value == 40 || t.value == 41 }
            return marked(.habitStop, i, tokens)
        }
        func isVerb(_ i: Int, leftward: Bool) -> Bool {
            let t = tokens[i]
            return t.kind == .word && (cue(tokens, i, leftward: leftward) != nil || t.has(.endsInEd) && !t.has(.capitalized))
        }
        // "the normally exuberant Cinco de Mayo": after a determiner the adverb grades an adjective
        func grading(_ i: Int) -> Bool { marked(.determiner, i - 1, tokens) }
        // "continued to work normally on Monday": right before the date, these say how, not how often
        func manner(_ i: Int) -> Bool {
            guard marked(.manner, i, tokens) else { return false }
            if i == first - 1 { return true }
            return i == first - 2 && (word(tokens, first - 1).map { ["on", "in", "at", "by", "during", "until", "till", "from"].contains($0) } ?? false)
        }
        func auxiliary(_ i: Int) -> Bool { marked(.auxiliary, i, tokens) }
        var i = first - 1, words = 0
        while i >= 0, words < 8, !stops(i, adjacent: i == first - 1) {
            if habitual(i) { return !grading(i) && !manner(i) }
            // "usually held", "usually was held"
            if isVerb(i, leftward: true) {
                if habitual(i - 1) || i >= 2 && habitual(i - 2) && auxiliary(i - 1) { return true }
                // "typically peaks in August and ends in November": a present verb joined by "and" shares the
                // adverb ("stopped checking e-mail regularly and did not read" does not)
                guard cue(tokens, i, leftward: true) == .present, let w = word(tokens, i - 1), w == "and" || w == "or"
                else { return false }
            }
            if tokens[i].kind == .word { words += 1 }
            i -= 1
        }
        // only a mention that opens its clause looks right: "In May, the rains usually begin"
        guard i < 0 || isBoundary(tokens, i) || tokens[i].kind == .punct && tokens[i].value == 44 else { return false }
        i = end
        words = 0
        while i < tokens.count, words < 8, !stops(i, adjacent: i == end) {
            if habitual(i) { return true }
            if isVerb(i, leftward: false) { return false }
            if tokens[i].kind == .word { words += 1 }
            i += 1
        }
        return false
    }

    /// Whether the token at `i` is a word marked `flag` (`Lexicon.ClauseWord`).
    @inline(__always)
    func marked(_ flag: Lexicon.ClauseWord, _ i: Int, _ tokens: [Token]) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].lexeme != Lexicon.unknown
            && lexicon[tokens[i].lexeme].clause.contains(flag)
    }

    func word(_ tokens: [Token], _ i: Int) -> String? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word, tokens[i].lexeme != Lexicon.unknown else { return nil }
        return lexicon.spelling(tokens[i].lexeme)
    }

    /// Numbers, punctuation and lexicon words; not unknown words or opaque runs.
    func isKnown(_ t: Token) -> Bool {
        switch t.kind {
        case .word:
            // the linking verbs are listed for `auxiliaryBefore`; they are verbs all the same
            return t.lexeme != Lexicon.unknown && lexicon[t.lexeme].clause.isDisjoint(with: [.linking, .linkingPresent])
        case .other: return false
        default: return true
        }
    }

    func isCopula(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].lexeme != Lexicon.unknown else { return false }
        return ["is", "are", "'s"].contains(lexicon.spelling(tokens[i].lexeme))
    }

    func isBoundary(_ tokens: [Token], _ i: Int) -> Bool {
        let t = tokens[i]
        if t.has(.newlineBefore), i > 0, tokens[i - 1].kind == .punct || t.has(.capitalized) { return true }
        guard t.kind == .punct else { return false }
        switch t.value {
        case 46:  // "." ends a sentence unless it sits inside a number or closes an initial ("U.S.", "J. Smith")
            if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].end - tokens[i - 1].start == 1, !t.has(.spaceBefore) { return false }
            // "in Birmingham, Ala., was bombed", "Corp. said": an abbreviation's dot before a comma or a lower-case word
            if i > 0, tokens[i - 1].kind == .word, !t.has(.spaceBefore), i + 1 < tokens.count, !tokens[i + 1].has(.newlineBefore) {
                let n = tokens[i + 1]
                if n.kind == .punct && n.value == 44 || n.kind == .word && !n.has(.capitalized) { return false }
            }
            return !(i > 0 && tokens[i - 1].kind == .number && !t.has(.spaceBefore) && i + 1 < tokens.count && tokens[i + 1].kind == .number)
        case 33, 63, 59: return true  // ! ? ;
        default: return false
        }
    }

    /// Whether the word before `i` is a determiner: "the plan", "a still unspecified date".
    func afterDeterminer(_ tokens: [Token], _ i: Int) -> Bool {
        if let w = word(tokens, i - 1) {
            if TenseFillers.determiners.contains(w) { return true }
            if TenseFillers.adverbs.contains(w), let d = word(tokens, i - 2), TenseFillers.determiners.contains(d) { return true }
        }
        return false
    }

    /// "BP Plc's damaged well", "the company's attempted fix": a participle after a possessive is an
    /// adjective. It tells of something done before, so it stands for the past only when no verb on the
    /// left says otherwise ("It expects oil from BP Plc's damaged well to reach its shores by December").
    func isPossessiveParticiple(_ tokens: [Token], _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.has(.endsInEd), !t.has(.capitalized), t.lexeme == Lexicon.unknown || lexicon[t.lexeme].cue == nil,
              i >= 3, Pipeline.apostropheS(tokens, i - 2, lexicon: lexicon) else { return false }
        // "there's been", "it's closed": a contraction of "is" or "has", not a possessive
        if let owner = word(tokens, i - 3), ClauseTense.invertedSubjects.contains(owner) || owner == "what" || owner == "who" { return false }
        return true
    }

    /// "BP unveiled a new plan on Monday": after "a" or "an" and one more word, "plan" is a noun, not
    /// a plan ahead. Only the base form: "a company plans to" and "a judge blocked" are verbs.
    func isPlanNoun(_ tokens: [Token], _ i: Int, leftward: Bool) -> Bool {
        guard let w = word(tokens, i) else { return false }
        // "By the end of May, the company's best hopes of plugging the leak rested": after the date, these
        // plan ahead only as verbs, which have "to" (or, for "hopes", "that") after them, maybe past an
        // adverb ("hopes partly to close"). Before it, a noun still looks ahead: "vacation plans in two weeks".
        if !leftward, ClauseTense.toVerbs.contains(w) {
            var k = i + 1
            if let a = word(tokens, k), TenseFillers.adverbs.contains(a) || a.hasSuffix("ly") { k += 1 }
            let next = word(tokens, k)
            return !(next == "to" || next == "that" && w == "hopes")
        }
        // "a new plan in March", "an out-of-court plan in March", "the bank's plan in March": a determiner,
        // then modifiers (a hyphenated compound or a possessive counts), then "plan"
        guard w == "plan", i >= 2, tokens[i - 1].kind == .word else { return false }
        var k = i - 1, words = 0
        while k >= 0, words < 4, isModifier(tokens, k) {
            if tokens[k].kind == .word { words += 1 }
            k -= 1
        }
        guard let d = word(tokens, k) else { return false }
        return d == "a" || d == "an" || (words > 0 && marked(.determiner, k, tokens))
    }

    /// A word that may stand between a determiner and its noun: a word of a hyphenated compound
    /// ("out-of-court"), one with no tense cue that is no determiner or function word (but "new", "same"),
    /// or the apostrophe of a possessive ("bank's").
    private func isModifier(_ tokens: [Token], _ k: Int) -> Bool {
        let t = tokens[k]
        if t.kind == .punct {
            return Token.isGluedHyphen(tokens, k) || t.value == 39 && !t.has(.spaceBefore) && word(tokens, k + 1) == "s" && !tokens[k + 1].has(.spaceBefore)
        }
        guard t.kind == .word else { return false }
        if Token.isGluedHyphen(tokens, k + 1) || !t.has(.spaceBefore) && Token.isGluedHyphen(tokens, k - 1) { return true }
        if t.lexeme == Lexicon.unknown { return true }
        let e = lexicon[t.lexeme]
        if e.cue != nil || marked(.determiner, k, tokens) { return false }
        return !e.weak || ClauseTense.weakAdjectives.contains(lexicon.spelling(t.lexeme))
    }

    /// Function words that are adjectives before a noun: "a new plan", "the same plan".
    static let weakAdjectives: Set<String> = ["new", "same", "other"]

    /// "told the company to come up with a plan in two days", "ordered them to leave by Friday": a deadline
    /// set by a directive for what it asks, still ahead when it was given. Only for a deadline ("by", "in",
    /// "within", "before"): "asked witnesses to come forward on Monday" is as often the day of the asking.
    func isDirectiveDeadline(_ tokens: [Token], _ i: Int, first: Int) -> Bool {
        guard let verb = word(tokens, i), ClauseTense.directives.contains(verb), let p = word(tokens, first - 1),
              ["by", "in", "within", "before"].contains(p) else { return false }
        var k = i + 1
        while k < first - 1 {
            if word(tokens, k) == "to", k + 1 < first - 1, tokens[k + 1].kind == .word, !tokens[k + 1].has(.capitalized),
               !marked(.determiner, k + 1, tokens) {
                return true
            }
            k += 1
        }
        return false
    }

    /// Verbs that tell someone to do something: what they ask is still to come.
    static let directives: Set<String> = ["told", "ordered", "asked", "urged", "instructed", "directed", "required",
                                          "pressed", "invited", "warned", "gave", "given"]

    /// Whether a past verb stands right before the date's preposition: "was first detected in September",
    /// "met on Nov. 14", "closed in March". Not "had" or "has" (an auxiliary or a possession), nor a
    /// prospective participle ("set for", "scheduled for"), which the cue itself reads.
    func pastVerbGoverns(_ tokens: [Token], first: Int) -> Bool {
        guard first >= 2, let p = word(tokens, first - 1), ["in", "on", "during"].contains(p) else { return false }
        let v = first - 2
        guard tokens[v].kind == .word, !tokens[v].has(.capitalized) || v == 0 else { return false }
        if tokens[v].lexeme != Lexicon.unknown {
            let e = lexicon[tokens[v].lexeme]
            guard e.cue == .past, let w = word(tokens, v), !["had", "has", "have", "was", "were", "been", "did"].contains(w) else { return false }
            return true
        }
        return tokens[v].has(.endsInEd) && cue(tokens, v, leftward: true) == .past
    }

    /// Subjects a question puts between its modal and "be": "Will there be", "Would it be".
    static let invertedSubjects: Set<String> = ["there", "it", "they", "he", "she", "we", "you", "i", "this", "that"]

    /// Cues that are nouns as often as verbs, and verbs of planning only before "to": "plans to build", "the plans of".
    static let toVerbs: Set<String> = ["plan", "plans", "hopes", "aims"]

    func cue(_ tokens: [Token], _ i: Int, leftward: Bool) -> Tense? {
        let t = tokens[i]
        guard t.kind == .word else { return nil }
        // after a determiner a cue word is a noun or an adjective: "the plan", "the planned merger"
        if (t.has(.endsInEd) || t.lexeme != Lexicon.unknown && lexicon[t.lexeme].cue != nil), afterDeterminer(tokens, i) { return nil }
        if isPlanNoun(tokens, i, leftward: leftward) { return nil }
        // "the London-based energy giant", "oil-soaked marshes": the "-ed" end of a compound is an adjective
        if t.has(.endsInEd), Token.isGluedHyphen(tokens, i - 1) { return nil }
        // "12:00 AM The commission on Wednesday blamed": a clock's AM, not "I am"
        if t.has(.allCaps) || i > 0 && tokens[i - 1].kind == .number, t.lexeme != Lexicon.unknown,
           lexicon[t.lexeme].cue == .auxiliary, lexicon.spelling(t.lexeme) == "am" { return nil }
        if t.lexeme != Lexicon.unknown, let c = lexicon[t.lexeme].cue {
            switch c {
            case .future:
                // "He could not be located Wednesday", "could not reach him": an inability reported, not a possibility
                if isCouldNot(tokens, i) { return .past }
                return .future
            case .past:
                let w = lexicon.spelling(t.lexeme)
                // "have to", "has to": obligation looks ahead
                if w == "have" || w == "has", i + 1 < tokens.count, tokens[i + 1].kind == .word,
                   tokens[i + 1].lexeme != Lexicon.unknown, lexicon.spelling(tokens[i + 1].lexeme) == "to" {
                    return .future
                }
                return auxiliaryBefore(tokens, i) ?? .past
            case .prospective:
                // "He retired, as scheduled, on June 30", "as expected": a comparison, not a plan ahead
                if word(tokens, i - 1) == "as" { return nil }
                // "had been scheduled to expire", "was expected": a plan reported in the past; "has
                // scheduled a news conference Thursday" still looks ahead
                if let w = word(tokens, i - 1), w == "has" || w == "have" { return .future }
                // "has been set for April 5", "have been scheduled for": planned then, still ahead ("had been" is past)
                if word(tokens, i - 1) == "been", let w = word(tokens, i - 2), w == "has" || w == "have",
                   !(word(tokens, i + 1).map { TenseFillers.particles.contains($0) } ?? false) {
                    return .future  // ("a fund has been set up to" is no plan)
                }
                let aux = auxiliaryBefore(tokens, i)
                // "the record set on Aug. 6": with no auxiliary, a participle before "on"/"in" reports the past
                if aux == nil, let next = word(tokens, i + 1), next == "on" || next == "in" { return .past }
                // "On Friday, the government planned to pay", "Albright set aside her plans": a finite past verb, not a
                // plan ahead; a date after the plan still dates what is planned ("planned to leave on Thursday")
                if aux == nil, let w = word(tokens, i), let next = word(tokens, i + 1) {
                    if w == "planned", next == "to", !leftward { return .past }
                    if w == "set", TenseFillers.particles.contains(next) { return .past }
                }
                return aux == .past ? .past : .future
            case .present:
                // "let's meet on Tuesday": a proposal looks ahead; "let" alone says nothing
                if lexicon.spelling(t.lexeme) == "let" {
                    let us = i + 2 < tokens.count && tokens[i + 1].kind == .punct && tokens[i + 1].value == 39
                        && tokens[i + 2].kind == .word && tokens[i + 2].lexeme != Lexicon.unknown && lexicon.spelling(tokens[i + 2].lexeme) == "s"
                    return us ? .future : nil
                }
                return .present
            case .auxiliary:
                // "is meeting", "are due", "is to resume": look at the next word
                if i + 1 < tokens.count, tokens[i + 1].kind == .word {
                    let n = tokens[i + 1]
                    if n.lexeme != Lexicon.unknown, lexicon[n.lexeme].cue == .prospective || lexicon.spelling(n.lexeme) == "to" { return .future }
                    if isIng(tokens, i + 1) {
                        // "will be meeting", "was found to be suffering": after "be" the words before decide
                        if ["be", "being"].contains(lexicon.spelling(t.lexeme)) { return auxiliaryBefore(tokens, i) ?? .future }
                        return .future
                    }
                }
                // "will be", "to be": the words before decide
                if ["be", "being"].contains(lexicon.spelling(t.lexeme)) { return auxiliaryBefore(tokens, i) ?? .present }
                return .present
            }
        }
        if t.has(.endsInEd), !t.has(.capitalized) || i == 0 {
            return auxiliaryBefore(tokens, i) ?? .past
        }
        return nil
    }

    /// The tense an auxiliary chain before a participle sets ("will be held", "is expected", "was held").
    func auxiliaryBefore(_ tokens: [Token], _ i: Int) -> Tense? {
        var k = i - 1
        var seen = 0
        // "Will there be a winter wave?", "Will it be ready by May?": a question puts the subject between
        if let w = word(tokens, k), ClauseTense.invertedSubjects.contains(w), k >= 1, marked(.modal, k - 1, tokens) { return .future }
        while k >= 0, seen < 4 {
            let t = tokens[k]
            guard t.kind == .word, t.lexeme != Lexicon.unknown else { return nil }
            if lexicon.spelling(t.lexeme) == "to" {
                // "to be introduced" looks ahead; "was found to be suffering", "appeared to be stabilizing"
                // report the past
                if k >= 1, marked(.raising, k - 1, tokens) { return .past }
                return .future
            }
            let clause = lexicon[t.lexeme].clause
            if clause.contains(.linkingPresent) { return .present }  // "stays closed"
            if clause.contains(.linking) || TenseFillers.adverbs.contains(lexicon.spelling(t.lexeme)) {
                // "would still be held", "will stay closed"
                k -= 1
                seen += 1
                continue
            }
            guard let c = lexicon[t.lexeme].cue else { return nil }
            switch c {
            case .future:
                // "will be held", "would still be held"; "the company's best hopes rested on" is a noun before a verb
                if isCouldNot(tokens, k) { return .past }
                return marked(.modal, k, tokens) ? .future : nil
            case .past:
                let w = lexicon.spelling(t.lexeme)
                if w == "been" { break }
                return [ "was", "were", "had", "has", "have", "did", "hasn't", "haven't", "hadn't", "wasn't", "weren't"].contains(w) ? .past : nil
            case .auxiliary:
                let w = lexicon.spelling(t.lexeme)
                if w == "be" || w == "being" { break }
                return .present
            default: return nil
            }
            k -= 1
            seen += 1
        }
        return nil
    }

    /// "could not": in news, what someone failed to do ("could not be reached for comment on Friday").
    func isCouldNot(_ tokens: [Token], _ i: Int) -> Bool {
        word(tokens, i) == "could" && word(tokens, i + 1) == "not"
    }

    /// An auxiliary before an `-ing` form: "is meeting", "are gushing".
    func isProgressive(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].lexeme != Lexicon.unknown, lexicon[tokens[i].lexeme].cue == .auxiliary, i + 1 < tokens.count,
              tokens[i + 1].kind == .word else { return false }
        return isIng(tokens, i + 1)
    }

    func isIng(_ tokens: [Token], _ i: Int) -> Bool {
        let t = tokens[i]
        return t.end - t.start > 4 && t.has(.endsInIng)
    }
}
