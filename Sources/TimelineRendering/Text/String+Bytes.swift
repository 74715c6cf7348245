extension String {
    /// Runs `body` over the UTF-8 bytes, contiguous in memory: the fast way to scan text byte by byte
    /// (iterating `utf8` through generic collection methods is several times slower).
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var copy = self
        return try copy.withUTF8(body)
    }
}
