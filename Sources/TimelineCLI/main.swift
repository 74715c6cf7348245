import ArgumentParser
import Foundation

// The contract's exit codes: 0 success, 1 some inputs rejected, 2 usage error.
// ArgumentParser exits 64 (EX_USAGE) on usage errors, so that one case is mapped to 2 here.
do {
    var command = try TimelineCommand.parseAsRoot()
    try command.run()
} catch {
    if TimelineCommand.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((TimelineCommand.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    TimelineCommand.exit(withError: error)
}
