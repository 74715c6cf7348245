/// Recognises sentences that are not article text: a repeated headline, related-headline lists,
/// navigation and promotion ("Most Viewed", "Related: ..."), captions without a verb.
///
/// The reader removes most boilerplate; this is the extractor's own guard, because a dated related
/// headline ("Court bans March 9 rally") would otherwise become an event of this article.
struct Boilerplate: Sendable {
    /// Whether `sentence` should yield no event.
    ///
    /// - Parameters:
    ///   - sentence: The sentence as in the article.
    ///   - tokens: Its tokens.
    ///   - title: The article's headline.
    func isBoilerplate(_ sentence: String, tokens: [SentenceToken], title: String) -> Bool {
        let words = tokens.filter(\.isWord)
        guard words.count >= 3 else { return true }
        let trimmed = sentence.lowercased().trimmingWhitespace
        // Markers count at the start of a line, or anywhere in a short one: "sign up" and
        // "copyright" also occur in real news sentences.
        for marker in Lexicon.boilerplateMarkers
        where trimmed.hasPrefix(marker) || (words.count <= 12 && trimmed.contains(marker)) {
            return true
        }
        if !title.isEmpty, trimmed == title.lowercased().trimmingWhitespace { return true }
        // List items and menu entries: "- Court bans rally", "• ...", "Tibet: faith and people |".
        if let first = trimmed.unicodeScalars.first, ["-", "•", "*", "|", "·", ">", "\u{2013}", "\u{2014}"].contains(first) {
            return true
        }
        if let last = trimmed.unicodeScalars.last, last == "|" { return true }
        // A line that does not end like a sentence and is mostly capitalised words is a headline.
        let endsLikeSentence = tokens.last.map { [".", "!", "?", "\"", "\u{201D}", "'", "\u{2019}", ")"].contains($0.text) } ?? false
        if !endsLikeSentence {
            let capitalised = words.filter { $0.isCapitalized || $0.isNumber }.count
            if words.count <= 16 || capitalised * 2 >= words.count { return true }
        }
        return false
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceLike }),
              let last = scalars.lastIndex(where: { !$0.isSpaceLike })
        else { return "" }
        return String(scalars[first...last])
    }
}
