/// Reads a file descriptor line by line in 1 MB chunks, so JSON Lines of any size stream through in
/// memory for one line. A line longer than `maxLineBytes` is skipped without being buffered and
/// reported by number.
struct LineReader {
    enum Line {
        case line(ArraySlice<UInt8>, number: Int)
        case tooLong(number: Int, length: Int)
        case failed(Errno, number: Int)
    }

    let fd: Int32
    let maxLineBytes: Int
    static let chunkSize = 1 << 20

    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next line end resumes, so a long line is scanned once, not once per chunk.
    private var scanFrom = 0
    private var eof = false
    private var number = 0

    init(fd: Int32, maxLineBytes: Int) {
        self.fd = fd
        self.maxLineBytes = maxLineBytes
    }

    /// Reads one more chunk; false at the end of the input. `failure` is set on a read error.
    private mutating func fill(failure: inout Errno?) -> Bool {
        guard !eof else { return false }
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            scanFrom -= start
            start = 0
        }
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: LineReader.chunkSize))
        let result = buffer.withUnsafeMutableBytes { FileSystem.read(fd, into: UnsafeMutableRawBufferPointer(rebasing: $0[old...])) }
        switch result {
        case .success(let n):
            buffer.removeLast(LineReader.chunkSize - n)
            if n == 0 { eof = true }
            return n > 0
        case .failure(let e):
            buffer.removeLast(LineReader.chunkSize)
            eof = true
            failure = e
            return false
        }
    }

    /// The first bytes of the input (at least one chunk unless the input is shorter), for sniffing.
    mutating func peek() -> ArraySlice<UInt8> {
        var failure: Errno?
        while buffer.count - start < 4096, fill(failure: &failure) {}
        return buffer[start...]
    }

    /// Everything not yet returned, read to the end, or `.tooLarge` once it passes `limit` bytes.
    mutating func remainder(limit: Int) -> Result<[UInt8], FileSystem.ReadFailure> {
        var failure: Errno?
        while fill(failure: &failure) {
            if buffer.count - start > limit { return .failure(.tooLarge(buffer.count - start)) }
        }
        if let failure { return .failure(.system(failure)) }
        let rest = Array(buffer[start...])
        start = buffer.count
        scanFrom = start
        return .success(rest)
    }

    /// The next line without its `\n` (a `\r` before it stays; callers trim), or nil at the end.
    mutating func next() -> Line? {
        var failure: Errno?
        while true {
            if let newline = buffer[scanFrom...].firstIndex(of: Bytes.newline) {
                number += 1
                let line = buffer[start..<newline]
                start = newline + 1
                scanFrom = start
                return .line(line, number: number)
            }
            scanFrom = buffer.count
            if buffer.count - start > maxLineBytes { return skipLongLine() }
            if !fill(failure: &failure) {
                if let failure { return .failed(failure, number: number + 1) }
                guard start < buffer.count else { return nil }
                number += 1
                let line = buffer[start...]
                start = buffer.count
                scanFrom = start
                return .line(line, number: number)
            }
        }
    }

    /// Drops the rest of an over-long line, reading on to its end without keeping it.
    private mutating func skipLongLine() -> Line {
        number += 1
        var length = buffer.count - start
        buffer.removeAll(keepingCapacity: true)
        start = 0
        scanFrom = 0
        var failure: Errno?
        while true {
            if let newline = buffer.firstIndex(of: Bytes.newline) {
                length += newline
                start = newline + 1
                scanFrom = start
                return .tooLong(number: number, length: length)
            }
            length += buffer.count
            buffer.removeAll(keepingCapacity: true)
            if !fill(failure: &failure) { return .tooLong(number: number, length: length) }
        }
    }
}
