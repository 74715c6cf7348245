import DateNormalizer
import Timeline

/// Puts events in report order and groups them under the headings of a Markdown report.
///
/// Order: by interval start, a longer period before the shorter ones that start with it ("2015" before
/// "January 2015" before "January 1, 2015"), then by id, so the same events always give the same report.
enum Chronology {
    static func sorted(_ events: [Event]) -> [Event] {
        events.sorted { a, b in
            let (x, y) = (a.date.interval, b.date.interval)
            if x.start != y.start { return x.start < y.start }
            if x.end != y.end { return x.end > y.end }
            return a.id < b.id
        }
    }

    /// A top-level part of the report: a year, or a decade or century ("The 1990s") for events dated no
    /// finer than that.
    struct Section {
        enum Heading: Hashable {
            case year(Int)
            case era(String)
        }

        var heading: Heading
        /// Events dated to a period longer than a month (a quarter, a season, the year itself, or the
        /// era), listed under the section heading before any month.
        var periodEvents: [Event] = []
        /// Events dated to a month or finer, by month (1...12), months in order.
        var months: [(month: Int, events: [Event])] = []

        /// The year a label may leave out under this heading.
        var year: Int? {
            if case let .year(year) = heading { return year }
            return nil
        }
    }

    static func sections(_ events: [Event]) -> [Section] {
        var sections: [Section] = []
        var indexByHeading: [Section.Heading: Int] = [:]
        for event in sorted(events) {
            let heading: Section.Heading
            if event.date.granularity >= .decade {
                var era = event.date
                era.mod = nil
                heading = .era(DateLabel.label(for: era))
            } else {
                heading = .year(event.date.interval.start.year)
            }
            let index: Int
            if let existing = indexByHeading[heading] {
                index = existing
            } else {
                index = sections.count
                indexByHeading[heading] = index
                sections.append(Section(heading: heading))
            }
            if event.date.granularity > .month {
                sections[index].periodEvents.append(event)
            } else {
                let month = event.date.interval.start.month
                if let m = sections[index].months.firstIndex(where: { $0.month == month }) {
                    sections[index].months[m].events.append(event)
                } else {
                    sections[index].months.append((month, [event]))
                    sections[index].months.sort { $0.month < $1.month }
                }
            }
        }
        return sections
    }
}
