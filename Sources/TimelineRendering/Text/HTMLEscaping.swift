/// Article text made inert inside HTML, for TimelineJS, which shows its `headline` and `text` as HTML.
enum HTMLEscaping {
    /// `text` on one line, with `&`, `<`, `>`, `"` and `'` written as character references.
    static func text(_ text: String) -> String {
        escape(TextCleaning.singleLine(text))
    }

    static func escape(_ text: String) -> String {
        guard text.withBytes({ $0.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 } }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
