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
}
