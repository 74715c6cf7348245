/// A small JSON parser over UTF-8 bytes, for article objects and JSON-LD.
///
/// Foundation's `JSONSerialization`/`JSONDecoder` build a full object tree through bridging and cost
/// more than everything else the reader does; a JSONL feed of a million articles needs one pass over
/// bytes. The parser reads whole values (`parseValue`), skips values without building them
/// (`skipValue`, iterative, so deep nesting cannot overflow the stack) and visits an object's fields
/// (`parseObject`), building only the fields the caller asks for. Strings handle every escape,
/// including `\u` surrogate pairs; a lone surrogate becomes U+FFFD. It is tolerant where real feeds
/// are sloppy (raw tabs or control characters inside strings) and strict elsewhere.
struct JSONParser {
    struct Failure: Error, Equatable {
        var message: String
        /// Byte offset in the input.
        var offset: Int
    }

    /// How deep `parseValue` may nest (it recurses; `skipValue` does not).
    static let maxDepth = 256

    let u: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { u = bytes }

    // MARK: Whitespace and errors

    mutating func skipWhitespace() {
        while i < u.count {
            let b = u[i]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            i += 1
        }
    }

    var atEnd: Bool { i >= u.count }

    func failure(_ message: String) -> Failure {
        Failure(message: message, offset: i)
    }

    func unexpected(_ expected: String) -> Failure {
        guard i < u.count else { return Failure(message: "unexpected end of input, expected \(expected)", offset: i) }
        return Failure(message: "expected \(expected), found \(describe(u[i]))", offset: i)
    }

    func describe(_ b: UInt8) -> String {
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return "byte 0x" + String(b, radix: 16)
    }

