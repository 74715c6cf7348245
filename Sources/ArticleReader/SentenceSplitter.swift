/// Splits news paragraphs into sentences, keeping each sentence's offsets in the joined body.
struct SentenceSplitter: Sendable {
    /// The sentences of `paragraphs` joined by blank lines. (Placeholder: one sentence per paragraph.)
    func sentences(in paragraphs: [String]) -> [Sentence] {
        var result: [Sentence] = []
        var offset = 0
        for (index, paragraph) in paragraphs.enumerated() {
            let length = paragraph.unicodeScalars.count
            if length > 0 { result.append(Sentence(text: paragraph, range: offset..<offset + length, paragraph: index)) }
            offset += length + 2
        }
        return result
    }
}
