import DateNormalizer
import Testing
import TimelineTestSupport

/// Any input is safe: spans stay inside the text, `text` is exactly the slice, mentions never overlap.
@Suite("robustness")
struct RobustnessTests {
    static let pieces = [
        "May", "may", "March", "Tuesday", "Tues.", "Dec.", "15", "2015", "1990s", "12/16/2015", "2015-12-16", "the", "of", "on", "last",
        "next", "week", "ago", "three", "days", "early", "end", "from", "to", "-", "/", ".", ",", "'", "’", "–", " ", "  ", "\n",
        "😀", "👩‍👩‍👧", "e\u{301}", "שלום", "مرحبا", "\u{200F}", "\u{0}", "\u{FEFF}", "9", "a.m.", "pm", "Christmas", "Q3", "H1N1",
        "nineteen", "ninety", "first", "quarter", "1,000", "%", "$", "Friday's", "year's", "New", "Year", "Eve", "between", "and",
    ]

    static func check(_ text: String, _ mentions: [TemporalMention], _ label: String) {
        let scalars = Array(text.unicodeScalars)
        var last = 0
        for m in mentions {
            #expect(m.span.lowerBound >= last && m.span.lowerBound < m.span.upperBound && m.span.upperBound <= scalars.count,
                    "\(label): span \(m.span) out of bounds or overlapping (\(scalars.count) scalars)")
            guard m.span.upperBound <= scalars.count, m.span.lowerBound >= 0, m.span.lowerBound <= m.span.upperBound else { return }
            let slice = String(String.UnicodeScalarView(scalars[m.span]))
            #expect(slice == m.text, "\(label): text '\(m.text)' is not the slice '\(slice)'")
            last = m.span.upperBound
        }
    }

    @Test("random phrases built from date words, punctuation and Unicode", arguments: 0..<40)
    func randomPhrases(seed: Int) {
        var rng = SeededRandom(seed: UInt64(seed) &* 7919)
        let normalizer = Normalizer()
        let reference = Reference(parsing: "2015-12-16")
        for round in 0..<25 {
            let count = Int.random(in: 0...60, using: &rng)
            var text = ""
            for _ in 0..<count {
                text += RobustnessTests.pieces.randomElement(using: &rng) ?? ""
                if Bool.random(using: &rng) { text += " " }
            }
            RobustnessTests.check(text, normalizer.mentions(in: text, reference: reference), "seed \(seed) round \(round): \(text.debugDescription)")
        }
    }

    @Test("random bytes decoded as UTF-8", arguments: 0..<20)
    func randomBytes(seed: Int) {
        var rng = SeededRandom(seed: UInt64(seed) &+ 12345)
        let bytes = (0..<Int.random(in: 0...2000, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let text = String(decoding: bytes, as: UTF8.self)
        RobustnessTests.check(text, Normalizer().mentions(in: text, reference: Reference(parsing: "2015-12-16")), "seed \(seed)")
    }

    @Test("pathological inputs: long digit runs, long lines, repeated dates")
    func pathological() {
        let normalizer = Normalizer()
        let reference = Reference(parsing: "2015-12-16")
        let digits = String(repeating: "7", count: 100_000)
        #expect(normalizer.mentions(in: digits, reference: reference).isEmpty)
        let dates = String(repeating: "May 4-9, 2015 to Dec. 16 ", count: 5_000)
        let m = normalizer.mentions(in: dates, reference: reference)
        RobustnessTests.check(dates, m, "repeated dates")
        #expect(m.count >= 5_000)
        let words = String(repeating: "one two three four five six seven eight nine ", count: 5_000)
        RobustnessTests.check(words, normalizer.mentions(in: words, reference: reference), "number words")
        let line = String(repeating: "x", count: 1_000_000) + " on Tuesday"
        let tail = normalizer.mentions(in: line, reference: reference)
        #expect(tail.map(\.text) == ["Tuesday"])
        #expect(tail.first?.span == 1_000_004..<1_000_011)
    }

    @Test("spans count Unicode scalars, not bytes or characters")
    func scalarOffsets() {
        let text = "👩‍👩‍👧 e\u{301}té, שלום: on Tuesday"
        let m = Normalizer().mentions(in: text, reference: Reference(parsing: "2015-12-16"))
        #expect(m.map(\.text) == ["Tuesday"])
        let start = Array(text.unicodeScalars).count - 7
        #expect(m.first?.span == start..<(start + 7))
    }

    @Test("scalar offsets stay exact after runs of 2-, 3- and 4-byte characters of every length")
    func scalarOffsetsAfterMultibyteRuns() {
        let alphabet: [Character] = ["é", "ש", "€", "😀", "a", "—"]
        let normalizer = Normalizer()
        for length in 0..<24 {
            let run = String((0..<length).map { alphabet[($0 * 7 + length) % alphabet.count] })
            let text = run + " on Tuesday " + run + run + " and on Dec. 15 " + run
            let m = normalizer.mentions(in: text, reference: Reference(parsing: "2015-12-16"))
            #expect(m.map(\.text) == ["Tuesday", "Dec. 15"], "run of \(length)")
            let scalars = Array(text.unicodeScalars)
            for mention in m where mention.span.upperBound <= scalars.count {
                #expect(String(String.UnicodeScalarView(scalars[mention.span])) == mention.text, "run of \(length): \(mention.span)")
            }
        }
    }
}
