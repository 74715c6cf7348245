import DateNormalizer
import Foundation
import Testing
import TimelineTestSupport

/// Every input the fuzzer (`Fuzz/run.sh normalizer`) ever stopped on, kept in
/// `Fixtures/fuzz-regressions/normalizer/` and replayed with the harness's own decoding
/// (`NormalizerFuzzInput`) and invariants (`MentionInvariants`).
@Suite("Fuzz regressions: DateNormalizer")
struct NormalizerFuzzRegressionTests {
    static func inputs() throws -> [String] {
        let folder = FixturePath.fixture("fuzz-regressions/normalizer").path
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    @Test("each kept input normalizes without breaking an invariant", arguments: try inputs())
    func replay(file: String) throws {
        let bytes = Array(try Data(contentsOf: FixturePath.fixture("fuzz-regressions/normalizer/" + file)))
        let input = NormalizerFuzzInput(bytes)
        let mentions = Normalizer(options: input.options).mentions(in: input.text, reference: input.reference)
        let problem = MentionInvariants.violation(in: input.text, mentions)
        #expect(problem == nil, "\(file): \(problem ?? "")")
    }

    @Test("the invariants catch what they should: an out-of-range span, a wrong slice, an impossible value")
    func invariantsBite() throws {
        let text = "on Tuesday"
        let day = try #require(CivilDate(iso: "2015-12-15"))
        let good = TemporalMention(text: "Tuesday", span: 3..<10, timex: Timex(type: .date, value: "2015-12-15", interval: CalendarInterval(day: day), granularity: .day), rule: "r")
        #expect(MentionInvariants.violation(in: text, [good]) == nil)
        var outside = good
        outside.span = 3..<11
        #expect(MentionInvariants.violation(in: text, [outside])?.contains("out of bounds") == true)
        var slice = good
        slice.text = "Tuesda"
        #expect(MentionInvariants.violation(in: text, [slice])?.contains("not the slice") == true)
        var impossible = good
        impossible.timex.value = "2015-02-30"
        impossible.timex.interval = nil
        #expect(MentionInvariants.violation(in: text, [impossible])?.contains("not a date value") == true)
        var yearless = impossible
        yearless.timex.value = "XXXX-02-30"
        #expect(MentionInvariants.violation(in: text, [yearless])?.contains("not a date value") == true)
        var wrongInterval = good
        wrongInterval.timex.value = "2015-12-16"
        #expect(MentionInvariants.violation(in: text, [wrongInterval])?.contains("is not inside the period") == true)
        #expect(MentionInvariants.violation(in: text, [good, good])?.contains("overlaps") == true)
        for value in ["2015-W50", "2015-Q3", "2015-SU", "199", "19", "2015-12-16TNI", "2015-12-17T10:30", "P2Y", "PT2H30M", "PRESENT_REF", "XXXX-WXX-2", "2015-12-14/2015-12-18"] {
            #expect(TimexCheck.isReference(value) || TimexCheck.isDateOrRange(value) || TimexCheck.isDuration(value), "\(value)")
        }
        for value in ["2015-13", "2015-W54", "2015-Q5", "P", "PT", "2015-12-16T25:00", "20155", "2015--12", "P2"] {
            #expect(!(TimexCheck.isReference(value) || TimexCheck.isDateOrRange(value) || TimexCheck.isDuration(value)), "\(value)")
        }
    }
}
