/// Article text made inert inside HTML, for TimelineJS, which shows its `headline` and `text` as HTML.
enum HTMLEscaping {
    /// `text` on one line, with `&`, `<`, `>`, `"` and `'` written as character references.
    static func text(_ text: String) -> String {
        escape(TextCleaning.singleLine(text))
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
