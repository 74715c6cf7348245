/// Finds the named entities of a sentence: people, places and organisations, read as runs of
/// capitalised words.
///
/// "Russian Foreign Minister Sergei Lavrov met on Tuesday with visiting US Secretary of State John
/// Kerry" gives `Russian Foreign Minister Sergei Lavrov` and `US Secretary of State John Kerry`.
/// Month and weekday names are never part of an entity, nor are function words that open a sentence
/// ("The", "But"), nor a title alone ("Mr."). A single capitalised word that opens the sentence
/// ("Officials said...") counts only when the article also capitalises it mid-sentence.
struct EntityFinder: Sendable {
    /// The entities of `tokens`, in order, without repeats.
    ///
    /// - Parameters:
    ///   - tokens: The sentence's tokens.
    ///   - scalars: The sentence's scalars, which the tokens index.
    ///   - start: The index of the first token after any dateline prefix.
    ///   - capitals: The words the article capitalises mid-sentence, to check sentence-initial words.
    func entities(in tokens: [SentenceToken], of scalars: [Unicode.Scalar], from start: Int, capitals: MidSentenceCapitals) -> [String] {
        var result: [String] = []
        var i = start
        let n = tokens.count
        while i < n {
            let t = tokens[i]
            guard t.isWord, t.isCapitalized, !isDateWord(t) else { i += 1; continue }
            let initial = isInitial(i, tokens: tokens, start: start)
            if initial && (Lexicon.Keys.functionWords.contains(t) || Lexicon.Keys.dateWords.contains(t)) {
                i += 1
                continue
            }
            var parts = [i]
            var j = i + 1
            var ended = t.isPossessive
            while j < n, !ended {
                let u = tokens[j]
                if u.isWord, u.isCapitalized, !isDateWord(u) {
                    parts.append(j)
                    ended = u.isPossessive
                    j += 1
                } else if u.isWord, Lexicon.Keys.entityConnectors.contains(u), j + 1 < n, tokens[j + 1].isWord,
                          tokens[j + 1].isCapitalized, !isDateWord(tokens[j + 1]) {
                    parts.append(j)
                    j += 1
                } else {
                    break
                }
            }
            i = j
            // "Mr. Obama" → "Obama"; "The White House" → "White House"; "US Secretary of State" stays.
            while let first = parts.first, parts.count > 1,
                  Lexicon.Keys.honorifics.contains(tokens[first])
                    || (Lexicon.Keys.functionWords.contains(tokens[first]) && !tokens[first].isAllCaps) {
                parts.removeFirst()
            }
            // "Shares of BP": a capitalised sentence opener joined by a connector is not part of the name.
            if initial, parts.count >= 3, Lexicon.Keys.entityConnectors.contains(tokens[parts[1]]),
               !capitals.contains(tokens[parts[0]], in: scalars) {
                parts.removeFirst(2)
            }
            guard let only = parts.first else { continue }
            if parts.count == 1 {
                let word = tokens[only]
                guard word.textRange.count >= 2, !Lexicon.Keys.titles.contains(word),
                      !Lexicon.Keys.functionWords.contains(word)
                else { continue }
                // A possessive ("Russia's") or an acronym is a name even at the start.
                if initial && !word.isAllCaps && !word.isPossessive && !capitals.contains(word, in: scalars) { continue }
            }
            let entity = parts.map { tokens[$0].text(in: scalars) }.joined(separator: " ")
            if !result.contains(entity) { result.append(entity) }
        }
        return result
    }

    private func isDateWord(_ t: SentenceToken) -> Bool {
        Lexicon.Keys.months.contains(t) || Lexicon.Keys.weekdays.contains(t)
    }

    /// Whether the word at `i` opens a sentence or a quotation, where capitals say nothing.
    private func isInitial(_ i: Int, tokens: [SentenceToken], start: Int) -> Bool {
        var k = i - 1
        while k >= start, !tokens[k].isWord {
            // "Mr. Obama", "Dec. 15": an abbreviation's dot does not end the sentence.
            if tokens[k].mark == ".", k - 1 >= start, tokens[k - 1].isWord,
               Lexicon.Keys.honorifics.contains(tokens[k - 1]) || Lexicon.Keys.titles.contains(tokens[k - 1])
                || Lexicon.Keys.months.contains(tokens[k - 1]) || tokens[k - 1].textRange.count == 1 {
                return false
            }
            guard let mark = tokens[k].mark else { break }
            if ["\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}"].contains(mark) {
                // An opening quote touches the word after it; a closing one ("win," Obama) does not.
                if k + 1 < tokens.count, tokens[k].range.upperBound == tokens[k + 1].range.lowerBound { return true }
            } else if [".", "!", "?", ":", "(", "-", "\u{2014}"].contains(mark) {
                return true
            }
            k -= 1
        }
        return k < start
    }
}

/// The words an article capitalises in mid-sentence (after a lower-case word or a comma): names,
/// as opposed to words capitalised only because they open a sentence.
struct MidSentenceCapitals: Sendable {
    private var hashes = HashedTable<Bool>(capacity: 256)

    /// Reads `body` once.
    init(body: [UInt8]) {
        var i = 2
        let n = body.count
        while i < n {
            let b = body[i]
            if b >= 65 && b <= 90, body[i - 1] == UInt8(ascii: " ") {
                let before = body[i - 2]
                if (before >= 97 && before <= 122) || before == UInt8(ascii: ",") {
                    var end = i + 1
                    while end < n, Self.isWordByte(body[end]) { end += 1 }
                    hashes[Self.fnv(body, i..<end)] = true
                    i = end
                    continue
                }
            }
            i += 1
        }
    }

    /// Whether the article capitalises the word of `token` mid-sentence.
    func contains(_ token: SentenceToken, in scalars: [Unicode.Scalar]) -> Bool {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for s in scalars[token.textRange] { UTF8.encode(s) { h = (h ^ UInt64($0)) &* 0x100_0000_01b3 } }
        return hashes.contains(h)
    }

    /// The FNV-1a hash of `bytes[range]`, as ``ContentWords/fnv(_:)-([UInt8])`` hashes a word, without copying it.
    private static func fnv(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in range { h = (h ^ UInt64(bytes[k])) &* 0x100_0000_01b3 }
        return h
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b >= 128 || b == UInt8(ascii: "-")
    }
}
