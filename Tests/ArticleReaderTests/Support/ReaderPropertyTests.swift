import ArticleReader
import Foundation
import Testing

/// A seeded property run over the invariants the fuzzer checks (`OutcomeInvariants`): inputs built
/// from the pieces articles are made of (header lines, markup, JSON fields, front matter, control
/// bytes, invalid UTF-8, byte-order marks), read in every format.
@Suite("Reader properties (seeded)")
struct ReaderPropertyTests {
    static let pieces: [[UInt8]] = [
        "Ferry service resumes\n", "Published: Dec. 16, 2015 9:37 AM EST\n", "Updated: 2015-12-16 09:37\n", "(Xinhua)\n",
        "By Jane Doe, Reuters\n", "||||||\n", "MOSCOW, Dec. 15 (Reuters) - ", "The ferry resumed on Tuesday. ", "Mr. Lavrov met U.S. officials. ",
        "Most Viewed\n", "- Related headline\n", "\n\n", "\r\n", "\r", "\t", " ", "Published: Feb. 30, 2015\n", "2015-13-01\n",
        "<html>", "<head><title>Page</title>", "<meta property=\"article:published_time\" content=\"2015-12-16T09:37:00Z\">",
        "<body>", "<article>", "<p>", "</p>", "<div>", "</div>", "<script>var x = '</p>';</script>", "<nav>menu</nav>", "<!-- c -->",
        "&amp;", "&#x202E;", "&#0;", "&#xD800;", "&nbsp;", "<h1>Head</h1>", "<time datetime=\"2015-12-16\">",
        "{\"title\": \"T\", ", "\"published\": \"2015-12-16\", ", "\"text\": \"Body on Monday.\"}", "{", "}", "[", "]", "\"", "\\u0000",
        "\\ud83d\\ude80", "\\ud800", "null", "1e999", "\n---\n", "---\ntitle: T\ndate: 2015-12-16\n---\n", "# Heading\n", "**bold** ",
        [0], [0xFF], [0xFE], [0xC3], [0xE2, 0x80], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x1B], [0x7F], [0xC2, 0x85],
    ].map { (piece: Any) -> [UInt8] in (piece as? String).map { Array($0.utf8) } ?? (piece as? [UInt8] ?? []) }

    @Test("random inputs of article pieces keep the invariants in every format", arguments: 0..<6)
    func randomInputs(seed: UInt64) {
        var state = 0xA27_1C1E &+ seed
        func below(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(n, 1)))
        }
        var articles = 0
        for round in 0..<200 {
            var bytes: [UInt8] = [UInt8(below(256))]
            for _ in 0..<below(40) { bytes += Self.pieces[below(Self.pieces.count)] }
            let input = ReaderFuzzInput(bytes)
            let outcomes = input.read()
            articles += outcomes.filter { if case .article = $0 { true } else { false } }.count
            let problem = OutcomeInvariants.violation(name: input.name, outcomes)
            #expect(problem == nil, "seed \(seed) round \(round) \(Data(bytes).base64EncodedString()): \(problem ?? "")")
        }
        #expect(articles > 20, "the pieces should make some articles")
    }
}
