import ArticleReader
import DateNormalizer
import Testing
import Timeline

@Suite("EventExtractor")
struct EventExtractorTests {
    static let reference = Reference(parsing: "2015-12-16T09:37")!

    /// A mention of `text` at its first occurrence in `body`.
    static func mention(_ text: String, in body: String, _ value: String, type: TimexType? = nil, mod: TimexMod? = nil) -> TemporalMention {
        let scalars = Array(body.unicodeScalars), needle = Array(text.unicodeScalars)
        var start = 0
        while Array(scalars[start..<start + needle.count]) != needle { start += 1 }
        let (interval, granularity) = Story.interval(of: value)
        let timex = Timex(type: type ?? (value.contains("T") ? .time : .date), value: value, mod: mod, interval: interval, granularity: granularity)
        return TemporalMention(text: text, span: start..<start + needle.count, timex: timex, rule: "test")
    }

    /// An article whose paragraphs are split into sentences at ". " as a real splitter would.
    static func article(_ paragraphs: [String], published: Reference? = reference) -> Article {
        var article = Article(title: "Test", published: published, paragraphs: paragraphs, origin: "test", format: .text)
        var sentences: [Sentence] = []
        var offset = 0
        for (p, paragraph) in paragraphs.enumerated() {
            var start = 0
            let scalars = Array(paragraph.unicodeScalars)
            for i in scalars.indices where scalars[i] == "." && (i + 1 == scalars.count || scalars[i + 1] == " ") {
                let text = String(String.UnicodeScalarView(scalars[start...i]))
                sentences.append(Sentence(text: text, range: offset + start..<offset + i + 1, paragraph: p))
                start = i + 2
            }
            offset += scalars.count + 2
        }
        article.sentences = sentences
        return article
    }

    @Test("each sentence of a paragraph is read on its own")
    func sentencesInParagraph() throws {
        let article = Self.article(["Kerry arrived in Moscow on Monday evening. Lavrov met Kerry on Tuesday in the Kremlin.", "The Syria group met in Vienna on November 14 to discuss the truce."])
        let body = article.body
        let mentions = [
            Self.mention("on November 14", in: body, "2015-11-14"),
            Self.mention("on Monday evening", in: body, "2015-12-14TEV"),
            Self.mention("on Tuesday", in: body, "2015-12-15"),
        ]
        let candidates = EventExtractor().candidates(in: article, mentions: mentions)
        #expect(candidates.map(\.sentenceIndex) == [0, 1, 2])
        #expect(candidates.map(\.date.value) == ["2015-12-14TEV", "2015-12-15", "2015-11-14"])
        #expect(candidates.map(\.summary) == ["Kerry arrived in Moscow on Monday evening.", "Lavrov met Kerry on Tuesday in the Kremlin.", "The Syria group met in Vienna on November 14 to discuss the truce."])
        #expect(candidates.allSatisfy { $0.articleHash == article.contentHash && $0.published == Self.reference.date })
        #expect(candidates[1].mention == "on Tuesday")
        #expect(candidates[1].entities == ["Kerry", "Kremlin"])
    }

    @Test("a live page's header dates its undated lead, and the summary leaves it out")
    func liveHeader() {
        let article = Self.article(["12 October 2011 Last updated at 20:01 GMT Help The legal team has dropped its claim that the singer took the dose himself."])
        let candidates = EventExtractor().candidates(in: article, mentions: [Self.mention("12 October 2011", in: article.body, "2011-10-12")])
        #expect(candidates.map(\.date.value) == ["2011-10-12"])
        #expect(candidates.map(\.summary) == ["The legal team has dropped its claim that the singer took the dose himself."])
    }

    @Test("a mention across a sentence boundary dates neither sentence")
    func acrossSentences() {
        let article = Self.article(["The truce held until Monday. Tuesday brought new fighting in the east."])
        let mention = Self.mention("Monday. Tuesday", in: article.body, "2015-12-14")
        #expect(EventExtractor().candidates(in: article, mentions: [mention]).isEmpty)
    }

    @Test("an undated article keeps only dates that state their year")
    func undated() {
        let article = Self.article(["The treaty was signed on June 5, 1998 in Oslo. Talks resumed on Tuesday in Geneva."], published: nil)
        let mentions = [Self.mention("on June 5, 1998", in: article.body, "1998-06-05"), Self.mention("on Tuesday", in: article.body, "2015-12-15")]
        #expect(EventExtractor().candidates(in: article, mentions: mentions).map(\.date.value) == ["1998-06-05"])
    }

    @Test("open-ended dates, decades, durations and references date nothing")
    func ineligible() {
        let article = Self.article(["Prices rose before March and in the 1990s and for two years and now and again."])
        let body = article.body
        let mentions = [
            Self.mention("before March", in: body, "2016-03", mod: .before),
            Self.mention("the 1990s", in: body, "199"),
            Self.mention("two years", in: body, "P2Y"),
            Self.mention("now", in: body, "PRESENT_REF"),
        ]
        #expect(EventExtractor().candidates(in: article, mentions: mentions).isEmpty)
    }

    @Test("a list of dates yields at most four candidates")
    func list() {
        let text = "The ship called at Lima on January 5, Quito on January 9, Accra on February 2, Oslo on March 3 and Kabul on April 7."
        let article = Self.article([text])
        let mentions = [("January 5", "2015-01-05"), ("January 9", "2015-01-09"), ("February 2", "2015-02-02"), ("March 3", "2015-03-03"), ("April 7", "2015-04-07")]
            .map { Self.mention($0.0, in: article.body, $0.1) }
        #expect(EventExtractor().candidates(in: article, mentions: mentions.reversed()).map(\.date.value) == ["2015-01-05", "2015-01-09", "2015-02-02", "2015-03-03"])
    }

