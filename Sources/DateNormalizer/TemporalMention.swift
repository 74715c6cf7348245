/// A temporal expression found in a text, with its span and resolved TIMEX3 value.
///
/// ```swift
/// // In "Lavrov met on Tuesday with Kerry", dated Wednesday 2015-12-16:
/// mention.text             // "on Tuesday"
/// mention.span             // 11 ..< 21 (Unicode scalars)
/// mention.timex.value      // "2015-12-15"
/// mention.rule             // "on <weekday>"
/// ```
public struct TemporalMention: Sendable, Hashable, Codable {
    /// Exactly the slice of the input that `span` covers.
    public var text: String
    /// Offsets in Unicode scalars (code points), end exclusive.
    public var span: Range<Int>
    /// The TIMEX3 annotation.
    public var timex: Timex
    /// The name of the grammar rule that matched, in grammar notation (`"on <weekday>"`).
    public var rule: String
    /// How the value was resolved, for tracing (`"weekday before reference Wed 2015-12-16; past tense"`).
    public var resolution: String?

    /// Creates a mention.
    public init(text: String, span: Range<Int>, timex: Timex, rule: String, resolution: String? = nil) {
        self.text = text
        self.span = span
        self.timex = timex
        self.rule = rule
        self.resolution = resolution
    }
}
