/// A parsed JSON value. Strings keep their bytes (after unescaping), which may not be valid UTF-8
/// when the file was not: the caller decides how to read them (`TextDecoder.field`).
enum JSONValue: Equatable {
    case string([UInt8])
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(key: [UInt8], value: JSONValue)])

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null): return true
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The value of `key` in an object.
    subscript(key: String) -> JSONValue? {
        guard case .object(let fields) = self else { return nil }
        let k = Array(key.utf8)
        return fields.first(where: { $0.key == k })?.value
    }

    /// The string's bytes, or nil.
    var stringBytes: [UInt8]? {
        if case .string(let s) = self { return s }
        return nil
    }
}
