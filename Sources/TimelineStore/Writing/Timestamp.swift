import DateNormalizer
import Foundation

/// ISO 8601 UTC timestamps (`2024-03-05T12:34:56Z`) for `ingested_at`, built by hand once per
/// transaction: no `DateFormatter` on the write path.
enum Timestamp {
    static func iso(_ date: Date = Date()) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let inDay = seconds - days * 86_400
        let day = CivilDate(dayNumber: days)?.description ?? "1970-01-01"
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day)T\(two(inDay / 3600)):\(two(inDay / 60 % 60)):\(two(inDay % 60))Z"
    }
}
