/// The normalizer's stages, in order. Each is a type with one method; order matters where noted.
///
/// 1. `Tokenizer`: one pass over the UTF-8 bytes; words are looked up in the lexicon as they are read.
/// 2. `Matcher` (match rules) and 3. merge neighbours: the chart matches every rule at every token,
///    right to left, so composition rules ("<date> <time>", "<date> to <date>", "<weekday>, <date>")
///    see every reading to their right already built. Merging is these rules, run in the same pass.
/// 4. `Plausibility`: drops latent and implausible readings ("he may resign", "1990 people", "H1N1").
/// 5. `Selection`: removes overlaps, longest extent first. This runs before resolution, not after as
///    in chrono, because anaphora ("the next day") must resolve against the mentions that survive.
/// 6. `Resolver`: in text order, each mention against the reference, the clause's tense
///    (`ClauseTense`) and the previous mention.
struct Pipeline: Sendable {
    let grammar: Grammar
    let options: Normalizer.Options

    func run(_ text: String, reference: Reference?) -> [TemporalMention] {
        var copy = text
        return copy.withUTF8 { run(bytes: $0, text: text, reference: reference) }
    }

    func run(bytes: UnsafeBufferPointer<UInt8>, text: String, reference: Reference?) -> [TemporalMention] {
        let tokens = Tokenizer(lexicon: grammar.lexicon).tokenize(bytes)
        guard !tokens.isEmpty else { return [] }
        let chart = Matcher(grammar: grammar).run(tokens)
        let plausibility = Plausibility(lexicon: grammar.lexicon)
        // numbers read from words are parts, never mentions: skip them before looking closer
        var candidates: [Int] = []
        var lineOpeningNumber = false
        for i in chart.indices where chart[i].rule >= 0 && plausibility.accept(chart[i], tokens, rules: grammar.rules) {
            candidates.append(i)
            lineOpeningNumber = lineOpeningNumber || ClockStamps.mayBeStamp(tokens, Int(chart[i].extentFirst))
        }
        // only a text with a number opening a line may be a live page: read its layout then
        if lineOpeningNumber {
            let stamps = ClockStamps(tokens, referenceYear: reference?.date.year, lexicon: grammar.lexicon)
            candidates.removeAll { stamps.contains(Int(chart[$0].extentFirst)) }
        }
        let chosen = Selection().choose(candidates, in: chart, tokens).map { chart[$0] }
        return resolve(chosen, tokens, bytes: bytes, reference: reference)
    }

