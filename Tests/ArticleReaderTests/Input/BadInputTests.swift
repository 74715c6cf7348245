import ArticleReader
import Foundation
import Testing
import TimelineTestSupport

/// One file of `Fixtures/bad/` and everything reading it must produce, in order: `REJECT [line:] message`,
/// `WARN [line:] message`, or `ARTICLE title` (each article's paragraphs are checked separately).
struct BadInput: CustomTestStringConvertible, Sendable {
    var file: String
    var outcomes: [String]
    var paragraphs: [String: [String]] = [:]
    var testDescription: String { file }
}

@Suite("Bad inputs: each is named with its problem, and the rest is kept")
struct BadInputTests {
    static let undated = "no publication date; read as undated, so its relative dates cannot be resolved (give --reference DATE)"
    static let bridge = [
        "The old river bridge reopened to traffic on Monday after six months of repairs.",
        "Engineers replaced 40 steel cables and resurfaced the deck.",
    ]

    static let cases: [BadInput] = [
        BadInput(file: "empty.txt", outcomes: ["REJECT empty file"]),
        BadInput(file: "whitespace.txt", outcomes: ["REJECT only whitespace, no text"]),
        BadInput(file: "binary.txt", outcomes: ["REJECT binary file, not text"]),
        BadInput(file: "image.txt", outcomes: ["REJECT binary file (PNG image), not text"]),
        BadInput(file: "headline-only.txt", outcomes: ["REJECT no article text"]),
        BadInput(
            file: "invalid-utf8.txt", outcomes: ["WARN not valid UTF-8; read as Windows-1252", "ARTICLE Café owners protest new tax"],
            paragraphs: ["Café owners protest new tax": ["Owners of 30 cafés closed their doors on Tuesday in protest at a “terrace tax” of €20 a table."]]),
        BadInput(file: "utf16le-bom.txt", outcomes: ["ARTICLE Bridge reopens after repairs"], paragraphs: ["Bridge reopens after repairs": bridge]),
        BadInput(file: "utf16be-bom.txt", outcomes: ["ARTICLE Bridge reopens after repairs"], paragraphs: ["Bridge reopens after repairs": bridge]),
        BadInput(file: "crlf.txt", outcomes: ["ARTICLE Bridge reopens after repairs"], paragraphs: ["Bridge reopens after repairs": bridge]),
        BadInput(file: "lone-cr.txt", outcomes: ["ARTICLE Bridge reopens after repairs"], paragraphs: ["Bridge reopens after repairs": bridge]),
        BadInput(
            file: "nul-bytes.txt", outcomes: ["WARN 2 NUL bytes removed", "ARTICLE Bridge reopens after repairs"],
            paragraphs: ["Bridge reopens after repairs": bridge]),
        BadInput(
            file: "controls-bidi.txt", outcomes: ["ARTICLE Bridge reopens after repairs"],
            paragraphs: ["Bridge reopens after repairs": ["The old bridge reopened to traffic on Monday.", "Traffic was light."]]),
        BadInput(file: "truncated.json", outcomes: ["REJECT invalid JSON (unterminated string at line 1, column 78)"]),
        BadInput(
            file: "truncated-array.json",
            outcomes: ["ARTICLE Bridge reopens", "ARTICLE Traffic returns to bridge", "REJECT 4: invalid JSON (unterminated string at line 4, column 11)"]),
        BadInput(file: "not-an-object.json", outcomes: ["REJECT 1: not a JSON object", "REJECT 1: not a JSON object", "REJECT 1: not a JSON object"]),
        BadInput(file: "scalar.json", outcomes: ["REJECT not a JSON object"]),
        BadInput(file: "missing-text.json", outcomes: ["REJECT no text, body or content"]),
        BadInput(
            file: "broken-lines.jsonl",
            outcomes: [
                "ARTICLE Bridge reopens",
                "REJECT 2: invalid JSON (unterminated string at column 61)",
                "ARTICLE Traffic returns",
                "REJECT 4: not a JSON object",
                "REJECT 5: no text, body or content",
                "REJECT 7: invalid JSON (unexpected text after the object at column 102)",
                "ARTICLE Escapes é🚀",
                "REJECT 9: invalid JSON (expected '{', found 'n' at column 1)",
                "REJECT 10: invalid JSON (invalid escape '\\x' at column 37)",
                "ARTICLE Lone surrogate \u{FFFD}",
                "ARTICLE Last",
            ],
            paragraphs: ["Escapes é🚀": ["Tab here, quote \" and slash / kept."], "Last": ["The last line has no line end."]]),
        BadInput(file: "no-body.html", outcomes: ["REJECT no article text in the HTML (no <body>, <article> or <p> with text)"]),
        BadInput(
            file: "no-body-tag.html", outcomes: ["WARN \(undated)", "ARTICLE Bridge reopens after repairs"],
            paragraphs: ["Bridge reopens after repairs": ["The old river bridge reopened to traffic on Monday.", "Engineers replaced 40 steel cables."]]),
        BadInput(
            file: "deeply-nested.html", outcomes: ["WARN \(undated)", "ARTICLE Nested page survives"],
            paragraphs: ["Nested page survives": ["The text deep inside is still read."]]),
        BadInput(
            file: "malformed.html", outcomes: ["WARN \(undated)", "ARTICLE Malformed page"],
            paragraphs: ["Malformed page": [
                "First paragraph with a stray end tag and a < sign.", "Second paragraph with unclosed bold and italic.",
                "Third block in a div with more than twelve words in it, so it stays.", "Fourth paragraph after stray end tags.",
            ]]),
        // Publication dates that do not exist: named, ignored, the article kept undated.
        BadInput(
            file: "impossible-dateline.txt",
            outcomes: ["WARN dateline \"Published: Feb. 30, 2015\" names a day or time that does not exist; ignored", "WARN \(undated)",
                       "ARTICLE Ferry service to resume"],
            paragraphs: ["Ferry service to resume": ["The ferry service will resume on Monday after a month of repairs to the north pier."]]),
        BadInput(
            file: "impossible-published.jsonl",
            outcomes: [
                "WARN 1: publication date \"2015-02-30\" not understood; ignored", "WARN 1: \(undated)", "ARTICLE Pier repairs begin",
                "WARN 2: publication date \"2015-13-01T09:00:00Z\" not understood; ignored", "WARN 2: \(undated)", "ARTICLE Pier repairs continue",
                "WARN 3: publication date \"0000-01-01\" not understood; ignored", "WARN 3: \(undated)", "ARTICLE Pier reopens",
                "WARN 4: publication date \"99999-01-01\" not understood; ignored", "WARN 4: \(undated)", "ARTICLE Pier plans",
                "WARN 5: publication date \"Feb 29, 2015\" not understood; ignored", "WARN 5: \(undated)", "ARTICLE Pier leap day",
                "WARN 6: publication date \"2015-12-16T24:61:00Z\" not understood; ignored", "WARN 6: \(undated)", "ARTICLE Pier night shift",
                "ARTICLE Pier real date",
            ]),
        BadInput(
            file: "impossible-published.html",
            outcomes: ["WARN publication date \"2015-02-30T10:00:00Z\" not understood; ignored", "WARN \(undated)", "ARTICLE Pier inspection finds cracks"],
            paragraphs: ["Pier inspection finds cracks": ["Inspectors found cracks in two pilings of the north pier on Tuesday, the port authority said."]]),
        BadInput(
            file: "impossible-date.md",
            outcomes: ["WARN front matter date \"2015-04-31\" not understood; ignored", "WARN \(undated)", "ARTICLE Pier closes for winter"],
            paragraphs: ["Pier closes for winter": ["The north pier will close for the winter on Friday, the port authority said."]]),
    ]

