import TimelineRendering

/// Hand-written JSON text for streamed output (one value at a time, no `JSONEncoder` per row).
enum JSONText {
    /// `text` as a JSON string literal, escaped as the exports escape it.
    static func string(_ text: String) -> String {
        JSONStringLiteral.text(text)
    }

    /// A JSON string literal, or `null`.
    static func string(_ text: String?) -> String {
        text.map { string($0) } ?? "null"
    }

    /// One JSON object from key/value pairs whose values are already JSON text, keys in the given order.
    static func object(_ members: KeyValuePairs<String, String>) -> String {
        "{" + members.map { string($0.key) + ": " + $0.value }.joined(separator: ", ") + "}"
    }
}
