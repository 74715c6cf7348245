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
}
