import ArgumentParser
import Foundation

/// `--db PATH`: the SQLite database; `TIMELINE_DB` overrides the default `timeline.sqlite`.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite database.", discussion: "Defaults to $TIMELINE_DB, else timeline.sqlite in the working directory.", valueName: "path"))
    var db: String?

    /// The database path to open.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["TIMELINE_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "timeline.sqlite"
    }
}
