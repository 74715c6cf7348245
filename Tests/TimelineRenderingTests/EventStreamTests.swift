import Foundation
import Testing
import Timeline
@testable import TimelineRendering

/// Streamed output (`EventStream`, `MarkdownRenderer.write`) against the whole rendering: byte for
/// byte the same, however the events are batched.
@Suite("Streamed rendering")
struct EventStreamTests {
    static let formats: [OutputFormat] = [.json, .jsonl, .csv, .ics, .timelinejs]
    static let lists: [(String, [Event])] = [("none", []), ("one", Array(Story.events.prefix(1))), ("the story", Story.events),
                                             ("hostile texts", Hostile.events)]
    static let batches = [1, 2, 3, 7, 1_000]

    /// The events without their sources: what `TimelineStore.readChronology` outlines.
    static func outline(_ events: [Event]) -> [Event] {
        events.map { Event(id: $0.id, date: $0.date, summary: $0.summary, sources: [], salience: $0.salience) }
    }

    /// The metadata a command passes: the article count from the store, a title or none.
    static func metadata(_ events: [Event], title: String?) -> ReportMetadata {
        ReportMetadata(title: title, articleCount: Set(events.flatMap(\.sources).map(\.article)).count)
    }

    /// The pieces of a stream over `events`, `batch` events at a time.
    static func streamed(_ format: OutputFormat, _ events: [Event], batch: Int, metadata: ReportMetadata = ReportMetadata()) -> String {
        var stream = EventStream(format: format, metadata: metadata, now: Story.stamp, outline: outline(events))!
        var out = stream.opening
        var start = 0
        while start < events.count {
            out += stream.render(Array(events[start..<min(start + batch, events.count)]))
            start += batch
        }
        return out + stream.closing()
    }

    @Test("joined, the pieces are the whole rendering, however the events are batched", arguments: formats)
    func sameAsWhole(_ format: OutputFormat) {
        for (name, events) in Self.lists {
            for title in [nil, "The Lindmere floods"] {
                let metadata = Self.metadata(events, title: title)
                let whole = format.render(events, metadata: metadata, now: Story.stamp)
                for batch in Self.batches {
                    #expect(Self.streamed(format, events, batch: batch, metadata: metadata) == whole,
                            "\(format) of \(name), title \(title ?? "derived"), in batches of \(batch)")
                }
            }
        }
    }

    @Test("the Markdown report written piece by piece, sources read a batch at a time, is the whole report")
    func markdownSameAsWhole() throws {
        for (name, events) in Self.lists {
            for title in [nil, "The Lindmere floods"] {
                let metadata = Self.metadata(events, title: title)
                let whole = MarkdownRenderer().render(events, metadata: metadata)
                let byID = Dictionary(uniqueKeysWithValues: events.map { ($0.id, $0) })
                for batch in Self.batches {
                    var asked: [[Int64]] = []
                    var pieces: [String] = []
                    try MarkdownRenderer().write(outline: Self.outline(events).shuffled(), metadata: metadata, batchSize: batch,
                                                 events: { ids in asked.append(ids); return ids.compactMap { byID[$0] } },
                                                 to: { pieces.append($0) })
                    #expect(pieces.joined() == whole, "\(name), title \(title ?? "derived"), batches of \(batch)")
                    #expect(asked.allSatisfy { !$0.isEmpty && $0.count <= batch })
                    #expect(asked.flatMap { $0 }.sorted() == events.map(\.id).sorted(), "each event read once")
                }
            }
        }
    }

    @Test("an empty chronology is an empty JSON array, a bare CSV header, and no JSON Lines")
    func empty() {
        #expect(Self.streamed(.json, [], batch: 5) == "[]\n")
        #expect(Self.streamed(.jsonl, [], batch: 5) == "")
        let csv = Self.streamed(.csv, [], batch: 5)
        #expect(csv == OutputFormat.csv.render([]))
        #expect(csv.hasPrefix("id,") && csv.hasSuffix("\r\n") && csv.filter { $0 == "\r\n" }.count == 1, "the header line alone: \(csv)")
    }

    @Test("the report and the table, which need every event first, have no stream")
    func noStream() {
        for format in [OutputFormat.markdown, .table] { #expect(EventStream(format: format) == nil, "\(format)") }
        #expect(EventStream(format: .json)?.count == 0)
    }
}
