/// Reads JSON Lines: one article object per line (`.jsonl`, `.ndjson`), streamed.
///
/// Each line is parsed on its own: a line that does not parse, or is not an object, is rejected by its
/// number (`feed.jsonl:12: invalid JSON (unterminated string at column 27)`) and the other lines are
/// read. Blank lines are skipped. Files are read in chunks (`LineReader`), so a feed of any size takes
/// memory for one line at a time.
enum JSONLFormat {
    /// The item of one line (without its line end), or nil for a blank line.
    static func item(line bytes: ArraySlice<UInt8>, number: Int) -> FormatItem? {
        let trimmed = Bytes.trimmed(bytes)
        if trimmed.isEmpty { return nil }
        return trimmed.withUnsafeBufferPointer { u -> FormatItem in
            var parser = JSONParser(u)
            guard u[0] == 0x7B else {
                if u[0] == 0x5B || u[0] == 0x22 || Bytes.isDigit(u[0]) || u[0] == 0x74 || u[0] == 0x66 || u[0] == 0x6E {
                    if (try? parser.skipValue()) != nil, parser.i == u.count { return .rejected(.notAnObject, line: number) }
                }
                return .rejected(.invalidJSON(located(parser.unexpected("'{'"), parser)), line: number)
            }
            do throws(JSONParser.Failure) {
                let result = try JSONArticleFields.read(&parser)
                parser.skipWhitespace()
                guard parser.atEnd else {
                    return .rejected(.invalidJSON(located(parser.failure("unexpected text after the object"), parser)), line: number)
                }
                switch result {
                case .raw(let raw): return .raw(raw, line: number)
                case .rejected(let reason): return .rejected(reason, line: number)
                }
            } catch {
                return .rejected(.invalidJSON(located(error, parser)), line: number)
            }
        }
    }

    /// Every line of an input already in memory.
    static func readAll(_ bytes: [UInt8]) -> [FormatItem] {
        var items: [FormatItem] = []
        var number = 0
        for line in Bytes.lines(bytes[...]) {
            number += 1
            if let item = item(line: line, number: number) { items.append(item) }
        }
        return items
    }

    /// `message at column C` (the line is already in the file name).
    static func located(_ failure: JSONParser.Failure, _ parser: JSONParser) -> String {
        "\(failure.message) at column \(parser.position(of: failure.offset).column)"
    }
}
