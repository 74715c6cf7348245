/// A JSON value whose object keys keep the order they were written in, so exports list fields in the
/// order of the contract (`id`, `date`, `summary`, `sources`) and the same events always give the same
/// bytes.
indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// `.string(text)`, or `.null` when `text` is nil.
    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// The value as one line, with no spaces: for JSON Lines.
    var compact: String {
        var out = ""
        write(into: &out, indent: nil, level: 0)
        return out
    }

    /// The value over several lines, indented by two spaces per level.
    var pretty: String {
        var out = ""
        write(into: &out, indent: "  ", level: 0)
        return out
    }

    private func write(into out: inout String, indent: String?, level: Int) {
        switch self {
        case .null: out += "null"
        case let .bool(value): out += value ? "true" : "false"
        case let .int(value): out += String(value)
        case let .string(value): JSONValue.writeString(value, into: &out)
        case let .array(items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                item.write(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "]"
        case let .object(members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                JSONValue.writeString(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.write(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "}"
        }
    }

    private func newline(_ out: inout String, _ indent: String?, _ level: Int) {
        guard let indent else { return }
        out += "\n"
        for _ in 0..<level { out += indent }
    }

    /// Writes `text` as a JSON string (RFC 8259).
    ///
    /// Besides what JSON requires (quote, backslash, U+0000...U+001F), these are written as `\u` escapes,
    /// which parse back to the same text: DEL and the C1 controls; U+2028 and U+2029, which end a line in
    /// JavaScript before ES2019; the bidi controls and the byte-order mark, so a file viewed in an editor
    /// or terminal shows its text in order; and the `/` of `</`, so the JSON can sit inside an HTML
    /// `<script>` element without closing it.
    static func writeString(_ text: String, into out: inout String) {
        out += "\""
        // Fast path: nothing to escape (no quote, backslash, slash, control, and none of the lead bytes
        // of U+0080...U+009F, U+061C, U+2000...U+2FFF, U+FEFF).
        let plain = !text.utf8.contains { byte in
            switch byte {
            case 0x00...0x1F, 0x22, 0x2F, 0x5C, 0x7F, 0xC2, 0xD8, 0xE2, 0xEF: return true
            default: return false
            }
        }
        if plain {
            out += text
            out += "\""
            return
        }
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "/" where previous == "<": out += "\\/"
            default:
                switch scalar.value {
                case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x061C, 0x200E, 0x200F, 0x202A...0x202E,
                     0x2066...0x2069, 0xFEFF:
                    out += "\\u" + hex4(scalar.value)
                default:
                    out.unicodeScalars.append(scalar)
                }
            }
            previous = scalar
        }
        out += "\""
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        var s = ""
        for shift in stride(from: 12, through: 0, by: -4) {
            s.append(digits[Int((value >> UInt32(shift)) & 0xF)])
        }
        return s
    }
}
