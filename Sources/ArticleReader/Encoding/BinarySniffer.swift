/// Tells text from binary before anything tries to read it as an article.
///
/// Known file signatures (PDF, images, archives, executables) are named; anything else counts as
/// binary when more than 1% of its bytes are NUL (8 or more) or more than 5% are NUL or other control
/// bytes (4 or more). A text file with a few stray NUL bytes is still text (the decoder removes them
/// and warns).
enum BinarySniffer {
    enum Verdict: Equatable {
        case text(nulCount: Int)
        /// UTF-16 without a byte-order mark: ASCII text whose every other byte is NUL.
        case utf16(bigEndian: Bool)
        case binary(kind: String?)
    }

    /// Leading bytes of common binary formats, with the name a user would recognise.
    static let signatures: [(bytes: [UInt8], kind: String)] = [
        (Array("%PDF-".utf8), "PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        (Array("GIF87a".utf8), "GIF image"),
        (Array("GIF89a".utf8), "GIF image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or Office document"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "executable"),
        (Array("BZh".utf8), "bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"),
        (Array("SQLite format 3".utf8) + [0], "SQLite database"),
        ([0xD0, 0xCF, 0x11, 0xE0], "old Office document"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
    ]

    /// The kind of binary file `bytes` starts like, if any.
    static func signature(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for (signature, kind) in signatures where bytes.count >= signature.count {
            if bytes.prefix(signature.count).elementsEqual(signature) { return kind }
        }
        return nil
    }

    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>) -> Verdict {
        if let kind = signature(bytes) { return .binary(kind: kind) }
        var nul = 0, nulEven = 0, control = 0
        var i = 0
        for b in bytes {
            if b < 0x20 || b == 0x7F {
                if b == 0 {
                    nul += 1
                    if i & 1 == 0 { nulEven += 1 }
                } else if !(b >= 0x09 && b <= 0x0D) {
                    control += 1
                }
            }
            i += 1
        }
        let count = max(bytes.count, 1)
        if nul * 5 >= count {
            // ASCII in UTF-16 puts its NULs all on one side: odd offsets for little-endian.
            let nulOdd = nul - nulEven
            if nulOdd * 10 >= nul * 9 { return .utf16(bigEndian: false) }
            if nulEven * 10 >= nul * 9 { return .utf16(bigEndian: true) }
        }
        // A handful of stray bytes in a short text is damage, not a binary format.
        if (nul * 100 > count && nul >= 8) || ((nul + control) * 20 > count && nul + control >= 4) { return .binary(kind: nil) }
        return .text(nulCount: nul)
    }
}
