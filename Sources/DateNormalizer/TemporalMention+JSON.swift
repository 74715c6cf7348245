extension TemporalMention {
    /// The mention as one line of JSON, in the shape of the `timeline normalize` contract.
    ///
    /// Use it to write mentions without a `JSONEncoder` per item (it is written by hand, keys in
    /// contract order). The `text` is exactly the input slice that `span` covers.
    ///
    /// ```swift
    /// mention.json
    /// // {"text":"Tuesday","span":[11,18],"type":"DATE","value":"2015-12-15","mod":null,
    /// //  "interval":{"start":"2015-12-15","end":"2015-12-16"},"granularity":"day"}
    /// ```
    public var json: String {
        var s = "{\"text\":"
        TemporalMention.appendJSONString(text, to: &s)
        s += ",\"span\":[\(span.lowerBound),\(span.upperBound)],\"type\":\"\(timex.type.rawValue)\",\"value\":"
        TemporalMention.appendJSONString(timex.value, to: &s)
        s += ",\"mod\":" + (timex.mod.map { "\"\($0.rawValue)\"" } ?? "null")
        if let i = timex.interval {
            s += ",\"interval\":{\"start\":\"\(i.start)\",\"end\":\"\(i.end)\"}"
        } else {
            s += ",\"interval\":null"
        }
        s += ",\"granularity\":" + (timex.granularity.map { "\"\($0.rawValue)\"" } ?? "null") + "}"
        return s
    }

    /// Appends `text` as a JSON string literal (quotes, backslashes and control characters escaped).
    ///
    /// - Parameters:
    ///   - text: Any text.
    ///   - out: The string to append to.
    public static func appendJSONString(_ text: String, to out: inout String) {
        out += "\""
        for u in text.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
