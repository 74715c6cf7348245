import Testing

@Suite("timeline CLI")
struct CLIPlaceholderTests {
    @Test("placeholder") func placeholder() { #expect(1 + 1 == 2) }
}
