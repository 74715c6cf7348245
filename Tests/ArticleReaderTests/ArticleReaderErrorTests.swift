import ArticleReader
import Testing

@Suite("ArticleReaderError")
struct ArticleReaderErrorTests {
    @Test("messages name the file, the line and the problem")
    func messages() {
        #expect(ArticleReaderError(file: "feed.jsonl", line: 12, reason: .missingText).description == "feed.jsonl:12: no text, body or content")
        #expect(ArticleReaderError(file: "a.bin", reason: .binary).description == "a.bin: binary file, not text")
    }
}
