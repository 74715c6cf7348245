import DateNormalizer

/// The DateNormalizer usage example: tag a news paragraph against its dateline and list what was found.
///
/// `main.swift` beside this file prints the lines; `Tests/DateNormalizerTests/NormalizerUsage.swift` is a
/// link to this file, so the test suite compiles and runs exactly this code.
func normalizerUsage() -> [String] {
    // Build the normalizer once (it compiles its grammar on first use) and reuse it for every article.
    let normalizer = Normalizer(options: .init(dateOrder: .mdy))
    // The article's dateline: Wednesday, Dec. 16, 2015.
    guard let dateline = Reference(parsing: "2015-12-16") else { return [] }
    let text = """
        MOSCOW, Dec. 16 -- Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry \
        on Tuesday. The ISSG, which involves 17 countries, met in Vienna on Nov. 14 and will meet again \
        on Friday. The ceasefire is due to take effect by the end of January; talks open in Geneva \
        on Jan. 25 and close two days later.
        """
    return normalizer.mentions(in: text, reference: dateline).map { m in
        let interval = m.timex.interval.map { " [\($0.start), \($0.end))" } ?? ""
        return "\(m.text) → \(m.timex.type.rawValue) \(m.timex.value)\(m.timex.mod.map { " " + $0.rawValue } ?? "")\(interval)"
    }
}
