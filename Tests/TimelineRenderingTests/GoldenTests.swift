import Testing
import Timeline
@testable import TimelineRendering

/// Whole outputs for the Lindmere story (`Support/Story.swift`) against `Fixtures/Reports/story.*`.
/// After an intended change: `UPDATE_GOLDENS=1 swift test --filter TimelineRenderingTests`, then review
/// `git diff Fixtures/Reports`.
@Suite("Golden reports")
struct GoldenTests {
    static let outputs: [(String, @Sendable () -> String)] = [
        ("story.md", { MarkdownRenderer().render(Story.events, metadata: Story.metadata) }),
        ("story.json", { JSONRenderer().render(Story.events) }),
        ("story.jsonl", { JSONRenderer().renderLines(Story.events) }),
        ("story.csv", { CSVRenderer().render(Story.events) }),
        ("story.timelinejs.json", { TimelineJSRenderer().render(Story.events, metadata: Story.metadata) }),
        ("story.ics", { ICSRenderer(now: Story.stamp).render(Story.events, metadata: Story.metadata) }),
        ("story.table.txt", { TableRenderer(width: 100).render(Story.events) }),
    ]

    @Test("each renderer's output matches its golden file", arguments: outputs.map(\.0))
    func golden(_ name: String) throws {
        let render = try #require(Self.outputs.first { $0.0 == name }?.1)
        if let mismatch = try Golden.mismatch(render(), name: name) {
            Issue.record(Comment(rawValue: mismatch))
        }
    }
}

@Suite("OutputFormat")
struct OutputFormatTests {
    @Test("each format renders what its renderer renders", arguments: OutputFormat.allCases)
    func sameAsRenderer(_ format: OutputFormat) throws {
        let name = switch format {
        case .markdown: "story.md"
        case .json: "story.json"
        case .jsonl: "story.jsonl"
        case .csv: "story.csv"
        case .timelinejs: "story.timelinejs.json"
        case .ics: "story.ics"
        case .table: "story.table.txt"
        }
        let output = format.render(Story.events, metadata: Story.metadata, now: Story.stamp, width: 100)
        if let mismatch = try Golden.mismatch(output, name: name) { Issue.record(Comment(rawValue: mismatch)) }
    }

    @Test("the command-line formats are the contract's")
    func contractFormats() {
        #expect(OutputFormat.eventsFormats.map(\.rawValue) == ["table", "json", "jsonl", "csv", "markdown"])
        #expect(OutputFormat.exportFormats.map(\.rawValue) == ["markdown", "json", "csv", "timelinejs", "ics"])
        #expect(OutputFormat.allCases.map(\.fileExtension) == ["md", "json", "jsonl", "csv", "json", "ics", "txt"])
    }
}

