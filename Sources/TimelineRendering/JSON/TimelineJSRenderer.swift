import DateNormalizer
import Timeline

/// Writes a chronology as TimelineJS3 JSON (`timeline export --format timelinejs`), the format Knight
/// Lab's TimelineJS reads to draw an interactive timeline.
///
/// The file is `{"title": {"text": {...}}, "events": [SLIDE, ...]}`. Each slide has a `start_date` (and
/// an `end_date` when the event covers more than its own unit: a week, a quarter, a decade) whose parts
/// stop at the event's precision (`{"year": 2015, "month": 9}` for "Late September 2015"), a
/// `display_date` with our label, a `unique_id`, and a `text` whose `headline` is the summary and whose
/// `text` lists the sources. TimelineJS shows both as HTML, so article text is HTML-escaped and only
/// `http(s)` links are made.
///
/// ```swift
/// let json = TimelineJSRenderer().render(events, metadata: ReportMetadata(title: "The Lindmere floods"))
/// try AtomicFile.write(json, to: URL(fileURLWithPath: "floods-timeline.json"))
/// ```
public struct TimelineJSRenderer: Sendable {
    /// Headlines longer than this many characters are cut at a word with "…"; the full summary stays in
    /// the slide's text.
    public var maxHeadlineLength: Int

    /// Creates a renderer.
    ///
    /// - Parameter maxHeadlineLength: The longest headline shown whole. Default 120.
    public init(maxHeadlineLength: Int = 120) {
        self.maxHeadlineLength = maxHeadlineLength
    }

    /// The TimelineJS3 document, indented, ending with a newline.
    ///
    /// - Parameters:
    ///   - events: The events, in the order given.
    ///   - metadata: The title and counts for the title slide; missing ones are derived from `events`.
    /// - Returns: The JSON text.
    public func render(_ events: [Event], metadata: ReportMetadata = ReportMetadata()) -> String {
        let document = JSONValue.object([
            ("title", titleSlide(metadata, events)),
            ("events", .array(events.map(slide(for:)))),
        ])
        return document.pretty + "\n"
    }

    /// The title slide: the report's title and its summary line, from `events` (sources not needed
    /// when `metadata` gives the article count).
    func titleSlide(_ metadata: ReportMetadata, _ events: [Event]) -> JSONValue {
        .object([
            ("text", .object([
                ("headline", .string(HTMLEscaping.text(metadata.resolvedTitle(for: events)))),
                ("text", .string("<p>" + HTMLEscaping.escape(metadata.summaryLine(for: events)) + "</p>")),
            ])),
        ])
    }

    func slide(for event: Event) -> JSONValue {
        let (start, end) = TimelineJSRenderer.dates(for: event.date)
        var members: [(String, JSONValue)] = [("start_date", start)]
        if let end { members.append(("end_date", end)) }
        let summary = TextCleaning.singleLine(event.summary)
        members.append(("text", .object([
            ("headline", .string(HTMLEscaping.escape(shortened(summary)))),
            ("text", .string(body(event, summary: summary))),
        ])))
        members.append(("display_date", .string(DateLabel.label(for: event.date))))
        members.append(("unique_id", .string("event-\(event.id)")))
        return .object(members)
    }

    /// `<p>summary</p><ul><li><a href="...">Headline</a> — Outlet, December 16, 2015</li></ul>`
    private func body(_ event: Event, summary: String) -> String {
        var html = "<p>" + HTMLEscaping.escape(summary) + "</p>"
        var seen = Set<Int64>()
        let sources = event.sources.filter { seen.insert($0.article).inserted }
        guard !sources.isEmpty else { return html }
        html += "<ul>"
        for source in sources {
            var title = HTMLEscaping.text(source.title)
            if title.isEmpty { title = "Untitled article" }
            if let url = source.url.flatMap(WebAddress.linkable) {
                title = "<a href=\"" + HTMLEscaping.escape(url) + "\">" + title + "</a>"
            }
            var details: [String] = []
            if let outlet = source.source.map(HTMLEscaping.text), !outlet.isEmpty { details.append(outlet) }
            if let published = source.published, let day = CivilDate(iso: published.prefix(10)) {
                details.append(CalendarWords.day(day))
            }
            html += "<li>" + title + (details.isEmpty ? "" : " — " + details.joined(separator: ", ")) + "</li>"
        }
        return html + "</ul>"
    }

    private func shortened(_ text: String) -> String {
        guard text.count > maxHeadlineLength, maxHeadlineLength > 1 else { return text }
        let cut = text.prefix(maxHeadlineLength - 1)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(atWord.count >= maxHeadlineLength / 2 ? atWord : cut) + "…"
    }

    /// TimelineJS date objects for an event date: parts down to the event's precision, and an end date
    /// (the last day inside the interval, at the same precision) when it differs from the start.
    static func dates(for date: EventDate) -> (start: JSONValue, end: JSONValue?) {
        let first = date.interval.start
        let last = date.interval.end.adding(days: -1) ?? first
        let precision: Granularity
        switch date.granularity {
        case .month, .quarter, .half, .season: precision = .month
        case .year, .decade, .century: precision = .year
        default: precision = .day
        }
        var start = parts(first, precision: precision)
        let end = parts(last, precision: precision)
        if case let .time(_, _, _, .clock(hour, minute, _))? = TimexValue(date.value) {
            start.append(("hour", .int(Int64(hour))))
            if let minute { start.append(("minute", .int(Int64(minute)))) }
        }
        let sameUnit = switch precision {
        case .month: first.year == last.year && first.month == last.month
        case .year: first.year == last.year
        default: first == last
        }
        return (.object(start), sameUnit ? nil : .object(end))
    }

    private static func parts(_ day: CivilDate, precision: Granularity) -> [(String, JSONValue)] {
        var parts: [(String, JSONValue)] = [("year", .int(Int64(day.year)))]
        if precision <= .month { parts.append(("month", .int(Int64(day.month)))) }
        if precision <= .day { parts.append(("day", .int(Int64(day.day)))) }
        return parts
    }
}