    /// Every reading the chart built, whether it survived, and why not: the debugging view of `run`.
    func explain(_ text: String, reference: Reference?) -> String {
        var copy = text
        return copy.withUTF8 { bytes -> String in
            let tokens = Tokenizer(lexicon: grammar.lexicon).tokenize(bytes)
            guard !tokens.isEmpty else { return "" }
            let chart = Matcher(grammar: grammar).run(tokens)
            let plausibility = Plausibility(lexicon: grammar.lexicon)
            let stamps = ClockStamps(tokens, referenceYear: reference?.date.year, lexicon: grammar.lexicon)
            let candidates = chart.indices.filter {
                plausibility.accept(chart[$0], tokens, rules: grammar.rules) && !stamps.contains(Int(chart[$0].extentFirst))
            }
            let chosen = Selection().choose(candidates, in: chart, tokens).map { chart[$0] }
            func slice(_ a: Int32, _ b: Int32) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(tokens[Int(a)].start)..<Int(tokens[Int(b) - 1].end)]), as: UTF8.self)
            }
            var lines: [String] = []
            for e in chart where e.rule >= 0 {
                let kept = chosen.contains { $0.first == e.first && $0.end == e.end && $0.rule == e.rule && $0.value == e.value }
                let plausible = plausibility.accept(e, tokens, rules: grammar.rules) && !stamps.contains(Int(e.extentFirst))
                let mark = kept ? "KEPT   " : plausible ? "shadowed" : (e.latent ? "latent " : "dropped")
                lines.append("\(mark) '\(slice(e.first, e.end))' [\(grammar.rules[Int(e.rule)].name)] \(e.value)")
            }
            return lines.reversed().joined(separator: "\n")
        }
    }

    func resolve(_ chosen: [ChartEntry], _ tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, reference: Reference?) -> [TemporalMention] {
        let tense = ClauseTense(lexicon: grammar.lexicon)
        var context = ResolutionContext(reference: reference, dateOrder: options.dateOrder)
        var out: [TemporalMention] = []
        out.reserveCapacity(chosen.count)
        var scalars = ScalarCounter(bytes: bytes)
        var previousEnd = -1
        var previousValue: Temporal?
        for e in chosen {
            context.tense = tense.tense(tokens, first: Int(e.extentFirst), end: Int(e.extentEnd), progressive: &context.progressive)
            context.pastVerbAdjacent = context.tense == .past && tense.pastVerbGoverns(tokens, first: Int(e.extentFirst))
            context.endpointAhead = context.tense == .future && tense.runsUntil(tokens, first: Int(e.extentFirst))
            // "A warning is in force from 6pm on Tuesday until midday Wednesday": in the present, a span of
            // weekdays from one to the other is a schedule, still to come ("the talks ran from Tuesday to
            // Thursday" is past; "last week between Friday and Sunday" follows its week)
            if context.tense == .present || context.tense == .none, case .date(.range(let a, _)) = e.value,
               Pipeline.bareWeekday(.date(a)) != nil, Pipeline.startsWith("from", tokens, e, grammar.lexicon) {
                context.tense = .future
            }
            // "Wednesday's ruling" names a reported event: no clause tense applies to it
            if case .date(.weekday(_, .none)) = e.value, Pipeline.possessive(tokens, Int(e.extentEnd)) { context.tense = .none }
            // "the report on the April 20 explosion will be released": a day and month naming an event; a
            // future cue of the clause is not its own (a past one still holds: "caused the April 20 explosion")
            if context.tense != .past, Pipeline.namesByDay(e.value),
               Pipeline.namesEvent(tokens, e, lexicon: grammar.lexicon) || Pipeline.opensListItem(tokens, e) {
                context.tense = .named
            }
            var value = e.value
            // "in this July 31 file photo": "this" points at the photo, and a record shows a day gone by
            // "the period leading up to the 20 April explosion": a mishap too is only ever shown afterwards
            if Pipeline.datesRecord(tokens, e, lexicon: grammar.lexicon) || Pipeline.datesMishap(tokens, e, lexicon: grammar.lexicon) {
                if case .date(.monthDay(let month, let day, .this)) = value { value = .date(.calendar(year: nil, month: month, day: day)) }
                if Pipeline.namesByDay(value) { context.tense = .record }
            }
            // "Oct. 12, the day before the stock market plunge": set beside a date and before an event, it
            // is that date again, not a day away from it
            if case .date(.anaphoric(.day, let n)) = value, n != 0, Pipeline.inAppositionBeforeEvent(tokens, e, previousEnd: previousEnd, lexicon: grammar.lexicon) {
                // "eight trading days after Oct. 12, the day before the plunge": the date named last, Oct. 12
                if case .date(.offset(_, _, let from?))? = previousValue { value = .date(from) } else { value = .date(.anaphoric(.day, 0)) }
            }
            // "This quarter's loss includes charges" in a third-quarter report: the quarter reported on, just over
            if case .date(.deictic(.quarter, 0)) = value, context.tense != .future, Pipeline.startsWith("this", tokens, e, grammar.lexicon),
               let p = context.lastReportingPeriod, p.granularity == .quarter, let t = context.today, (p.end.adding(days: 92) ?? p.end) > t {
                value = .date(.reportingPeriod(year: nil))
            }
            // "people can expect to die within the next year", "will be closed over the next year": a stretch
            // still to come counts from the dateline, not from the last date a comment thread happened to name
            if case .date(.anaphoric(let unit, 1)) = value, unit >= .week, [.future, .present, .none].contains(context.tense),
               Pipeline.startsWith("the", tokens, e, grammar.lexicon), Int(e.extentFirst) > 0,
               let p = tense.word(tokens, Int(e.extentFirst) - 1), ["within", "in", "over", "during", "throughout"].contains(p),
               tense.word(tokens, Int(e.extentFirst) + 1) == "next" {
                value = .date(.deictic(unit, 1))
            }
            // "Kerry's visit is the second in two years", "its highest level in five years": after a rank,
            // "in N years" is the span the rank counts over, whatever the clause's tense
            if case .date(.inDuration(let d)) = value, Pipeline.rankedBefore(tokens, Int(e.first), bytes: bytes, lexicon: grammar.lexicon) {
                value = .duration(d)
            }
            // "The worst spill was the Exxon Valdez. Twenty-one years later, the BBC went back": opening a
            // sentence after others, with no date before it, "later" counts from an event the story told, not
            // from the dateline, so only the length is known ("2 days later" alone still counts from it)
            if case .date(.later(let d, let sign)) = value, sign > 0, context.anchor == nil,
               Pipeline.opensLaterSentence(tokens, Int(e.extentFirst)) {
                value = .duration(d)
            }
            // "released on Nov. 2, a week later than previously indicated": a difference, not a date
            if case .date(.later(let d, _)) = value, Int(e.extentEnd) < tokens.count, tokens[Int(e.extentEnd)].kind == .word,
               tokens[Int(e.extentEnd)].lexeme != Lexicon.unknown, grammar.lexicon.spelling(tokens[Int(e.extentEnd)].lexeme) == "than" {
                value = .duration(d)
            }
            // "At the end of the day, people matter": in the present, the idiom for "in the end" ("At the end of
            // the day, dozens lined up" tells that day; "I'll call back at the end of the day" looks ahead)
            if context.tense == .present || context.tense == .none, Pipeline.isEndOfTheDay(tokens, e, grammar.lexicon) { continue }
            previousEnd = Int(e.extentEnd)
            previousValue = e.value
            // "12.20 pm: The senators are starting to get unhappy": a live page's stamp is the page's own clock,
            // on its day, whatever day the entries before it told of
            // (the anchor is swapped in place for these two: copying the context for every mention is slow)
            var anchorFor: Period?? = nil
            if case .time = value, Pipeline.stampsLiveEntry(tokens, e) { anchorFor = .some(nil) }
            // "The conference opened earlier in the day", after "its debut in February" or "on sale June 28":
            // the day the story tells, the last day named that is not ahead of the dateline, else the dateline's
            if case .date(.anaphoric(.day, 0)) = value, let a = context.anchor, let t = context.today,
               a.granularity > .day || a.start > t, Int(e.extentFirst) >= 2, tense.word(tokens, Int(e.extentFirst) - 1) == "in",
               let w = tense.word(tokens, Int(e.extentFirst) - 2), w == "earlier" || w == "later" {
                anchorFor = .some(context.lastDayNotAhead)
            }
            // "the rig ... exploded on 20 April ... deployed on the seabed by tomorrow. It sank two days later":
            // told in the past, "later" counts from a date gone by, not from the reporter's today or tomorrow
            if case .date(.later(_, let sign)) = value, sign > 0, context.tense == .past, let a = context.anchor,
               let t = context.today, a.end > t, let past = context.lastBeforeToday {
                anchorFor = .some(past)
            }
            let resolved: (Timex, String)?
            if let swap = anchorFor {
                let saved = context.anchor
                context.anchor = swap
                resolved = Resolver.timex(value, context: context)
                context.anchor = saved
            } else {
                resolved = Resolver.timex(value, context: context)
            }
            guard var (timex, trace) = resolved else { continue }
            // "the rainy season typically begins in May": under an adverb of habit a date with no year is
            // every May, not one; it keeps what the words fix and no interval
            if let expr = Pipeline.recurring(value), tense.isHabitual(tokens, first: Int(e.extentFirst), end: Int(e.extentEnd)) {
                timex = Underspecified.timex(expr, dateOrder: options.dateOrder)
                trace = "adverb of habit: any occurrence"
            }
            if let w = Pipeline.bareWeekday(e.value), let start = timex.interval?.start, context.weekdays[w] == nil {
                context.weekdays[w] = start
            }
            // comparison periods ("a year earlier") do not become what later anaphora point at
            // nor does a reader's comment header: "At 5:49 pm on 02 Jun 2009, Sam wrote: ... 20 years later"
            if let interval = timex.interval, timex.type == .date || timex.type == .time, timex.value != "PRESENT_REF", !Pipeline.isComparison(e.value),
               !Pipeline.isCommentHeader(tokens, e, lexicon: grammar.lexicon) {
                let grain = timex.granularity ?? .day
                context.anchor = Period(start: interval.start, end: interval.end, granularity: grain, value: timex.value)
                if grain <= .day, let t = context.today, interval.start <= t { context.lastDayNotAhead = context.anchor }
                if let t = context.today, interval.end <= t { context.lastBeforeToday = context.anchor }
                if [.month, .quarter, .half].contains(grain) { context.report(Period(start: interval.start, end: interval.end, granularity: grain, value: timex.value)) }
            }
            if case .duration(let d) = e.value, d.definite, d.parts.count == 1, d.parts[0].unit == .month, (d.parts[0].count ?? 0) >= 2 {
                context.reportYearToDate()
            }
            let startByte = Int(tokens[Int(e.extentFirst)].start)
            let endByte = Int(tokens[Int(e.extentEnd) - 1].end)
            let begin = scalars.offset(of: startByte)
            let end = scalars.offset(of: endByte)
            let slice = String(decoding: UnsafeBufferPointer(rebasing: bytes[startByte..<endByte]), as: UTF8.self)
            let rule = e.rule >= 0 ? grammar.rules[Int(e.rule)].name : "<number>"
            out.append(TemporalMention(text: slice, span: begin..<end, timex: timex, rule: rule, resolution: trace))
        }
        return out
    }
}

