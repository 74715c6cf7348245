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
    static func write(_ data: Data, to url: URL, using systemWrite: @escaping (Int32, UnsafeRawPointer, Int) -> Int) throws {
        let writer = try Writer(url, using: systemWrite)
        try writer.append(data)
        try writer.commit()
    }

    /// Writes a file piece by piece and replaces the target only at ``commit()``: an export of millions
    /// of events is written as it is rendered, without holding it whole, with the same guarantee as
    /// ``AtomicFile/write(_:to:)-(String,_)``. A writer dropped before `commit()` removes its temporary
    /// file and leaves the target as it was.
    ///
    /// ```swift
    /// let file = try AtomicFile.Writer(URL(fileURLWithPath: "events.json"))
    /// for piece in pieces { try file.append(piece) }
    /// try file.commit()
    /// ```
    public final class Writer {
        let path: String
        let directory: String
        let temporary: String
        /// The temporary file the pieces go to until ``commit()``: a process that must stop at once (on
        /// a signal) removes it so no partial export is left beside the target.
        public var temporaryPath: String { temporary }
        let systemWrite: (Int32, UnsafeRawPointer, Int) -> Int
        var fd: Int32
        var done = false

        /// Creates the temporary file beside `url`.
        ///
        /// - Throws: A ``RenderingError`` naming the file when the temporary file cannot be created.
        public convenience init(_ url: URL) throws {
            try self.init(url, using: posixWrite)
        }

        init(_ url: URL, using systemWrite: @escaping (Int32, UnsafeRawPointer, Int) -> Int) throws {
            path = url.path
            directory = url.deletingLastPathComponent().path
            self.systemWrite = systemWrite
            let name = url.lastPathComponent
            var template = ((directory.isEmpty ? "." : directory) + "/." + name + ".tmp-XXXXXX").utf8CString
            fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
                guard let base = buffer.baseAddress else { return -1 }
                return mkstemp(base)
            }
            guard fd >= 0 else {
                throw RenderingError(file: url.path, reason: .cannotCreateTemporaryFile(AtomicFile.systemMessage()))
            }
            temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            // mkstemp creates the file 0600: give it the old file's mode, or the mode a new file gets.
            fchmod(fd, AtomicFile.mode(replacing: path))
        }

        deinit {
            if !done {
                if fd >= 0 { close(fd) }
                unlink(temporary)
            }
        }

        /// Appends `text` (UTF-8).
        ///
        /// - Throws: A ``RenderingError`` naming the file when writing fails (a full disk); the target
        ///   is unchanged, and the writer is spent.
        public func append(_ text: String) throws {
            var text = text
            try text.withUTF8 { try append(UnsafeRawBufferPointer($0)) }
        }

        /// Appends `data`, as the `String` variant does.
        public func append(_ data: Data) throws {
            try data.withUnsafeBytes { try append($0) }
        }

        func append(_ bytes: UnsafeRawBufferPointer) throws {
            guard !done, fd >= 0 else { throw RenderingError(file: path, reason: .cannotWrite("the file was already closed")) }
            var offset = 0
            while offset < bytes.count, let base = bytes.baseAddress {
                let n = systemWrite(fd, base + offset, bytes.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw fail(.cannotWrite(AtomicFile.systemMessage()))
                }
                if n == 0 { throw fail(.cannotWrite("the system wrote nothing")) }
                offset += n
            }
        }

        /// Flushes the file to disk and renames it over the target.
        ///
        /// - Throws: A ``RenderingError`` naming the file when flushing or replacing fails; the target
        ///   is then unchanged.
        public func commit() throws {
            guard !done, fd >= 0 else { throw RenderingError(file: path, reason: .cannotWrite("the file was already closed")) }
            if fsync(fd) != 0 { throw fail(.cannotWrite(AtomicFile.systemMessage())) }
            let closed = close(fd)
            fd = -1
            if closed != 0 { throw fail(.cannotWrite(AtomicFile.systemMessage())) }
            guard rename(temporary, path) == 0 else { throw fail(.cannotReplace(AtomicFile.systemMessage())) }
            done = true
            // Make the rename itself durable.
            let directoryFD = open(directory.isEmpty ? "." : directory, O_RDONLY)
            if directoryFD >= 0 {
                fsync(directoryFD)
                close(directoryFD)
            }
        }

        /// Closes and removes the temporary file, and returns the error to throw.
        private func fail(_ reason: RenderingError.Reason) -> RenderingError {
            let error = RenderingError(file: path, reason: reason)
            if fd >= 0 { close(fd) }
            fd = -1
            unlink(temporary)
            done = true
            return error
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

    static func systemMessage() -> String {
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
