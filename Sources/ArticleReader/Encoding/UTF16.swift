/// UTF-16 and UTF-32 to UTF-8, for files saved by Windows editors ("Unicode" in Notepad is UTF-16 LE).
enum UTF16 {
    /// `bytes` (without BOM) as UTF-8; unpaired surrogates become U+FFFD, an odd last byte is dropped.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let units = bytes.count / 2
        var i = 0
        @inline(__always) func unit(_ k: Int) -> UInt32 {
            let a = UInt32(bytes[2 * k]), b = UInt32(bytes[2 * k + 1])
            return bigEndian ? (a << 8 | b) : (b << 8 | a)
        }
        while i < units {
            let u = unit(i)
            i += 1
            if (0xD800...0xDBFF).contains(u), i < units {
                let low = unit(i)
                if (0xDC00...0xDFFF).contains(low) {
                    i += 1
                    UTF8Validation.append(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), to: &out)
                    continue
                }
            }
            UTF8Validation.append(u, to: &out)  // a lone surrogate becomes U+FFFD
        }
        return out
    }

    /// `bytes` (without BOM) read as UTF-32 as UTF-8.
    static func decode32(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 4 <= bytes.count {
            let b = (UInt32(bytes[i]), UInt32(bytes[i + 1]), UInt32(bytes[i + 2]), UInt32(bytes[i + 3]))
            let v = bigEndian ? (b.0 << 24 | b.1 << 16 | b.2 << 8 | b.3) : (b.3 << 24 | b.2 << 16 | b.1 << 8 | b.0)
            UTF8Validation.append(v, to: &out)
            i += 4
        }
        return out
    }
}
