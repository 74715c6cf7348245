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

    /// Writes `text` to the file (atomically) or to stdout.
    ///
    /// - Throws: A `RenderingError` naming the file when it cannot be written; the file is then unchanged.
    func write(_ text: String) throws {
        if let output {
            try AtomicFile.write(text, to: URL(fileURLWithPath: output))
        } else {
            Console.output(text, newline: false)
            Console.flush()
        }
    }

    /// Writes what `body` produces, piece by piece, to the file or to stdout: an export holds one
    /// piece at a time. The file is still replaced atomically, once `body` has returned; when `body`
    /// throws, the file is left as it was (stdout may have received the pieces before the error).
    ///
    /// - Throws: A `RenderingError` naming the file when it cannot be written, or what `body` throws.
    func stream(_ body: (_ write: (String) throws -> Void) throws -> Void) throws {
        if let output {
            let file = try AtomicFile.Writer(URL(fileURLWithPath: output))
            try body { try file.append($0) }
            try file.commit()
        } else {
            try body { Console.output($0, newline: false) }
            Console.flush()
        }
    }
}
