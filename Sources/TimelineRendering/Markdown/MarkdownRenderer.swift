import DateNormalizer
import Timeline

/// Renders a chronology as a Markdown report people read: a title, one line on what it covers, a small
/// chart of when things happened, the events under year and month headings with numbered citations, and
/// the list of sources.
///
/// The output renders the same on GitHub, in CommonMark renderers and in python-markdown. Article text
/// (summaries, headlines, outlet names) is escaped, so Markdown or HTML inside it shows as typed and
/// cannot break the page; see `MarkdownEscaping`.
///
/// ```swift
/// let report = MarkdownRenderer().render(events, metadata: ReportMetadata(title: "The Lindmere floods"))
/// // # The Lindmere floods
/// //
/// // 12 events from 7 articles, covering September 3 to December 17, 2015.
/// // ...
/// // ## 2015
/// //
/// // ### December
/// //
/// // - **December 15** — The river broke through the levee at Harbor Bridge on Tuesday. [3] [4] (2 sources)
/// ```
public struct MarkdownRenderer: Sendable {
    /// Choices about what a report shows.
    public struct Options: Sendable, Hashable {
        /// Whether to draw the events-per-period chart when it helps (three events or more, over more
        /// than one month). Default true.
        public var includesChart: Bool
        /// Words of article text longer than this many characters are cut with "…". Default 80.
        public var maxWordLength: Int

        /// Creates options.
        ///
        /// - Parameters:
        ///   - includesChart: Whether to draw the chart. Default true.
        ///   - maxWordLength: The longest word of article text shown whole. Default 80.
        public init(includesChart: Bool = true, maxWordLength: Int = 80) {
            self.includesChart = includesChart
            self.maxWordLength = maxWordLength
        }
    }

    /// The options in use.
    public var options: Options

