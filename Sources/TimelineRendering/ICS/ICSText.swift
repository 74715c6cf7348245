/// The text rules of iCalendar (RFC 5545): TEXT escaping (section 3.3.11) and line folding (3.1).
enum ICSText {
    /// `text` as an iCalendar TEXT value: backslash, semicolon and comma escaped, line breaks written as
    /// `\n`, control characters (which the RFC forbids in values) and bidi overrides dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in TextCleaning.multiline(text).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One content line, folded so no line exceeds 75 octets before its CRLF: a fold is CRLF plus one
    /// space, placed only between whole UTF-8 sequences (never inside a character's bytes).
    static func fold(_ line: String) -> String {
        let limit = 75
        var out = ""
        var lineOctets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if lineOctets + size > limit {
                out += "\r\n "
                lineOctets = 1
            }
            out.unicodeScalars.append(scalar)
            lineOctets += size
        }
        return out + "\r\n"
    }
}
