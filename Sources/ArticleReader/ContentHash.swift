import DateNormalizer

/// The content hash of an article. (Placeholder digest; the reader issue replaces it with SHA-256.)
enum ContentHash {
    static func hex(title: String, published: Reference?, body: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in (title + "\n" + (published?.description ?? "") + "\n" + body).utf8 {
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        return String(h, radix: 16)
    }
}
