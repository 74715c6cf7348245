import ArticleReader
import DateNormalizer
import Foundation
import Testing

/// Large inputs are made by the tests in temporary folders, never committed.
@Suite("Large inputs")
struct LargeInputTests {
    /// Size of the big streamed feed, in MB: 16 by default so the debug test stays quick; set
    /// `TIMELINE_BIG_INPUT_MB=200` to run it at the size of issue 7.
    static let bigMB = Int(ProcessInfo.processInfo.environment["TIMELINE_BIG_INPUT_MB"] ?? "") ?? 16

    @Test("a 10 MB single-line text file is read in one pass, its title taken from its first sentence")
    func tenMegabyteLine() throws {
        let dir = try TemporaryDirectory()
        let sentence = "Rescue teams searched the flooded valley again on Tuesday as the water slowly receded. "
        let line = String(repeating: sentence, count: 10_000_000 / sentence.utf8.count)
        let path = try dir.write("long.txt", line)
        let outcomes = Reading.read(path: path)
        let article = try #require(outcomes.articles.first)
        #expect(article.title == "Rescue teams searched the flooded valley again on Tuesday as the water slowly receded.")
        #expect(article.sentences.count == 10_000_000 / sentence.utf8.count)
        #expect(article.paragraphs.count == 1)
        #expect(outcomes.warnings.map(\.message).contains("no headline; the title is taken from the first sentence"))
    }

    @Test("a 10 MB JSONL line and a 10 MB word without spaces are read")
    func tenMegabyteJSONLine() throws {
        let dir = try TemporaryDirectory()
        let word = String(repeating: "x", count: 10_000_000)
        let feed = #"{"title": "Long", "published": "2016-05-02", "text": "\#(word)"}"# + "\n"
            + #"{"title": "Short", "published": "2016-05-03", "text": "A short one."}"# + "\n"
        let outcomes = Reading.read(path: try dir.write("feed.jsonl", feed))
        #expect(outcomes.articles.map(\.title) == ["Long", "Short"])
        #expect(outcomes.articles.first?.body.utf8.count == 10_000_000)
    }

    @Test("a file larger than the limit is rejected by its size without being read")
    func tooLarge() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/huge.txt"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 200 << 20)  // 200 MB, sparse
        try handle.close()
        #expect(Reading.read(path: path).rejectedTexts == ["\(path): too large (200 MB; the limit is 64 MB)"])
    }

    @Test("a JSONL line over the limit is rejected by number, and the lines around it are read")
    func longJSONLineOverLimit() throws {
        let dir = try TemporaryDirectory()
        let big = String(repeating: "y", count: 3_000_000)
        let feed = #"{"title": "Before", "published": "2016-05-01", "text": "Before."}"# + "\n"
            + #"{"title": "Huge", "text": "\#(big)"}"# + "\n"
            + #"{"title": "After", "published": "2016-05-03", "text": "After."}"# + "\n"
        let outcomes = Reading.read(path: try dir.write("feed.jsonl", feed), options: .init(maxInputBytes: 1 << 20))
        #expect(outcomes.articles.map(\.title) == ["Before", "After"])
        #expect(outcomes.rejected.map(\.line) == [2])
        #expect(outcomes.rejected.first?.reason.message == "too large (2.9 MB; the limit is 1 MB)")
    }

    @Test("a big JSONL feed streams through, every line read in order")
    func bigFeed() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/big.jsonl"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        let body = String(repeating: "Talks went on through the night in Geneva. ", count: 70)
        var lines = 0
        var written = 0
        var chunk = ""
        while written < Self.bigMB << 20 {
            lines += 1
            chunk += #"{"title": "Report \#(lines)", "published": "2016-05-02", "text": "\#(body)"}"# + "\n"
            if chunk.utf8.count > 1 << 20 {
                written += chunk.utf8.count
                handle.write(Data(chunk.utf8))
                chunk = ""
            }
        }
        handle.write(Data(chunk.utf8))
        try handle.close()
        var count = 0
        var inOrder = true
        ArticleReader().read(path: path) { outcome in
            guard case .article(let article) = outcome else { return }
            count += 1
            if article.title != "Report \(count)" { inOrder = false }
        }
        #expect(count == lines)
        #expect(inOrder)
    }
}
