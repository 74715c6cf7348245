import ArticleReader
import Foundation
import Testing
import TimelineTestSupport

@testable import TimelineStore

@Suite("Concurrent writers")
struct ConcurrencyTests {
    @Test("two stores on one file add overlapping batches at the same time; both succeed, nothing is duplicated")
    func twoWriters() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("shared.sqlite")
        let first = try TimelineStore(path: path, options: .init(busyTimeout: 30))
        let second = try TimelineStore(path: path, options: .init(busyTimeout: 30))

        // Articles 0..<600 and 300..<900, in batches of 50, written from two tasks at once.
        async let a: Int = Self.ingest(0..<600, into: first)
        async let b: Int = Self.ingest(300..<900, into: second)
        let (newByA, newByB) = try await (a, b)

        #expect(newByA + newByB == 900)
        #expect(try first.fetchArticleCount() == 900)
        let hashes = try first.fetchArticles().map(\.contentHash)
        #expect(Set(hashes).count == 900)
    }

    @Test("two processes' worth of stores opening a new file at once both migrate it without error")
    func openingRace() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("fresh.sqlite")
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    let store = try TimelineStore(path: path)
                    return try store.add(ArticleSamples.articles(worker * 10..<worker * 10 + 10)).count
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(counts == 40)
        #expect(try TimelineStore(path: path).fetchArticleCount() == 40)
    }

    private static func ingest(_ range: Range<Int>, into store: TimelineStore) async throws -> Int {
        var new = 0
        for start in stride(from: range.lowerBound, to: range.upperBound, by: 50) {
            new += try store.add(ArticleSamples.articles(start..<min(start + 50, range.upperBound))).filter(\.isNew).count
            await Task.yield()
        }
        return new
    }
}
