import DateNormalizer
import Testing
import Timeline
@testable import TimelineRendering

@Suite("MarkdownRenderer")
struct MarkdownRendererTests {
    let report = MarkdownRenderer().render(Story.events, metadata: Story.metadata)
    var lines: [String] { report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test("headings run from the title through years and months to the sources")
    func headings() {
        let headings = lines.filter { $0.hasPrefix("#") }
        #expect(headings == [
            "# Chronology: Lindmere, Harbor Bridge and River Vell",
            "## The 1990s", "## 2015", "### September", "### November", "### December",
            "## 2016", "### January", "## Sources",
        ])
    }

    @Test("the opening line counts events and articles and names the period")
    func summaryLine() {
        #expect(lines[2] == "12 events from 7 articles, covering the 1990s to June 2016.")
        let selected = MarkdownRenderer().render(Array(Story.events.prefix(3)),
                                                 metadata: ReportMetadata(title: "Floods", articleCount: 40, eventCount: 12))
        #expect(selected.contains("\nThe 3 most salient of 12 events, from 40 articles, covering the 1990s to September 2015.\n"))
    }

    @Test("events dated coarser than a month sit under the year heading, before the months")
    func coarseFirst() throws {
        let year = try #require(lines.firstIndex(of: "## 2015"))
        let september = try #require(lines.firstIndex(of: "### September"))
        let summer = try #require(lines.firstIndex { $0.hasPrefix("- **Summer**") })
        let quarter = try #require(lines.firstIndex { $0.hasPrefix("- **Q4**") })
        #expect(year < summer && summer < quarter && quarter < september)
    }

    @Test("an event line has its label, summary, citations and how many articles report it")
    func eventLine() {
        #expect(lines.contains(
            "- **December 15** — The River Vell broke through the levee at Harbor Bridge, flooding 200 homes in Lindmere. [5] [6] [7] (3 sources)"))
        #expect(lines.contains("- **Late September** — Engineers from the Vell Valley Water Authority warned the Lindmere council that the levee near Harbor Bridge needed repairs. [2] [3] (2 sources)"))
        #expect(lines.contains("- **The 1990s** — The River Vell last flooded the old town of Lindmere in the 1990s, according to the Vell Valley Water Authority. [1]"))
    }

    @Test("each article is numbered once, in order of first citation, with its details and link")
    func sources() throws {
        let start = try #require(lines.firstIndex(of: "## Sources"))
        let entries = lines[(start + 2)...].filter { !$0.isEmpty }
        #expect(entries.count == 7)
        #expect(entries.first == "1. [Dry summer leaves River Vell at record low](https://courier.example/2015/09/02/river-vell-low) — Lindmere Courier, September 2, 2015")
        #expect(entries.contains("3. Levee repairs needed, water authority says — Valley Wire, October 2, 2015"))
        #expect(entries.contains("6. [Lindmere floods &#124; Live updates: levee \\*breached\\* at Harbor Bridge](https://courier.example/live/floods_2015) — Lindmere Courier, December 16, 2015"))
    }

    @Test("the order events arrive in does not change the report")
    func orderIndependent() {
        var shuffled = Story.events
        shuffled.reverse()
        shuffled.swapAt(0, 5)
        #expect(MarkdownRenderer().render(shuffled, metadata: Story.metadata) == report)
    }

    @Test("a given title is used, escaped; no events says so")
    func titleAndEmpty() {
        let titled = MarkdownRenderer().render(Story.events, metadata: ReportMetadata(title: "Floods *2015* <b>"))
        #expect(titled.hasPrefix("# Floods \\*2015\\* &lt;b&gt;\n"))
        #expect(MarkdownRenderer().render([], metadata: ReportMetadata(title: "Nothing")) == "# Nothing\n\nNo events to show.\n")
    }

    @Test("a label keeps its year when it differs from the heading's")
    func labelYearAgainstHeading() throws {
        let start = try #require(CivilDate(iso: "2014-12-29"))
        let week = Event(id: 1, date: EventDate(value: "2015-W01", interval: CalendarInterval(start: start, end: start.adding(days: 7)!)!, granularity: .week),
                         summary: "Work began.", sources: [], salience: 1)
        let text = MarkdownRenderer().render([week], metadata: ReportMetadata(title: "T"))
        #expect(text.contains("## 2014\n\n### December\n\n- **Week of December 29** — Work began."))
    }

    @Test("decades and centuries get their own headings, with their events' modifiers in the labels")
    func eras() throws {
        func era(_ id: Int64, _ value: String, _ mod: TimexMod?, _ from: Int, _ to: Int, _ g: Granularity) -> Event {
            Event(id: id, date: EventDate(value: value, mod: mod, interval: CalendarInterval(start: CivilDate(year: from, month: 1, day: 1)!, end: CivilDate(year: to, month: 1, day: 1)!)!, granularity: g),
                  summary: "Event \(id).", sources: [], salience: 1)
        }
        let text = MarkdownRenderer().render([era(1, "19", .end, 1900, 2000, .century), era(2, "199", nil, 1990, 2000, .decade), era(3, "199", .start, 1990, 2000, .decade)], metadata: ReportMetadata(title: "T"))
        #expect(text.contains("## The 20th century\n\n- **The late 20th century** — Event 1.\n\n## The 1990s\n\n- **The 1990s** — Event 2.\n- **The early 1990s** — Event 3.\n"))
    }
}

