import ArticleReader
import DateNormalizer

/// Turns the dated statements of an article into event candidates.
///
/// Every sentence with a DATE or TIME mention that anchors something that happened or is scheduled
/// yields a candidate: the date, the sentence, a readable summary, the mention and the named
/// entities. Use it between the normalizer and the store:
///
/// ```swift
/// let mentions = Normalizer().mentions(in: article.body, reference: article.published)
/// let candidates = EventExtractor().candidates(in: article, mentions: mentions)
/// // "The ISSG met in Vienna on Nov. 14 to discuss the conflict." → 2015-11-14, "on Nov. 14"
/// ```
///
/// How a sentence is read:
/// - Durations, sets, `PRESENT_REF`-style values, decades and centuries, open-ended dates
///   ("before March", "since 2010", "until Friday"), dates of a series ("every Monday") and offsets
///   from an event named after them ("two weeks after the bridge collapsed") date nothing.
/// - A reporting date ("..., the government said on Monday") dates the sentence only when it has
///   no other date: "Greece will hold a referendum on March 12, the government said on Monday" is
///   a March 12 event.
/// - Two dates joined as a range ("from March 9 to 12", "Monday and Tuesday") date it by the start.
/// - A coarse date that contains a finer one of the same sentence ("In March ... on March 9") gives
///   way to the finer one.
/// - Any other distinct dates each anchor a clause of their own, so each yields a candidate
///   (at most four per sentence), all sharing the sentence and its summary.
/// - Headlines, related-headline lists and navigation make no candidates, nor does a place
///   dateline at the start of the body (`MOSCOW, Dec. 15 (Reuters) -`).
/// - The summary is the sentence made readable (``SentenceCleaner``); in a sentence that joins
///   statements with semicolons, it is the statement that holds the date.
/// - An article without a publication date keeps only dates whose mention states the year.
public struct EventExtractor: Sendable {
    /// The most candidates one sentence yields; more dates than this in one sentence is a list.
    let maxPerSentence = 4

    /// Creates an extractor.
    public init() {}

    /// Returns the event candidates of `article`, in sentence order.
    ///
    /// - Parameters:
    ///   - article: The article; its sentences' ranges are offsets in `article.body`.
    ///   - mentions: The temporal mentions of `article.body` (spans in Unicode scalars of the body),
    ///     resolved against `article.published`.
    /// - Returns: The candidates, at most one per sentence and date.
    public func candidates(in article: Article, mentions: [TemporalMention]) -> [EventCandidate] {
        let eligible = mentions.compactMap { eligibleDate(of: $0, published: article.published?.date) }
            .sorted { $0.mention.span.lowerBound < $1.mention.span.lowerBound }
        guard !eligible.isEmpty else { return [] }
        var result: [EventCandidate] = []
        var capitals: MidSentenceCapitals?
        var boilerplate: Boilerplate?
        var next = 0
        for (index, sentence) in article.sentences.enumerated() {
            while next < eligible.count, eligible[next].mention.span.lowerBound < sentence.range.lowerBound { next += 1 }
            var inside: [DatedMention] = []
            var k = next
            while k < eligible.count, eligible[k].mention.span.lowerBound < sentence.range.upperBound {
                if eligible[k].mention.span.upperBound <= sentence.range.upperBound { inside.append(eligible[k]) }
                k += 1
            }
            guard !inside.isEmpty else { continue }
            let names = capitals ?? MidSentenceCapitals(body: Array(article.body.utf8))
            capitals = names
            let guardrail = boilerplate ?? Boilerplate(title: article.title)
            boilerplate = guardrail
            result += candidates(in: sentence, index: index, mentions: inside, article: article, capitals: names, boilerplate: guardrail)
        }
        return result
    }

    /// A mention with the event date it may give.
    struct DatedMention {
        var mention: TemporalMention
        var date: EventDate
        /// Token indices of the mention in its sentence.
        var tokens: Range<Int> = 0..<0
        var role: MentionRole = .event
    }

    /// The date a mention can give an event, or nil when it dates nothing.
    ///
    /// - Parameters:
    ///   - mention: A mention of the article.
    ///   - published: The article's publication day; nil when undated.
    func eligibleDate(of mention: TemporalMention, published: CivilDate?) -> DatedMention? {
        guard let date = EventDate(mention.timex), !date.isOpenEnded, date.granularity <= .year,
              !date.value.hasSuffix("_REF"), date.value.utf8.first.map({ $0 >= 48 && $0 <= 57 }) ?? false
        else { return nil }
        // Without a reference only explicit dates resolve; guard against a normalizer that guessed a year.
        if published == nil, !mention.text.contains(String(date.interval.start.year)) { return nil }
        return DatedMention(mention: mention, date: date)
    }

