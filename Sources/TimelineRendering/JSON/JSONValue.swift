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
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(into: &out, indent: false, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// The value over several lines, indented by two spaces per level.
    var pretty: String {
        var out: [UInt8] = []
        out.reserveCapacity(2048)
        write(into: &out, indent: true, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the value as ``pretty`` writes it `level` levels deep (an element of a top-level array
    /// is at level 1): what a streamed document needs.
    func writePretty(into out: inout [UInt8], level: Int) {
        write(into: &out, indent: true, level: level)
    }

    private func write(into out: inout [UInt8], indent: Bool, level: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case let .bool(value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case let .int(value): out.append(contentsOf: String(value).utf8)
        case let .string(value): JSONValue.writeString(value, into: &out)
        case let .array(items):
            guard !items.isEmpty else {
                out.append(contentsOf: "[]".utf8)
                return
            }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent, level + 1)
                item.write(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out.append(UInt8(ascii: "]"))
        case let .object(members):
            guard !members.isEmpty else {
                out.append(contentsOf: "{}".utf8)
                return
            }
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent, level + 1)
                JSONValue.writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if indent { out.append(UInt8(ascii: " ")) }
                value.write(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out.append(UInt8(ascii: "}"))
        }
    }

    private func newline(_ out: inout [UInt8], _ indent: Bool, _ level: Int) {
        guard indent else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// Writes `text` as a JSON string (RFC 8259).
    ///
    /// Besides what JSON requires (quote, backslash, U+0000...U+001F), these are written as `\u` escapes,
    /// which parse back to the same text: DEL and the C1 controls; U+2028 and U+2029, which end a line in
    /// JavaScript before ES2019; the bidi controls and the byte-order mark, so a file viewed in an editor
    /// or terminal shows its text in order; and the `/` of `</`, so the JSON can sit inside an HTML
    /// `<script>` element without closing it.
    static func writeString(_ text: String, into out: inout String) {
        var bytes: [UInt8] = []
        writeString(text, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Fast path: nothing to escape (no quote, backslash, slash, control, and none of the lead bytes
        // of U+0080...U+009F, U+061C, U+2000...U+2FFF, U+FEFF).
        let plain = !text.withBytes { $0.contains(where: needsEscapeLead) }
        if plain {
            var text = text
            text.withUTF8 { out.append(contentsOf: $0) }
            out.append(UInt8(ascii: "\""))
            return
        }
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".utf8)
            case "\\": out.append(contentsOf: "\\\\".utf8)
            case "\n": out.append(contentsOf: "\\n".utf8)
            case "\r": out.append(contentsOf: "\\r".utf8)
            case "\t": out.append(contentsOf: "\\t".utf8)
            case "/" where previous == "<": out.append(contentsOf: "\\/".utf8)
            default:
                switch scalar.value {
                case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x061C, 0x200E, 0x200F, 0x202A...0x202E,
                     0x2066...0x2069, 0xFEFF:
                    out.append(contentsOf: ("\\u" + hex4(scalar.value)).utf8)
                default:
                    out.append(contentsOf: String(scalar).utf8)
                }
            }
            previous = scalar
        }
        out.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    private static func needsEscapeLead(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00...0x1F, 0x22, 0x2F, 0x5C, 0x7F, 0xC2, 0xD8, 0xE2, 0xEF: true
        default: false
        }
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
