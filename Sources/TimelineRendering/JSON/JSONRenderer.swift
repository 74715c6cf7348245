import Timeline

/// Writes events as the JSON objects of the command-line contract (`timeline events --format json|jsonl`,
/// `timeline export --format json`).
///
/// Each event is `{"id", "date": {"value", "mod", "start", "end", "granularity", "label"}, "summary",
/// "sources": [{"article", "title", "source", "url", "published", "sentence", "mention"}]}`, keys in that
/// order, `end` exclusive, `null` for what is unknown. Text is kept exactly as stored; JSON escaping makes
/// any text safe (see `JSONValue.writeString`).
///
/// ```swift
/// print(JSONRenderer().render(events), terminator: "")
/// // [
/// //   {
/// //     "id": 7,
/// //     "date": {"value": "2015-12-15", ..., "label": "December 15, 2015"},
/// //     "summary": "The River Vell broke through the levee at Harbor Bridge.", ...
/// ```
public struct JSONRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// One JSON array of the events, in the order given, indented by two spaces, ending with a newline.
    ///
    /// - Parameter events: The events, chronological as the store returns them.
    /// - Returns: The array as text; `[]` and a newline for no events.
    public func render(_ events: [Event]) -> String {
        JSONValue.array(events.map(JSONRenderer.object(for:))).pretty + "\n"
    }

    /// JSON Lines: one compact object per event, each on its own line ending with a newline.
    ///
    /// - Parameter events: The events, chronological as the store returns them.
    /// - Returns: The lines; an empty string for no events.
    public func renderLines(_ events: [Event]) -> String {
        events.map { line(for: $0) + "\n" }.joined()
    }

    /// One event as a compact JSON object, without a newline: for writing JSON Lines as events stream in.
    ///
    /// - Parameter event: The event.
    /// - Returns: The object on one line.
    public func line(for event: Event) -> String {
        JSONRenderer.object(for: event).compact
    }

    static func object(for event: Event) -> JSONValue {
        let date = event.date
        return .object([
            ("id", .int(event.id)),
            ("date", .object([
                ("value", .string(date.value)),
                ("mod", .optional(date.mod?.rawValue)),
                ("start", .string(date.interval.start.description)),
                ("end", .string(date.interval.end.description)),
                ("granularity", .string(date.granularity.rawValue)),
                ("label", .string(DateLabel.label(for: date))),
            ])),
            ("summary", .string(event.summary)),
            ("sources", .array(event.sources.map { source in
                .object([
                    ("article", .int(source.article)),
                    ("title", .string(source.title)),
                    ("source", .optional(source.source)),
                    ("url", .optional(source.url)),
                    ("published", .optional(source.published)),
                    ("sentence", .string(source.sentence)),
                    ("mention", .string(source.mention)),
                ])
            })),
        ])
    }
}
