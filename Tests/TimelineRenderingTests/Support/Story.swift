import DateNormalizer
import Foundation
import Timeline
import TimelineRendering

/// A chronology written for these tests: the autumn 2015 floods in Lindmere, a town we made up, told by
/// seven articles from three outlets we made up. It has one event of every kind a report must lay out:
/// a decade, a season, a quarter, a half-year, a month with a modifier, a week, a weekend, days, a night
/// and a clock time, events with one source and with three.
enum Story {
    /// The moment used as every iCalendar DTSTAMP in the goldens.
    static let stamp = Date(timeIntervalSince1970: 1_450_258_620)  // 2015-12-16T09:37:00Z

    static let articles: [Int64: EventSource] = [
        1: source(1, "Dry summer leaves River Vell at record low", "Lindmere Courier", "https://courier.example/2015/09/02/river-vell-low", "2015-09-02"),
        2: source(2, "Engineers warn over Harbor Bridge levee", "Lindmere Courier", "https://courier.example/2015/10/01/levee-warning", "2015-10-01"),
        3: source(3, "Levee repairs needed, water authority says", "Valley Wire", nil, "2015-10-02"),
        4: source(4, "Rain and sandbags: Lindmere braces", "Northshore Radio", "https://northshore.example/news/lindmere-braces?ref=rss&src=feed", "2015-12-09"),
        5: source(5, "Care home evacuated as River Vell rises", "Valley Wire", "https://valleywire.example/a/5", "2015-12-14"),
        6: source(6, "Lindmere floods | Live updates: levee *breached* at Harbor Bridge", "Lindmere Courier", "https://courier.example/live/floods_2015", "2015-12-16"),
        7: source(7, "Water recedes in Lindmere; mayor counts the cost", "Northshore Radio", "https://northshore.example/news/recede", "2015-12-18"),
    ]

    static let events: [Event] = [
        event(1, "199", nil, "1990-01-01", "2000-01-01", .decade,
              "The River Vell last flooded the old town of Lindmere in the 1990s, according to the Vell Valley Water Authority.",
              [(1, "in the 1990s", "The river last broke its banks in the 1990s, the Vell Valley Water Authority said.")]),
        event(2, "2015-SU", nil, "2015-06-01", "2015-09-01", .season,
              "A dry summer left the River Vell at its lowest level in decades.",
              [(1, "this summer", "After the driest summer in decades, the River Vell is lower than anyone in Lindmere remembers.")]),
        event(3, "2015-09", .end, "2015-09-01", "2015-10-01", .month,
              "Engineers from the Vell Valley Water Authority warned the Lindmere council that the levee near Harbor Bridge needed repairs.",
              [(2, "at the end of September", "Engineers told the council at the end of September that the levee near Harbor Bridge needed urgent repairs."),
               (3, "late last month", "The water authority warned Lindmere late last month that the Harbor Bridge levee was weak.")]),
        event(4, "2015-Q4", nil, "2015-10-01", "2016-01-01", .quarter,
              "The council scheduled the levee repairs for the fourth quarter, citing the cost.",
              [(2, "in the fourth quarter", "Citing the cost, the council said the repairs would be made in the fourth quarter.")]),
        event(5, "2015-11-14", nil, "2015-11-14", "2015-11-15", .day,
              "Heavy rain began to fall over the upper Vell valley.",
              [(4, "on Nov. 14", "Rain has fallen over the upper valley almost without a break since it began on Nov. 14.")]),
        event(6, "2015-W50", nil, "2015-12-07", "2015-12-14", .week,
              "Residents near Harbor Bridge filled sandbags all week as the River Vell rose.",
              [(4, "this week", "Residents near Harbor Bridge have been filling sandbags this week."),
               (5, "all last week", "Neighbours filled sandbags all last week as the water crept up.")]),
        event(7, "2015-W50-WE", nil, "2015-12-12", "2015-12-14", .weekend,
              "Volunteers moved 40 residents out of the Harbor Bridge care home over the weekend.",
              [(5, "over the weekend", "Volunteers moved 40 residents out of the Harbor Bridge care home over the weekend.")]),
        event(8, "2015-12-15", nil, "2015-12-15", "2015-12-16", .day,
              "The River Vell broke through the levee at Harbor Bridge, flooding 200 homes in Lindmere.",
              [(5, "on Tuesday", "Forecasters expect the river to peak on Tuesday."),
               (6, "on Tuesday", "The levee at Harbor Bridge gave way on Tuesday and water poured into 200 homes."),
               (7, "last Tuesday", "Since the levee failed last Tuesday, 200 homes have stood in water.")]),
        event(9, "2015-12-16TNI", nil, "2015-12-16", "2015-12-17", .partOfDay,
              "Mayor Ines Okafor declared a state of emergency in Lindmere.",
              [(6, "on Wednesday night", "Mayor Ines Okafor declared a state of emergency on Wednesday night."),
               (7, "Wednesday night", "The state of emergency declared Wednesday night remains in force.")]),
        event(10, "2015-12-17T10:30", nil, "2015-12-17", "2015-12-18", .minute,
              "The Vell Valley Water Authority said the water had begun to recede.",
              [(7, "at 10:30 a.m. Thursday", "At 10:30 a.m. Thursday the authority said the water had begun to recede.")]),
        event(11, "2016-01", .start, "2016-01-01", "2016-02-01", .month,
              "Insurers are to start assessing the damage to homes in Lindmere.",
              [(7, "in early January", "Insurers will start assessing the damage in early January.")]),
        event(12, "2016-H1", nil, "2016-01-01", "2016-07-01", .half,
              "The council expects to finish rebuilding the levee at Harbor Bridge.",
              [(7, "in the first half of next year", "The council hopes to rebuild the levee in the first half of next year.")]),
    ]

    static let metadata = ReportMetadata()

    private static func source(_ id: Int64, _ title: String, _ outlet: String, _ url: String?, _ published: String) -> EventSource {
        EventSource(article: id, title: title, source: outlet, url: url, published: published, sentence: "", mention: "")
    }

    private static func event(_ id: Int64, _ value: String, _ mod: TimexMod?, _ start: String, _ end: String,
                              _ granularity: Granularity, _ summary: String, _ reports: [(Int64, String, String)]) -> Event {
        let interval = CalendarInterval(start: CivilDate(iso: start)!, end: CivilDate(iso: end)!)!
        let sources = reports.map { article, mention, sentence in
            var source = articles[article]!
            source.mention = mention
            source.sentence = sentence
            return source
        }
        return Event(id: id, date: EventDate(value: value, mod: mod, interval: interval, granularity: granularity),
                     summary: summary, sources: sources, salience: Double(Set(reports.map(\.0)).count))
    }
}
