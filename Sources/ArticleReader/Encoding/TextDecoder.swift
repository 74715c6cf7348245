/// Turns the raw bytes of an input into clean UTF-8 text, or says why they are not text.
///
/// Byte-order marks select UTF-8, UTF-16 or UTF-32; BOM-less UTF-16 is recognised by its NUL pattern;
/// text that is not valid UTF-8 is read as Windows-1252 (with a warning, since a few characters may be
/// wrong). The result has LF line ends and no control characters (`TextCleaner`).
enum TextDecoder {
    struct Decoded: Equatable {
        /// Clean UTF-8.
        var bytes: [UInt8]
        /// Warnings for the user, without the file name (`not valid UTF-8; read as Windows-1252`).
        var warnings: [String]
    }

    enum Failure: Error, Equatable {
        case empty
        case binary(kind: String?)
    }

    static func decode(_ raw: [UInt8]) -> Result<Decoded, Failure> {
        raw.withUnsafeBufferPointer { decode($0) }
    }

    static func decode(_ raw: UnsafeBufferPointer<UInt8>) -> Result<Decoded, Failure> {
        if raw.isEmpty { return .failure(.empty) }
        let n = raw.count
        var warnings: [String] = []
        // Byte-order marks, longest first (the UTF-32 LE mark starts like the UTF-16 LE one).
        if n >= 4, raw[0] == 0xFF, raw[1] == 0xFE, raw[2] == 0, raw[3] == 0 {
            return .success(finish(UTF16.decode32(UnsafeBufferPointer(rebasing: raw[4...]), bigEndian: false), warnings))
        }
        if n >= 4, raw[0] == 0, raw[1] == 0, raw[2] == 0xFE, raw[3] == 0xFF {
            return .success(finish(UTF16.decode32(UnsafeBufferPointer(rebasing: raw[4...]), bigEndian: true), warnings))
        }
        if n >= 2, (raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF) {
            let body = UnsafeBufferPointer(rebasing: raw[2...])
            if body.count % 2 == 1 { warnings.append("UTF-16 text has an odd number of bytes; the last byte was dropped") }
            return .success(finish(UTF16.decode(body, bigEndian: raw[0] == 0xFE), warnings))
        }
        var body = raw
        if n >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { body = UnsafeBufferPointer(rebasing: raw[3...]) }
        if let kind = BinarySniffer.signature(body) { return .failure(.binary(kind: kind)) }
        // One quick pass: most news text is ASCII or UTF-8 without control bytes, and needs no more.
        var controls = false
        var nonASCII = false
        for b in body {
            if b >= 0x80 {
                nonASCII = true
            } else if (b < 0x20 && b != Bytes.newline && b != Bytes.tab) || b == 0x7F {
                controls = true
            }
        }
        if controls {
            switch BinarySniffer.sniff(body) {
            case .binary(let kind):
                return .failure(.binary(kind: kind))
            case .utf16(let bigEndian):
                warnings.append("no byte-order mark; read as UTF-16 \(bigEndian ? "BE" : "LE")")
                return .success(finish(UTF16.decode(body, bigEndian: bigEndian), warnings))
            case .text(let nulCount):
                if nulCount > 0 { warnings.append("\(nulCount) NUL byte\(nulCount == 1 ? "" : "s") removed") }
            }
        }
        if nonASCII, !UTF8Validation.isValid(body) {
            warnings.append("not valid UTF-8; read as Windows-1252")
            return .success(Decoded(bytes: TextCleaner.clean(Windows1252.decode(body)), warnings: warnings))
        }
        let bytes = Array(body)
        return .success(Decoded(bytes: controls || nonASCII ? TextCleaner.clean(bytes) : bytes, warnings: warnings))
    }

    private static func finish(_ utf8: [UInt8], _ warnings: [String]) -> Decoded {
        Decoded(bytes: TextCleaner.clean(utf8), warnings: warnings)
    }

    /// A field value (a JSON string, an attribute) as clean UTF-8: Windows-1252 when it is not UTF-8.
    static func field(_ bytes: [UInt8], invalid: inout Bool) -> [UInt8] {
        let valid = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
        if valid { return TextCleaner.clean(bytes) }
        invalid = true
        return TextCleaner.clean(bytes.withUnsafeBufferPointer { Windows1252.decode($0) })
    }
}
