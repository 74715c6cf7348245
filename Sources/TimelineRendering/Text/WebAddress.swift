/// Article addresses made safe to link: `http` and `https` only, nothing that can end a link early.
enum WebAddress {
    /// `url` cleaned and percent-encoded where a Markdown link, an HTML attribute or an iCalendar URI
    /// could be cut short (spaces, angle brackets, parentheses, quotes, backslashes, non-ASCII), or nil
    /// when it is not an absolute `http(s)` address (`javascript:`, `data:`, a relative path).
    ///
    /// `&` and `%` stay as they are, so query strings keep their meaning.
    static func linkable(_ url: String) -> String? {
        let trimmed = TextCleaning.singleLine(url)
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"),
              trimmed.unicodeScalars.count > (lower.hasPrefix("https") ? 8 : 7)
        else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(trimmed.utf8.count + 8)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in trimmed.utf8 {
            switch byte {
            // Anything outside printable ASCII, and what could end a link, an attribute or a URI early.
            case 0x00...0x20, 0x7F...0xFF, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "^"):
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            default:
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
