import DateNormalizer
import Foundation
import Testing
import TimelineTestSupport

/// Seeded property runs over the invariants the fuzzer checks (`MentionInvariants`): every fixture
/// phrase, and random sentences of date words, numbers in and out of range, and noise.
@Suite("Normalizer properties (seeded)")
struct NormalizerPropertyTests {
    @Test("every fixture phrase, with and without a reference, keeps the invariants", arguments: Corpus.names())
    func fixtures(name: String) throws {
        let normalizer = Normalizer()
        for c in try Corpus.load(name) {
            for reference in [c.reference.flatMap { Reference(parsing: $0) }, nil] {
                let mentions = normalizer.mentions(in: c.text, reference: reference)
                let problem = MentionInvariants.violation(in: c.text, mentions)
                #expect(problem == nil, "\(c.location) \(c.text.debugDescription): \(problem ?? "")")
            }
        }
    }

    /// Pieces that build dates, near-dates and impossible dates.
    static let pieces = [
        "Jan.", "Feb", "February", "Sept.", "May", "march", "Tuesday", "Sun", "the", "of", "on", "in", "at", "from", "to", "until",
        "between", "and", "last", "next", "this", "ago", "later", "early", "mid-", "late", "end", "week", "weeks", "month", "year",
        "years", "decade", "century", "quarter", "half", "winter", "Christmas", "Easter", "Ramadan", "night", "morning", "noon",
        "a.m.", "p.m.", "GMT", "every", "daily", "since", "about", "1990s", "'90s", "fiscal", "FY", "Q3", "H2", "BC", "AD",
        "-", "–", "/", ".", ",", ":", "'", "’", "(", ")", "\"", " ", "\n", "\t", "\u{0}", "\u{202E}", "é", "😀", "洪水",
    ]

    /// A number that is sometimes a plausible day, month, year or time and sometimes not.
    static func number(_ g: inout SeededRandom) -> String {
        switch g.below(8) {
        case 0: return String(g.below(32))
        case 1: return String(28 + g.below(5))
        case 2: return String(1900 + g.below(200))
        case 3: return String(g.below(100_000))
        case 4: return String(format: "%02d:%02d", g.below(26), g.below(62))
        case 5: return String(format: "%04d-%02d-%02d", g.below(10_001), g.below(14), g.below(33))
        case 6: return String(format: "%d/%d/%d", g.below(14), g.below(33), g.below(3000))
        default: return ["0", "00", "0000", "99999", "32nd", "31st", "0th", "1st", "2nd", "13th"][g.below(10)]
        }
    }

    @Test("random sentences of date words and numbers in and out of range keep the invariants", arguments: 0..<8)
    func randomSentences(seed: UInt64) {
        var g = SeededRandom(seed: 0xDA7E_0000 &+ seed)
        for round in 0..<150 {
            var words: [String] = []
            for _ in 0..<g.below(24) {
                words.append(g.below(3) == 0 ? Self.number(&g) : Self.pieces[g.below(Self.pieces.count)])
            }
            let text = words.joined(separator: g.below(4) == 0 ? "" : " ")
            let bytes = [UInt8(g.below(4)), UInt8(g.below(256)), UInt8(g.below(256))] + Array(text.utf8)
            let input = NormalizerFuzzInput(bytes)
            let mentions = Normalizer(options: input.options).mentions(in: input.text, reference: input.reference)
            let problem = MentionInvariants.violation(in: input.text, mentions)
            #expect(problem == nil, "seed \(seed) round \(round) \(bytes.prefix(3)) \(input.text.debugDescription): \(problem ?? "")")
        }
    }
}
