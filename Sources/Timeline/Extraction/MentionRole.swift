/// What a date mention does in its sentence, read from the words around it.
///
/// - `event`: it dates what happened or will happen ("The ISSG met in Vienna on Nov. 14").
/// - `reporting`: it dates the telling ("..., the government said on Monday"; "On Monday, officials
///   said ..."). A reporting date dates the event only when the sentence has no other date.
/// - `boundary`: it bounds a state ("since March", "until Friday", "as of Monday", "before March")
///   and dates nothing.
/// - `recurring`: it is part of a set ("every Monday", "every 15 minutes from 5:30 a.m. to 11 p.m.")
///   and dates nothing.
/// - `offset`: it counts from an event named after it ("resigned on Wednesday, two weeks after the
///   bridge collapsed"), which the normalizer cannot anchor; it dates nothing.
/// - `pageStamp`: it dates the web page, not the news: "Page last updated at 07:02 GMT, Friday, 16
///   September 2011", "This article was amended on 19 May 2010", "Posted by chibeetle 2 May 2012",
///   "First broadcast BBC Radio 4, 4:30 PM Thu, 11 Jun 2009", "This article appeared on p29 of the Main
///   section section of the Guardian on Saturday 2 May 2009", a link "From the archive: 1 May 1992", a
///   reader's comment "At 8:28 pm on 29 May 2009, Bloofs wrote:"; it dates nothing.
/// - `quotedRelative`: "today", "tonight", "yesterday", "tomorrow", "now" or "this morning" inside a
///   quotation ("\"Tonight our first thought is for the people who were hurt,\" Whitfield said")
///   count from when the words were spoken, which the article does not date; it dates nothing.
enum MentionRole: Sendable, Hashable {
    case event, reporting, boundary, recurring, offset, quotedRelative, pageStamp

    /// Whether a mention in this role can date an event.
    var datesEvent: Bool { self == .event || self == .reporting }
}

/// Reads the role of a mention from the tokens around it.
struct MentionRoleReader: Sendable {
    /// The role of the mention covering `tokens[mention]`.
    func role(of mention: Range<Int>, in tokens: [SentenceToken]) -> MentionRole {
        if isPageStamp(mention, tokens) { return .pageStamp }
        if isBoundary(mention, tokens) { return .boundary }
        if mention.lowerBound > 0, Lexicon.Keys.recurrenceWords.contains(tokens[mention.lowerBound - 1]) { return .recurring }
        // "two weeks after", "days before": the mention ends where the event it counts from begins.
        let last = tokens[mention.upperBound - 1]
        if mention.count > 1, last.isWord(Lexicon.Keys.after) || last.isWord(Lexicon.Keys.before) { return .offset }
        if isSpeakersDay(mention, tokens), isQuoted(mention, tokens) { return .quotedRelative }
        if reportedBefore(mention, tokens) || reportedAfter(mention, tokens) { return .reporting }
        return .event
    }

    /// Whether the mention names a day from the speaker's point of view: "tonight", "yesterday",
    /// "this morning".
    private func isSpeakersDay(_ mention: Range<Int>, _ tokens: [SentenceToken]) -> Bool {
        for k in mention {
            if Lexicon.Keys.speechDays.contains(tokens[k]) { return true }
            if k > mention.lowerBound, Lexicon.Keys.partsOfDay.contains(tokens[k]), tokens[k - 1].isWord(Lexicon.Keys.this) { return true }
        }
        return false
    }

    /// Whether the mention sits inside a quotation: a quote opened before it and not closed, or,
    /// in a sentence that continues a quotation, a closing quote after it and none before.
    private func isQuoted(_ mention: Range<Int>, _ tokens: [SentenceToken]) -> Bool {
        var straight = 0, open = false, sawQuote = false
        for t in tokens[..<mention.lowerBound] {
            switch t.mark {
            case "\"": straight += 1; sawQuote = true
            case "\u{201C}": open = true; sawQuote = true
            case "\u{201D}": open = false; sawQuote = true
            default: break
            }
        }
        if straight % 2 == 1 || open { return true }
        guard !sawQuote else { return false }
        for k in mention.upperBound..<tokens.count {
            guard let mark = tokens[k].mark else { continue }
            if mark == "\u{201D}" { return true }
            if mark == "\u{201C}" { return false }
            // A straight quote closes when no word touches it from the right.
            if mark == "\"" { return k + 1 == tokens.count || tokens[k + 1].range.lowerBound > tokens[k].range.upperBound || !tokens[k + 1].isWord }
        }
        return false
    }

    private func isBoundary(_ mention: Range<Int>, _ tokens: [SentenceToken]) -> Bool {
        let first = tokens[mention.lowerBound]
        if Lexicon.Keys.boundaryWords.contains(first) { return true }
        let before = mention.lowerBound - 1
        guard before >= 0, tokens[before].isWord else { return false }
        if Lexicon.Keys.boundaryWords.contains(tokens[before]) { return true }
        // "before March", "after 2010" bound a state; "after Tuesday's vote" dates the vote.
        if tokens[before].isWord(Lexicon.Keys.before) || tokens[before].isWord(Lexicon.Keys.after) {
            return !tokens[mention.upperBound - 1].isPossessive
        }
        // "as of Monday"
        return tokens[before].isWord(Lexicon.Keys.of) && before >= 1 && tokens[before - 1].isWord(Lexicon.Keys.asWord)
    }

