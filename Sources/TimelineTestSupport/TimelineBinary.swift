import Foundation

/// Runs the built `timeline` executable as a user would, for end-to-end tests.
///
/// The binary is looked for next to the test bundle (the build products directory that `swift test`
/// fills), then in the repository's `.build/debug`; `TIMELINE_BINARY` names another one.
///
/// ```swift
/// let result = try TimelineBinary.run(["ingest", "--db", database, "Examples/"])
/// #expect(result.status == 0)
/// #expect(result.stdout == "8 articles: 8 new, 0 unchanged, 0 rejected\n")
/// ```
public enum TimelineBinary {
    /// What a finished run printed and returned.
    public struct Result: Sendable, CustomStringConvertible {
        /// The exit status.
        public var status: Int32
        /// Everything written to stdout.
        public var stdout: String
        /// Everything written to stderr.
        public var stderr: String

        /// The lines of stderr, without empty ones.
        public var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }

        /// All of it, for failure messages.
        public var description: String { "status \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    /// The executable, or nil when it has not been built.
    public static let url: URL? = {
        let fileManager = FileManager.default
        if let named = ProcessInfo.processInfo.environment["TIMELINE_BINARY"], fileManager.isExecutableFile(atPath: named) {
            return URL(fileURLWithPath: named)
        }
        let bundle = Bundle.main.bundleURL
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let candidates = [
            bundle, bundle.deletingLastPathComponent(), executable.deletingLastPathComponent(),
            FixturePath.root.appendingPathComponent(".build/debug"),
        ]
        for directory in candidates {
            let binary = directory.appendingPathComponent("timeline")
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: binary.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               fileManager.isExecutableFile(atPath: binary.path)
            {
                return binary
            }
        }
        return nil
    }()

    /// Whether the executable was found (end-to-end suites are enabled on it).
    public static var isBuilt: Bool { url != nil }

    /// Runs `timeline` with `arguments` and waits for it.
    ///
    /// - Parameters:
    ///   - arguments: The command line after `timeline`.
    ///   - stdin: Text for standard input; none (empty) when nil.
    ///   - environment: Variables to set; `TIMELINE_DB` is removed from the inherited environment
    ///     unless given here.
    ///   - directory: The working directory; the repository root by default.
    ///   - fileSizeLimit: When given, no file the process writes may grow past this many KiB
    ///     (`ulimit -f`, SIGXFSZ ignored so the write fails instead of killing it): a full disk.
    /// - Returns: The exit status and everything printed.
    public static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], in directory: URL? = nil,
        fileSizeLimit: Int? = nil
    ) throws -> Result {
        let running = try start(arguments, environment: environment, in: directory, fileSizeLimit: fileSizeLimit)
        if let stdin { running.input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try running.input.fileHandleForWriting.close()
        return try running.wait()
    }

    /// Starts `timeline` without waiting, stdin a pipe the caller writes to and closes (the other
    /// parameters as in ``run(_:stdin:environment:in:fileSizeLimit:)``).
    public static func start(
        _ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil, fileSizeLimit: Int? = nil
    ) throws -> Running {
        guard let url else { throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "timeline is not built"]) }
        let process = Process()
        if let fileSizeLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "trap '' XFSZ; ulimit -f \(fileSizeLimit); exec \"$0\" \"$@\"", url.path] + arguments
        } else {
            process.executableURL = url
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory ?? FixturePath.root
        var inherited = ProcessInfo.processInfo.environment
        inherited["TIMELINE_DB"] = nil
        process.environment = inherited.merging(environment) { $1 }

        let outputs = try TemporaryDirectory(prefix: "timeline-run")
        _ = FileManager.default.createFile(atPath: outputs.path("stdout"), contents: nil)
        _ = FileManager.default.createFile(atPath: outputs.path("stderr"), contents: nil)
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = try FileHandle(forWritingTo: outputs.url.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: outputs.url.appendingPathComponent("stderr"))
        try process.run()
        return Running(process: process, input: input, outputs: outputs)
    }

    /// A started `timeline` process.
    public final class Running {
        /// The process.
        public let process: Process
        /// Its standard input.
        public let input: Pipe
        private let outputs: TemporaryDirectory

        init(process: Process, input: Pipe, outputs: TemporaryDirectory) {
            self.process = process
            self.input = input
            self.outputs = outputs
        }

        /// Sends SIGINT, as Ctrl-C does.
        public func interrupt() { process.interrupt() }

        /// Waits for the process to end and collects what it printed.
        public func wait() throws -> Result {
            process.waitUntilExit()
            defer { outputs.remove() }
            let stdout = try String(contentsOfFile: outputs.path("stdout"), encoding: .utf8)
            let stderr = try String(contentsOfFile: outputs.path("stderr"), encoding: .utf8)
            return Result(status: process.terminationStatus, stdout: stdout, stderr: stderr)
        }
    }
}
