import DateNormalizer
import Timeline

/// A small bar chart of events per month (or year, or decade) that shows at a glance when things
/// happened, written as an indented code block so every Markdown renderer keeps its alignment.
///
/// ```
///     Sep 2015   3 ███████
///     Oct 2015   1 ██
///     Nov 2015  12 ██████████████████████████████
/// ```
///
/// The unit grows with the span so the chart stays short for 500 events: months when the events span
/// at most 36 months, years up to 40 years, decades beyond. Runs of three or more empty rows fold into
/// one "…" row. Events dated only to a longer period than the unit (a year, in a chart by month) are not
/// counted, and the caption says how many were left out.
enum PeriodChart {
    enum Unit: CaseIterable {
        case month, year, decade

        var granularity: Granularity {
            switch self {
            case .month: .month
            case .year: .year
            case .decade: .decade
            }
        }

        /// The widest span, in units, this unit is used for.
        var maxSpan: Int {
            switch self {
            case .month: 36
            case .year: 40
            case .decade: Int.max
            }
        }

        var noun: String {
            switch self {
            case .month: "month"
            case .year: "year"
            case .decade: "decade"
            }
        }

        func bucket(_ date: CivilDate) -> Int {
            switch self {
            case .month: date.year * 12 + date.month - 1
            case .year: date.year
            case .decade: date.year / 10
            }
        }

        func label(_ bucket: Int) -> String {
            switch self {
            case .month: CalendarWords.shortMonths[bucket % 12] + " \(bucket / 12)"
            case .year: "\(bucket)"
            case .decade: "\(bucket * 10)s"
            }
        }
    }

    static let barWidth = 30
    static let minimumEvents = 3

    /// The caption and code block, or nil when a chart would not help (fewer than three events, or all
    /// in one month).
    static func render(_ events: [Event]) -> String? {
        for unit in Unit.allCases {
            let charted = events.filter { $0.date.granularity <= unit.granularity }
            guard charted.count >= minimumEvents else { continue }
            let buckets = charted.map { unit.bucket($0.date.interval.start) }
            guard let first = buckets.min(), let last = buckets.max() else { continue }
            guard last - first < unit.maxSpan else { continue }
            guard first != last else { return nil }
            return chart(unit: unit, buckets: buckets, first: first, last: last, leftOut: events.count - charted.count)
        }
        return nil
    }

    private static func chart(unit: Unit, buckets: [Int], first: Int, last: Int, leftOut: Int) -> String {
        var counts: [Int: Int] = [:]
        for b in buckets { counts[b, default: 0] += 1 }
        let most = counts.values.max() ?? 1
        let labelWidth = (first...last).map { unit.label($0).count }.max() ?? 0
        let countWidth = String(most).count

        var caption = "Events per \(unit.noun)"
        if leftOut > 0 {
            caption += " (\(leftOut) \(leftOut == 1 ? "event" : "events") dated only to a longer period \(leftOut == 1 ? "is" : "are") not counted)"
        }
        var lines = [caption + ":", ""]
        var bucket = first
        while bucket <= last {
            let count = counts[bucket] ?? 0
            if count == 0 {
                var emptyEnd = bucket
                while emptyEnd + 1 <= last, counts[emptyEnd + 1] == nil { emptyEnd += 1 }
                let run = emptyEnd - bucket + 1
                if run >= 3 {
                    lines.append("    " + pad("…", labelWidth) + "  (\(run) \(unit.noun)s without events)")
                    bucket = emptyEnd + 1
                    continue
                }
            }
            let label = pad(unit.label(bucket), labelWidth)
            let number = String(repeating: " ", count: countWidth - String(count).count) + String(count)
            let bar = count == 0 ? "" : " " + String(repeating: "█", count: max(1, (count * barWidth + most / 2) / most))
            lines.append("    " + label + "  " + number + bar)
            bucket += 1
        }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
