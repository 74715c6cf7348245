import Foundation

/// Writes to stdout and stderr. Stdout is buffered (listings can be long) and flushed by ``flush()``;
/// stderr is written at once, so messages and the progress line appear as they happen.
enum Console {
    nonisolated(unsafe) private static var buffer: [UInt8] = []

    /// Appends `text` (and a newline) to stdout. Only the main thread writes stdout.
    static func output(_ text: String, newline: Bool = true) {
        buffer.append(contentsOf: text.utf8)
        if newline { buffer.append(0x0A) }
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes what stdout holds.
    static func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(STDOUT_FILENO, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    break
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `text` (and a newline) to stderr now.
    static func error(_ text: String, newline: Bool = true) {
        FileHandle.standardError.write(Data((newline ? text + "\n" : text).utf8))
    }
}
