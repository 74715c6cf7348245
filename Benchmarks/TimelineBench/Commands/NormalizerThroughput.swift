import ArgumentParser
import DateNormalizer
import Foundation

/// `timeline-bench normalizer`: DateNormalizer throughput on one core.
struct NormalizerThroughput: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalizer",
        abstract: "Time DateNormalizer alone on one core over a fixed news text corpus (MB/s).",
        discussion: """
            The corpus is the bodies of --articles generated articles (seed 42), each with its \
            publication date as reference; or, with --jsonl, the "text" of each line with its "published" \
            (or "reference") date, e.g. the Timeline17 articles. Texts are loaded first; only \
            Normalizer.mentions(in:reference:) is timed. Prints each round and the median.
            """)

    @Option(help: "Generated articles in the corpus.") var articles = 2_000
    @Option(help: "Rounds over the corpus.") var rounds = 5
    @Option(help: "Read texts from a JSONL file (or several, comma-separated) instead.") var jsonl: String?

    func run() throws {
        let texts = try jsonl.map(Self.load) ?? Self.generated(articles)
        let bytes = texts.reduce(0) { $0 + $1.text.utf8.count }
        let normalizer = Normalizer()
        var rates: [Double] = [], cpuRates: [Double] = []
        var mentions = 0
        for round in 0..<max(1, rounds) {
            mentions = 0
            let cpuStart = ThreadCPUTime.now()
            let elapsed = ContinuousClock().measure {
                for (text, reference) in texts { mentions += normalizer.mentions(in: text, reference: reference).count }
            }
            let cpu = ThreadCPUTime.now() - cpuStart
            rates.append(Double(bytes) / 1e6 / elapsed.seconds)
            cpuRates.append(Double(bytes) / 1e6 / cpu)
            print(String(format: "round %d: %.3f s wall, %.3f s CPU: %.1f MB/s wall, %.1f MB/s of CPU time",
                         round + 1, elapsed.seconds, cpu, rates[round], cpuRates[round]))
        }
        print(String(format: "normalizer: %d texts, %.1f MB, %d mentions (%.1f per KB), median %.1f MB/s wall, median %.1f MB/s CPU",
                     texts.count, Double(bytes) / 1e6, mentions, Double(mentions) * 1000 / Double(bytes),
                     Statistics.median(rates), Statistics.median(cpuRates)))
    }

    static func generated(_ count: Int) -> [(text: String, reference: Reference?)] {
        let generator = CorpusGenerator(seed: 42, count: count)
        return (0..<count).map { i in
            let article = generator.article(i)
            return (article.bodyText, Reference(parsing: article.date))
        }
    }

    static func load(_ paths: String) throws -> [(text: String, reference: Reference?)] {
        var texts: [(String, Reference?)] = []
        for path in paths.split(separator: ",") {
            let data = try Data(contentsOf: URL(fileURLWithPath: String(path)))
            for line in data.split(separator: 10) {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                      let text = object["text"] as? String
                else { continue }
                let date = (object["reference"] as? String) ?? (object["published"] as? String)
                // A native UTF-8 copy, as a Swift caller holds its texts.
                texts.append((String(decoding: Array(text.utf8), as: UTF8.self), date.flatMap { Reference(parsing: $0) }))
            }
        }
        return texts
    }
}
