@testable import ArticleReader
import Testing

@Suite("Boilerplate")
struct BoilerplateTests {
    static func trim(_ lines: [String], _ policy: BoilerplateTrimmer.Policy = .scraped) -> [String] {
        BoilerplateTrimmer(policy: policy).trim(lines.map { Array($0.utf8)[...] }).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("every marker row has a known kind and a text")
    func table() {
        let bad = BoilerplateMarkers.rows.filter { BoilerplateMarkers.Kind(rawValue: $0.kind) == nil }
        #expect(bad.isEmpty, "BoilerplateMarkers.swift rows with an unknown kind: \(bad.map { "line \($0.line): \($0.kind)" })")
        #expect(BoilerplateMarkers.markers.count == BoilerplateMarkers.rows.count)
        #expect(BoilerplateMarkers.match(Array("EDITOR’S PICKS:".utf8)[...]) == .end)
        #expect(BoilerplateMarkers.match(Array("Related Stories".utf8)[...]) == .section)
        #expect(BoilerplateMarkers.match(Array("Read more: Kerry lands in Moscow".utf8)[...]) == .prefix)
        #expect(BoilerplateMarkers.match(Array("Advertisement".utf8)[...]) == .line)
        #expect(BoilerplateMarkers.match(Array("Readers were more worried.".utf8)[...]) == nil)
    }

    @Test("the trailing block after the last prose line goes, headings before it included")
    func trailing() {
        let lines = [
            "The talks ended on Tuesday.", "Officials said they would meet again.", "More on this story", "- Kerry lands in Moscow",
            "- Lavrov speaks", "Most Viewed", "Photos of the day |", "Why the talks matter? A long look at what is at stake now.",
        ]
        #expect(Self.trim(lines) == ["The talks ended on Tuesday.", "Officials said they would meet again."])
    }

    @Test("structured text keeps its lists; only section headings open the trailing block")
    func structured() {
        let lines = ["The plan has two parts:", "- a tax cut", "- a spending freeze", "Related Stories", "Budget passes"]
        #expect(Self.trim(lines, .structured) == ["The plan has two parts:", "- a tax cut", "- a spending freeze"])
    }

    @Test("a story with no prose line still keeps its first line")
    func noProse() {
        #expect(Self.trim(["Only a headline-like line", "- a link"]) == ["Only a headline-like line"])
    }
}
