import ArgumentParser
import ArticleReader
import DateNormalizer
import Foundation
import Timeline

/// `timeline-bench stages`: the cost of each per-article stage on one core.
struct Stages: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time reading, date normalization and event extraction of a corpus on one core, stage by stage.",
        discussion: "Articles are held in memory between stages: use a corpus of 10k articles or fewer.")

    @Argument(help: "A corpus file or folder.") var path: String

    func run() throws {
        let reader = ArticleReader()
        var articles: [Article] = []
        let read = ContinuousClock().measure {
            reader.read(path: path) { outcome in if case .article(let article) = outcome { articles.append(article) } }
        }
        let bytes = articles.reduce(0) { $0 + $1.body.utf8.count }
        let normalizer = Normalizer()
        var mentions: [[TemporalMention]] = []
        mentions.reserveCapacity(articles.count)
        let normalize = ContinuousClock().measure {
            for article in articles { mentions.append(normalizer.mentions(in: article.body, reference: article.published)) }
        }
        let extractor = EventExtractor()
        var candidates: [[EventCandidate]] = []
        let extract = ContinuousClock().measure {
            for (article, found) in zip(articles, mentions) { candidates.append(extractor.candidates(in: article, mentions: found)) }
        }
        let all = candidates.flatMap { $0 }
        let merge = ContinuousClock().measure {
            let byNeighbourhood = Dictionary(grouping: all, by: \.neighbourhood)
            let merger = Merger()
            for (_, group) in byNeighbourhood { _ = merger.merge(group) }
        }
        let n = Double(articles.count)
        print(String(format: "%d articles, %.1f MB of body text, %d mentions, %d candidates", articles.count, Double(bytes) / 1e6,
                     mentions.reduce(0) { $0 + $1.count }, all.count))
        for (name, time) in [("read", read), ("normalize", normalize), ("extract", extract), ("merge", merge)] {
            print(String(format: "%-10@ %7.3f s  %8.0f articles/s  %6.1f MB/s", name as NSString, time.seconds, n / time.seconds,
                         Double(bytes) / 1e6 / time.seconds))
        }
    }
}
