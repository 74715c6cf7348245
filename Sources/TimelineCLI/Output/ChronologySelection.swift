import DateNormalizer
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
        let filtered = range != nil || query != nil
        let articleCount = filtered
            ? try store.fetchSourceArticleCount(range: range, query: query) : try store.fetchArticleCount()
        var eventCount: Int?
        if let maxEvents, events.count == maxEvents {
            eventCount = try store.fetchEventCount(range: range, query: query)
        }
        return (events, ReportMetadata(title: title, articleCount: articleCount, eventCount: eventCount, period: range))
    }
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
