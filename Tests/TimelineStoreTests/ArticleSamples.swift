import ArticleReader
import DateNormalizer

/// Small articles written for the store tests.
enum ArticleSamples {
    static func article(
        _ number: Int, published: String? = "2024-02-23T08:15", source: String? = "Harbor Wire",
        format: ArticleFormat = .text
    ) -> Article {
        Article(
            title: "Ferry update \(number)",
            published: published.flatMap { Reference(parsing: $0) },
            source: source,
            url: "https://example.org/ferry/\(number)",
            place: "PORT KESWICK",
            paragraphs: [
                "Emergency ferries crossed the Alder River \(number) times on Tuesday, the port authority said.",
                "Crews began removing the collapsed span last week.",
            ],
            origin: "ferry-\(number).txt",
            format: format)
    }

    static func articles(_ range: Range<Int>) -> [Article] {
        range.map { article($0) }
    }
}
