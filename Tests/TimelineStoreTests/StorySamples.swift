import ArticleReader
import DateNormalizer

/// A small story written for the chronology tests of the store: a flood in the fictional town of
/// Lindmere, reported by four articles (real normalizer and extractor run on them).
enum StorySamples {
    static func article(_ title: String, _ published: String, _ source: String, _ paragraphs: [String]) -> Article {
        Article(
            title: title, published: Reference(parsing: published), source: source,
            url: "https://news.example/\(published.prefix(10))", paragraphs: paragraphs,
            origin: "\(title.prefix(12)).txt", format: .text)
    }

    static let levee = article(
        "River Vell breaks levee at Lindmere", "2015-12-16T09:00", "Vell Courier",
        [
            "The River Vell broke through the levee at Harbor Bridge on Tuesday, flooding 200 homes in Lindmere.",
            "Mayor Ines Sørlie said the town would open two shelters on Thursday.",
            "The levee was last repaired in 2009.",
        ])

    static let shelters = article(
        "Lindmere opens flood shelters", "2015-12-18T08:00", "Lindmere Post",
        [
            "Lindmere opened two flood shelters on Thursday, two days after the River Vell broke through the levee at Harbor Bridge.",
            "The levee breach on Dec. 15 flooded about 200 homes, officials said.",
            "Schools will reopen on Monday, Dec. 21.",
        ])

    static let inquiry = article(
        "Regional council orders levee inquiry", "2016-01-08T14:00", "Vell Courier",
        [
            "The regional council ordered an inquiry on Thursday into the Dec. 15 levee failure at Harbor Bridge.",
            "Café owners on Quay Street reopened in late December, the chamber of commerce said.",
        ])

    static let market = article(
        "Lindmere market reopens", "2015-12-16T18:00", "Lindmere Post",
        [
            "The Lindmere winter market reopened on Tuesday after a week of repairs to its stalls.",
        ])

    static let all = [levee, shelters, inquiry, market]
}
