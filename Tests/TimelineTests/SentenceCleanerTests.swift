import Testing
@testable import Timeline

@Suite("SentenceCleaner")
struct SentenceCleanerTests {
    @Test("a place dateline is removed from the summary", arguments: [
        ("MOSCOW -- Lavrov met Kerry on Tuesday.", "Lavrov met Kerry on Tuesday."),
        ("MOSCOW, Dec. 15 (Reuters) - Lavrov met Kerry.", "Lavrov met Kerry."),
        ("BEIJING, Dec. 16 (Xinhua) -- China said on Wednesday it would help.", "China said on Wednesday it would help."),
        ("WASHINGTON, D.C. \u{2014} The Senate voted on Friday.", "The Senate voted on Friday."),
        ("(AP) \u{2014} The storm hit on Friday.", "The storm hit on Friday."),
        ("CAPE CANAVERAL, Fla. -- NASA launched Juno.", "NASA launched Juno."),
        ("PORT-AU-PRINCE, Haiti -- Aid arrived on Monday.", "Aid arrived on Monday."),
        ("HOUSTON | Thu Jul 1, 2010 7:46 pm EDT HOUSTON (Reuters) - Storm Alex slowed work.", "Storm Alex slowed work."),
    ])
    func dateline(sentence: String, expected: String) {
        #expect(SentenceCleaner().summary(sentence) == expected)
    }

    @Test("a live page's header is the length of its stamp; a sentence that mentions an update has none", arguments: [
        ("12 October 2011 Last updated at 20:01 GMT Help The legal team dropped its claim.", "The legal team dropped its claim."),
        ("7 November 2011 Last updated at 21:40 GMT The jury reached a verdict.", "The jury reached a verdict."),
        ("8 November 2011 Last updated at 06:28 Michael Jackson's doctor was found guilty.", "Michael Jackson's doctor was found guilty."),
        ("The page was Last updated at 20:01 GMT on Friday.", ""),
        ("Officials said the list was last updated at 9:00 on Friday.", ""),
    ])
    func liveHeader(sentence: String, rest: String) {
        let scalars = Array(sentence.unicodeScalars)
        let n = SentenceCleaner().stampPrefixLength(scalars)
        #expect(rest.isEmpty ? n == 0 : String(String.UnicodeScalarView(scalars[n...])) == rest, "\(sentence)")
    }

    @Test("sentences that merely start with capitals keep their start", arguments: [
        "Russian Foreign Minister Sergei Lavrov met Kerry - briefly - on Tuesday.",
        "US President Barack Obama - who spoke on Monday - said little.",
        "NATO and the EU met on Monday.",
        "The vote - held on Sunday - was close.",
    ])
    func notDateline(sentence: String) {
        #expect(SentenceCleaner().summary(sentence) == sentence)
    }

    @Test("white space is tidied and tokenized punctuation closed up", arguments: [
        ("Kerry   arrived in\tMoscow on Monday evening .", "Kerry arrived in Moscow on Monday evening."),
        ("  The toll rose to 51 , officials said ( on Thursday ) .  ", "The toll rose to 51, officials said (on Thursday)."),
        (", who apologized on Thursday, spoke again.", "who apologized on Thursday, spoke again."),
    ])
    func whitespace(sentence: String, expected: String) {
        #expect(SentenceCleaner().summary(sentence) == expected)
    }

    @Test("an unmatched quote gets its partner", arguments: [
        ("The vote is on March 12,\" he said.", "\"The vote is on March 12,\" he said."),
        ("He said: \"We will vote on March 12.", "He said: \"We will vote on March 12.\""),
        ("\"We will vote on March 12.", "\"We will vote on March 12.\""),
        ("\"Yes,\" he said, \"on March 12.", "\"Yes,\" he said, \"on March 12.\""),
        ("\u{201C}We will win on Sunday, she said.", "\u{201C}We will win on Sunday, she said.\u{201D}"),
        ("We will win on Sunday,\u{201D} she said.", "\u{201C}We will win on Sunday,\u{201D} she said."),
        ("\"Balanced,\" he said on Monday.", "\"Balanced,\" he said on Monday."),
    ])
    func quotes(sentence: String, expected: String) {
        #expect(SentenceCleaner().summary(sentence) == expected)
    }

    @Test("in a sentence of statements joined by semicolons, the summary is the one that holds the date", arguments: [
        ("It did not assign blame; a final report is due in the fall.", "the fall", "A final report is due in the fall."),
        ("The report is due in the fall; it will not assign blame.", "the fall", "The report is due in the fall."),
        ("MOSCOW -- Talks ended; the envoys meet again on Dec. 18 in Paris.", "Dec. 18", "The envoys meet again on Dec. 18 in Paris."),
    ])
    func semicolon(sentence: String, mention: String, expected: String) throws {
        let scalars = Array(sentence.unicodeScalars)
        let cleaner = SentenceCleaner()
        let text = Array(mention.unicodeScalars)
        let position = try #require(scalars.indices.first { Array(scalars[$0..<min(scalars.count, $0 + text.count)]) == text })
        #expect(cleaner.semicolonPart(scalars, around: position, droppingPrefix: cleaner.datelinePrefixLength(scalars)) == expected)
    }

    @Test("a short statement, or a semicolon inside a quotation or parentheses, keeps the whole sentence", arguments: [
        "Talks went on for hours and ended without a deal; next round Friday.",
        "\"We lost; we vote again on Friday,\" he said.",
        "The vote (first round; runoff later) is on Friday.",
    ])
    func noSemicolonPart(sentence: String) throws {
        let scalars = Array(sentence.unicodeScalars)
        let position = try #require(scalars.indices.first { scalars[$0] == "F" })
        #expect(SentenceCleaner().semicolonPart(scalars, around: position, droppingPrefix: 0) == nil)
    }
}
