/// SplitMix64: a small seeded generator, so a property test draws the same strings on every run.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Pieces hostile text is made of: markup, controls, spaces of every kind, bidi controls, wide and
    /// combining characters, and plain words (so the fast paths are taken too).
    static let pieces: [String] = [
        "flood", "Lindmere", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0}", "\u{1B}[2J", "\u{7F}", "\u{85}", "\u{9B}",
        "\u{A0}", "\u{2028}", "\u{2029}", "\u{3000}", "\u{202E}", "\u{2066}", "\u{200F}", "\u{FEFF}", "\u{061C}",
        "*", "_", "`", "[", "]", "(", ")", "<", ">", "&", "#", "|", "~", "$", "\\", "\"", "'", ",", ";", ":", "/",
        "</script>", "://", "www.", "=", "+", "-", "1.", "é", "e\u{301}", "洪水", "👩‍👩‍👧", "🇫🇷", "שלום",
        String(repeating: "x", count: 90),
    ]

    mutating func text() -> String {
        (0..<Int.random(in: 0...12, using: &self)).map { _ in SeededRandom.pieces.randomElement(using: &self) ?? "" }.joined()
    }
}
