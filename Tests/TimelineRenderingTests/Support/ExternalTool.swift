import Foundation

/// Runs the real renderers and parsers our outputs are checked with (cmark-gfm, python-markdown,
/// python's icalendar), and tells whether each is installed so tests can skip with a reason.
///
/// CI installs them with `apt-get install -y cmark-gfm` and `pip install markdown icalendar`.
enum ExternalTool {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `arguments` (the first one found on PATH through `/usr/bin/env`) with `input` on stdin.
    static func run(_ arguments: [String], input: String = "") throws -> Result {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("timeline-rendering-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputURL = directory.appendingPathComponent("stdin")
        let outputURL = directory.appendingPathComponent("stdout")
        let errorURL = directory.appendingPathComponent("stderr")
        try Data(input.utf8).write(to: inputURL)
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }

    /// Whether `arguments` runs and exits 0.
    static func succeeds(_ arguments: [String]) -> Bool {
        (try? run(arguments))?.status == 0
    }

    static let hasPython = succeeds(["python3", "-c", "pass"])
    static let hasPythonMarkdown = hasPython && succeeds(["python3", "-c", "import markdown"])
    static let hasPythonICalendar = hasPython && succeeds(["python3", "-c", "import icalendar"])
    static let hasCmarkGFM = succeeds(["cmark-gfm", "--version"])
}
