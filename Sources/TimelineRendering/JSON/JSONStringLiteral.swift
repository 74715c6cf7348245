/// JSON text for one string, escaped as every JSON output of timeline escapes its text: for
/// programs that write their own JSON lines and want the same safety as the exports.
///
/// ```swift
/// JSONStringLiteral.text("Pier \"B\" <script>")   // "\"Pier \\\"B\\\" <script>\""
/// ```
public enum JSONStringLiteral {
    /// `text` as a JSON string literal, quotes included: quotes, backslashes, controls, U+2028 and
    /// U+2029, bidi controls, the byte-order mark and the `/` of `</` escaped.
    public static func text(_ text: String) -> String {
        var out = ""
        JSONValue.writeString(text, into: &out)
        return out
    }
}
