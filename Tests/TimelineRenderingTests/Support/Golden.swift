import Foundation
import TimelineTestSupport

/// Compares a renderer's whole output with a file in `Fixtures/Reports/`.
///
/// To accept new output after an intended change, run the tests with `UPDATE_GOLDENS=1`
/// (`UPDATE_GOLDENS=1 swift test --filter TimelineRenderingTests`): each golden is rewritten and the test
/// passes; review the change with `git diff Fixtures/Reports`.
enum Golden {
    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" }

    /// Nil when `actual` matches `Fixtures/Reports/<name>`, else a message with the first differing line
    /// and a `diff` command to see them all (the actual output is saved in the temporary directory).
    static func mismatch(_ actual: String, name: String) throws -> String? {
        let url = FixturePath.fixture("Reports/" + name)
        if updating {
            try Data(actual.utf8).write(to: url)
            return nil
        }
        guard let expectedData = FileManager.default.contents(atPath: url.path) else {
            return "missing golden Fixtures/Reports/\(name); create it with UPDATE_GOLDENS=1"
        }
        let expected = String(decoding: expectedData, as: UTF8.self)
        guard expected != actual else { return nil }

        let saved = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-goldens")
        try? FileManager.default.createDirectory(at: saved, withIntermediateDirectories: true)
        let actualURL = saved.appendingPathComponent(name)
        try? Data(actual.utf8).write(to: actualURL)

        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var line = 0
        while line < min(expectedLines.count, actualLines.count), expectedLines[line] == actualLines[line] { line += 1 }
        let show: (ArraySlice<Substring>) -> String = { $0.map { "    " + $0.debugDescription }.joined(separator: "\n") }
        return """
            Fixtures/Reports/\(name) differs at line \(line + 1) \
            (expected \(expectedLines.count) lines, got \(actualLines.count)):
              expected:
            \(show(expectedLines[min(line, expectedLines.count)..<min(line + 3, expectedLines.count)]))
              got:
            \(show(actualLines[min(line, actualLines.count)..<min(line + 3, actualLines.count)]))
            see all: diff -u \(url.path) \(actualURL.path)
            accept:  UPDATE_GOLDENS=1 swift test --filter TimelineRenderingTests
            """
    }
}