    /// 1-based line and column of `offset`.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var k = 0
        while k < min(offset, u.count) {
            if u[k] == 0x0A {
                line += 1
                column = 1
            } else if Bytes.startsScalar(u[k]) {
                column += 1
            }
            k += 1
        }
        return (line, column)
    }

    // MARK: Values

    mutating func parseValue(depth: Int = 0) throws(Failure) -> JSONValue {
        skipWhitespace()
        guard i < u.count else { throw unexpected("a value") }
        switch u[i] {
        case 0x22:
            return .string(try parseString())
        case 0x7B:
            guard depth < JSONParser.maxDepth else { throw failure("nested deeper than \(JSONParser.maxDepth) levels") }
            var fields: [(key: [UInt8], value: JSONValue)] = []
            try parseObject { key, parser throws(Failure) in
                fields.append((key, try parser.parseValue(depth: depth + 1)))
            }
            return .object(fields)
        case 0x5B:
            guard depth < JSONParser.maxDepth else { throw failure("nested deeper than \(JSONParser.maxDepth) levels") }
            i += 1
            var items: [JSONValue] = []
            skipWhitespace()
            if i < u.count, u[i] == 0x5D {
                i += 1
                return .array(items)
            }
            while true {
                items.append(try parseValue(depth: depth + 1))
                skipWhitespace()
                guard i < u.count else { throw unexpected("',' or ']'") }
                if u[i] == 0x2C {
                    i += 1
                } else if u[i] == 0x5D {
                    i += 1
                    return .array(items)
                } else {
                    throw unexpected("',' or ']'")
                }
            }
        case 0x74:
            try literal("true")
            return .bool(true)
        case 0x66:
            try literal("false")
            return .bool(false)
        case 0x6E:
            try literal("null")
            return .null
        default:
            let start = i
            try skipNumber()
            let text = String(decoding: UnsafeBufferPointer(rebasing: u[start..<i]), as: UTF8.self)
            return .number(Double(text) ?? 0)
        }
    }

    /// Visits the fields of the object at the cursor; `field` must consume the value (parse or skip it).
    mutating func parseObject(_ field: (_ key: [UInt8], _ parser: inout JSONParser) throws(Failure) -> Void) throws(Failure) {
        skipWhitespace()
        guard i < u.count, u[i] == 0x7B else { throw unexpected("'{'") }
        i += 1
        skipWhitespace()
        if i < u.count, u[i] == 0x7D {
            i += 1
            return
        }
        while true {
            skipWhitespace()
            guard i < u.count, u[i] == 0x22 else { throw unexpected("a field name in quotes") }
            let key = try parseString()
            skipWhitespace()
            guard i < u.count, u[i] == 0x3A else { throw unexpected("':' after a field name") }
            i += 1
            try field(key, &self)
            skipWhitespace()
            guard i < u.count else { throw unexpected("',' or '}'") }
            if u[i] == 0x2C {
                i += 1
            } else if u[i] == 0x7D {
                i += 1
                return
            } else {
                throw unexpected("',' or '}'")
            }
        }
    }

    /// Skips one value, checking its syntax, without building it and without recursion.
    mutating func skipValue() throws(Failure) {
        var stack: [UInt8] = []  // open containers: '{' or '['
        while true {
            // A value.
            skipWhitespace()
            guard i < u.count else { throw unexpected("a value") }
            switch u[i] {
            case 0x22:
                try skipString()
            case 0x7B:
                i += 1
                skipWhitespace()
                if i < u.count, u[i] == 0x7D {
                    i += 1
                } else {
                    stack.append(0x7B)
                    try fieldName()
                    continue
                }
            case 0x5B:
                i += 1
                skipWhitespace()
                if i < u.count, u[i] == 0x5D {
                    i += 1
                } else {
                    stack.append(0x5B)
                    continue
                }
            case 0x74: try literal("true")
            case 0x66: try literal("false")
            case 0x6E: try literal("null")
            default: try skipNumber()
            }
            // After a value: close containers, or go on to the next item.
            while true {
                guard let top = stack.last else { return }
                skipWhitespace()
                guard i < u.count else { throw unexpected(top == 0x7B ? "',' or '}'" : "',' or ']'") }
                let b = u[i]
                if b == 0x2C {
                    i += 1
                    if top == 0x7B { try fieldName() }
                    break
                } else if (b == 0x7D && top == 0x7B) || (b == 0x5D && top == 0x5B) {
                    i += 1
                    stack.removeLast()
                } else {
                    throw unexpected(top == 0x7B ? "',' or '}'" : "',' or ']'")
                }
            }
        }
    }

    /// `"name" :` inside an object being skipped.
    private mutating func fieldName() throws(Failure) {
        skipWhitespace()
        guard i < u.count, u[i] == 0x22 else { throw unexpected("a field name in quotes") }
        try skipString()
        skipWhitespace()
        guard i < u.count, u[i] == 0x3A else { throw unexpected("':' after a field name") }
        i += 1
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let n = word.utf8CodeUnitCount
        let matches = i + n <= u.count && word.withUTF8Buffer { w in
            (0..<n).allSatisfy { u[i + $0] == w[$0] }
        }
        guard matches else { throw unexpected("a value") }
        i += n
    }

    private mutating func skipNumber() throws(Failure) {
        let start = i
        if i < u.count, u[i] == 0x2D { i += 1 }
        let intStart = i
        while i < u.count, Bytes.isDigit(u[i]) { i += 1 }
        guard i > intStart else {
            i = start
            throw unexpected("a value")
        }
        if i < u.count, u[i] == 0x2E {
            i += 1
            let fracStart = i
            while i < u.count, Bytes.isDigit(u[i]) { i += 1 }
            guard i > fracStart else { throw unexpected("a digit after '.'") }
        }
        if i < u.count, u[i] == 0x65 || u[i] == 0x45 {
            i += 1
            if i < u.count, u[i] == 0x2B || u[i] == 0x2D { i += 1 }
            let expStart = i
            while i < u.count, Bytes.isDigit(u[i]) { i += 1 }
            guard i > expStart else { throw unexpected("a digit in the exponent") }
        }
    }

    // MARK: Strings

    private mutating func skipString() throws(Failure) {
        let open = i
        i += 1
        while i < u.count {
            let b = u[i]
            if b == 0x22 {
                i += 1
                return
            }
            i += b == 0x5C ? 2 : 1
        }
        i = open
        throw failure("unterminated string")
    }

    /// The unescaped bytes of the string at the cursor.
    mutating func parseString() throws(Failure) -> [UInt8] {
        let open = i
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < u.count, u[i] != 0x22, u[i] != 0x5C { i += 1 }
        guard i < u.count else {
            i = open
            throw failure("unterminated string")
        }
        if u[i] == 0x22 {
            i += 1
            return Array(UnsafeBufferPointer(rebasing: u[start..<(i - 1)]))
        }
        var out: [UInt8] = []
        out.reserveCapacity(i - start + 64)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<i]))
        while i < u.count {
            let b = u[i]
            if b == 0x22 {
                i += 1
                return out
            }
            if b != 0x5C {
                // Copy the run up to the next quote or backslash in one go.
                let run = i
                while i < u.count, u[i] != 0x22, u[i] != 0x5C { i += 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<i]))
                continue
            }
            guard i + 1 < u.count else { break }
            let e = u[i + 1]
            i += 2
            switch e {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x2F: out.append(0x2F)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                guard let high = hex4() else { throw failure("invalid \\u escape") }
                var scalar = high
                if (0xD800...0xDBFF).contains(high), i + 1 < u.count, u[i] == 0x5C, u[i + 1] == 0x75 {
                    let save = i
                    i += 2
                    if let low = hex4(), (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        i = save  // a lone high surrogate; the next escape is read on its own
                    }
                }
                UTF8Validation.append(scalar, to: &out)
            default:
                i -= 1
                throw failure("invalid escape '\\\(Character(Unicode.Scalar(e)))'")
            }
        }
        i = open
        throw failure("unterminated string")
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= u.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 {
            let b = u[i + k]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: return nil
            }
            v = v << 4 | d
        }
        i += 4
        return v
    }
}
