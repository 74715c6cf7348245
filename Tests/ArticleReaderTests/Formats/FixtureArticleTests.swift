import ArticleReader
import Foundation
import Testing
import TimelineTestSupport

/// What one article read from a fixture must look like: `NAME.expected` beside `NAME` holds a JSON
/// array with one entry per article the input holds. (Not `.json`, so that reading the folder as a
/// directory of articles never takes the expectations for articles.)
struct ExpectedArticle: Decodable {
    var origin: String?
    var title: String
    var published: String?
    var source: String?
    var byline: String?
    var place: String?
    var url: String?
    var paragraphs: Int
    var sentences: Int
    var first: String
    var last: String
    var warnings: [String]
}

@Suite("Fixture articles in every format")
struct FixtureArticleTests {
    /// Every input under `Fixtures/Articles/{text,json,jsonl,html,markdown}/`, as `folder/name`.
    static func inputs() throws -> [String] {
        var result: [String] = []
        for folder in ["text", "json", "jsonl", "html", "markdown"] {
            let url = FixturePath.fixture("Articles/" + folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where !name.hasSuffix(".expected") {
                result.append(folder + "/" + name)
            }
        }
        return result
    }

    @Test("every format folder has fixtures, each with its expected output")
    func coverage() throws {
        let inputs = try FixtureArticleTests.inputs()
        for folder in ["text", "json", "jsonl", "html", "markdown"] {
            #expect(inputs.contains { $0.hasPrefix(folder + "/") }, "no fixture in Fixtures/Articles/\(folder)")
        }
        for input in inputs {
            let expected = FixturePath.fixture("Articles/" + input + ".expected")
            #expect(FileManager.default.fileExists(atPath: expected.path), "\(input) has no .expected")
        }
    }

    @Test("reads as expected", arguments: try inputs())
    func fixture(_ input: String) throws {
        let path = FixturePath.fixture("Articles/" + input).path
        let expectedData = try Data(contentsOf: URL(fileURLWithPath: path + ".expected"))
        let expected = try JSONDecoder().decode([ExpectedArticle].self, from: expectedData)
        let outcomes = Reading.read(path: path)
        #expect(outcomes.rejected.isEmpty, "\(input): \(outcomes.rejectedTexts)")
        try #require(outcomes.articles.count == expected.count, "\(input): \(outcomes.articles.count) articles, expected \(expected.count)")
        for (article, want) in zip(outcomes.articles, expected) {
            let label = "\(input) → \(want.title)"
            #expect(article.title == want.title, "\(label)")
            #expect(article.published?.description == want.published, "\(label)")
            #expect(article.source == want.source, "\(label)")
            #expect(article.byline == want.byline, "\(label)")
            #expect(article.place == want.place, "\(label)")
            #expect(article.url == want.url, "\(label)")
            #expect(article.paragraphs.count == want.paragraphs, "\(label): \(article.paragraphs)")
            #expect(article.sentences.count == want.sentences, "\(label): \(article.sentences.map(\.text))")
            #expect(article.sentences.first?.text == want.first, "\(label)")
            #expect(article.sentences.last?.text == want.last, "\(label)")
            #expect(article.origin == path + (want.origin ?? ""), "\(label)")
            #expect(article.isUndated == (want.published == nil), "\(label)")
            for sentence in article.sentences {
                #expect(Reading.slice(article.body, sentence.range) == sentence.text, "\(label): range \(sentence.range)")
            }
            let warnings = outcomes.warnings.filter { ($0.line.map { ":\($0)" } ?? "") == (want.origin ?? "") }.map(\.message)
            #expect(warnings == want.warnings, "\(label)")
        }
    }
}
