/// Splits news paragraphs into sentences, keeping each sentence's offsets in the joined body.
///
/// One pass over each paragraph's UTF-8 bytes. A sentence ends at `.`, `?`, `!`, `…` or `...` (with any
/// closing quotes and brackets after them) when whitespace and then a word that can open a sentence
/// follow; a lowercase word never opens one (`"Stop!" he said`). A dot is not an end after a title
/// (`Mr.`, `Gen.`, `St.`), before a number after a month or `No.` (`Nov. 14`, `No. 10`), inside a number
/// (`4.5%`) or after an initial or `other` abbreviation unless a usual sentence opener follows
/// (`John F. Kennedy`, `U.S. officials` go on; `in the U.S. The talks` ends). A paragraph end (and a
/// line break inside one) always ends a sentence, so a heading without a full stop is a sentence.
/// The abbreviations are the data table in `Abbreviations.swift`.
struct SentenceSplitter: Sendable {
    /// The sentences of `paragraphs` joined by blank lines (`"\n\n"`), with ranges in Unicode scalars.
    func sentences(in paragraphs: [String]) -> [Sentence] {
        var result: [Sentence] = []
        var offset = 0
        for (index, paragraph) in paragraphs.enumerated() {
            var text = paragraph
            let length = text.withUTF8 { split($0, paragraph: index, offset: offset, into: &result) }
            offset += length + 2
        }
        return result
    }

    /// Appends the sentences of one paragraph; returns its length in Unicode scalars.
    private func split(_ u: UnsafeBufferPointer<UInt8>, paragraph: Int, offset: Int, into result: inout [Sentence]) -> Int {
        let n = u.count
        // Scalar offsets of byte positions, computed by a cursor that only moves forward.
        var cursorByte = 0
        var cursorScalar = 0
        func scalarOffset(_ byte: Int) -> Int {
            while cursorByte < byte {
                if Bytes.startsScalar(u[cursorByte]) { cursorScalar += 1 }
                cursorByte += 1
            }
            return cursorScalar
        }
        func emit(_ start: Int, _ end: Int) {
            var e = end
            while e > start, Bytes.isSpace(u[e - 1]) { e -= 1 }
            guard e > start else { return }
            let lo = scalarOffset(start)
            let hi = scalarOffset(e)
            result.append(Sentence(
                text: String(decoding: UnsafeBufferPointer(rebasing: u[start..<e]), as: UTF8.self),
                range: (offset + lo)..<(offset + hi), paragraph: paragraph))
        }
        func skipSpaces(_ from: Int) -> Int {
            var i = from
            while i < n, Bytes.isSpace(u[i]) { i += 1 }
            return i
        }

        var start = skipSpaces(0)
        var i = start
        while i < n {
            let b = u[i]
            if b == Bytes.newline {
                emit(start, i)
                start = skipSpaces(i)
                i = start
                continue
            }
            let isEllipsis = b == 0xE2 && i + 2 < n && u[i + 1] == 0x80 && u[i + 2] == 0xA6
            guard b == 0x2E || b == 0x3F || b == 0x21 || isEllipsis else {
                i += 1
                continue
            }
            // The run of terminal marks: `.`, `?!`, `...`, `…`.
            var j = i
            var dots = 0, marks = 0, ellipsis = false
            while j < n {
                if u[j] == 0x2E {
                    dots += 1
                    j += 1
                } else if u[j] == 0x3F || u[j] == 0x21 {
                    marks += 1
                    j += 1
                } else if u[j] == 0xE2, j + 2 < n, u[j + 1] == 0x80, u[j + 2] == 0xA6 {
                    ellipsis = true
                    j += 3
                } else {
                    break
                }
            }
            if dots >= 2 { ellipsis = true }
            // Closing quotes and brackets.
            var k = j
            var closers = 0
            while k < n {
                let c = u[k]
                if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D {
                    k += 1
                    closers += 1
                } else if c == 0xE2, k + 2 < n, u[k + 1] == 0x80, u[k + 2] == 0x9D || u[k + 2] == 0x99 {
                    k += 3  // ” ’
                    closers += 1
                } else if c == 0xC2, k + 1 < n, u[k + 1] == 0xBB {
                    k += 2  // »
                    closers += 1
                } else {
                    break
                }
            }
            if k >= n { break }  // the paragraph ends here
            guard Bytes.isSpace(u[k]) else {
                i = j  // `4.5`, `U.S.-led`, `e.g.,`
                continue
            }
            let next = skipSpaces(k)
            if next >= n { break }
            if isBoundary(u, markStart: i, dots: dots, marks: marks, ellipsis: ellipsis, closers: closers, next: next) {
                emit(start, k)
                start = next
                i = next
            } else {
                i = j
            }
        }
        if start < n { emit(start, n) }
        return scalarOffset(n)
    }

    /// Whether the terminal marks starting at `markStart` end a sentence, given the text at `next`.
    private func isBoundary(
        _ u: UnsafeBufferPointer<UInt8>, markStart: Int, dots: Int, marks: Int, ellipsis: Bool, closers: Int, next: Int
    ) -> Bool {
        let first = u[next]
        // A lowercase word continues the sentence: `"Stop!" he said`, `e.g. the`, `... and then`.
        if Bytes.isLower(first) { return false }
        if marks > 0 || ellipsis { return !Bytes.isDigit(first) || marks > 0 }
        if closers > 0 { return true }  // `he said." Next`
        // A single dot: look at the word before it.
        var wordStart = markStart
        while wordStart > 0, !Bytes.isSpace(u[wordStart - 1]) { wordStart -= 1 }
        while wordStart < markStart, u[wordStart] == 0x28 || u[wordStart] == 0x22 || u[wordStart] == 0x5B || u[wordStart] == 0x27 {
            wordStart += 1
        }
        let wordLength = markStart - wordStart
        if wordLength == 0 { return true }
        let opensSentence = { self.startsSentence(u, at: next) }
        if wordLength + 1 <= Abbreviations.longest {
            let word = Array(UnsafeBufferPointer(rebasing: u[wordStart...markStart]))
            if let kind = Abbreviations.kinds[word] {
                switch kind {
                case .title: return false
                case .month: return !Bytes.isDigit(first) && opensSentence()
                case .number: return !Bytes.isDigit(first)
                case .other: return opensSentence()
                }
            }
        }
        // Initials: `F.` in `John F. Kennedy`, `U.S` in an unlisted `U.S.`-style word.
        if isInitials(u, from: wordStart, to: markStart) { return opensSentence() }
        return true
    }

    /// `F`, `U.S`, `J.R.R`: single letters joined by dots (the last dot is the mark itself).
    private func isInitials(_ u: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        var i = from
        var letters = 0
        while i < to {
            guard Bytes.isUpper(u[i]) else { return false }
            letters += 1
            i += 1
            if i < to {
                guard u[i] == 0x2E else { return false }
                i += 1
            }
        }
        return letters >= 1
    }

    /// Whether the text at `at` usually opens a sentence: an opening quote or bracket, or a word from
    /// the starters table.
    private func startsSentence(_ u: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        let b = u[at]
        if b == 0x22 || b == 0x27 || b == 0x28 || b == 0x5B { return true }
        if b == 0xE2, at + 2 < u.count, u[at + 1] == 0x80, u[at + 2] == 0x9C || u[at + 2] == 0x98 { return true }  // “ ‘
        var end = at
        while end < u.count, Bytes.isLetter(u[end]) { end += 1 }
        guard end > at, end - at <= 12 else { return false }
        return Abbreviations.starterWords.contains(Array(UnsafeBufferPointer(rebasing: u[at..<end])))
    }
}
