import ArticleReader
import DateNormalizer
import Foundation
import Testing
import TimelineStore
import TimelineTestSupport

@testable import TimelineCLI

@Suite("Ingest pipeline")
struct IngestPipelineTests {
    @Test("items reach the writer in input order, across chunks and workers")
    func order() throws {
        let paths = (0..<300).map { "/nonexistent/timeline-\($0).txt" }
        let pipeline = IngestPipeline(reader: ArticleReader(), paths: paths, workers: 3)
        var files: [String] = []
        let completed = try pipeline.run { item in
            if case .rejected(let error) = item { files.append(error.file) }
        }
        #expect(completed)
        #expect(files == paths)
    }

    @Test("stop() ends the run before the next item and reports it incomplete")
    func stop() throws {
        let paths = (0..<300).map { "/nonexistent/timeline-\($0).txt" }
        let pipeline = IngestPipeline(reader: ArticleReader(), paths: paths, workers: 2)
        var seen = 0
        let completed = try pipeline.run { _ in
            seen += 1
            if seen == 10 { pipeline.stop() }
        }
        #expect(!completed)
        #expect(seen == 10)
    }

    @Test("an error thrown by the writer ends the run and is rethrown")
    func writerError() {
        struct DiskFull: Error, Equatable {}
        let pipeline = IngestPipeline(reader: ArticleReader(), paths: ["/nonexistent/a.txt", "/nonexistent/b.txt"])
        #expect(throws: DiskFull()) { _ = try pipeline.run { _ in throw DiskFull() } }
    }
}

@Suite("Ingest run")
struct IngestRunTests {
    @Test("a run stores every article of its inputs in order and counts the rejected ones")
    func run() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let lines = (0..<300).map { n in
            #"{"title": "Ferry log \#(n)", "published": "2024-03-05", "text": "Crossing \#(n) left the Front Street landing on Monday."}"#
        }
        let feed = try directory.write(lines.joined(separator: "\n") + "\nnot json\n", to: "wire.jsonl")
        let store = try TimelineStore.inMemory()
        let run = IngestRun(
            store: store, reader: ArticleReader(), paths: [feed, directory.path("missing.txt")], batchSize: 128,
            handlesSignals: false, meter: ProgressMeter(enabled: false))
        let outcome = run.run()
        #expect(outcome.interruption == nil && outcome.failure == nil)
        #expect(outcome.summary == "302 articles: 300 new, 0 unchanged, 2 rejected")
        #expect(try store.fetchArticles().map(\.title) == (0..<300).map { "Ferry log \($0)" })
    }
}

@Suite("Batch writer")
struct BatchWriterTests {
    static func article(_ n: Int, published: String? = "2024-03-05") -> AnalyzedArticle {
        AnalyzedArticle(
            analyzing: Article(
                title: "Ferry crossing \(n)", published: published.flatMap { Reference(parsing: $0) }, source: "Harbor Wire",
                paragraphs: ["The ferry crossed the Alder River on Monday, the port said. Trip \(n)."],
                origin: "wire.jsonl:\(n + 1)", format: .jsonl))
    }

    @Test("full batches are committed as they fill; the rest waits for commit()")
    func batches() throws {
        let store = try TimelineStore.inMemory()
        let writer = BatchWriter(store: store, batchSize: 4, report: { _ in })
        for n in 0..<10 { try writer.add(Self.article(n)) }
        #expect(try store.fetchArticleCount() == 8)
        #expect(writer.tally.new == 8)
        #expect(writer.tally.pending == 2)
        try writer.commit()
        #expect(try store.fetchArticleCount() == 10)
        #expect(writer.tally == IngestTally(new: 10, unchanged: 0, rejected: 0, undated: 0, warnings: 0, pending: 0))
    }

    @Test("a long run commits larger batches once it has committed that many articles")
    func longRunBatches() throws {
        let store = try TimelineStore.inMemory()
        let writer = BatchWriter(store: store, batchSize: 4, longRunBatchSize: 8, report: { _ in })
        var stored: [Int] = []
        for n in 0..<30 {
            try writer.add(Self.article(n))
            let count = try store.fetchArticleCount()
            if stored.last != count { stored.append(count) }
        }
        // Batches of 4 until 8 are stored, then of 8; the last 6 wait for commit().
        #expect(stored == [0, 4, 8, 16, 24])
        #expect(writer.tally.pending == 6)
        try writer.commit()
        #expect(try store.fetchArticleCount() == 30)
    }

    @Test("re-ingesting counts unchanged articles, and undated ones")
    func unchanged() throws {
        let store = try TimelineStore.inMemory()
        let first = BatchWriter(store: store, batchSize: 4, report: { _ in })
        for n in 0..<3 { try first.add(Self.article(n, published: n == 0 ? nil : "2024-03-05")) }
        try first.commit()
        let second = BatchWriter(store: store, batchSize: 4, report: { _ in })
        for n in 0..<5 { try second.add(Self.article(n, published: n == 0 ? nil : "2024-03-05")) }
        try second.commit()
        #expect(second.tally.summary == "5 articles: 2 new, 3 unchanged, 0 rejected, 1 undated")
    }

    @Test("an article the schema refuses is rejected and named; the rest of its batch is stored")
    func refusedArticle() throws {
        let store = try TimelineStore.inMemory()
        var messages: [String] = []
        let writer = BatchWriter(store: store, batchSize: 8, report: { messages.append($0) })
        var broken = Self.article(2)
        broken.article.contentHash = ""
        for item in [Self.article(1), broken, Self.article(3)] { try writer.add(item) }
        try writer.commit()
        #expect(try store.fetchArticles().map(\.title) == ["Ferry crossing 1", "Ferry crossing 3"])
        #expect(writer.tally.summary == "3 articles: 2 new, 0 unchanged, 1 rejected")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("rejected: wire.jsonl:3: not stored (CHECK constraint failed") == true)
    }
}
