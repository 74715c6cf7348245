import TimelineTestSupport

/// Random hostile text for the renderers' property tests, drawn from a seeded generator.
enum HostileText {
    /// Pieces hostile text is made of: markup, controls, spaces of every kind, bidi controls, wide and
    /// combining characters, and plain words (so the fast paths are taken too).
    static let pieces: [String] = [
        "flood", "Lindmere", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0}", "\u{1B}[2J", "\u{7F}", "\u{85}", "\u{9B}",
        "\u{A0}", "\u{2028}", "\u{2029}", "\u{3000}", "\u{202E}", "\u{2066}", "\u{200F}", "\u{FEFF}", "\u{061C}",
        "*", "_", "`", "[", "]", "(", ")", "<", ">", "&", "#", "|", "~", "$", "\\", "\"", "'", ",", ";", ":", "/",
        "</script>", "://", "www.", "=", "+", "-", "1.", "é", "e\u{301}", "洪水", "👩‍👩‍👧", "🇫🇷", "שלום",
        String(repeating: "x", count: 90),
    ]

    /// Up to 12 pieces joined.
    static func text(using random: inout SeededRandom) -> String {
        (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
    }
}
