/// Reads a `.json` input: one article object, or an array of them.
///
/// ```json
/// {"title": "Russia, US call for common ground", "published": "2015-12-16T09:37:00+08:00",
///  "source": "Xinhua", "url": "https://example.com/a", "text": "MOSCOW -- Russian Foreign Minister ..."}
/// ```
///
/// An array element that is not an object is rejected by its line; a syntax error stops the array
/// there (the elements before it are kept) and is reported with its line and column. A file holding
/// one object per line is read as JSONL.
enum JSONFormat {
    static func read(_ bytes: [UInt8]) -> [FormatItem] {
        bytes.withUnsafeBufferPointer { u in
            var parser = JSONParser(u)
            parser.skipWhitespace()
            guard !parser.atEnd else { return [.rejected(.noText, line: nil)] }
            if u[parser.i] == 0x5B { return readArray(&parser) }
            guard u[parser.i] == 0x7B else {
                // A string, number or literal: valid JSON, but not an article.
                var probe = parser
                if (try? probe.skipValue()) != nil {
                    probe.skipWhitespace()
                    if probe.atEnd { return [.rejected(.notAnObject, line: nil)] }
                }
                return [.rejected(.invalidJSON(located(parser.unexpected("'{' or '['"), parser)), line: nil)]
            }
            let item: FormatItem
            do throws(JSONParser.Failure) {
                switch try JSONArticleFields.read(&parser) {
                case .raw(let raw): item = .raw(raw, line: nil)
                case .rejected(let reason): item = .rejected(reason, line: nil)
                }
            } catch {
                return [.rejected(.invalidJSON(located(error, parser)), line: nil)]
            }
            parser.skipWhitespace()
            if parser.atEnd { return [item] }
            // `{...}\n{...}`: JSON Lines saved as `.json`.
            if FormatDetection.firstLineIsWholeObject(bytes[...]) { return JSONLFormat.readAll(bytes) }
            return [.rejected(.invalidJSON(located(parser.failure("unexpected text after the object"), parser)), line: nil)]
        }
    }

    private static func readArray(_ parser: inout JSONParser) -> [FormatItem] {
        var items: [FormatItem] = []
        parser.i += 1
        parser.skipWhitespace()
        if !parser.atEnd, parser.u[parser.i] == 0x5D { return [.rejected(.noText, line: nil)] }
        while true {
            parser.skipWhitespace()
            let line = parser.position(of: parser.i).line
            do throws(JSONParser.Failure) {
                if !parser.atEnd, parser.u[parser.i] == 0x7B {
                    switch try JSONArticleFields.read(&parser) {
                    case .raw(let raw): items.append(.raw(raw, line: line))
                    case .rejected(let reason): items.append(.rejected(reason, line: line))
                    }
                } else {
                    try parser.skipValue()
                    items.append(.rejected(.notAnObject, line: line))
                }
                parser.skipWhitespace()
                guard !parser.atEnd else { throw parser.unexpected("',' or ']'") }
                if parser.u[parser.i] == 0x2C {
                    parser.i += 1
                } else if parser.u[parser.i] == 0x5D {
                    parser.i += 1
                    parser.skipWhitespace()
                    if !parser.atEnd { throw parser.failure("unexpected text after the array") }
                    return items
                } else {
                    throw parser.unexpected("',' or ']'")
                }
            } catch {
                let at = parser.position(of: error.offset).line
                items.append(.rejected(.invalidJSON(located(error, parser)), line: at))
                return items
            }
        }
    }

    /// `message at line L, column C`.
    static func located(_ failure: JSONParser.Failure, _ parser: JSONParser) -> String {
        let (line, column) = parser.position(of: failure.offset)
        return "\(failure.message) at line \(line), column \(column)"
    }
}
