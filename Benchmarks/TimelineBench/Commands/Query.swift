import ArgumentParser
import DateNormalizer
import Foundation
import TimelineStore

/// `timeline-bench query`: date-range query latency over random one-month windows.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time date-range queries of random one-month windows (p50, p99).",
        discussion: """
            Windows are months drawn (seeded) between --first-year and --last-year. For each window it \
            times fetchEventCount(range:) (the index range query: every matching event is visited) and \
            fetchEvents(range:) (the events with their summaries and sources, what `timeline events` prints).
            """)

    @Option(help: "The database.") var db: String
    @Option(help: "How many windows.") var windows = 200
    @Option(help: "First year windows are drawn from.") var firstYear = 2000
    @Option(help: "Last year windows are drawn from.") var lastYear = 2019
    @Option(help: "The seed of the windows.") var seed: UInt64 = 7

    func run() throws {
        let store = try TimelineStore(path: db, options: .init(createIfMissing: false))
        var random = SeededRandom(seed: seed)
        var ranges: [CalendarInterval] = []
        for _ in 0..<windows {
            let year = random.within(firstYear...lastYear), month = random.within(1...12)
            guard let start = CivilDate(year: year, month: month, day: 1), let end = start.adding(months: 1),
                  let range = CalendarInterval(start: start, end: end)
            else { continue }
            ranges.append(range)
        }
        // Warm the page cache as a running system would be.
        for range in ranges.prefix(20) { _ = try store.fetchEventCount(range: range) }
        var countTimes: [Double] = [], fetchTimes: [Double] = []
        var matched = 0
        for range in ranges {
            var count = 0
            countTimes.append(try ContinuousClock().measure { count = try store.fetchEventCount(range: range) }.seconds * 1000)
            matched += count
            fetchTimes.append(try ContinuousClock().measure { _ = try store.fetchEvents(range: range) }.seconds * 1000)
        }
        let total = try store.fetchEventCount()
        print(String(format: "query: %d events stored, %d windows, %.0f events per window", total, ranges.count,
                     Double(matched) / Double(max(1, ranges.count))))
        print(String(format: "range count   p50 %.2f ms  p99 %.2f ms", Statistics.median(countTimes), Statistics.percentile(countTimes, 99)))
        print(String(format: "range events  p50 %.2f ms  p99 %.2f ms", Statistics.median(fetchTimes), Statistics.percentile(fetchTimes, 99)))
    }
}
