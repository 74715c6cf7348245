@testable import ArticleReader
import Testing

@Suite("SHA-256")
struct SHA256Tests {
    static func hex(_ bytes: [UInt8]) -> String {
        var sha = SHA256()
        sha.update(bytes)
        return sha.hexDigest()
    }

    /// FIPS 180-4 and NIST CAVS test vectors.
    static let vectors: [(String, String)] = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        ("The quick brown fox jumps over the lazy dog", "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"),
    ]

    @Test("known test vectors", arguments: vectors.indices)
    func vector(_ index: Int) {
        let (message, digest) = SHA256Tests.vectors[index]
        #expect(SHA256Tests.hex(Array(message.utf8)) == digest)
    }

    @Test("one million times 'a'")
    func million() {
        #expect(SHA256Tests.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("lengths around the 55/56/64-byte padding edges, fed in odd chunks, match one-shot hashing")
    func chunking() {
        for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            var sha = SHA256()
            var i = 0
            var step = 1
            while i < bytes.count {
                let end = min(bytes.count, i + step)
                sha.update(Array(bytes[i..<end]))
                i = end
                step = step % 13 + 5
            }
            #expect(sha.hexDigest() == SHA256Tests.hex(bytes), "length \(length)")
        }
        // 56 bytes of 'a' needs a second padding block.
        #expect(SHA256Tests.hex([UInt8](repeating: 0x61, count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    }
}
