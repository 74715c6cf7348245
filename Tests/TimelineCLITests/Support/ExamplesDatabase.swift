import Foundation
import TimelineTestSupport

/// The Examples story ingested once into a database that the end-to-end suites of the chronology share.
enum ExamplesDatabase {
    /// The article folders of `Examples/`, without its README (which the reader would take for an article).
    static let articleFolders = ["Examples/html", "Examples/json", "Examples/jsonl", "Examples/markdown", "Examples/text"]

    /// A database holding the nine example articles, kept for the whole test run.
    static let path: Result<String, any Error> = Result {
        let directory = try TemporaryDirectory(prefix: "timeline-examples-events")
        let database = directory.path("examples.sqlite")
        let result = try TimelineBinary.run(["ingest", "--db", database] + articleFolders)
        guard result.status == 0 else { throw Failure(description: "ingest failed: \(result)") }
        return database
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Runs `timeline` with `arguments` and `--db` on the shared database.
    static func run(_ arguments: [String]) throws -> TimelineBinary.Result {
        try TimelineBinary.run(arguments + ["--db", try path.get()])
    }

    /// The events of `timeline events --format json` with `arguments`, parsed.
    static func events(_ arguments: [String] = []) throws -> [[String: Any]] {
        let result = try run(["events", "--format", "json"] + arguments)
        guard result.status == 0 else { throw Failure(description: "\(result)") }
        return try JSONEvents.parse(result.stdout)
    }
}

/// The contract's event objects, read back with Foundation's JSON parser.
enum JSONEvents {
    static func parse(_ text: String) throws -> [[String: Any]] {
        guard let array = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] else {
            throw ExamplesDatabase.Failure(description: "not a JSON array of objects: \(text.prefix(200))")
        }
        return array
    }

    static func date(_ event: [String: Any]) -> [String: Any] { event["date"] as? [String: Any] ?? [:] }
    static func sources(_ event: [String: Any]) -> [[String: Any]] { event["sources"] as? [[String: Any]] ?? [] }
    static func value(_ event: [String: Any]) -> String { date(event)["value"] as? String ?? "" }
    static func summary(_ event: [String: Any]) -> String { event["summary"] as? String ?? "" }

    /// The event without ids (its own and its sources' article ids): what must not depend on ingest order.
    static func withoutIDs(_ event: [String: Any]) -> String {
        var copy = event
        copy["id"] = nil
        copy["sources"] = sources(event).map { source -> [String: Any] in
            var s = source
            s["article"] = nil
            return s
        }
        let data = (try? JSONSerialization.data(withJSONObject: copy, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
