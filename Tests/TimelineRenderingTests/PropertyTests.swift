import Foundation
import Testing
import Timeline
import TimelineTestSupport
@testable import TimelineRendering

/// A short seeded property run: random hostile strings through every escaping, checked for what must
/// always hold, on the fast paths (clean text) and the slow ones alike.
@Suite("Properties of text handling")
struct PropertyTests {
    static let samples: [String] = {
        var random = SeededRandom(seed: 20_151_215)
        return (0..<2_000).map { _ in HostileText.text(using: &random) }
    }()

    @Test("singleLine leaves one clean line, and cleaning twice changes nothing")
    func singleLine() {
        for text in Self.samples {
            let line = TextCleaning.singleLine(text)
            #expect(!line.unicodeScalars.contains { TextCleaning.isStripped($0) || ($0.properties.isWhitespace && $0 != " ") }, "\(text.debugDescription)")
            #expect(!line.hasPrefix(" ") && !line.hasSuffix(" ") && !line.contains("  "), "\(text.debugDescription)")
            #expect(TextCleaning.singleLine(line) == line)
        }
    }

    @Test("multiline keeps line breaks as \\n only and drops what must go")
    func multiline() {
        for text in Self.samples {
            let cleaned = TextCleaning.multiline(text)
            #expect(!cleaned.unicodeScalars.contains { TextCleaning.isStripped($0) || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" }, "\(text.debugDescription)")
            #expect(TextCleaning.multiline(cleaned) == cleaned)
        }
    }

    @Test("JSON strings parse back to the same text")
    func json() throws {
        for text in Self.samples {
            var out = ""
            JSONValue.writeString(text, into: &out)
            let parsed = try JSONSerialization.jsonObject(with: Data("[\(out)]".utf8)) as? [String]
            #expect(parsed == [text], "\(text.debugDescription)")
            #expect(!out.unicodeScalars.contains { $0.value < 0x20 || TextCleaning.isStripped($0) || $0 == "\u{2028}" })
        }
    }

    @Test("an iCalendar TEXT line folds and unescapes back to the cleaned text")
    func ics() throws {
        for text in Self.samples {
            let line = ICSText.fold("DESCRIPTION:" + ICSText.escape(text))
            let calendar = try ICSParser.parse("BEGIN:VCALENDAR\r\n" + line + "END:VCALENDAR\r\n")
            let expected = TextCleaning.multiline(text).replacingOccurrences(of: "\t", with: " ")
            #expect(calendar.first("DESCRIPTION")?.text == expected, "\(text.debugDescription)")
        }
    }

    @Test("a CSV field reads back as itself")
    func csv() throws {
        for text in Self.samples {
            let value = TextCleaning.multiline(text)
            let records = try CSVParser.parse(CSVRenderer.row(["x", value]))
            #expect(records == [["x", value]], "\(text.debugDescription)")
        }
    }

    @Test("escaped Markdown holds no raw HTML, link or emphasis opener and no line break")
    func markdown() {
        for text in Self.samples {
            let escaped = MarkdownEscaping.inline(text)
            #expect(!escaped.contains("\n") && !escaped.contains("<") && !escaped.contains(">"), "\(text.debugDescription)")
            // Walk it as a Markdown reader would: a backslash takes the next character, `&...;` is one
            // character reference; whatever is left must not be markup.
            var unescaped: [Character] = []
            var characters = escaped[...]
            while let c = characters.popFirst() {
                if c == "\\" {
                    _ = characters.popFirst()
                } else if c == "&", let end = characters.firstIndex(of: ";"), characters[..<end].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "#" }) {
                    characters = characters[characters.index(after: end)...]
                } else if "*_`[]#&".contains(c) {
                    unescaped.append(c)
                }
            }
            #expect(unescaped.isEmpty, "\(text.debugDescription) → \(escaped.debugDescription)")
        }
    }
}
