/// The fields of JSON-LD `<script type="application/ld+json">` blocks that describe the article,
/// wherever they sit (top level, an array, an `@graph`).
struct JSONLD {
    var headline: String?
    var datePublished: String?
    var publisher: String?
    var author: String?

    init(scripts: [[UInt8]]) {
        for script in scripts {
            let value: JSONValue? = script.withUnsafeBufferPointer { u in
                var parser = JSONParser(u)
                return try? parser.parseValue()
            }
            if let value { visit(value, depth: 0) }
        }
    }

    private mutating func visit(_ value: JSONValue, depth: Int) {
        guard depth < 16 else { return }
        switch value {
        case .array(let items):
            for item in items { visit(item, depth: depth + 1) }
        case .object(let fields):
            for (key, field) in fields {
                switch Bytes.string(key[...]) {
                case "headline": if headline == nil { headline = JSONLD.text(field) }
                case "datePublished": if datePublished == nil { datePublished = JSONLD.text(field) }
                case "publisher": if publisher == nil { publisher = JSONLD.name(field) }
                case "author": if author == nil { author = JSONLD.name(field) }
                case "@graph", "mainEntity", "mainEntityOfPage": visit(field, depth: depth + 1)
                default: break
                }
            }
        default:
            break
        }
    }

    static func text(_ value: JSONValue) -> String? {
        guard case .string(let bytes) = value else { return nil }
        var invalid = false
        let s = Bytes.string(Bytes.collapsedSpaces(TextDecoder.field(HTMLEntities.decode(bytes[...]), invalid: &invalid)[...]))
        return s.isEmpty ? nil : s
    }

    static func name(_ value: JSONValue) -> String? {
        switch value {
        case .string: return text(value)
        case .object: return (value["name"]).flatMap(text)
        case .array(let items):
            let names = items.compactMap { item -> String? in
                if case .array = item { return nil }
                return name(item)
            }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        default: return nil
        }
    }
}
