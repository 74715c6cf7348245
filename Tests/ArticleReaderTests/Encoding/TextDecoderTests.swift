@testable import ArticleReader
import Testing

@Suite("Decoding bytes to clean UTF-8")
struct TextDecoderTests {
    static func decode(_ bytes: [UInt8]) -> (text: String, warnings: [String])? {
        guard case .success(let d) = TextDecoder.decode(bytes) else { return nil }
        return (String(decoding: d.bytes, as: UTF8.self), d.warnings)
    }

    static func utf16(_ s: String, bigEndian: Bool) -> [UInt8] {
        s.utf16.flatMap { u -> [UInt8] in
            bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)]
        }
    }

    let sample = "Kerry’s visit — “talks” in Moscow 🚶\nSecond line"

    @Test("UTF-8 with and without BOM")
    func utf8() {
        #expect(Self.decode(Array(sample.utf8))?.text == sample)
        #expect(Self.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8))?.text == sample)
        #expect(Self.decode(Array(sample.utf8))?.warnings == [])
    }

    @Test("UTF-16 LE and BE with BOM, UTF-16 LE without BOM, UTF-32 LE with BOM")
    func utf16() {
        #expect(Self.decode([0xFF, 0xFE] + Self.utf16(sample, bigEndian: false))?.text == sample)
        #expect(Self.decode([0xFE, 0xFF] + Self.utf16(sample, bigEndian: true))?.text == sample)
        let noBOM = Self.decode(Self.utf16("Talks resume in Geneva on Monday.", bigEndian: false))
        #expect(noBOM?.text == "Talks resume in Geneva on Monday.")
        #expect(noBOM?.warnings == ["no byte-order mark; read as UTF-16 LE"])
        let utf32: [UInt8] = [0xFF, 0xFE, 0, 0] + sample.unicodeScalars.flatMap { s -> [UInt8] in
            let v = s.value
            return [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]
        }
        #expect(Self.decode(utf32)?.text == sample)
    }

    @Test("a lone surrogate in UTF-16 becomes U+FFFD")
    func loneSurrogate() {
        #expect(Self.decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00])?.text == "A\u{FFFD}B")
    }

    @Test("invalid UTF-8 is read as Windows-1252, with a warning")
    func windows1252() {
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9, 0x20, 0x93] + Array("talks".utf8) + [0x94, 0x20, 0x80, 0x35]
        let decoded = Self.decode(bytes)
        #expect(decoded?.text == "Café “talks” €5")
        #expect(decoded?.warnings == ["not valid UTF-8; read as Windows-1252"])
    }

    @Test("CRLF and lone CR become LF")
    func lineEnds() {
        #expect(Self.decode(Array("a\r\nb\rc\n\r\nd".utf8))?.text == "a\nb\nc\n\nd")
    }

    @Test("no-break spaces, zero-width spaces, bidi overrides and control characters are cleaned")
    func cleaning() {
        #expect(Self.decode(Array("10\u{00A0}km \u{202E}evil\u{202C} zero\u{200B}width\u{0007}".utf8))?.text == "10 km evil zerowidth")
    }

    @Test("a few NUL bytes are removed with a warning; many make the file binary")
    func nul() {
        let decoded = Self.decode(Array("Talks resume.".utf8) + [0] + Array(String(repeating: "More text here. ", count: 20).utf8))
        #expect(decoded?.text.hasPrefix("Talks resume.More") == true)
        #expect(decoded?.warnings == ["1 NUL byte removed"])
        let binary: [UInt8] = (0..<400).map { $0 % 7 == 0 ? 0 : 0x41 }
        #expect(TextDecoder.decode(binary) == .failure(.binary(kind: nil)))
    }

    @Test("empty, known binary formats and control-byte soup are not text")
    func notText() {
        #expect(TextDecoder.decode([]) == .failure(.empty))
        #expect(TextDecoder.decode(Array("%PDF-1.4\n%âãÏÓ".utf8)) == .failure(.binary(kind: "PDF document")))
        #expect(TextDecoder.decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) == .failure(.binary(kind: "PNG image")))
        let soup: [UInt8] = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) | 0x01 }
        #expect(TextDecoder.decode(soup) == .failure(.binary(kind: nil)))
    }
}
