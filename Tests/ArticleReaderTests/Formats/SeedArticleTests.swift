import ArticleReader
import DateNormalizer
import Testing
import TimelineTestSupport

@Suite("The seed article in ../shared")
struct SeedArticleTests {
    @Test("reads headline, dateline, source, place and a clean body", .enabled(if: FixturePath.hasShared))
    func seed() throws {
        let url = try #require(FixturePath.shared("samples/seed-article.txt"))
        let outcomes = Reading.read(path: url.path)
        #expect(outcomes.rejected.isEmpty, "\(outcomes.rejectedTexts)")
        #expect(outcomes.warnings.isEmpty, "\(outcomes.warningTexts)")
        let article = try #require(outcomes.articles.first)
        #expect(outcomes.articles.count == 1)
        #expect(article.title == "Russia, US call for common ground over various issues")
        #expect(article.published?.description == "2015-12-16T09:37")
        #expect(article.source == "Xinhua")
        #expect(article.place == "MOSCOW")
        #expect(article.body.hasPrefix("Russian Foreign Minister Sergei Lavrov met"))
        #expect(article.body.hasSuffix("coordinate the international anti-terror fight."))
        #expect(article.paragraphs.count == 17)
        #expect(article.sentences.first?.text.hasPrefix("Russian Foreign Minister Sergei Lavrov met on Tuesday") == true)
        #expect(article.sentences.last?.text.hasSuffix("anti-terror fight.") == true)
        for sentence in article.sentences {
            #expect(Reading.slice(article.body, sentence.range) == sentence.text)
        }
        #expect(article.contentHash.count == 64)
        #expect(article.format == .text)
    }
}
