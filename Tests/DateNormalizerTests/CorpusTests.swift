@testable import DateNormalizer
import Testing
import TimelineTestSupport

/// Every fixture phrase, each its own test: exactly one mention covering the phrase (or its marked
/// part, prepositions aside), with the expected value, modifier and interval.
@Suite("fixture corpus")
struct CorpusTests {
    static let cases: [CorpusCase] = Corpus.names().flatMap { (try? Corpus.load($0)) ?? [] }
    static let normalizers: [String: Normalizer] = [
        "mdy": Normalizer(options: .init(dateOrder: .mdy)), "dmy": Normalizer(options: .init(dateOrder: .dmy)),
    ]

    @Test("every fixture file parses", arguments: Corpus.names())
    func fileParses(name: String) throws {
        let cases = try Corpus.load(name)
        #expect(!cases.isEmpty, "\(name).txt holds no case")
    }

    @Test("the corpus holds at least 500 phrasings")
    func size() {
        #expect(CorpusTests.cases.count >= 500, "only \(CorpusTests.cases.count) phrasings")
    }

    @Test("a fixture phrase yields its expected mention", arguments: CorpusTests.cases)
    func phrase(_ c: CorpusCase) throws {
        let normalizer = CorpusTests.normalizers[c.dateOrder] ?? Normalizer()
        let reference = c.reference.flatMap { Reference(parsing: $0) }
        let mentions = normalizer.mentions(in: c.text, reference: reference)
        let inside = mentions.filter { $0.span.overlaps(c.target) }
        let got = inside.map { "\($0.text) = \($0.timex.value)\($0.timex.mod.map { " " + $0.rawValue } ?? "") [\($0.rule): \($0.resolution ?? "")]" }
        guard let expected = c.value else {
            #expect(inside.isEmpty, "\(c.location) \"\(c.text)\": expected no mention, got \(got)")
            return
        }
        guard inside.count == 1, let m = inside.first else {
            Issue.record("\(c.location) \"\(c.text)\": expected one mention \(expected), got \(got.isEmpty ? "none" : got.joined(separator: "; "))")
            return
        }
        let scalars = Array(c.text.unicodeScalars)
        let outside = String(String.UnicodeScalarView(scalars[c.target.lowerBound..<max(c.target.lowerBound, m.span.lowerBound)]))
            + " " + String(String.UnicodeScalarView(scalars[min(c.target.upperBound, m.span.upperBound)..<c.target.upperBound]))
        let extra = outside.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { !Corpus.contextWords.contains($0) }
        #expect(m.span.lowerBound >= c.target.lowerBound && m.span.upperBound <= c.target.upperBound && extra.isEmpty,
                "\(c.location) \"\(c.text)\": mention '\(m.text)' does not cover the phrase (left out: \(extra)) [\(m.rule)]")
        #expect(m.timex.value == expected, "\(c.location) \"\(c.text)\": expected \(expected), got \(got[0])")
        #expect(m.timex.mod?.rawValue == c.mod, "\(c.location) \"\(c.text)\": expected mod \(c.mod ?? "none"), got \(got[0])")
        if let i = c.interval {
            let gotInterval = m.timex.interval.map { "\($0.start) \($0.end)" } ?? "none"
            #expect(gotInterval == "\(i.start) \(i.end)", "\(c.location) \"\(c.text)\": expected interval \(i.start) \(i.end), got \(gotInterval) [\(m.rule)]")
        }
    }

    @Test("every grammar rule is exercised by some fixture line")
    func coverage() {
        var fired = Set<String>()
        for c in CorpusTests.cases {
            let normalizer = CorpusTests.normalizers[c.dateOrder] ?? Normalizer()
            for m in normalizer.mentions(in: c.text, reference: c.reference.flatMap { Reference(parsing: $0) }) { fired.insert(m.rule) }
        }
        let missing = Set(Grammar.shared.rules.map(\.name)).subtracting(fired).sorted()
        #expect(missing.isEmpty, "rules with no fixture line: \(missing.joined(separator: ", "))")
    }

    @Test("every rule Plausibility checks by name is a rule of the grammar")
    func checkedRulesExist() {
        let names = Set(Grammar.shared.rules.map(\.name))
        let checked = CheckedRule.allCases.filter { $0 != .other }
        let unknown = checked.map(\.rawValue).filter { !names.contains($0) }
        #expect(unknown.isEmpty, "checked rule names the grammar lacks: \(unknown)")
    }
}
