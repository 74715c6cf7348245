/// The text rules of iCalendar (RFC 5545): TEXT escaping (section 3.3.11) and line folding (3.1).
enum ICSText {
    /// `text` as an iCalendar TEXT value: backslash, semicolon and comma escaped, line breaks written as
    /// `\n`, control characters (which the RFC forbids in values) and bidi overrides dropped.
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in TextCleaning.multiline(text).utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x09: out.append(0x20)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One content line, folded so no line exceeds 75 octets before its CRLF: a fold is CRLF plus one
    /// space, placed only between whole UTF-8 sequences (never inside a character's bytes).
    static func fold(_ line: String) -> String {
        let limit = 75
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 37 + 2)
        var lineOctets = 0
        var i = 0
        while i < bytes.count {
            // The length of the UTF-8 sequence that starts here (a valid String has no stray bytes).
            let lead = bytes[i]
            let size = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            if lineOctets + size > limit {
                out.append(contentsOf: [0x0D, 0x0A, 0x20])
                lineOctets = 1
            }
            out.append(contentsOf: bytes[i..<min(i + size, bytes.count)])
            lineOctets += size
            i += size
        }
        out.append(contentsOf: [0x0D, 0x0A])
        return String(decoding: out, as: UTF8.self)
    }
}
