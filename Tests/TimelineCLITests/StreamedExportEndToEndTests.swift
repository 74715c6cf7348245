import Foundation
import Testing
import TimelineTestSupport

/// Exports are written as they are read (`ChronologySelection.write`): what a user sees when one is
/// stopped halfway or runs out of room, and that the file written equals what stdout gets.
@Suite("streamed exports (end to end)", .enabled(if: TimelineBinary.isBuilt))
struct StreamedExportEndToEndTests {
    /// `count` articles, each about its own day (so each is its own event).
    static func feed(_ count: Int) -> String {
        (0..<count).map { n in
            let year = 2000 + n / 336, month = n / 28 % 12 + 1, day = n % 28 + 1
            return #"{"title": "Council meeting \#(n)", "published": "2024-03-05", "source": "Harbor Wire", "#
                + #""text": "The council met on \#(month)/\#(day)/\#(year) to discuss item \#(n), the clerk said."}"#
        }.joined(separator: "\n") + "\n"
    }

    /// A database of 2,000 events, built once for the suite.
    static let database: Result<(TemporaryDirectory, String), any Error> = Result {
        let directory = try TemporaryDirectory()
        let feedPath = try directory.write(Self.feed(2_000), to: "feed.jsonl")
        let database = directory.path("t.sqlite")
        let result = try TimelineBinary.run(["ingest", "--db", database, feedPath])
        guard result.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(result)"]) }
        return (directory, database)
    }

    static func temporaryFiles(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.contains(".tmp-") }
    }

    @Test("a streamed file equals what stdout gets, for every format")
    func fileEqualsStdout() throws {
        let (_, database) = try Self.database.get()
        let out = try TemporaryDirectory()
        defer { out.remove() }
        for format in ["json", "csv", "markdown", "timelinejs"] {
            let target = out.path("export.\(format)")
            let toFile = try TimelineBinary.run(["export", "--db", database, "--format", format, "-o", target])
            let toStdout = try TimelineBinary.run(["export", "--db", database, "--format", format])
            #expect(toFile.status == 0 && toStdout.status == 0, "\(toFile)\n\(toStdout)")
            #expect(try String(contentsOfFile: target, encoding: .utf8) == toStdout.stdout, "\(format)")
        }
        let events = try TimelineBinary.run(["events", "--db", database, "--format", "jsonl"])
        #expect(events.stdout.split(separator: "\n").count == 2_000)
    }

    @Test("no room for the export: a clear error naming the file, the old file whole, no temporary file")
    func fullDisk() throws {
        let (_, database) = try Self.database.get()
        let out = try TemporaryDirectory()
        defer { out.remove() }
        let target = out.path("events.json")
        try "old export\n".write(toFile: target, atomically: true, encoding: .utf8)
        // ulimit -f 256: the export (about 1 MB) cannot grow past 256 KiB (the database's own files can)
        let result = try TimelineBinary.run(["export", "--db", database, "--format", "json", "-o", target], fileSizeLimit: 256)
        #expect(result.status != 0, "\(result)")
        #expect(result.stderr.contains(target + ": cannot write: File too large"), "\(result)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old export\n")
        #expect(try Self.temporaryFiles(in: out.url.path).isEmpty)
    }

    @Test("Ctrl-C during an export leaves the old file whole and no temporary file")
    func interrupted() throws {
        let (_, database) = try Self.database.get()
        let out = try TemporaryDirectory()
        defer { out.remove() }
        let target = out.path("events.md")
        var interrupted = false
        // the signal must land while the export runs: the temporary file shows it has started; an
        // export that finishes first (a very fast machine) is tried again
        for _ in 0..<5 where !interrupted {
            try "old report\n".write(toFile: target, atomically: true, encoding: .utf8)
            let running = try TimelineBinary.start(["export", "--db", database, "--format", "markdown", "-o", target])
            try running.input.fileHandleForWriting.close()
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline, running.process.isRunning, try Self.temporaryFiles(in: out.url.path).isEmpty { usleep(100) }
            running.interrupt()
            let result = try running.wait()
            if result.status == 0 { continue }
            interrupted = true
            #expect(result.status == 130, "\(result)")
            #expect(result.stderr == "interrupted by SIGINT; \(target) was not written\n", "\(result)")
            #expect(try String(contentsOfFile: target, encoding: .utf8) == "old report\n")
            #expect(try Self.temporaryFiles(in: out.url.path).isEmpty)
        }
        #expect(interrupted, "the export finished before the signal five times")
    }
}
