import DateNormalizer
import Timeline

/// What a report says about itself besides its events: a title, how many events and articles lie
/// behind it, the period it covers.
///
/// Every field is optional; a missing one is derived from the events (a title from the names they
/// mention most, the period from their dates, the article count from their sources). Pass the store's
/// figures when the events shown are a selection (`--max-events`, `--query`).
///
/// ```swift
/// let metadata = ReportMetadata(title: "The Lindmere floods", articleCount: 7)
/// let markdown = MarkdownRenderer().render(events, metadata: metadata)
/// ```
public struct ReportMetadata: Sendable, Hashable {
    /// The report's title (`--title`); nil to derive one from the events' summaries.
    public var title: String?
    /// How many articles the chronology was built from; nil to count the distinct articles the events cite.
    public var articleCount: Int?
    /// How many events matched before `--max-events` kept the most salient; nil when all are shown.
    public var eventCount: Int?
    /// The period the report covers (`--from`/`--to`); nil to take it from the events' dates.
    public var period: CalendarInterval?

    /// Creates report metadata.
    ///
    /// - Parameters:
    ///   - title: The title, or nil to derive one.
    ///   - articleCount: The number of source articles, or nil to count the cited ones.
    ///   - eventCount: The number of matching events when only some are shown, or nil.
    ///   - period: The covered period, or nil to use the events' dates.
    public init(title: String? = nil, articleCount: Int? = nil, eventCount: Int? = nil, period: CalendarInterval? = nil) {
        self.title = title
        self.articleCount = articleCount
        self.eventCount = eventCount
        self.period = period
    }

    /// The title to print: the given one when it has any visible text, else one derived from the events.
    func resolvedTitle(for events: [Event]) -> String {
        if let title, !TextCleaning.singleLine(title).isEmpty { return title }
        // The names that title a chronology are in its most salient events; past a thousand, more
        // summaries only cost time (a full export may hold millions).
        var sample = Chronology.sorted(events)
        if sample.count > ReportTitle.maxEvents {
            let kept = Set(sample.enumerated().sorted { a, b in
                a.element.salience != b.element.salience ? a.element.salience > b.element.salience : a.offset < b.offset
            }.prefix(ReportTitle.maxEvents).map(\.offset))
            sample = sample.enumerated().filter { kept.contains($0.offset) }.map(\.element)
        }
        return ReportTitle.derive(from: sample.map(\.summary))
    }

    /// The number of articles to print.
    func resolvedArticleCount(for events: [Event]) -> Int {
        articleCount ?? Set(events.lazy.flatMap(\.sources).map(\.article)).count
    }

    /// The covered period in words: the given one, else from the start of the earliest event to the end
    /// of the latest, each at that event's precision ("the 1990s to June 2016"); nil without events.
    func periodText(for events: [Event]) -> String? {
        if let period { return PeriodLabel.text(for: period) }
        guard let first = events.min(by: { a, b in
            a.date.interval.start != b.date.interval.start
                ? a.date.interval.start < b.date.interval.start : a.date.granularity > b.date.granularity
        }), let last = events.max(by: { a, b in
            a.date.interval.end != b.date.interval.end
                ? a.date.interval.end < b.date.interval.end : a.date.granularity > b.date.granularity
        }) else { return nil }
        let lastDay = last.date.interval.end.adding(days: -1) ?? last.date.interval.start
        return PeriodLabel.text(from: first.date.interval.start, PeriodLabel.Precision(first.date.granularity),
                                through: lastDay, PeriodLabel.Precision(last.date.granularity))
    }

    /// "12 events from 7 articles, covering September 3 to December 17, 2015."
    func summaryLine(for events: [Event]) -> String {
        let articles = resolvedArticleCount(for: events)
        var line: String
        if let total = eventCount, total > events.count {
            line = "The \(events.count) most salient of \(total) events, from \(plural(articles, "article"))"
        } else {
            line = "\(plural(events.count, "event")) from \(plural(articles, "article"))"
        }
        if let period = periodText(for: events) {
            line += ", covering " + period
        }
        return line + "."
    }

    private func plural(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}
