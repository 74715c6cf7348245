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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendJSONString(text, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal to UTF-8 bytes: for writers that build a whole
    /// document as bytes ("\"Nov. 14\"" for `Nov. 14`).
    ///
    /// Quotes and backslashes are escaped, `\n`, `\r` and `\t` written as such, other control
    /// characters as `\u00xx`; everything else (UTF-8 included) is copied as is.
    ///
    /// - Parameters:
    ///   - text: Any text.
    ///   - out: The bytes to append to.
    public static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        func escaped(_ byte: UInt8) {
            out.append(UInt8(ascii: "\\"))
            out.append(byte)
        }
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): escaped(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): escaped(UInt8(ascii: "\\"))
                case UInt8(ascii: "\n"): escaped(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): escaped(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): escaped(UInt8(ascii: "t"))
                case 0..<0x20:
                    escaped(UInt8(ascii: "u"))
                    out.append(UInt8(ascii: "0"))
                    out.append(UInt8(ascii: "0"))
                    out.append(hexDigits[Int(byte >> 4)])
                    out.append(hexDigits[Int(byte & 0x0F)])
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