    /// Whether the mention follows the words of a page's own stamp, with only a clock time, a zone or
    /// punctuation between: "last updated at 07:02 GMT, Friday, ...", "last modified", "was amended on",
    /// "Posted by NAME", "First broadcast BBC Radio 4, 4:30 PM Thu, ...". ("Last updated at 14:30 GMT Help In
    /// 2002 the tanker ..." leaves 2002 to the news.)
    private func isPageStamp(_ mention: Range<Int>, _ tokens: [SentenceToken]) -> Bool {
        let keys = Lexicon.Keys.self
        if isPrintNote(mention, tokens) || isCommentHeader(mention, tokens) { return true }
        var k = mention.lowerBound - 1
        var names = 0
        while k >= 1, mention.lowerBound - k <= 10 {
            let t = tokens[k], before = tokens[k - 1]
            // between the stamp's words and its date only a clock time, a zone and punctuation, except a
            // name after "Posted by" and a station after "First broadcast"
            if (t.isWord(keys.updated) || t.isWord(keys.modified)) && before.isWord(keys.last) { return names == 0 }
            if t.isWord(keys.amended) && before.isWord(keys.was) { return names == 0 }
            // "From the archive: 1 May 1992 Protests turn violent ...": a link to an old page
            if t.isWord(keys.archive), before.isWord(keys.the), k >= 2, tokens[k - 2].isWord(keys.from), tokens[k - 2].isCapitalized {
                return names == 0
            }
            // "First broadcast BBC Radio 4, ..." (a listing); "his first broadcast on Radio 1 on 19 August 1970" is news
            if t.isWord(keys.broadcast) && before.isWord(keys.first) && before.isCapitalized { return names <= 3 }
            // "Posted by chibeetle 2 May 2012" (a page's byline); "a video posted by the army on Monday" is news
            if before.isWord(keys.posted), before.isCapitalized, t.isWord(keys.by) || t.isWord(keys.on) || t.isWord(keys.at) { return names <= 1 }
            if t.isWord, !t.isNumber, !Lexicon.Keys.stampFillers.contains(t) {
                names += 1
                if names > 3 { return false }
            }
            k -= 1
        }
        return false
    }

    /// A reader's comment header: "At 8:28 pm on 29 May 2009, Bloofs wrote: ...", a capitalized "At", the
    /// date, a comma, a name of one to three words ("not_so_special_one" is one), "wrote:".
    private func isCommentHeader(_ mention: Range<Int>, _ tokens: [SentenceToken]) -> Bool {
        let keys = Lexicon.Keys.self
        var after = mention.upperBound
        guard mention.lowerBound > 0, tokens[mention.lowerBound - 1].isWord(keys.at), tokens[mention.lowerBound - 1].isCapitalized,
              after < tokens.count, tokens[after].mark == "," else { return false }
        after += 1
        var names = 0, parts = 0
        while after < tokens.count, parts < 12, !tokens[after].isWord(keys.wrote) {
            let t = tokens[after]
            // a name's inner parts are glued: "not_so_special_one", "mike-99", "J.Smith"
            let glued = parts > 0 && t.range.lowerBound == tokens[after - 1].range.upperBound
            if !t.isWord, !glued || !["_", "-", "."].contains(t.mark) { return false }
            if !glued { names += 1 }
            if names > 3 { return false }
            parts += 1
            after += 1
        }
        return names > 0 && after + 1 < tokens.count && tokens[after].isWord(keys.wrote) && tokens[after + 1].mark == ":"
    }

    /// A print-edition note: "This article appeared on p29 of the Main section section of the Guardian on
    /// Saturday 2 May 2009", "A version appeared on page 12 of the national edition on ...": "appeared on",
    /// a page, "of", then "section" or "edition" before the date.
    private func isPrintNote(_ mention: Range<Int>, _ tokens: [SentenceToken]) -> Bool {
        let keys = Lexicon.Keys.self
        var k = mention.lowerBound - 1
        var part = false
        while k >= 0, mention.lowerBound - k <= 25 {
            let t = tokens[k]
            if t.isWord(keys.section) || t.isWord(keys.edition) { part = true }
            if part, t.isWord(keys.appeared), k + 4 < mention.lowerBound, tokens[k + 1].isWord(keys.on),
               tokens[k + 3].isWord(keys.of) || tokens[k + 4].isWord(keys.of) {
                return true
            }
            k -= 1
        }
        return false
    }

    /// "said on Monday", "told reporters late on Tuesday", "said in a statement released Monday",
    /// "according to a statement on Monday": a reporting verb, then only filler words, then the date.
    private func reportedBefore(_ mention: Range<Int>, _ tokens: [SentenceToken]) -> Bool {
        var k = mention.lowerBound - 1
        var steps = 0
        while k >= 0, steps < 7 {
            let t = tokens[k]
            guard t.isWord else { return false }
            if Lexicon.Keys.reportingVerbs.contains(t) { return true }
            guard Lexicon.Keys.reportingFillers.contains(t) || t.isCapitalized else { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// "The ministry on Monday said": the date right before a reporting verb; or "On Monday, the
    /// Russian foreign ministry said": a date opening the sentence, a comma, a short subject, a
    /// reporting verb. (A date ending a clause, "... on Aug. 5, managers said", dates that clause.)
    private func reportedAfter(_ mention: Range<Int>, _ tokens: [SentenceToken]) -> Bool {
        var k = mention.upperBound
        guard k < tokens.count else { return false }
        if tokens[k].isWord { return Lexicon.Keys.reportingVerbs.contains(tokens[k]) && !tokens[k].isWord(Lexicon.Keys.according) }
        let opensSentence = tokens[..<mention.lowerBound].allSatisfy { !$0.isWord || $0.isAllCaps }
        guard opensSentence, tokens[k].mark == "," else { return false }
        k += 1
        var words = 0
        while k < tokens.count, words < 5 {
            let t = tokens[k]
            guard t.isWord else { return false }
            if Lexicon.Keys.reportingVerbs.contains(t) && !t.isWord(Lexicon.Keys.according) { return true }
            words += 1
            k += 1
        }
        return false
    }
}
