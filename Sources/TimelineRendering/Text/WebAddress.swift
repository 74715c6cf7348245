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
        var out = ""
        for scalar in trimmed.unicodeScalars {
            switch scalar {
            case " ", "<", ">", "(", ")", "\"", "'", "\\", "`", "[", "]", "{", "}", "|", "^":
                percentEncode(scalar, into: &out)
            default:
                if scalar.value > 0x7E || scalar.value < 0x21 {
                    percentEncode(scalar, into: &out)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    private static func percentEncode(_ scalar: Unicode.Scalar, into out: inout String) {
        let digits = Array("0123456789ABCDEF")
        for byte in String(scalar).utf8 {
            out.append("%")
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
    }
}
