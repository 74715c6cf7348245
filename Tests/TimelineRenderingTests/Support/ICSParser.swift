/// A strict iCalendar (RFC 5545) reader, written for these tests. It checks what a renderer must get
/// right, then returns the components:
/// - every line ends in CRLF, with no bare CR or LF anywhere;
/// - no physical line is longer than 75 octets, and every line is valid UTF-8 on its own (folds fall
///   between characters);
/// - unfolding (CRLF followed by one space or tab) gives `NAME[;PARAM=VALUE...]:VALUE` lines;
/// - no control character other than tab appears in a value;
/// - BEGIN/END pair up;
/// - TEXT values (SUMMARY, DESCRIPTION, X-WR-CALNAME) use only the escapes `\\`, `\;`, `\,`, `\n`, `\N`
///   and hold no bare `;` or `,`.
enum ICSParser {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    struct Property {
        var name: String
        var parameters: [String: String]
        var value: String
        /// The unescaped value, for TEXT properties.
        var text: String
    }

    final class Component {
        var name: String
        var properties: [Property] = []
        var components: [Component] = []
        init(name: String) { self.name = name }

        func first(_ name: String) -> Property? { properties.first { $0.name == name } }
        func all(_ name: String) -> [Component] { components.filter { $0.name == name } }
    }

    static let textProperties: Set<String> = ["SUMMARY", "DESCRIPTION", "X-WR-CALNAME", "LOCATION", "COMMENT"]

    static func parse(_ text: String) throws -> Component {
        let bytes = Array(text.utf8)
        // Physical lines.
        var physical: [[UInt8]] = []
        var current: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0D {
                guard i + 1 < bytes.count, bytes[i + 1] == 0x0A else {
                    throw Failure(description: "line \(physical.count + 1): CR without LF")
                }
                physical.append(current)
                current = []
                i += 2
                continue
            }
            if b == 0x0A { throw Failure(description: "line \(physical.count + 1): LF without CR") }
            current.append(b)
            i += 1
        }
        guard current.isEmpty else { throw Failure(description: "the last line does not end with CRLF") }
        for (n, line) in physical.enumerated() {
            if line.count > 75 { throw Failure(description: "line \(n + 1): \(line.count) octets, more than 75") }
            if String(validating: line, as: UTF8.self) == nil {
                throw Failure(description: "line \(n + 1): not valid UTF-8 on its own (a fold split a character)")
            }
        }
        // Unfold.
        var logical: [[UInt8]] = []
        for line in physical {
            if let first = line.first, first == 0x20 || first == 0x09 {
                guard !logical.isEmpty else { throw Failure(description: "a continuation line opens the file") }
                logical[logical.count - 1].append(contentsOf: line.dropFirst())
            } else {
                logical.append(line)
            }
        }
        var stack: [Component] = []
        var root: Component?
        for (n, raw) in logical.enumerated() {
            let line = String(decoding: raw, as: UTF8.self)
            let property = try contentLine(line, number: n + 1)
            if property.name == "BEGIN" {
                let component = Component(name: property.value)
                stack.last?.components.append(component)
                if stack.isEmpty {
                    guard root == nil else { throw Failure(description: "logical line \(n + 1): a second top-level component") }
                    root = component
                }
                stack.append(component)
            } else if property.name == "END" {
                guard let open = stack.popLast(), open.name == property.value else {
                    throw Failure(description: "logical line \(n + 1): END:\(property.value) does not close the open component")
                }
            } else {
                guard let open = stack.last else { throw Failure(description: "logical line \(n + 1): property outside any component") }
                open.properties.append(property)
            }
        }
        guard stack.isEmpty, let root else { throw Failure(description: "unbalanced BEGIN/END") }
        return root
    }

    static func contentLine(_ line: String, number: Int) throws -> Property {
        func fail(_ message: String) -> Failure { Failure(description: "logical line \(number): \(message): \(line.prefix(60))") }
        // The name and parameters end at the first colon outside a quoted parameter value.
        var inQuotes = false
        var colon: String.Index?
        for index in line.indices {
            let c = line[index]
            if c == "\"" { inQuotes.toggle() }
            if c == ":" && !inQuotes {
                colon = index
                break
            }
        }
        guard let colon else { throw fail("no colon") }
        let head = line[..<colon].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        let name = head[0]
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw fail("bad property name")
        }
        var parameters: [String: String] = [:]
        for parameter in head.dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw fail("bad parameter \(parameter)") }
            parameters[parts[0]] = parts[1]
        }
        let value = String(line[line.index(after: colon)...])
        for scalar in value.unicodeScalars where (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F {
            throw fail("control character U+\(String(scalar.value, radix: 16)) in the value")
        }
        var text = value
        if textProperties.contains(name) { text = try unescape(value, fail: fail) }
        return Property(name: name, parameters: parameters, value: value, text: text)
    }

    static func unescape(_ value: String, fail: (String) -> Failure) throws -> String {
        var out = ""
        var escaping = false
        for c in value {
            if escaping {
                switch c {
                case "\\": out.append("\\")
                case ";": out.append(";")
                case ",": out.append(",")
                case "n", "N": out.append("\n")
                default: throw fail("invalid escape \\\(c)")
                }
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else if c == ";" || c == "," {
                throw fail("unescaped \(c) in a TEXT value")
            } else {
                out.append(c)
            }
        }
        if escaping { throw fail("a backslash ends the value") }
        return out
    }
}
