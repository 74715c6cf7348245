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
    /// The new file keeps the permissions of the file it replaces; a file created anew gets 0666 less
    /// the umask, like a shell redirection. A symbolic link at `url` is replaced by the file, not followed.
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

        // mkstemp creates the file 0600: give it the old file's mode, or the mode a new file gets.
        fchmod(fd, AtomicFile.mode(replacing: path))

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
                if n == 0 {
                    failure = "the system wrote nothing"
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

    /// The permission bits for the file that replaces `path`: those of the regular file there now, or
    /// 0666 less the process umask for a new file, as `> file` in a shell would give.
    static func mode(replacing path: String) -> mode_t {
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
            return info.st_mode & 0o7777
        }
        return 0o666 & ~processUmask()
    }

    /// The umask, read from `/proc/self/status` (Linux 4.7 and later); 022 when it cannot be read.
    /// Calling `umask(2)` to read it would change it for a moment for every thread of the process.
    static func processUmask() -> mode_t {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
              let value = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8)
        else { return 0o022 }
        return value
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
