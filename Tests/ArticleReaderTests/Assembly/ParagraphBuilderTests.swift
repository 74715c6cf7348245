@testable import ArticleReader
import Testing

@Suite("Paragraphs from lines")
struct ParagraphBuilderTests {
    static func paragraphs(_ text: String, _ mode: ParagraphBuilder.Mode = .auto) -> [String] {
        ParagraphBuilder(mode: mode).paragraphs(Bytes.lines(Array(text.utf8)[...])).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("one paragraph per line when no blank line separates them")
    func linePerParagraph() {
        #expect(Self.paragraphs("First  line.\nSecond line\tstill.\n") == ["First line.", "Second line still."])
    }

    @Test("hard-wrapped blocks are joined; a short heading line before a block stays apart")
    func wrapped() {
        let text = "Water levels fell overnight, and the agency\nlifted three of its five warnings.\n\nWhat happens next\nEngineers will inspect the barriers\non Monday, the agency said, and then\nreport to the council.\n"
        #expect(Self.paragraphs(text) == [
            "Water levels fell overnight, and the agency lifted three of its five warnings.", "What happens next",
            "Engineers will inspect the barriers on Monday, the agency said, and then report to the council.",
        ])
    }

    @Test("a block of complete sentences, one per line, keeps its lines as paragraphs")
    func completeLines() {
        #expect(Self.paragraphs("Intro line.\n\nFirst point is made.\nSecond point is made.\n") == ["Intro line.", "First point is made.", "Second point is made."])
    }

    @Test("Markdown blocks always join their lines")
    func blocks() {
        #expect(Self.paragraphs("One line.\nAnother line.\n\nNext block.", .blocks) == ["One line. Another line.", "Next block."])
    }
}
