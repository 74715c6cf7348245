import ArticleReader
import DateNormalizer
import Foundation
import Testing
import Timeline
import TimelineTestSupport

/// Date selection on Timeline17 (`../shared/benchmarks/timeline17`), through the real reader and
/// normalizer, the extractor, the merger and `Chronology.select`: what `score.py` measures end to
/// end through the store and CLI. Skipped when `../shared` is absent.
///
/// By default only the three H1N1 topics run (debug builds normalize slowly); set `TIMELINE17_ALL=1`
/// for all ten timelines. Figures print per timeline.
@Suite("Timeline17 date selection", .enabled(if: FixturePath.shared("benchmarks/timeline17") != nil))
struct Timeline17Tests {
    struct Score {
        var topic: String
        var gold: Int
        var precision: Double
        var recall: Double
        var f1: Double
    }

    /// The candidates of one topic folder's articles.
    static func candidates(topic: URL) -> [EventCandidate] {
        var articles: [Article] = []
        ArticleReader().read(path: topic.appendingPathComponent("articles.jsonl").path) {
            if case .article(let a) = $0 { articles.append(a) }
        }
        let normalizer = Normalizer()
        let extractor = EventExtractor()
        return articles.flatMap { extractor.candidates(in: $0, mentions: normalizer.mentions(in: $0.body, reference: $0.published)) }
    }

    /// The date-selection scores of one topic folder, one per gold timeline.
    static func scores(topic: URL) throws -> [Score] {
        let clusters = Merger().merge(candidates(topic: topic))
        let lines = try String(contentsOf: topic.appendingPathComponent("timelines.jsonl"), encoding: .utf8).split(separator: "\n")
        return try lines.map { line in
            let timeline = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [[Any]])
            let gold = Set(timeline.compactMap { $0.first as? String })
            let first = try #require(gold.min().flatMap { CivilDate(iso: $0) })
            let last = try #require(gold.max().flatMap { CivilDate(iso: $0) }?.adding(days: 1))
            let range = try #require(CalendarInterval(start: first, end: last))
            let chosen = Chronology.select(clusters.filter { $0.date.interval.overlaps(range) }, maxEvents: gold.count)
            let predicted = Set(chosen.filter { $0.date.granularity == .day }.map { $0.date.interval.start.description })
            let hits = Double(predicted.intersection(gold).count)
            let p = predicted.isEmpty ? 0 : hits / Double(predicted.count)
            let r = hits / Double(gold.count)
            return Score(topic: topic.lastPathComponent, gold: gold.count, precision: p, recall: r, f1: p + r > 0 ? 2 * p * r / (p + r) : 0)
        }
    }

    @Test("date F1 of the most salient events beats the published 0.544")
    func dateF1() throws {
        let root = try #require(FixturePath.shared("benchmarks/timeline17"))
        let all = ProcessInfo.processInfo.environment["TIMELINE17_ALL"] == "1"
        let topics = try FileManager.default.contentsOfDirectory(atPath: root.path)
            .filter { !$0.contains(".") && (all || $0.hasPrefix("H1N1")) }.sorted()
        let scores = try topics.flatMap { try Self.scores(topic: root.appendingPathComponent($0)) }
        for s in scores {
            print(String(format: "timeline17 %@ gold_dates=%d date_p=%.3f date_r=%.3f date_f1=%.3f", s.topic, s.gold, s.precision, s.recall, s.f1))
        }
        let mean = scores.map(\.f1).reduce(0, +) / Double(max(1, scores.count))
        print(String(format: "timeline17 date_f1=%.3f n_timelines=%d", mean, scores.count))
        #expect(!scores.isEmpty)
        #expect(mean > 0.6, "mean date F1 \(mean)")
    }

    @Test("real candidates merge into the same events in any order, and neighbourhood by neighbourhood")
    func orderOnRealNews() throws {
        let root = try #require(FixturePath.shared("benchmarks/timeline17"))
        let candidates = Self.candidates(topic: root.appendingPathComponent("H1N1_guardian"))
        let baseline = Set(MergerOrderTests.shapes(candidates))
        #expect(baseline.count > 100)
        for seed in 1...3 {
            var rng = SeededRandom(seed: UInt64(seed))
            let shuffled = candidates.shuffled(using: &rng)
            #expect(Set(MergerOrderTests.shapes(shuffled)) == baseline, "seed \(seed)")
            // A store's view: each neighbourhood merged on its own.
            let byNeighbourhood = Dictionary(grouping: shuffled, by: \.neighbourhood)
            #expect(Set(byNeighbourhood.values.flatMap { MergerOrderTests.shapes($0) }) == baseline, "seed \(seed)")
        }
    }
}
