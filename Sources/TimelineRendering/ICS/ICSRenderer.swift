import DateNormalizer
import Foundation
import Timeline

/// Writes a chronology as an iCalendar file (RFC 5545, `timeline export --format ics`) that calendar
/// programs import: one all-day event per timeline event, spanning the event's interval.
///
/// Each VEVENT has a stable `UID` (`event-<id>@timeline`, so importing again updates rather than
/// duplicates), `DTSTAMP`, `DTSTART;VALUE=DATE` and `DTEND;VALUE=DATE` (exclusive, like the interval),
/// the summary as `SUMMARY`, and a `DESCRIPTION` with the date label and the sources. Lines end in CRLF
/// and are folded at 75 octets; text is escaped.
///
/// ```swift
/// let ics = ICSRenderer(now: Date()).render(events, metadata: ReportMetadata(title: "The Lindmere floods"))
/// // BEGIN:VEVENT
/// // UID:event-8@timeline
/// // DTSTART;VALUE=DATE:20151215
/// // DTEND;VALUE=DATE:20151216
/// // SUMMARY:The River Vell broke through the levee at Harbor Bridge\, flooding 200 homes in Lindmere.
/// ```
public struct ICSRenderer: Sendable {
    /// The moment written as every event's `DTSTAMP`: when the file was made.
    public var now: Date

    /// Creates a renderer.
    ///
    /// - Parameter now: The `DTSTAMP` of every event; pass a fixed date for reproducible output.
    public init(now: Date = Date()) {
        self.now = now
    }

    /// The calendar, every line ending in CRLF.
    ///
    /// - Parameters:
    ///   - events: The events, in the order given.
    ///   - metadata: The title, written as the calendar's name; derived from `events` when missing.
    /// - Returns: The iCalendar text.
    public func render(_ events: [Event], metadata: ReportMetadata = ReportMetadata()) -> String {
        opening(title: metadata.resolvedTitle(for: events)) + vevents(events) + closing
    }

    /// The calendar's first lines, named `title`: what ``EventStream`` writes before the events.
    func opening(title: String) -> String {
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//timeline//timeline chronology//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICSText.escape(TextCleaning.singleLine(title)),
        ].map(ICSText.fold).joined()
    }

    /// One VEVENT per event, folded.
    func vevents(_ events: [Event]) -> String {
        var lines: [String] = []
        let stamp = ICSRenderer.timestamp(now)
        for event in events {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:event-\(event.id)@timeline")
            lines.append("DTSTAMP:" + stamp)
            lines.append("DTSTART;VALUE=DATE:" + ICSRenderer.date(event.date.interval.start))
            lines.append("DTEND;VALUE=DATE:" + ICSRenderer.date(event.date.interval.end))
            lines.append("SUMMARY:" + ICSText.escape(TextCleaning.singleLine(event.summary)))
            lines.append("DESCRIPTION:" + ICSText.escape(description(event)))
            if let url = event.sources.lazy.compactMap({ $0.url.flatMap(WebAddress.linkable) }).first {
                lines.append("URL:" + url)
            }
            lines.append("TRANSP:TRANSPARENT")
            lines.append("END:VEVENT")
        }
        return lines.map(ICSText.fold).joined()
    }

    /// The calendar's last line.
    var closing: String { ICSText.fold("END:VCALENDAR") }

    private func description(_ event: Event) -> String {
        var text = DateLabel.label(for: event.date) + "\n\n" + TextCleaning.singleLine(event.summary)
        var seen = Set<Int64>()
        let sources = event.sources.filter { seen.insert($0.article).inserted }
        if !sources.isEmpty {
            text += "\n\nSources:"
            for source in sources {
                var line = "\n- " + TextCleaning.singleLine(source.title)
                var details: [String] = []
                if let outlet = source.source.map(TextCleaning.singleLine), !outlet.isEmpty { details.append(outlet) }
                if let published = source.published, let day = CivilDate(iso: published.prefix(10)) {
                    details.append(CalendarWords.day(day))
                }
                if !details.isEmpty { line += " (" + details.joined(separator: ", ") + ")" }
                if let url = source.url.flatMap(WebAddress.linkable) { line += " " + url }
                text += line
            }
        }
        return text
    }

    /// `20151215`.
    static func date(_ day: CivilDate) -> String {
        CalendarWords.pad(day.year, 4) + CalendarWords.pad(day.month, 2) + CalendarWords.pad(day.day, 2)
    }

    /// `20151216T093700Z`: the moment in UTC, whole seconds.
    static func timestamp(_ moment: Date) -> String {
        let seconds = Int(moment.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let day = CivilDate(dayNumber: days) ?? CivilDate(dayNumber: 0)
        let dayText = day.map(date) ?? "19700101"
        return dayText + "T" + CalendarWords.pad(rest / 3600, 2) + CalendarWords.pad(rest % 3600 / 60, 2)
            + CalendarWords.pad(rest % 60, 2) + "Z"
    }
}
