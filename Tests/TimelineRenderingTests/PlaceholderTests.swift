import Testing
import TimelineRendering

@Suite("MarkdownRenderer")
struct MarkdownRendererTests {
    @Test("the module links") func links() { #expect(String(describing: MarkdownRenderer.self) == "MarkdownRenderer") }
}