extension Pipeline {
    /// A date that recurs every year (or week) and names none of its occurrences: "May", "May 1",
    /// "Friday", "Christmas", "the spring", alone or with a time of day.
    static func recurring(_ value: Temporal) -> DateExpr? {
        guard case .date(let d) = value else { return nil }
        switch d {
        case .calendar(nil, .some, _), .month(_, .none), .weekday(_, .none), .season(_, nil, .none), .holiday(_, nil, .none):
            return d
        case .timed(let inner, _):
            return recurring(.date(inner)) != nil ? d : nil
        // "normally reported on the last Tuesday of the month after the quarter": any such Tuesday
        case .nthWeekday(_, _, let of), .nthUnit(_, _, let of):
            switch of {
            case .deictic, .anaphoric: return d
            default: return recurring(.date(of)) != nil ? d : nil
            }
        default:
            return nil
        }
    }

    /// Words that rank a thing within a span of time: ordinals and superlatives.
    static let rankWords: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "only",
        "best", "worst", "most", "least", "highest", "lowest", "biggest", "largest", "smallest", "greatest", "strongest",
        "weakest", "deadliest", "costliest", "fastest", "slowest", "longest", "shortest", "hottest", "coldest", "warmest",
        "wettest", "driest", "heaviest", "sharpest", "steepest", "deepest", "busiest", "worst-ever",
    ]

    /// Whether a rank ("the second", "its highest level", "the first global flu pandemic") stands
    /// before the token at `i` (the "in" of "in two years"), with at most three words between, none of
    /// them a likely verb: a tense cue ("will", "is"), an -ed, -ing or -s form ("The second phase
    /// begins in two months" is a date ahead). An infinitive that says what the ranked thing did may
    /// come between too, up to eight words in all: "the worst earthquake to hit Haiti in 200 years".
    static func rankedBefore(_ tokens: [Token], _ i: Int, bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) -> Bool {
        var k = i - 1
        var between = 0
        var limit = 3
        var infinitive = false
        while k >= 0, between <= limit {
            let t = tokens[k]
            guard t.kind == .word, !t.has(.endsInEd), !t.has(.endsInIng), !t.has(.plural) else { return false }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)]), as: UTF8.self).lowercased()
            if rankWords.contains(word) { return true }
            if word == "to", !infinitive {
                // "to" and its verb: the noun ranked is before them
                infinitive = true
                limit = 8
            } else if t.lexeme != Lexicon.unknown, lexicon[t.lexeme].cue != nil {
                return false
            }
            between += 1
            k -= 1
        }
        return false
    }

    /// A day that can name an event: a month and day without a year ("the April 20 explosion") or a
    /// holiday ("a Cinco de Mayo celebration").
    static func namesByDay(_ value: Temporal) -> Bool {
        switch value {
        case .date(.calendar(nil, .some, .some)), .date(.holiday(_, nil, .none)): return true
        default: return false
        }
    }

    /// Whether a mention opens a line and is followed by a colon or a dash: an entry of a chronology or a
    /// photo caption ("20 April: Deepwater Horizon rig explodes", "June 7: A photographer takes ..."),
    /// written in the present of history about a day that has mostly passed.
    static func opensListItem(_ tokens: [Token], _ e: ChartEntry) -> Bool {
        let first = Int(e.extentFirst), end = Int(e.extentEnd)
        guard first == 0 || tokens[first].has(.newlineBefore), end < tokens.count, tokens[end].kind == .punct else { return false }
        return tokens[end].value == 58 || tokens[end].value == 45
    }

    /// Whether a clock time opens a line and a colon follows it, maybe after its zone: a live page's entry
    /// ("12.20 pm: The senators ...", "5.15 pm CDT: The AP is confirming ...").
    static func stampsLiveEntry(_ tokens: [Token], _ e: ChartEntry) -> Bool {
        let first = Int(e.extentFirst), end = Int(e.extentEnd)
        guard first == 0 || tokens[first].has(.newlineBefore) else { return false }
        var k = end
        if k < tokens.count, tokens[k].kind == .word, tokens[k].has(.allCaps), !tokens[k].has(.newlineBefore) { k += 1 }
        return k < tokens.count && tokens[k].kind == .punct && tokens[k].value == 58
    }

    /// Whether token `i` opens a sentence that is not the text's first.
    static func opensLaterSentence(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        if tokens[i].has(.newlineBefore) { return true }
        return tokens[i - 1].endsSentence || (tokens[i - 1].kind == .punct && tokens[i - 1].value == 34 && i >= 2 && tokens[i - 2].endsSentence)
    }

    /// Nouns for a day set ahead: "a Jan. 1 deadline", "the July 27 target date".
    static let aheadNouns: Set<String> = ["deadline", "target", "goal", "timeframe", "timetable"]

    /// Records made on their day, which a story can only show afterwards: "in this July 31 file photo",
    /// "the Oct. 3 letter". A date they follow has passed.
    static let recordNouns: Set<String> = [
        "photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "video", "videos", "footage",
        "snapshot", "letter", "memo", "email", "e-mail", "mail", "tweet", "filing", "recording", "transcript",
    ]
    /// Words that may stand between a date and its record: "this July 31 file photo", "a June 2 handout picture".
    static let recordModifiers: Set<String> = ["file", "handout", "aerial", "satellite", "archive"]

    /// Whether the mention dates a record right after it: "this Aug. 12 photo", "a July 31 file photo".
    static func datesRecord(_ tokens: [Token], _ e: ChartEntry, lexicon: Lexicon) -> Bool {
        var k = Int(e.extentEnd)
        // by the lexicon's marks: this runs for every mention
        func marked(_ i: Int, _ flag: Lexicon.ClauseWord) -> Bool {
            i < tokens.count && tokens[i].kind == .word && !tokens[i].has(.newlineBefore) && tokens[i].lexeme != Lexicon.unknown
                && lexicon[tokens[i].lexeme].clause.contains(flag)
        }
        if marked(k, .recordModifier) { k += 1 }
        if marked(k, .record) { return true }
        // "wrote in an e-mail June 23", "a letter dated Oct. 3": a record named just before its date, after
        // a determiner ("sent by mail June 23" names a means, not a record)
        var b = Int(e.extentFirst) - 1
        if b >= 0, tokens[b].kind == .word, tokens[b].lexeme != Lexicon.unknown, ["dated", "of"].contains(lexicon.spelling(tokens[b].lexeme)) { b -= 1 }
        guard b >= 1, !tokens[Int(e.extentFirst)].has(.newlineBefore), marked(b, .record) else { return false }
        return (max(0, b - 3)..<b).contains { marked($0, .determiner) }
    }

    /// Mishaps nobody schedules: "the April 20 explosion", "the Jan. 12 earthquake". A day that names one
    /// has passed, whatever the clause says ("the period leading up to the 20 April explosion", in December).
    /// Strikes, attacks and storms are left out: they can be announced or forecast.
    static let mishapNouns: Set<String> = [
        "explosion", "explosions", "blast", "blasts", "blowout", "spill", "earthquake", "quake", "tsunami", "crash",
        "bombing", "bombings", "shooting", "shootings", "killing", "killings", "murder", "murders", "massacre",
        "assassination", "disaster", "accident", "collapse", "fire", "sinking", "derailment", "eruption", "outbreak",
        "stabbing", "landslide", "mudslide", "avalanche", "flood", "floods", "flooding", "tornado", "leak",
    ]

    /// Whether a determiner stands before the mention and a mishap noun after it, maybe behind a name or
    /// a few modifiers: "the April 20 explosion", "BP's April 20 oil well blowout", "the Jan. 12 Haiti quake".
    static func datesMishap(_ tokens: [Token], _ e: ChartEntry, lexicon: Lexicon) -> Bool {
        let first = Int(e.extentFirst), end = Int(e.extentEnd)
        guard first > 0 else { return false }
        // the noun first, by its lexicon mark: most mentions have none after them
        var k = end, noun = false
        while k < tokens.count, k < end + 4, tokens[k].kind == .word, !tokens[k].has(.newlineBefore) {
            if tokens[k].lexeme != Lexicon.unknown {
                noun = !tokens[k].has(.capitalized) && lexicon[tokens[k].lexeme].clause.contains(.mishap)
                break
            }
            k += 1
        }
        guard noun, tokens[first - 1].kind == .word, tokens[first - 1].lexeme != Lexicon.unknown else { return false }
        return ["the", "a", "an", "its", "their", "this", "that", "s"].contains(lexicon.spelling(tokens[first - 1].lexeme))
    }

    /// Whether a mention stands between a determiner and a lower-case noun: "the April 20 explosion",
    /// "an Oct. 21 meeting" (not "the April 20 to May 3 period" or "the 12th of").
    static func namesEvent(_ tokens: [Token], _ e: ChartEntry, lexicon: Lexicon) -> Bool {
        let first = Int(e.extentFirst), end = Int(e.extentEnd)
        guard first > 0, end < tokens.count else { return false }
        let before = tokens[first - 1]
        guard before.kind == .word, before.lexeme != Lexicon.unknown,
              ["the", "a", "an", "its", "their", "his", "her", "this", "that", "s"].contains(lexicon.spelling(before.lexeme)) else { return false }
        // "BP PLC's April 20 oil well blowout": a possessive, not a lone "s"
        if lexicon.spelling(before.lexeme) == "s", !apostropheS(tokens, first - 2, lexicon: lexicon) { return false }
        // "the April 20 Deepwater Horizon rig explosion": a name may come between the date and its noun
        var after = tokens[end]
        var k = end
        while after.kind == .word, after.has(.capitalized), !after.has(.newlineBefore), after.lexeme == Lexicon.unknown, k - end < 3,
              k + 1 < tokens.count {
            k += 1
            after = tokens[k]
        }
        guard after.kind == .word, !after.has(.capitalized), !after.has(.newlineBefore), !after.has(.endsInIng) else { return false }
        if after.lexeme != Lexicon.unknown {
            let w = lexicon.spelling(after.lexeme)
            if lexicon[after.lexeme].weak || lexicon[after.lexeme].cue != nil || ["to", "and", "or", "through", "until", "till"].contains(w) { return false }
            // "a Jan. 1 deadline" is set ahead of its day: the clause decides
            if Pipeline.aheadNouns.contains(w) { return false }
        }
        return true
    }

    /// Whether the mention stamps a reader's comment: "At 8:28 pm on 29 May 2009, Bloofs wrote:", a
    /// capitalized "At", the date, a comma, a name of up to three words ("not_so_special_one", "mike-99"
    /// are one), "wrote:".
    static func isCommentHeader(_ tokens: [Token], _ e: ChartEntry, lexicon: Lexicon) -> Bool {
        let first = Int(e.extentFirst)
        var k = Int(e.extentEnd)
        func word(_ i: Int) -> String? {
            guard i >= 0, i < tokens.count, tokens[i].kind == .word, tokens[i].lexeme != Lexicon.unknown else { return nil }
            return lexicon.spelling(tokens[i].lexeme)
        }
        guard first > 0, word(first - 1) == "at", tokens[first - 1].has(.capitalized), k < tokens.count,
              tokens[k].kind == .punct, tokens[k].value == 44 else { return false }
        k += 1
        var names = 0, parts = 0
        while k < tokens.count, parts < 12, word(k) != "wrote", !tokens[k].has(.newlineBefore) {
            let t = tokens[k]
            // a name's inner parts are glued: "not_so_special_one", "mike-99", "J.Smith"
            let glued = parts > 0 && !t.has(.spaceBefore)
            if t.kind == .punct, !glued || ![95, 45, 46].contains(t.value) { return false }
            if !glued { names += 1 }
            if names > 3 { return false }
            parts += 1
            k += 1
        }
        return names > 0 && word(k) == "wrote" && k + 1 < tokens.count && tokens[k + 1].kind == .punct && tokens[k + 1].value == 58
    }

    /// Whether `tokens[i]` is an apostrophe with the word "s" right after it: the possessive of "BP's",
    /// or a contraction ("there's"), which the caller tells apart.
    static func apostropheS(_ tokens: [Token], _ i: Int, lexicon: Lexicon) -> Bool {
        i >= 0 && i + 1 < tokens.count && tokens[i].kind == .punct && tokens[i].value == 39 && tokens[i + 1].kind == .word
            && !tokens[i + 1].has(.spaceBefore) && tokens[i + 1].lexeme != Lexicon.unknown && lexicon.spelling(tokens[i + 1].lexeme) == "s"
    }

    static func possessive(_ tokens: [Token], _ i: Int) -> Bool {
        i + 1 < tokens.count && tokens[i].kind == .punct && tokens[i].value == 39 && !tokens[i].has(.spaceBefore)
            && tokens[i + 1].kind == .word && !tokens[i + 1].has(.spaceBefore) && tokens[i + 1].end - tokens[i + 1].start == 1
    }

    /// "Nov. 3, the day before authorities issued a warrant": "the day before/after" right after a date and
    /// a comma, with the event it is counted from after it.
    static func inAppositionBeforeEvent(_ tokens: [Token], _ e: ChartEntry, previousEnd: Int, lexicon: Lexicon) -> Bool {
        let first = Int(e.extentFirst), end = Int(e.extentEnd)
        guard first >= 1, previousEnd == first - 1, tokens[first - 1].kind == .punct, tokens[first - 1].value == 44,
              end < tokens.count, tokens[end].kind == .word, tokens[end - 1].kind == .word, tokens[end - 1].lexeme != Lexicon.unknown
        else { return false }
        return ["before", "after"].contains(lexicon.spelling(tokens[end - 1].lexeme))
    }

    /// Whether the mention is "(the) end of the day".
    static func isEndOfTheDay(_ tokens: [Token], _ e: ChartEntry, _ lexicon: Lexicon) -> Bool {
        let first = Int(e.extentFirst), end = Int(e.extentEnd)
        guard end - first == 4 || end - first == 5 else { return false }
        var words: [String] = []
        for i in first..<end {
            guard tokens[i].kind == .word, tokens[i].lexeme != Lexicon.unknown else { return false }
            words.append(lexicon.spelling(tokens[i].lexeme))
        }
        return words.suffix(4) == ["end", "of", "the", "day"] && (words.count == 4 || words[0] == "the")
    }

    static func startsWith(_ w: String, _ tokens: [Token], _ e: ChartEntry, _ lexicon: Lexicon) -> Bool {
        let t = tokens[Int(e.extentFirst)]
        return t.kind == .word && t.lexeme != Lexicon.unknown && lexicon.spelling(t.lexeme) == w
    }

    /// The weekday of a bare weekday mention ("Tuesday", "Tuesday morning"), if it is one.
    static func bareWeekday(_ v: Temporal) -> Int? {
        switch v {
        case .date(.weekday(let w, .none)), .date(.timed(.weekday(let w, .none), _)): return w
        default: return nil
        }
    }

    static func isComparison(_ v: Temporal) -> Bool {
        switch v {
        case .date(.yearAgo), .date(.reportingPeriod(year: .some)): return true
        case .date(.later(let d, let sign)): return sign < 0 && d.parts.count == 1 && d.parts[0].unit == .year
        default: return false
        }
    }
}

/// Converts increasing byte offsets to Unicode scalar offsets in one forward pass.
struct ScalarCounter {
    let bytes: UnsafeBufferPointer<UInt8>
    var byte = 0
    var scalars = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func offset(of target: Int) -> Int {
        if target < byte { byte = 0; scalars = 0 }
        let limit = min(target, bytes.count)
        // eight bytes at a time: every byte starts a scalar except continuation bytes (10xxxxxx)
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while byte + 8 <= limit {
                let w = base.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
                let continuation = w & ~(w << 1) & 0x8080_8080_8080_8080
                scalars &+= 8 &- continuation.nonzeroBitCount
                byte &+= 8
            }
        }
        while byte < limit {
            if bytes[byte] & 0xC0 != 0x80 { scalars += 1 }
            byte += 1
        }
        return scalars
    }
}
