import Testing
import Timeline
@testable import TimelineRendering

@Suite("EventStream")
struct EventStreamTests {
    static let formats: [OutputFormat] = [.json, .jsonl, .csv]
    static let lists: [(String, [Event])] = [("none", []), ("one", Array(Story.events.prefix(1))), ("the story", Story.events),
                                             ("hostile texts", Hostile.events)]

    /// The pieces of a stream over `events`, `batch` events at a time.
    static func streamed(_ format: OutputFormat, _ events: [Event], batch: Int) -> String {
        var stream = EventStream(format: format)!
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
            let whole = format.render(events)
            for batch in [1, 2, 3, 7, 1_000] {
                #expect(Self.streamed(format, events, batch: batch) == whole, "\(format) of \(name) in batches of \(batch)")
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

    @Test("formats that need every event first have no stream")
    func noStream() {
        for format in [OutputFormat.markdown, .table, .timelinejs, .ics] { #expect(EventStream(format: format) == nil, "\(format)") }
        #expect(EventStream(format: .json)?.count == 0)
    }
}