    @Test("a time glossed in another zone is one event, not two")
    func gloss() {
        let text = "The pipe was cut at 1930 CDT on 1 June (0030 GMT 2 June) by a robot."
        let article = Self.article([text])
        let mentions = [Self.mention("1930 CDT on 1 June", in: article.body, "2015-06-01T19:30"), Self.mention("0030 GMT 2 June", in: article.body, "2015-06-02T00:30")]
        #expect(EventExtractor().candidates(in: article, mentions: mentions).map(\.date.value) == ["2015-06-01T19:30"])
        let two = "The pipe was cut on 1 June and (on 2 June) the cap was fitted."
        let other = Self.article([two])
        let both = [Self.mention("1 June", in: other.body, "2015-06-01"), Self.mention("2 June", in: other.body, "2015-06-02")]
        #expect(EventExtractor().candidates(in: other, mentions: both).map(\.date.value) == ["2015-06-01", "2015-06-02"])
    }

    @Test("a possessive date opening the sentence, and the day news was posted, date their event", arguments: [
        ("Tuesday's earthquake killed 200 people in the north.", "Tuesday", "2015-12-15"),
        ("A video posted by the army on Monday shows the damage.", "on Monday", "2015-12-14"),
        ("The host marks the 40th anniversary of his first broadcast on 19 August 1970.", "19 August 1970", "1970-08-19"),
        ("26 August 2010 Last updated at 14:30 GMT Help In 2002 the tanker broke up off the coast.", "2002", "2002"),
        ("The ministry on Monday said aid would arrive.", "on Monday", "2015-12-14"),
    ])
    func single(text: String, mention: String, value: String) {
        let article = Self.article([text])
        let candidates = EventExtractor().candidates(in: article, mentions: [Self.mention(mention, in: article.body, value)])
        #expect(candidates.map(\.date.value) == [value])
    }

    @Test("a schedule, an offset from an event named after it, and the speaker's day in a quotation date nothing", arguments: [
        ("The boats run every 15 minutes from 5:30 a.m. to 11 p.m. on weekdays.", "15 minutes from 5:30 a.m. to 11 p.m.", "2015-12-16T05:30"),
        ("Okafor quit his post two weeks after the bridge collapsed.", "two weeks after", "2015-12-30"),
        ("\"Tonight our first thought is for the people who were hurt,\" the mayor said.", "Tonight", "2015-12-16TNI"),
        ("\u{201C}We will sign it today,\u{201D} she said at the border crossing.", "today", "2015-12-16"),
        ("We will know more by tomorrow,\" the minister told the crowd in the square.", "tomorrow", "2015-12-17"),
        ("He said: \"The talks this morning went well for both sides.", "this morning", "2015-12-16TMO"),
        ("Page last updated at 07:02 GMT, Friday, 16 September 2011 The singer's brother criticised the concert.", "Friday, 16 September 2011", "2011-09-16"),
        ("This article was amended on 19 May 2010.", "19 May 2010", "2010-05-19"),
        ("Posted by chibeetle 2 May 2012 The island is reached by ferry.", "2 May 2012", "2012-05-02"),
        ("First broadcast BBC Radio 4, 4:30 PM Thu, 11 Jun 2009 The programme asks what went wrong.", "4:30 PM Thu, 11 Jun 2009", "2009-06-11T16:30"),
        ("A version appeared on p7 of the Main section section of the Guardian on 00.38 BST on Saturday 2 May 2009.",
         "Saturday 2 May 2009", "2009-05-02"),
        ("This story appeared on page 12 of the national edition on Friday.", "Friday", "2015-12-11"),
        ("From the archive: 1 May 1992 Protests turn violent after a jury acquits four policemen.", "1 May 1992", "1992-05-01"),
        ("At 8:28 pm on 29 May 2009, Bloofs wrote: This comment was removed by the moderators.", "8:28 pm on 29 May 2009", "2009-05-29T20:28"),
        ("At 5:49 pm on 02 Jun 2009, not_so_special_one wrote: The same event affected people differently.", "5:49 pm on 02 Jun 2009", "2009-06-02T17:49"),
    ])
    func datesNothing(text: String, mention: String, value: String) {
        let article = Self.article([text])
        #expect(EventExtractor().candidates(in: article, mentions: [Self.mention(mention, in: article.body, value)]).isEmpty, "\(text)")
    }

    @Test("the speaker's day outside a quotation, and a stated date inside one, date their sentence", arguments: [
        ("The mayor spoke to reporters tonight at city hall.", "tonight", "2015-12-16TNI"),
        ("\"We will sign the accord on December 21,\" he said.", "on December 21", "2015-12-21"),
        ("\"It is over,\" the mayor said tonight at city hall.", "tonight", "2015-12-16TNI"),
        ("The report appeared on Friday in a section of the council's website.", "on Friday", "2015-12-11"),
        ("Police took the files from the archive on Friday.", "on Friday", "2015-12-11"),
        ("The minister resigned on Friday, officials wrote: the letter is online.", "on Friday", "2015-12-11"),
    ])
    func datesSomething(text: String, mention: String, value: String) {
        let article = Self.article([text])
        #expect(EventExtractor().candidates(in: article, mentions: [Self.mention(mention, in: article.body, value)]).map(\.date.value) == [value], "\(text)")
    }
}
