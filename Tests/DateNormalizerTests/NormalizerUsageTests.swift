import Testing

@Suite("usage example")
struct NormalizerUsageTests {
    @Test("the Examples/NormalizerUsage code tags its paragraph as documented")
    func example() {
        let lines = normalizerUsage()
        #expect(lines.contains("Dec. 16 → DATE 2015-12-16 [2015-12-16, 2015-12-17)"), "\(lines)")
        #expect(lines.contains("Tuesday → DATE 2015-12-15 [2015-12-15, 2015-12-16)"), "\(lines)")
        #expect(lines.contains("Nov. 14 → DATE 2015-11-14 [2015-11-14, 2015-11-15)"), "\(lines)")
        #expect(lines.contains("Friday → DATE 2015-12-18 [2015-12-18, 2015-12-19)"), "\(lines)")
        #expect(lines.contains("the end of January → DATE 2016-01 END [2016-01-21, 2016-02-01)"), "\(lines)")
        #expect(lines.contains("two days later → DATE 2016-01-27 [2016-01-27, 2016-01-28)"), "\(lines)")
    }
}