    /// Creates a renderer.
    ///
    /// - Parameter options: What the report shows; the defaults suit `timeline report`.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The whole report, ending with a newline.
    ///
    /// Events may come in any order; the report puts them in chronological order (interval start, longer
    /// periods first). Events dated to a decade or century get their own heading ("## The 1990s"); those
    /// dated to a quarter, season or year sit under the year heading before the months.
    ///
    /// - Parameters:
    ///   - events: The events to show, with their sources.
    ///   - metadata: The title and counts; missing ones are derived from `events`.
    /// - Returns: The report as Markdown text.
    public func render(_ events: [Event], metadata: ReportMetadata = ReportMetadata()) -> String {
        var out = ""
        let byID = Dictionary(events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // the events are at hand: reading them back and appending to a string cannot fail
        do {
            try write(outline: events, metadata: metadata, batchSize: Int.max, events: { $0.compactMap { byID[$0] } }, to: { out += $0 })
        } catch {
            preconditionFailure("rendering events at hand threw \(error)")
        }
        return out
    }

    /// Writes the report piece by piece, reading whole events (with their sources) a batch at a time in
    /// the order the report lists them: a report of millions of events never holds them all. Joined, the
    /// pieces are what ``render(_:metadata:)`` gives.
    ///
    /// ```swift
    /// try store.readChronology { outline, events in
    ///     try MarkdownRenderer().write(outline: outline, metadata: metadata, events: events) { print($0, terminator: "") }
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - outline: Every event to show, in any order; only dates, summaries and salience are read, so
    ///     sources may be left out.
    ///   - metadata: The title and counts. Give the article count: with an outline without sources it
    ///     cannot be counted.
    ///   - batchSize: The most events asked of `events` at a time.
    ///   - events: Reads whole events by id, in the order asked.
    ///   - output: Receives the pieces, in order.
    /// - Throws: What `events` or `output` throw.
    public func write(outline: [Event], metadata: ReportMetadata = ReportMetadata(), batchSize: Int = 2_000,
                      events: ([Int64]) throws -> [Event], to output: (String) throws -> Void) throws {
        var out = "# " + text(metadata.resolvedTitle(for: outline)) + "\n\n"
        guard !outline.isEmpty else {
            try output(out + "No events to show.\n")
            return
        }
        out += metadata.summaryLine(for: outline) + "\n"
        if options.includesChart, let chart = PeriodChart.render(outline) {
            out += "\n" + chart + "\n"
        }

        // the report's lines in order: headings, and events (by position in `order`) still to be read
        enum Line { case text(String), event(Int, year: Int?) }
        var lines: [Line] = []
        var order: [Int64] = []
        for section in Chronology.sections(outline) {
            lines.append(.text(""))
            switch section.heading {
            case let .year(year): lines.append(.text("## \(year)"))
            case let .era(label): lines.append(.text("## " + MarkdownEscaping.escape(label)))
            }
            if !section.periodEvents.isEmpty {
                lines.append(.text(""))
                for event in section.periodEvents {
                    lines.append(.event(order.count, year: section.year))
                    order.append(event.id)
                }
            }
            for (month, monthEvents) in section.months {
                lines.append(.text(""))
                lines.append(.text("### " + CalendarWords.month(month)))
                lines.append(.text(""))
                for event in monthEvents {
                    lines.append(.event(order.count, year: section.year))
                    order.append(event.id)
                }
            }
        }

        var index = SourceIndex()
        var loaded: [Int64: Event] = [:]
        var loadedUpTo = 0
        let size = max(1, batchSize)
        for line in lines {
            switch line {
            case let .text(text):
                out += text + "\n"
            case let .event(position, year):
                if position >= loadedUpTo {
                    // the previous batch is written: hand it on before reading the next
                    try output(out)
                    out = ""
                    let ids = Array(order[position..<(position + min(size, order.count - position))])
                    loaded = Dictionary(try events(ids).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                    loadedUpTo = position + ids.count
                }
                // an event the store no longer has is shown as outlined, without sources
                let id = order[position]
                guard let event = loaded[id] ?? outline.first(where: { $0.id == id }) else { continue }
                out += item(event, under: year, index: &index) + "\n"
            }
        }

        out += "\n## Sources\n\n"
        for (offset, entry) in index.entries.enumerated() {
            out += "\(offset + 1). " + entry + "\n"
            // a list of a million sources goes out a few thousand lines at a time
            if offset % 4_096 == 4_095 {
                try output(out)
                out = ""
            }
        }
        try output(out)
    }

    // MARK: - Pieces

    /// `- **December 15** — The river broke through the levee. [3] [4] (2 sources)`
    func item(_ event: Event, under year: Int?, index: inout SourceIndex) -> String {
        let style: DateLabel.Style = year != nil && DateLabel.labelYear(for: event.date) == year ? .withoutYear : .full
        var line = "- **" + MarkdownEscaping.escape(DateLabel.label(for: event.date, style: style)) + "** — "
        let summary = text(event.summary)
        line += summary.isEmpty ? "(no summary)" : summary
        let citations = index.cite(event, entry: sourceEntry)
        if !citations.isEmpty {
            line += " " + citations.map { "[\($0)]" }.joined(separator: " ")
        }
        if event.articleCount > 1 {
            line += " (\(event.articleCount) sources)"
        }
        return line
    }

    /// `[Headline](https://...) — Outlet, December 16, 2015`
    func sourceEntry(_ source: EventSource) -> String {
        var title = text(source.title)
        if title.isEmpty { title = "Untitled article" }
        if let url = source.url, let destination = WebAddress.linkable(url) {
            title = "[" + title + "](" + destination + ")"
        }
        var details: [String] = []
        if let outlet = source.source.map(text), !outlet.isEmpty { details.append(outlet) }
        if let published = source.published.map(TextCleaning.singleLine), !published.isEmpty {
            if let day = CivilDate(iso: published.prefix(10)) {
                details.append(CalendarWords.day(day))
            } else {
                details.append(text(published))
            }
        }
        return details.isEmpty ? title : title + " — " + details.joined(separator: ", ")
    }

    private func text(_ raw: String) -> String {
        MarkdownEscaping.inline(raw, maxWordLength: options.maxWordLength)
    }
}