    @Test("the corpus covers every file in Fixtures/bad")
    func coverage() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: FixturePath.fixture("bad").path).sorted()
        #expect(files == BadInputTests.cases.map(\.file).sorted())
    }

    @Test("messages, and what was kept", arguments: cases)
    func badInput(_ c: BadInput) {
        let path = FixturePath.fixture("bad/" + c.file).path
        let outcomes = Reading.read(path: path)
        var got: [String] = []
        for outcome in outcomes.all {
            switch outcome {
            case .rejected(let e):
                #expect(e.file == path, "\(c.file): the error names the file")
                got.append("REJECT " + (e.line.map { "\($0): " } ?? "") + e.reason.message)
            case .warning(let w):
                #expect(w.file == path, "\(c.file): the warning names the file")
                got.append("WARN " + (w.line.map { "\($0): " } ?? "") + w.message)
            case .article(let a):
                got.append("ARTICLE " + a.title)
                if let paragraphs = c.paragraphs[a.title] { #expect(a.paragraphs == paragraphs, "\(c.file): \(a.title)") }
            }
        }
        #expect(got == c.outcomes, "\(c.file)")
        for e in outcomes.rejected { #expect(e.description.hasPrefix(path), "\(e.description)") }
    }

    @Test("a CRLF, lone-CR, UTF-16 or BOM copy of an article hashes like the original")
    func sameHash() {
        let hashes = ["crlf.txt", "lone-cr.txt", "utf16le-bom.txt", "utf16be-bom.txt", "nul-bytes.txt"].compactMap {
            Reading.read(path: FixturePath.fixture("bad/" + $0).path).articles.first?.contentHash
        }
        #expect(hashes.count == 5)
        #expect(Set(hashes).count == 1)
    }
}
