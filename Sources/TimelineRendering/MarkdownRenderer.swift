import Timeline

/// Renders a chronology as a Markdown report.
public struct MarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}
}