    private func candidates(
        in sentence: Sentence, index: Int, mentions: [DatedMention], article: Article, capitals: MidSentenceCapitals,
        boilerplate: Boilerplate
    ) -> [EventCandidate] {
        let scalars = Array(sentence.text.unicodeScalars)
        let tokens = SentenceTokenizer().tokens(scalars)
        guard !boilerplate.isBoilerplate(sentence.text, tokens: tokens) else { return [] }
        let cleaner = SentenceCleaner()
        let prefix = cleaner.datelinePrefixLength(scalars)
        let roles = MentionRoleReader()
        var dated: [DatedMention] = []
        for var m in mentions {
            let begin = m.mention.span.lowerBound - sentence.range.lowerBound
            let end = m.mention.span.upperBound - sentence.range.lowerBound
            // A date inside the place dateline is the publication date, not an event.
            guard begin >= prefix else { continue }
            guard let first = tokens.firstIndex(where: { $0.range.upperBound > begin }),
                  first < tokens.count, tokens[first].range.lowerBound < end
            else { continue }
            var last = first + 1
            while last < tokens.count, tokens[last].range.lowerBound < end { last += 1 }
            m.tokens = first..<last
            m.role = roles.role(of: m.tokens, in: tokens)
            if m.role.datesEvent { dated.append(m) }
        }
        let chosen = choose(dated, tokens: tokens)
        guard !chosen.isEmpty else { return [] }
        // a live page's header ("12 October 2011 Last updated at 20:01 GMT") stays out of the summary
        let shown = max(prefix, cleaner.stampPrefixLength(scalars))
        let summary = cleaner.summary(scalars, droppingPrefix: shown)
        let firstToken = tokens.firstIndex { $0.range.lowerBound >= shown } ?? tokens.count
        let entities = EntityFinder().entities(in: tokens, of: scalars, from: firstToken, capitals: capitals)
        let hasSemicolon = sentence.text.utf8.contains(UInt8(ascii: ";"))
        return chosen.map { m in
            let begin = m.mention.span.lowerBound - sentence.range.lowerBound
            let part = hasSemicolon ? cleaner.semicolonPart(scalars, around: begin, droppingPrefix: prefix) : nil
            return EventCandidate(
                articleHash: article.contentHash, sentenceIndex: index, sentence: sentence.text, summary: part ?? summary,
                mention: m.mention.text, date: m.date, entities: entities, published: article.published?.date)
        }
    }

    /// Drops each mention that `drop` says only continues the one kept before it, given the tokens
    /// between them.
    static func dropFollowers(
        _ kept: inout [DatedMention], tokens: [SentenceToken],
        where drop: (DatedMention, DatedMention, ArraySlice<SentenceToken>) -> Bool
    ) {
        var i = 1
        while i < kept.count {
            let a = kept[i - 1], b = kept[i]
            if drop(a, b, tokens[min(a.tokens.upperBound, b.tokens.lowerBound)..<b.tokens.lowerBound]) {
                kept.remove(at: i)
            } else {
                i += 1
            }
        }
    }

    /// Picks the event dates of one sentence; see the type's documentation for the rules.
    func choose(_ mentions: [DatedMention], tokens: [SentenceToken]) -> [DatedMention] {
        var kept = mentions
        // Range ends: "from March 9 to 12", "Monday and Tuesday".
        Self.dropFollowers(&kept, tokens: tokens) { a, b, between in
            between.count <= 2
                && between.allSatisfy { Lexicon.Keys.rangeConnectors.contains($0) || [Unicode.Scalar("-"), "\u{2013}", "\u{2014}"].contains($0.mark) }
                && b.date.interval.start >= a.date.interval.start
        }
        // A gloss: "at 1930 CDT on 1 June (0030 GMT 2 June)", "on Tuesday (Wednesday in Asia)" tells the
        // same moment in another zone, not a second event.
        Self.dropFollowers(&kept, tokens: tokens) { _, _, between in between.count == 1 && between.first?.mark == "(" }
        if kept.contains(where: { $0.role == .event }) { kept.removeAll { $0.role == .reporting } }
        // A coarse date around a finer one of the same sentence is its context, not another event.
        kept = kept.filter { m in
            !kept.contains { other in
                other.date.effectiveInterval.dayCount < m.date.effectiveInterval.dayCount
                    && m.date.effectiveInterval.contains(other.date.effectiveInterval)
            }
        }
        var seen: Set<String> = []
        kept = kept.filter { seen.insert($0.date.value + "|" + ($0.date.mod?.rawValue ?? "")).inserted }
        return Array(kept.prefix(maxPerSentence))
    }
}
