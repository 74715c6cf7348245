import ArticleReader
import Foundation
import Testing
import TimelineTestSupport

/// Every input the fuzzer (`Fuzz/run.sh reader`) stopped on or found worth keeping, in
/// `Fixtures/fuzz-regressions/reader/`, replayed with the harness's own decoding (`ReaderFuzzInput`)
/// and invariants (`OutcomeInvariants`).
@Suite("Fuzz regressions: ArticleReader")
struct ReaderFuzzRegressionTests {
    static func inputs() throws -> [String] {
        let folder = FixturePath.fixture("fuzz-regressions/reader").path
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    @Test("each kept input reads without breaking an invariant", arguments: try inputs())
    func replay(file: String) throws {
        let input = ReaderFuzzInput(Array(try Data(contentsOf: FixturePath.fixture("fuzz-regressions/reader/" + file))))
        let problem = OutcomeInvariants.violation(name: input.name, input.read())
        #expect(problem == nil, "\(file): \(problem ?? "")")
    }

    @Test("the invariants catch what they should: a sentence that is not its slice, a body that is not its paragraphs")
    func invariantsBite() throws {
        var article = try #require(ReaderFuzzInput(Array("\u{2}Ferry resumes\nPublished: Dec. 16, 2015\n\nThe ferry resumed on Tuesday. Crews cheered.\n".utf8))
            .read().compactMap { if case .article(let a) = $0 { a } else { nil } }.first)
        #expect(OutcomeInvariants.problem(article, name: "input.txt") == nil)
        #expect(OutcomeInvariants.violation(name: "input.txt", [.article(article)]) == nil)
        #expect(OutcomeInvariants.violation(name: "input.txt", []) != nil)
        #expect(OutcomeInvariants.violation(name: "input.txt", [.warning(ArticleReaderWarning(file: "other.txt", message: "x"))]) != nil)
        var shifted = article
        shifted.sentences[0].range = 1..<(shifted.sentences[0].range.upperBound + 1)
        #expect(OutcomeInvariants.problem(shifted, name: "input.txt")?.contains("not body[range]") == true)
        article.body += "\n\nextra"
        #expect(OutcomeInvariants.problem(article, name: "input.txt") == "body is not the paragraphs joined")
    }
}
