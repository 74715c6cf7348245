import ArticleReader
import Foundation
import Testing
import TimelineTestSupport

@Suite("Input records: split on one thread, read on others")
struct InputRecordTests {
    /// The outcomes of reading every record `split(path:)` gives, in order.
    static func splitThenRead(_ path: String, options: ArticleReader.Options = .init()) -> (records: Int, outcomes: Outcomes) {
        let reader = ArticleReader(options: options)
        var records: [InputRecord] = []
        reader.split(path: path) { records.append($0) }
        var outcomes = Outcomes()
        for record in records { reader.read(record) { outcomes.add($0) } }
        return (records.count, outcomes)
    }

    @Test("reading the records of a folder gives exactly what read(path:) gives", arguments: ["text", "json", "jsonl", "html", "markdown"])
    func sameOutcomes(folder: String) {
        let path = FixturePath.fixture("Articles/" + folder).path
        let direct = Reading.read(path: path)
        let (_, split) = Self.splitThenRead(path)
        #expect(!direct.all.isEmpty)
        #expect(split.all == direct.all)
    }

    @Test("a JSONL feed is one record per non-blank line; bad lines are rejected by number when their record is read")
    func jsonlLines() throws {
        let dir = try TemporaryDirectory()
        let feed = try dir.write("wire.jsonl", """
            {"title": "Ferry resumes", "published": "2024-03-05", "text": "The ferry resumed on Monday."}

            not json
            {"title": "Bridge closes", "published": "2024-03-06", "text": "The bridge closed on Tuesday."}

            """)
        let (records, outcomes) = Self.splitThenRead(feed)
        #expect(records == 3)
        #expect(outcomes.articles.map(\.title) == ["Ferry resumes", "Bridge closes"])
        #expect(outcomes.articles.map(\.origin) == [feed + ":1", feed + ":4"])
        #expect(outcomes.rejected.map(\.line) == [3])
        #expect(outcomes.all == Reading.read(path: feed).all)
    }

    @Test("records carry their bytes, and outcomes known while splitting carry none")
    func byteCounts() throws {
        let dir = try TemporaryDirectory()
        let text = "Ferry resumes\nMarch 5, 2024\n\nThe ferry resumed on Monday.\n"
        let file = try dir.write("ferry.txt", text)
        var counts: [Int] = []
        ArticleReader().split(path: file) { counts.append($0.byteCount) }
        ArticleReader().split(path: dir.path + "/missing.txt") { counts.append($0.byteCount) }
        #expect(counts == [text.utf8.count, 0])
    }
}
