@testable import ArticleReader
import Foundation
import Testing
import TimelineTestSupport

/// One line of `Fixtures/Articles/sentences.txt`.
struct SentenceCase: CustomTestStringConvertible, Sendable {
    var sentences: [String]
    var line: Int
    var paragraph: String { sentences.joined(separator: " ") }
    var testDescription: String { "sentences.txt:\(line): \(paragraph)" }

    static func load() throws -> [SentenceCase] {
        let text = try String(contentsOf: FixturePath.fixture("Articles/sentences.txt"), encoding: .utf8)
        var cases: [SentenceCase] = []
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.isEmpty || t.hasPrefix("#") { continue }
            cases.append(SentenceCase(sentences: t.components(separatedBy: " | "), line: index + 1))
        }
        return cases
    }
}

@Suite("Sentence splitting")
struct SentenceSplitterTests {
    @Test("each paragraph splits into exactly its sentences", arguments: try SentenceCase.load())
    func corpus(_ c: SentenceCase) {
        let sentences = SentenceSplitter().sentences(in: [c.paragraph])
        #expect(sentences.map(\.text) == c.sentences, "sentences.txt:\(c.line)")
        for s in sentences {
            #expect(Reading.slice(c.paragraph, s.range) == s.text, "sentences.txt:\(c.line): range \(s.range)")
        }
    }

    @Test("offsets count Unicode scalars across paragraphs joined by a blank line")
    func offsetsAcrossParagraphs() {
        let paragraphs = ["Café owners in São Paulo protested. They marched 🚶 downtown.", "Background", "« Non », a-t-il dit. Then he left."]
        let body = paragraphs.joined(separator: "\n\n")
        let sentences = SentenceSplitter().sentences(in: paragraphs)
        #expect(sentences.map(\.text) == [
            "Café owners in São Paulo protested.", "They marched 🚶 downtown.", "Background", "« Non », a-t-il dit.", "Then he left.",
        ])
        #expect(sentences.map(\.paragraph) == [0, 0, 1, 2, 2])
        #expect(sentences[1].range == 36..<60)  // "🚶" is one scalar
        for s in sentences { #expect(Reading.slice(body, s.range) == s.text) }
    }

    @Test("a line break inside a paragraph ends a sentence; whitespace-only paragraphs give none")
    func lineBreaksAndBlanks() {
        let sentences = SentenceSplitter().sentences(in: ["Kerry arrives\nLavrov waits.", "   ", "End."])
        #expect(sentences.map(\.text) == ["Kerry arrives", "Lavrov waits.", "End."])
        #expect(sentences.map(\.paragraph) == [0, 0, 2])
    }

    @Test("every abbreviation row has a known kind")
    func abbreviationTable() {
        let unknown = Abbreviations.rows.filter { Abbreviations.Kind(rawValue: $0.kind) == nil }
        #expect(unknown.isEmpty, "Abbreviations.swift rows with an unknown kind: \(unknown.map { "line \($0.line): \($0.kind)" })")
        #expect(Abbreviations.kinds[Array("Sept.".utf8)] == .month)
        #expect(Abbreviations.kinds[Array("Mr.".utf8)] == .title)
        #expect(Abbreviations.starterWords.contains(Array("The".utf8)))
    }

    @Test("a 10 MB paragraph of sentences and of dots splits in one pass")
    func longParagraph() {
        let sentence = "The Vienna talks ended on Nov. 14 with a statement. "
        let paragraph = String(repeating: sentence, count: 10_000_000 / sentence.utf8.count)
        let sentences = SentenceSplitter().sentences(in: [paragraph])
        #expect(sentences.count == 10_000_000 / sentence.utf8.count)
        let dots = String(repeating: "a.", count: 2_000_000)
        #expect(SentenceSplitter().sentences(in: [dots]).count == 1)
    }
}
