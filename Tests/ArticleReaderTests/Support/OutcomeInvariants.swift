import ArticleReader
import DateNormalizer
import Foundation

// This file imports ArticleReader, DateNormalizer and Foundation only (no Testing): the libFuzzer harness in
// Fuzz/ArticleReader compiles it too, so the fuzzer, the property run and the fuzz-regression test
// check the same invariants.

/// What reading any bytes must produce.
///
/// - at least one outcome, and every warning and rejection names the input (`name` or `name:LINE`);
/// - every article has a title and paragraphs, its body is the paragraphs joined by blank lines,
///   no paragraph is empty or holds a line break, and no control character but `\n` is in the body
///   or the title;
/// - every sentence is exactly `body[range]` (Unicode scalars), in order, without overlap, in an
///   existing paragraph;
/// - the content hash is 64 lowercase hex digits and the origin is the input.
enum OutcomeInvariants {
    /// The first broken invariant, or nil.
    static func violation(name: String, _ outcomes: [ReadOutcome]) -> String? {
        guard !outcomes.isEmpty else { return "\(name): no outcome at all" }
        for (index, outcome) in outcomes.enumerated() {
            let label = "\(name) outcome \(index)"
            switch outcome {
            case .warning(let warning):
                guard warning.file == name, warning.description.hasPrefix(name), !warning.message.isEmpty else {
                    return "\(label): warning does not name the input: \(warning)"
                }
            case .rejected(let error):
                let prefix = name + (error.line.map { ":\($0)" } ?? "") + ": "
                guard error.file == name, error.description.hasPrefix(prefix), error.description.count > prefix.count else {
                    return "\(label): rejection does not name the input: \(error)"
                }
            case .article(let article):
                if let problem = problem(article, name: name) { return "\(label) '\(article.title.prefix(60))': \(problem)" }
            }
        }
        return nil
    }

    static func problem(_ a: Article, name: String) -> String? {
        guard !a.title.isEmpty else { return "empty title" }
        guard !a.title.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return "control character in the title" }
        guard !a.paragraphs.isEmpty else { return "no paragraphs" }
        guard !a.paragraphs.contains(where: { $0.isEmpty || $0.contains("\n") }) else { return "an empty paragraph or one with a line break" }
        guard a.body == a.paragraphs.joined(separator: "\n\n") else { return "body is not the paragraphs joined" }
        guard !a.body.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n") || $0.value == 0 }) else {
            return "control character in the body"
        }
        guard a.contentHash.utf8.count == 64, a.contentHash.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }) else {
            return "content hash \(a.contentHash) is not 64 hex digits"
        }
        guard a.origin == name || a.origin.hasPrefix(name + ":") else { return "origin \(a.origin) is not the input" }
        let scalars = Array(a.body.unicodeScalars)
        var previousEnd = 0
        for sentence in a.sentences {
            let r = sentence.range
            guard r.lowerBound >= previousEnd, r.lowerBound <= r.upperBound, r.upperBound <= scalars.count else {
                return "sentence range \(r) out of order or out of the body (\(scalars.count) scalars)"
            }
            previousEnd = r.upperBound
            guard String(String.UnicodeScalarView(scalars[r])) == sentence.text else { return "sentence \(r) is not body[range]" }
            guard (0..<a.paragraphs.count).contains(sentence.paragraph) else { return "sentence \(r) in paragraph \(sentence.paragraph)" }
        }
        return nil
    }
}

/// How the fuzzer's bytes become one read: byte 0 chooses the format (`auto` with a name that has
/// no telling extension, or one of the formats) and whether a reference date is given; the rest is
/// the input.
struct ReaderFuzzInput {
    var data: Data
    var name: String
    var options: ArticleReader.Options

    static let formats: [(ArticleFormat, String)] = [
        (.auto, "input"), (.auto, "input.txt"), (.text, "input.txt"), (.json, "input.json"), (.jsonl, "input.jsonl"),
        (.html, "input.html"), (.markdown, "input.md"), (.auto, "input.html"),
    ]

    init(_ bytes: [UInt8]) {
        let selector = Int(bytes.first ?? 0)
        let (format, name) = Self.formats[selector % Self.formats.count]
        self.name = name
        data = Data(bytes.dropFirst())
        let reference = selector & 0x80 != 0 ? Reference(parsing: "2015-12-16") : nil
        options = .init(format: format, reference: reference)
    }

    /// The bytes for a fixture read with format detection (by extension when `ext` is given).
    static func seed(_ content: [UInt8], formatIndex: Int) -> [UInt8] { [UInt8(formatIndex)] + content }

    /// Reads the input and returns the outcomes in order.
    func read() -> [ReadOutcome] {
        var outcomes: [ReadOutcome] = []
        ArticleReader(options: options).read(data: data, name: name) { outcomes.append($0) }
        return outcomes
    }
}
