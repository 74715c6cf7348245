/// Recognises sentences that are not article text: a repeated headline, related-headline lists,
/// navigation and promotion ("Most Viewed", "Related: ..."), captions without a verb.
///
/// The reader removes most boilerplate; this is the extractor's own guard, because a dated related
/// headline ("Court bans March 9 rally") would otherwise become an event of this article.
struct Boilerplate: Sendable {
    /// The article's headline, lower-cased and trimmed, as UTF-8.
    let title: [UInt8]

    /// A guard for the sentences of an article with this headline.
    init(title: String) {
        self.title = Boilerplate.lowered(title)
    }

    /// Whether `sentence` should yield no event.
    ///
    /// - Parameters:
    ///   - sentence: The sentence as in the article.
    ///   - tokens: Its tokens.
    func isBoilerplate(_ sentence: String, tokens: [SentenceToken]) -> Bool {
        var words = 0, capitalised = 0
        for t in tokens where t.isWord {
            words += 1
            if t.isCapitalized || t.isNumber { capitalised += 1 }
        }
        guard words >= 3 else { return true }
        let text = Boilerplate.lowered(sentence)
        // Markers count at the start of a line, or anywhere in a short one: "sign up" and
        // "copyright" also occur in real news sentences.
        for marker in Boilerplate.markers {
            if text.starts(with: marker) { return true }
            if words <= 12, ContentWords.firstRange(of: marker, in: text) != nil { return true }
        }
        if !title.isEmpty, text == title { return true }
        // List items and menu entries: "- Court bans rally", "• ...", "Tibet: faith and people |".
        if let first = text.first, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "|"), UInt8(ascii: ">"), 0xE2, 0xC2].contains(first) {
            // 0xE2 / 0xC2 open "•", "–", "—", "·".
            if first < 128 || text.starts(with: Array("\u{2022}".utf8)) || text.starts(with: Array("\u{2013}".utf8))
                || text.starts(with: Array("\u{2014}".utf8)) || text.starts(with: Array("\u{00B7}".utf8)) {
                return true
            }
        }
        if text.last == UInt8(ascii: "|") { return true }
        // A line that does not end like a sentence and is mostly capitalised words is a headline.
        let endsLikeSentence = tokens.last?.mark.map { [".", "!", "?", "\"", "\u{201D}", "'", "\u{2019}", ")"].contains($0) } ?? false
        if !endsLikeSentence, words <= 16 || capitalised * 2 >= words { return true }
        return false
    }

    /// The markers as UTF-8.
    static let markers: [[UInt8]] = Lexicon.boilerplateMarkers.map { Array($0.utf8) }

    /// `text` trimmed and with ASCII letters lower-cased, as UTF-8.
    static func lowered(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 32 || (bytes[start] >= 9 && bytes[start] <= 13) { start += 1 }
        while end > start, bytes[end - 1] == 32 || (bytes[end - 1] >= 9 && bytes[end - 1] <= 13) { end -= 1 }
        if start > 0 || end < bytes.count { bytes = Array(bytes[start..<end]) }
        for i in bytes.indices where bytes[i] >= 65 && bytes[i] <= 90 { bytes[i] += 32 }
        return bytes
    }
}
