import ArgumentParser
import Foundation

/// `timeline-bench generate`: writes a deterministic corpus.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write N generated news articles (deterministic for a seed).",
        discussion: """
            jsonl (default) writes DIR/articles.jsonl, or DIR/part-01.jsonl ... with --parts; mixed writes \
            one file per article in every format (text, JSON, HTML, Markdown; every fifth article goes to \
            DIR/feed.jsonl), a thousand files per folder. Never commit generated data: write it to /tmp.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, mixed }

    @Option(help: "How many articles.") var articles: Int
    @Option(help: "The seed: the same seed and count give the same corpus.") var seed: UInt64 = 42
    @Option(help: "jsonl or mixed.") var format: Format = .jsonl
    @Option(help: "Split the JSONL corpus into this many files, in date order.") var parts: Int = 1
    @Option(name: .shortAndLong, help: "The output folder (created).") var output: String

    func run() throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let generator = CorpusGenerator(seed: seed, count: articles)
        var bytes = 0
        let started = ContinuousClock.now
        switch format {
        case .jsonl:
            let parts = max(1, min(self.parts, articles))
            for part in 0..<parts {
                let name = parts == 1 ? "articles.jsonl" : String(format: "part-%02d.jsonl", part + 1)
                let file = try OutputFile(path: output + "/" + name)
                for i in (part * articles / parts)..<((part + 1) * articles / parts) {
                    var random = SeededRandom(seed: seed, stream: 3, item: UInt64(i))
                    file.write(ArticleFormats.jsonLine(generator.article(i), keepBoilerplate: random.chance(33)))
                    file.write("\n")
                }
                bytes += file.close()
            }
        case .mixed:
            let feed = try OutputFile(path: output + "/feed.jsonl")
            for i in 0..<articles {
                let article = generator.article(i)
                let folder = output + String(format: "/%04d", i / 1000)
                if i % 1000 == 0 { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                let (text, ext): (String, String)
                switch i % 5 {
                case 0: (text, ext) = (ArticleFormats.text(article), "txt")
                case 1: (text, ext) = (ArticleFormats.json(article), "json")
                case 2: (text, ext) = (ArticleFormats.html(article), "html")
                case 3: (text, ext) = (ArticleFormats.markdown(article), "md")
                default:
                    feed.write(ArticleFormats.jsonLine(article, keepBoilerplate: true) + "\n")
                    continue
                }
                let file = try OutputFile(path: folder + String(format: "/%07d.", i) + ext)
                file.write(text)
                bytes += file.close()
            }
            bytes += feed.close()
        }
        let seconds = (ContinuousClock.now - started).seconds
        print(String(format: "%d articles, %.1f MB, %.1f s", articles, Double(bytes) / 1e6, seconds))
    }
}

/// A file written through one large buffer.
final class OutputFile {
    private let handle: UnsafeMutablePointer<FILE>
    private var written = 0

    init(path: String) throws {
        guard let handle = fopen(path, "w") else { throw ValidationError("cannot write \(path)") }
        self.handle = handle
        setvbuf(handle, nil, _IOFBF, 1 << 20)
    }

    func write(_ s: String) {
        var s = s
        s.withUTF8 { buffer in written += fwrite(buffer.baseAddress, 1, buffer.count, handle) }
    }

    /// Closes the file. - Returns: The bytes written.
    func close() -> Int {
        fclose(handle)
        return written
    }
}
