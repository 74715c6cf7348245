import ArticleReader
import DateNormalizer
import Testing

@Suite("Plain text articles")
struct TextFormatTests {
    @Test("header lines before the headline, and breadcrumbs, are read and skipped")
    func beforeHeadline() throws {
        let text = """
            Home | World | Asia
            Published: 2016-03-01 08:00

            Typhoon makes landfall in the south
            By Wei Chen | Example Daily

            The typhoon made landfall early on Tuesday, officials said.
            """
        let a = try #require(Reading.article(text))
        #expect(a.title == "Typhoon makes landfall in the south")
        #expect(a.published?.description == "2016-03-01T08:00")
        #expect(a.byline == "Wei Chen")
        #expect(a.source == "Example Daily")
        #expect(a.paragraphs == ["The typhoon made landfall early on Tuesday, officials said."])
    }

    @Test("a place dateline on a line of its own, and an agency-only opening")
    func placeLines() throws {
        let own = try #require(Reading.article("Quake hits coast\nMay 3, 2016\n\nTOKYO, May 3 (Kyodo) --\nA strong quake struck on Tuesday."))
        #expect(own.place == "TOKYO")
        #expect(own.source == "Kyodo")
        #expect(own.paragraphs == ["A strong quake struck on Tuesday."])
        let agency = try #require(Reading.article("Oil rises\nMay 3, 2016\n\n(Reuters) - Oil prices rose on Tuesday."))
        #expect(agency.place == nil)
        #expect(agency.source == "Reuters")
        #expect(agency.body == "Oil prices rose on Tuesday.")
    }

    @Test("a mid-story Related: heading drops its links; the story goes on")
    func midStoryRelated() throws {
        let text = """
            Talks resume in Geneva
            May 3, 2016

            Envoys met again on Tuesday.
            Related:
            - Earlier talks collapse
            - Envoy resigns
            Both sides said they were hopeful.
            Read more: Envoys meet again
            Advertisement
            They will meet again on Friday.
            """
        let a = try #require(Reading.article(text))
        #expect(a.paragraphs == ["Envoys met again on Tuesday.", "Both sides said they were hopeful.", "They will meet again on Friday."])
    }

    @Test("a list inside the story keeps its items when prose follows it")
    func listInStory() throws {
        let text = "Budget approved\nMay 3, 2016\n\nThe budget includes:\n- more money for schools\n- a new bridge\nIt passed by 30 votes to 12.\n"
        #expect(Reading.article(text)?.paragraphs == ["The budget includes:", "more money for schools", "a new bridge", "It passed by 30 votes to 12."])
    }

    @Test("options.reference dates an undated article without a warning; a dateline beats it")
    func reference() throws {
        let options = ArticleReader.Options(reference: Reference(parsing: "2016-05-01"))
        let undated = Reading.read("Museum reopens\n\nThe museum reopened on Saturday.", name: "a.txt", options: options)
        #expect(undated.articles.first?.published?.description == "2016-05-01")
        #expect(undated.warnings.isEmpty)
        let dated = Reading.article("Museum reopens\nMay 3, 2016\n\nThe museum reopened on Saturday.", options: options)
        #expect(dated?.published?.description == "2016-05-03")
    }

    @Test("a forced format wins over the extension")
    func forcedFormat() {
        let json = #"{"title": "Forced", "published": "2016-05-03", "text": "Read as JSON."}"#
        #expect(Reading.read(json, name: "a.txt", options: .init(format: .json)).articles.first?.title == "Forced")
        // As text, the one line is a headline with no story under it.
        #expect(Reading.read(json, name: "a.txt").rejected.map(\.reason) == [.noText])
    }

    @Test("content decides the format when the name has no known extension")
    func sniffing() {
        let cases: [(String, String)] = [
            (#"{"title": "JSON", "text": "Body."}"#, "JSON"),
            ("{\"title\": \"L1\", \"text\": \"Body.\"}\n{\"title\": \"L2\", \"text\": \"Body.\"}\n", "L1"),
            ("<!DOCTYPE html><title>HTML</title><p>Body.</p>", "HTML"),
            ("---\ntitle: MD\n---\nBody.", "MD"),
            ("Plain\n\nBody.", "Plain"),
        ]
        for (content, title) in cases {
            #expect(Reading.read(content, name: "-").articles.first?.title == title, "\(content)")
        }
    }
}
