/// Reads a file descriptor line by line through one reusable buffer, so JSON Lines of any size stream
/// through in memory for one line (plus one read chunk). A line longer than `maxLineBytes` is skipped
/// without being buffered and reported by number. Also reads small files whole (`remainder`) with a
/// single right-sized read.
struct LineReader {
    enum Line {
        case line(ArraySlice<UInt8>, number: Int)
        case tooLong(number: Int, length: Int)
        case failed(Errno, number: Int)
    }

    let fd: Int32
    let maxLineBytes: Int
    /// How much one `read` asks for, at most.
    static let chunkSize = 1 << 20

    /// `storage[start..<end]` holds bytes read and not yet returned.
    private var storage: [UInt8]
    private var start = 0
    private var end = 0
    /// Where the search for the next line end resumes, so a long line is scanned once, not once per chunk.
    private var scanFrom = 0
    private var eof = false
    private var failure: Errno?
    private var number = 0

    /// - Parameter sizeHint: The input's size when known (a regular file), to read it in one call.
    init(fd: Int32, maxLineBytes: Int, sizeHint: Int = 0) {
        self.fd = fd
        self.maxLineBytes = maxLineBytes
        storage = [UInt8](repeating: 0, count: max(4096, min(sizeHint + 1, LineReader.chunkSize)))
    }

    /// Reads more bytes after `end`, making room first; false at the end of the input or on an error.
    private mutating func fill() -> Bool {
        guard !eof else { return false }
        if end == storage.count || (start > 0 && end - start < storage.count / 4) {
            // Make room: unread bytes move to the front of a buffer twice their size (at least 4 KB).
            let unread = end - start
            let capacity = end == storage.count && unread * 2 > storage.count ? max(storage.count * 2, 4096) : storage.count
            let old = storage
            storage = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                old.withUnsafeBufferPointer { source in
                    if unread > 0, let from = source.baseAddress, let to = buffer.baseAddress {
                        to.initialize(from: from + start, count: unread)
                    }
                }
                // The rest is read into before it is ever looked at; initialize it once, cheaply.
                if let base = buffer.baseAddress { (base + unread).initialize(repeating: 0, count: capacity - unread) }
                count = capacity
            }
            scanFrom -= start
            end = unread
            start = 0
        }
        let want = min(storage.count - end, LineReader.chunkSize)
        let result = storage.withUnsafeMutableBytes { FileSystem.read(fd, into: UnsafeMutableRawBufferPointer(rebasing: $0[end..<(end + want)])) }
        switch result {
        case .success(let n):
            end += n
            if n == 0 { eof = true }
            return n > 0
        case .failure(let e):
            eof = true
            failure = e
            return false
        }
    }

    /// The first bytes of the input for sniffing: at least 4 KB (or all of a shorter input) and, within
    /// the first 1 MB, the whole first line, so a JSON Lines feed can be told by its first line.
    mutating func peek() -> ArraySlice<UInt8> {
        while end - start < 4096 || (end - start < LineReader.chunkSize && firstNewline(from: start) == nil), fill() {}
        return storage[start..<end]
    }

    /// Everything not yet returned, read to the end, or `.tooLarge` once it passes `limit` bytes.
    mutating func remainder(limit: Int) -> Result<[UInt8], FileSystem.ReadFailure> {
        while fill() {
            if end - start > limit { return .failure(.tooLarge(end - start)) }
        }
        if let failure { return .failure(.system(failure)) }
        let rest = Array(storage[start..<end])
        start = end
        scanFrom = end
        return .success(rest)
    }

    /// The next line without its `\n` (a `\r` before it stays; callers trim), or nil at the end.
    mutating func next() -> Line? {
        while true {
            if let newline = firstNewline(from: scanFrom) {
                number += 1
                let line = storage[start..<newline]
                start = newline + 1
                scanFrom = start
                return .line(line, number: number)
            }
            scanFrom = end
            if end - start > maxLineBytes { return skipLongLine() }
            if !fill() {
                if let failure { return .failed(failure, number: number + 1) }
                guard start < end else { return nil }
                number += 1
                let line = storage[start..<end]
                start = end
                scanFrom = end
                return .line(line, number: number)
            }
        }
    }

    private func firstNewline(from: Int) -> Int? {
        storage.withUnsafeBufferPointer { buffer -> Int? in
            guard from < end, let base = buffer.baseAddress else { return nil }
            guard let hit = memchrNewline(base + from, end - from) else { return nil }
            return hit - base
        }
    }

    /// Drops the rest of an over-long line, reading on to its end without keeping it.
    private mutating func skipLongLine() -> Line {
        number += 1
        var length = end - start
        start = end
        scanFrom = end
        while true {
            guard fill() else { return .tooLong(number: number, length: length) }
            if let newline = firstNewline(from: scanFrom) {
                length += newline - scanFrom
                start = newline + 1
                scanFrom = start
                return .tooLong(number: number, length: length)
            }
            length += end - scanFrom
            start = end
            scanFrom = end
        }
    }
}

/// The first `\n` in `count` bytes at `p`.
@inline(__always)
private func memchrNewline(_ p: UnsafePointer<UInt8>, _ count: Int) -> UnsafePointer<UInt8>? {
    var i = 0
    while i < count {
        if p[i] == Bytes.newline { return p + i }
        i += 1
    }
    return nil
}
