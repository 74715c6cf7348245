import ArgumentParser
import ArticleReader
import DateNormalizer
import Foundation
import Timeline
import TimelineStore

/// `timeline-bench stages`: the cost of each per-article stage on one core.
struct Stages: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time reading, date normalization and event extraction of a corpus on one core, stage by stage.",
        discussion: "Articles are held in memory between stages: use a corpus of 10k articles or fewer.")

    @Argument(help: "A corpus file or folder.") var path: String

    func run() throws {
        let reader = ArticleReader()
        var articles: [Article] = []
        var cpu: [Double] = []
        var mark = ThreadCPUTime.now()
        func lap() {
            let now = ThreadCPUTime.now()
            cpu.append(now - mark)
            mark = now
        }
        let read = ContinuousClock().measure {
            reader.read(path: path) { outcome in if case .article(let article) = outcome { articles.append(article) } }
        }
        lap()
        let bytes = articles.reduce(0) { $0 + $1.body.utf8.count }
        let normalizer = Normalizer()
        mark = ThreadCPUTime.now()
        var mentions: [[TemporalMention]] = []
        mentions.reserveCapacity(articles.count)
        let normalize = ContinuousClock().measure {
            for article in articles { mentions.append(normalizer.mentions(in: article.body, reference: article.published)) }
        }
        lap()
        let extractor = EventExtractor()
        var candidates: [[EventCandidate]] = []
        let extract = ContinuousClock().measure {
            for (article, found) in zip(articles, mentions) { candidates.append(extractor.candidates(in: article, mentions: found)) }
        }
        lap()
        let all = candidates.flatMap { $0 }
        mark = ThreadCPUTime.now()
        let merge = ContinuousClock().measure {
            let byNeighbourhood = Dictionary(grouping: all, by: \.neighbourhood)
            let merger = Merger()
            for (_, group) in byNeighbourhood { _ = merger.merge(group) }
        }
        lap()
        // Storing: what the single writer does, batches of 256 in one transaction each, then the merge
        // of the dirty neighbourhoods (which runs on every core: its CPU time here is this thread's share).
        let database = NSTemporaryDirectory() + "timeline-bench-stages-\(getpid()).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
        let store = try TimelineStore(path: database)
        let analyzed = zip(zip(articles, mentions), candidates).map { AnalyzedArticle(article: $0.0, mentions: $0.1, candidates: $1) }
        mark = ThreadCPUTime.now()
        let insert = try ContinuousClock().measure {
            var start = 0
            while start < analyzed.count {
                try store.add(analyzed[start..<min(start + TimelineStore.recommendedBatchSize, analyzed.count)])
                start += TimelineStore.recommendedBatchSize
            }
        }
        lap()
        let storeMerge = try ContinuousClock().measure { try store.mergeEvents() }
        lap()
        let n = Double(articles.count)
        print(String(format: "%d articles, %.1f MB of body text, %d mentions, %d candidates", articles.count, Double(bytes) / 1e6,
                     mentions.reduce(0) { $0 + $1.count }, all.count))
        print("stage       wall s    CPU s   articles per CPU s   body MB per CPU s")
        for (i, (name, time)) in [
            ("read", read), ("normalize", normalize), ("extract", extract), ("merge", merge), ("insert", insert),
            ("store+merge", storeMerge),
        ].enumerated() {
            let line = name.padding(toLength: 10, withPad: " ", startingAt: 0)
                + String(format: " %7.3f  %7.3f  %12.0f  %14.1f", time.seconds, cpu[i], n / cpu[i], Double(bytes) / 1e6 / cpu[i])
            print(line)
        }
    }
}
