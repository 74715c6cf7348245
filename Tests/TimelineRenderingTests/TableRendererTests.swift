import Testing
@testable import TimelineRendering

@Suite("TableRenderer")
struct TableRendererTests {
    @Test("columns line up and no line is wider than the terminal", arguments: [60, 80, 100, 200])
    func widths(_ width: Int) throws {
        let table = TableRenderer(width: width).render(Story.events + Hostile.events)
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.count == Story.events.count + Hostile.events.count + 1)
        #expect(lines[0].hasPrefix("ID  DATE"))
        let summaryColumn = try #require(lines[0].range(of: "SUMMARY")).lowerBound.utf16Offset(in: lines[0])
        for line in lines {
            #expect(DisplayWidth.of(line) <= max(width, 40), "\(line)")
            #expect(!line.hasSuffix(" "))
            #expect(!line.unicodeScalars.contains { TextCleaning.isStripped($0) || $0 == "\r" || $0 == "\t" }, "control characters reach the terminal")
            // Everything before the summary column is ASCII here, so columns are offsets.
            if line.count > summaryColumn { #expect(line.prefix(summaryColumn).hasSuffix("  ")) }
        }
    }

    @Test("a row shows id, full label, article count and the summary cut to fit")
    func row() {
        let table = TableRenderer(width: 80).render([Story.events[7]])
        #expect(table == """
            ID  DATE               SOURCES  SUMMARY
            8   December 15, 2015        3  The River Vell broke through the levee at Harbo…

            """)
    }

    @Test("wide characters count two columns", arguments: [("洪水", 4), ("abc", 3), ("e\u{301}", 1), ("👩‍👩‍👧‍👦", 2), ("🇫🇷", 2)])
    func displayWidth(_ text: String, _ expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }
}
