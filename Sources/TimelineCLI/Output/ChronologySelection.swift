import DateNormalizer
import Foundation
import Timeline
import TimelineRendering
import TimelineStore

/// The part of a store's chronology a read command shows, and what a report says about it.
struct ChronologySelection {
    var range: CalendarInterval?
    var query: String?
    var maxEvents: Int?
    var title: String?

    /// The events selected, chronological, and the report's title, counts and period.
    ///
    /// The article count is the store's when everything is shown, else the number of articles
    /// reporting the matching events; the event count is given when `--max-events` cut some.
    func load(from store: TimelineStore) throws -> (events: [Event], metadata: ReportMetadata) {
        let events = try store.fetchEvents(range: range, query: query, maxEvents: maxEvents)
        var metadata = try self.metadata(from: store)
        if let maxEvents, events.count == maxEvents {
            metadata.eventCount = try store.fetchEventCount(range: range, query: query)
        }
        return (events, metadata)
    }

    /// The title, article count and period, without reading the events.
    func metadata(from store: TimelineStore) throws -> ReportMetadata {
        let filtered = range != nil || query != nil
        let articleCount = filtered
            ? try store.fetchSourceArticleCount(range: range, query: query) : try store.fetchArticleCount()
        return ReportMetadata(title: title, articleCount: articleCount, eventCount: nil, period: range)
    }

    /// Writes the selection in `format` to `destination`.
    ///
    /// Without `maxEvents` every format but the table is written a batch of events at a time, so memory
    /// does not grow with the events' sources (a million articles' events export in 0.2 to 0.6 GB
    /// instead of 2.6 to 5.7 GB); the output is byte for byte what rendering all the events at once gives.
    /// With `maxEvents` (a few chosen events) and for the table (column widths), the events are read at once.
    func write(_ format: OutputFormat, from store: TimelineStore, to destination: OutputSink,
               now: Date = Date(), width: Int = 100) throws {
        guard maxEvents == nil, format != .table else {
            let (events, metadata) = try load(from: store)
            try destination.write(format.render(events, metadata: metadata, now: now, width: width))
            return
        }
        let metadata = try self.metadata(from: store)
        try destination.stream { write in
            switch format {
            case .markdown:
                try store.readChronology(range: range, query: query) { outline, events in
                    try MarkdownRenderer().write(outline: outline, metadata: metadata, events: events, to: write)
                }
            case .ics, .timelinejs:
                try store.readChronology(range: range, query: query) { outline, events in
                    guard var stream = EventStream(format: format, metadata: metadata, now: now, outline: outline) else { return }
                    try write(stream.opening)
                    for start in stride(from: 0, to: outline.count, by: Self.batchSize) {
                        try write(stream.render(try events(outline[start..<min(start + Self.batchSize, outline.count)].map(\.id))))
                    }
                    try write(stream.closing())
                }
            default:
                guard var stream = EventStream(format: format) else { return }
                try write(stream.opening)
                try store.forEachEventBatch(range: range, query: query, batchSize: Self.batchSize) { try write(stream.render($0)) }
                try write(stream.closing())
            }
        }
    }

    /// Events read and rendered at a time when streaming.
    static let batchSize = 2_000
}

extension TimelineStore {
    /// Opens an existing database for a read command and merges what an interrupted ingest left
    /// unmerged, so the events shown are those of every stored article. When that merge cannot be
    /// written (a read-only file), the events are shown as last written, with a warning.
    static func openForReading(_ options: StoreOptions) throws -> TimelineStore {
        let store = try TimelineStore(path: options.path, options: .init(createIfMissing: false))
        do {
            if try store.hasPendingMerges() { try store.mergeEvents() }
        } catch let error as TimelineStoreError {
            Console.error("warning: events of recently stored articles could not be merged; showing them as last merged (\(error))")
        }
        return store
    }
}
