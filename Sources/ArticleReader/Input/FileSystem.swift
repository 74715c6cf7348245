#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls the reader needs, with errors as `errno` values: `stat`/`lstat` (to tell files
/// from directories, fifos and sockets before opening anything, and to find symlink loops), `open`,
/// `read` and directory listing.
enum FileSystem {
    enum Kind: String, Sendable {
        case regular = "regular file"
        case directory
        case fifo
        case socket
        case characterDevice = "character device"
        case blockDevice = "block device"
        case symlink = "symbolic link"
        case other = "special file"
    }

    struct Info: Sendable {
        var kind: Kind
        var size: Int
        /// Device and inode: the identity of a directory, to notice when a symlink leads back into it.
        var id: FileID
    }

    struct FileID: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    static func info(_ path: String, followLinks: Bool) -> Result<Info, Errno> {
        var st = stat()
        let rc = followLinks ? stat(path, &st) : lstat(path, &st)
        guard rc == 0 else { return .failure(Errno(errno)) }
        return .success(info(st))
    }

    static func info(fd: Int32) -> Result<Info, Errno> {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(Errno(errno)) }
        return .success(info(st))
    }

    private static func info(_ st: stat) -> Info {
        let kind: Kind
        switch UInt32(st.st_mode) & 0o170000 {
        case 0o100000: kind = .regular
        case 0o040000: kind = .directory
        case 0o010000: kind = .fifo
        case 0o140000: kind = .socket
        case 0o020000: kind = .characterDevice
        case 0o060000: kind = .blockDevice
        case 0o120000: kind = .symlink
        default: kind = .other
        }
        return Info(kind: kind, size: Int(st.st_size), id: FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino)))
    }

    /// Opens `path` for reading. With `nonBlocking`, opening a fifo never waits for a writer.
    static func open(_ path: String, nonBlocking: Bool) -> Result<Int32, Errno> {
        var flags = O_RDONLY | O_CLOEXEC
        if nonBlocking { flags |= O_NONBLOCK }
        let fd = path.withCString { systemOpen($0, flags) }
        return fd >= 0 ? .success(fd) : .failure(Errno(errno))
    }

    private static func systemOpen(_ path: UnsafePointer<CChar>, _ flags: Int32) -> Int32 {
        #if canImport(Darwin)
        return Darwin.open(path, flags)
        #elseif canImport(Musl)
        return Musl.open(path, flags)
        #else
        return Glibc.open(path, flags)
        #endif
    }

    static func close(_ fd: Int32) {
        #if canImport(Darwin)
        _ = Darwin.close(fd)
        #elseif canImport(Musl)
        _ = Musl.close(fd)
        #else
        _ = Glibc.close(fd)
        #endif
    }

    /// Reads up to `count` bytes into `buffer`; 0 at the end of the file. Retries on EINTR.
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Result<Int, Errno> {
        while true {
            #if canImport(Darwin)
            let n = Darwin.read(fd, buffer.baseAddress, buffer.count)
            #elseif canImport(Musl)
            let n = Musl.read(fd, buffer.baseAddress, buffer.count)
            #else
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            #endif
            if n >= 0 { return .success(n) }
            if errno == EINTR { continue }
            return .failure(Errno(errno))
        }
    }

    enum ReadFailure: Error {
        case tooLarge(Int)
        case system(Errno)
    }

    /// The whole content of `fd`, or `.tooLarge` as soon as it passes `limit` bytes.
    static func readAll(_ fd: Int32, sizeHint: Int, limit: Int) -> Result<[UInt8], ReadFailure> {
        var out: [UInt8] = []
        out.reserveCapacity(min(max(sizeHint, 0), limit) + 1)
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let result = buffer.withUnsafeMutableBytes { read(fd, into: $0) }
            switch result {
            case .failure(let e): return .failure(.system(e))
            case .success(0): return .success(out)
            case .success(let n):
                out.append(contentsOf: buffer[0..<n])
                if out.count > limit { return .failure(.tooLarge(out.count)) }
            }
        }
    }

    /// The names in directory `path`, without `.` and `..`, in no particular order.
    static func list(_ path: String) -> Result<[String], Errno> {
        guard let dir = opendir(path) else { return .failure(Errno(errno)) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names)
    }
}

/// A POSIX error number, described as `strerror` does (`Permission denied`).
struct Errno: Error, Equatable, Sendable, CustomStringConvertible {
    var code: Int32
    init(_ code: Int32) { self.code = code }
    var description: String { String(cString: strerror(code)) }
    static let wouldBlock = Errno(EAGAIN)
}
