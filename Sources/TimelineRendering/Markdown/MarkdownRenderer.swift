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
        var out: [String] = []
        out.append("# " + text(metadata.resolvedTitle(for: events)))
        out.append("")
        guard !events.isEmpty else {
            out.append("No events to show.")
            return out.joined(separator: "\n") + "\n"
        }
        out.append(metadata.summaryLine(for: events))
        if options.includesChart, let chart = PeriodChart.render(events) {
            out.append("")
            out.append(chart)
        }

        var index = SourceIndex()
        for section in Chronology.sections(events) {
            out.append("")
            switch section.heading {
            case let .year(year): out.append("## \(year)")
            case let .era(label): out.append("## " + MarkdownEscaping.escape(label))
            }
            if !section.periodEvents.isEmpty {
                out.append("")
                for event in section.periodEvents { out.append(item(event, under: section.year, index: &index)) }
            }
            for (month, monthEvents) in section.months {
                out.append("")
                out.append("### " + CalendarWords.month(month))
                out.append("")
                for event in monthEvents { out.append(item(event, under: section.year, index: &index)) }
            }
        }

        out.append("")
        out.append("## Sources")
        out.append("")
        for (offset, source) in index.sources.enumerated() {
            out.append("\(offset + 1). " + sourceEntry(source))
        }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - Pieces

    /// `- **December 15** — The river broke through the levee. [3] [4] (2 sources)`
    func item(_ event: Event, under year: Int?, index: inout SourceIndex) -> String {
        let style: DateLabel.Style = year != nil && DateLabel.labelYear(for: event.date) == year ? .withoutYear : .full
        var line = "- **" + MarkdownEscaping.escape(DateLabel.label(for: event.date, style: style)) + "** — "
        let summary = text(event.summary)
        line += summary.isEmpty ? "(no summary)" : summary
        let citations = index.cite(event)
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
