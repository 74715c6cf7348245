import ArticleReader
import Foundation
import Testing
import TimelineTestSupport

/// A short seeded property run: fixture articles with random damage (bytes flipped, cut, duplicated,
/// spliced between formats) go through every format. Whatever comes in, reading never crashes, every
/// outcome names its input, and every article keeps its invariants.
@Suite("Reading damaged inputs (seeded property run)")
struct PropertyTests {
    static func seeds() throws -> [[UInt8]] {
        var result: [[UInt8]] = []
        for folder in ["text", "json", "jsonl", "html", "markdown"] {
            let url = FixturePath.fixture("Articles/" + folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where !name.hasSuffix(".expected") {
                result.append(Array(try Data(contentsOf: url.appendingPathComponent(name))))
            }
        }
        return result
    }

    static func damage(_ input: [UInt8], other: [UInt8], _ g: inout SeededRandom) -> [UInt8] {
        var bytes = input
        for _ in 0...g.below(4) {
            guard !bytes.isEmpty else { break }
            switch g.below(6) {
            case 0: bytes[g.below(bytes.count)] = UInt8(truncatingIfNeeded: g.next())  // flip a byte
            case 1: bytes.removeLast(g.below(bytes.count))  // truncate
            case 2:  // duplicate a slice
                let a = g.below(bytes.count), b = min(bytes.count, a + g.below(200))
                bytes.insert(contentsOf: bytes[a..<b], at: g.below(bytes.count))
            case 3:  // splice in part of another input
                let a = g.below(other.count), b = min(other.count, a + g.below(400))
                bytes.insert(contentsOf: other[a..<b], at: g.below(bytes.count))
            case 4:  // markup and control characters
                let junk: [[UInt8]] = [Array("<".utf8), Array("</p>".utf8), Array("\"".utf8), [0], [0xFF], [0xE2, 0x80], Array("\\u".utf8), Array("&#".utf8), Array("\r".utf8), Array("|".utf8), Array("---\n".utf8)]
                bytes.insert(contentsOf: junk[g.below(junk.count)], at: g.below(bytes.count))
            default:  // nest deeply
                bytes.insert(contentsOf: Array(repeating: Array("<div>".utf8), count: g.below(2000)).flatMap { $0 }, at: g.below(bytes.count))
            }
        }
        return bytes
    }

    @Test("1,500 damaged inputs in every format: no crash, named outcomes, articles that hold together")
    func damagedInputs() throws {
        let seeds = try PropertyTests.seeds()
        var g = SeededRandom(seed: 20_151_216)
        let formats: [ArticleFormat] = [.auto, .text, .json, .jsonl, .html, .markdown]
        var articles = 0
        for round in 0..<1500 {
            let input = PropertyTests.damage(seeds[g.below(seeds.count)], other: seeds[g.below(seeds.count)], &g)
            let format = formats[round % formats.count]
            let name = "case\(round).\(format.rawValue)"
            var outcomes = Outcomes()
            ArticleReader(options: .init(format: format)).read(data: Data(input), name: name) { outcomes.add($0) }
            #expect(!outcomes.all.isEmpty, "\(name): no outcome at all")
            for w in outcomes.warnings { #expect(w.file == name) }
            for e in outcomes.rejected { #expect(e.file == name && e.description.hasPrefix(name + (e.line.map { ":\($0)" } ?? "") + ": ")) }
            for a in outcomes.articles {
                articles += 1
                #expect(!a.title.isEmpty, "\(name)")
                #expect(!a.paragraphs.isEmpty, "\(name)")
                #expect(a.body == a.paragraphs.joined(separator: "\n\n"), "\(name)")
                #expect(a.contentHash.count == 64, "\(name)")
                #expect(!a.paragraphs.contains { $0.contains("\n") || $0.isEmpty }, "\(name)")
                for s in a.sentences { #expect(Reading.slice(a.body, s.range) == s.text, "\(name): \(s.range)") }
                #expect(!a.body.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(name): control character in body")
            }
        }
        #expect(articles > 400, "the damage should leave many inputs readable")
    }
}
