import ArgumentParser
import Foundation
import TimelineRendering

/// `-o FILE`: where a report or export goes; stdout without it.
struct OutputFileOption: ParsableArguments {
    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp(
            "Write to this file instead of standard output.",
            discussion: "The file is replaced atomically: readers see the old contents or the new, never half.",
            valueName: "file"))
    var output: String?

    /// The file given, or standard output.
    var sink: OutputSink { output.map(OutputSink.file) ?? .standardOutput }

    /// Writes `text` to the file (atomically) or to stdout.
    ///
    /// - Throws: A `RenderingError` naming the file when it cannot be written; the file is then unchanged.
    func write(_ text: String) throws {
        try sink.write(text)
    }
}

/// Where a command's output goes: standard output, or a file replaced atomically.
enum OutputSink {
    case standardOutput
    case file(String)

    /// Writes `text` at once.
    ///
    /// - Throws: A `RenderingError` naming the file when it cannot be written; the file is then unchanged.
    func write(_ text: String) throws {
        try stream { write in try write(text) }
    }

    /// Writes what `body` produces, piece by piece: an export holds one piece at a time. A file is
    /// still replaced atomically, once `body` has returned; when `body` throws, the file is left as it
    /// was (stdout may have received the pieces before the error).
    ///
    /// - Throws: A `RenderingError` naming the file when it cannot be written, or what `body` throws.
    func stream(_ body: (_ write: (String) throws -> Void) throws -> Void) throws {
        switch self {
        case let .file(path):
            let file = try AtomicFile.Writer(URL(fileURLWithPath: path))
            // an export can take a while: stopped by Ctrl-C or SIGTERM, it leaves the file as it was and no
            // half-written temporary file beside it
            let temporary = file.temporaryPath
            Interruption.install { signal in
                unlink(temporary)
                Console.error("interrupted by \(Interruption.name(of: signal)); \(path) was not written")
                exit(Interruption.exitStatus(for: signal))
            }
            try body { try file.append($0) }
            try file.commit()
        case .standardOutput:
            try body { Console.output($0, newline: false) }
            Console.flush()
        }
    }
}
