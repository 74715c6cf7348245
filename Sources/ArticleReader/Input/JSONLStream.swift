/// Streams a JSONL file or stdin through `LineReader`, one article per line.
struct JSONLStream {
    let reader: ArticleReader
    let name: String

    /// Whether the input can be streamed line by line: UTF-8 (with or without BOM) and not binary.
    /// UTF-16 feeds and binary files are read whole instead, where the decoder handles them.
    static func canStream(_ head: ArraySlice<UInt8>) -> Bool {
        if head.count >= 2, (head.first == 0xFF && head[head.startIndex + 1] == 0xFE) || (head.first == 0xFE && head[head.startIndex + 1] == 0xFF) {
            return false
        }
        if head.isEmpty { return false }  // empty: reported by the decoder
        let verdict = Array(head.prefix(1 << 16)).withUnsafeBufferPointer { BinarySniffer.sniff($0) }
        if case .text = verdict { return true }
        return false
    }

    /// Cuts the stream into one record per non-blank line; the lines are parsed when the records are read.
    func split(_ lines: inout LineReader, _ body: (InputRecord) throws -> Void) rethrows {
        var any = false
        while let next = lines.next() {
            switch next {
            case .line(var line, let number):
                if number == 1, line.count >= 3, line[line.startIndex] == 0xEF, line[line.startIndex + 1] == 0xBB,
                   line[line.startIndex + 2] == 0xBF
                {
                    line = line.dropFirst(3)
                }
                if Bytes.trimmed(line).isEmpty { continue }
                any = true
                try body(InputRecord(content: .jsonlLine(Array(line), name: name, number: number)))
            case .tooLong(let number, let length):
                any = true
                try body(.rejected(ArticleReaderError(
                    file: name, line: number, reason: .tooLarge(size: length, limit: reader.options.maxInputBytes))))
            case .failed(let error, let number):
                any = true
                try body(.rejected(ArticleReaderError(file: name, line: number, reason: .unreadable(error.description))))
                return
            }
        }
        if !any { try body(.rejected(ArticleReaderError(file: name, reason: .whitespaceOnly))) }
    }
}
