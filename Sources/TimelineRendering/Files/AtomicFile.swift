import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers only ever see the old contents or the new, never half of either: for
/// `-o FILE` on `timeline report`, `export` and `build`.
///
/// The text goes to a new temporary file in the target's directory, is flushed to disk, and is renamed
/// over the target. `rename(2)` within one file system is atomic: an interrupted run, a full disk or a
/// crash leaves the previous report whole (and no temporary file behind, except after a crash).
///
/// ```swift
/// let report = MarkdownRenderer().render(events, metadata: metadata)
/// try AtomicFile.write(report, to: URL(fileURLWithPath: "floods.md"))
/// ```
public enum AtomicFile {
    /// Replaces the file at `url` with `text` (UTF-8), or creates it.
    ///
    /// The new file gets mode 0644 less the process umask. A symbolic link at `url` is replaced by the
    /// file, not followed.
    ///
    /// - Parameters:
    ///   - text: The whole contents.
    ///   - url: A file URL; its directory must exist.
    /// - Throws: A ``RenderingError`` naming the file when the temporary file cannot be created or
    ///   written, or cannot replace the target. The target is then unchanged.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    /// Replaces the file at `url` with `data`, or creates it, as the `String` variant does.
    ///
    /// - Parameters:
    ///   - data: The whole contents.
    ///   - url: A file URL; its directory must exist.
    /// - Throws: A ``RenderingError`` naming the file; the target is then unchanged.
    public static func write(_ data: Data, to url: URL) throws {
        try write(data, to: url, using: posixWrite)
    }

    /// The write, with `write(2)` replaceable so tests can simulate a full disk.
    static func write(_ data: Data, to url: URL, using systemWrite: (Int32, UnsafeRawPointer, Int) -> Int) throws {
        let path = url.path
        let directory = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        var template = ((directory.isEmpty ? "." : directory) + "/." + name + ".tmp-XXXXXX").utf8CString
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else {
            throw RenderingError(file: path, reason: .cannotCreateTemporaryFile(systemMessage()))
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var done = false
        defer {
            if !done { unlink(temporary) }
        }

        // mkstemp creates the file 0600; give it the mode a new file would get.
        let mask = umask(0)
        umask(mask)
        fchmod(fd, 0o644 & ~mask)

        var failure: String?
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count, let base = bytes.baseAddress {
                let n = systemWrite(fd, base + offset, bytes.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = systemMessage()
                    return
                }
                offset += n
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = systemMessage() }
        if close(fd) != 0, failure == nil { failure = systemMessage() }
        if let failure {
            throw RenderingError(file: path, reason: .cannotWrite(failure))
        }
        guard rename(temporary, path) == 0 else {
            throw RenderingError(file: path, reason: .cannotReplace(systemMessage()))
        }
        done = true
        // Make the rename itself durable.
        let directoryFD = open(directory.isEmpty ? "." : directory, O_RDONLY)
        if directoryFD >= 0 {
            fsync(directoryFD)
            close(directoryFD)
        }
    }

    private static func systemMessage() -> String {
        String(cString: strerror(errno))
    }
}

/// `write(2)`, under a name that the `write` methods above do not shadow.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #elseif canImport(Musl)
    Musl.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}
