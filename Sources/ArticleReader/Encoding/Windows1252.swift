/// Windows-1252, the encoding most non-UTF-8 news text was saved in (it is a superset of ISO-8859-1
/// for every printable character, so Latin-1 files read correctly too).
enum Windows1252 {
    /// Code points of bytes 0x80...0x9F; the five undefined bytes map to U+FFFD.
    static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// The code point byte `b` stands for.
    @inline(__always) static func scalar(_ b: UInt8) -> UInt32 {
        (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
    }

    /// `bytes` read as Windows-1252, as UTF-8.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 {
                out.append(b)
            } else {
                UTF8Validation.append(scalar(b), to: &out)
            }
        }
        return out
    }
}