@Suite("PeriodChart")
struct PeriodChartTests {
    static func day(_ id: Int, _ iso: String, _ granularity: Granularity = .day) -> Event {
        let date = CivilDate(iso: iso)!
        return Event(id: Int64(id), date: EventDate(value: iso, interval: CalendarInterval(day: date), granularity: granularity),
                     summary: "Event \(id).", sources: [], salience: 1)
    }

    @Test("a chart counts events per month and says what it left out")
    func months() throws {
        let chart = try #require(PeriodChart.render(Story.events))
        #expect(chart == """
            Events per month (4 events dated only to a longer period are not counted):

                Sep 2015  1 ██████
                Oct 2015  0
                Nov 2015  1 ██████
                Dec 2015  5 ██████████████████████████████
                Jan 2016  1 ██████
            """)
    }

    @Test("no chart for fewer than three events or a single month")
    func notHelpful() {
        #expect(PeriodChart.render([Self.day(1, "2015-12-01"), Self.day(2, "2016-03-01")]) == nil)
        #expect(PeriodChart.render((1...5).map { Self.day($0, "2015-12-0\($0)") }) == nil)
    }

    @Test("500 events over eight years chart by year in a few lines, long gaps fold")
    func longSpan() throws {
        var events = (0..<500).map { i in Self.day(i, "\(2008 + i % 8)-0\(1 + i % 9)-1\(i % 10)") }
        events.append(Self.day(900, "1985-06-01"))
        let chart = try #require(PeriodChart.render(events))
        let rows = chart.split(separator: "\n").dropFirst()
        #expect(chart.hasPrefix("Events per year:"))
        #expect(rows.count <= 12, "\(chart)")
        #expect(chart.contains("    …     (22 years without events)"))
        #expect(chart.contains("    2008  63 ██████████████████████████████"))
        for row in rows { #expect(row.count <= 4 + 6 + 2 + 3 + 31) }
    }

    @Test("a span of centuries charts by decade")
    func decades() throws {
        let events = [Self.day(1, "1850-01-01"), Self.day(2, "1851-01-01"), Self.day(3, "2015-01-01")]
        let chart = try #require(PeriodChart.render(events))
        #expect(chart.hasPrefix("Events per decade:"))
        #expect(chart.contains("1850s  2"))
        #expect(chart.contains("2010s  1"))
    }
}
