@testable import ArticleReader
import Testing

@Suite("JSON parser")
struct JSONParserTests {
    static func parse(_ text: String) throws(JSONParser.Failure) -> JSONValue {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { u throws(JSONParser.Failure) -> JSONValue in
            var p = JSONParser(u)
            let v = try p.parseValue()
            p.skipWhitespace()
            guard p.atEnd else { throw p.failure("trailing text") }
            return v
        }
    }

    static func string(_ json: String) -> String? {
        guard case .string(let bytes)? = try? parse(json) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func failure(_ json: String) -> String? {
        do throws(JSONParser.Failure) {
            _ = try parse(json)
            return nil
        } catch {
            return error.message
        }
    }

    @Test("string escapes, including \\u surrogate pairs and a lone surrogate")
    func escapes() {
        #expect(Self.string(#""plain""#) == "plain")
        #expect(Self.string(#""q\"b\\s\/n\nt\tr\rb\bf\f""#) == "q\"b\\s/n\nt\tr\rb\u{08}f\u{0C}")
        #expect(Self.string(#""caf\u00e9 \u201cquoted\u201d""#) == "café “quoted”")
        #expect(Self.string(#""dove \ud83d\udd4a!""#) == "dove 🕊!")
        #expect(Self.string(#""lone \ud800 end""#) == "lone \u{FFFD} end")
        #expect(Self.string(#""low first \udc00""#) == "low first \u{FFFD}")
        #expect(Self.string("\"raw\ttab\"") == "raw\ttab")
    }

    @Test("numbers, literals, arrays and objects")
    func values() throws {
        #expect(try Self.parse("-12.5e2") == .number(-1250))
        #expect(try Self.parse("[true, false, null, 0]") == .array([.bool(true), .bool(false), .null, .number(0)]))
        let object = try Self.parse(#"{"a": {"b": [1, {"c": "d"}]}, "e": []}"#)
        #expect(object["a"]?["b"] == .array([.number(1), .object([(key: Array("c".utf8), value: .string(Array("d".utf8)))])]))
        #expect(object["e"] == .array([]))
    }

    @Test("skipping checks the syntax of nested values without building them")
    func skip() {
        func skipped(_ json: String) -> Bool {
            Array(json.utf8).withUnsafeBufferPointer { u in
                var p = JSONParser(u)
                guard (try? p.skipValue()) != nil else { return false }
                p.skipWhitespace()
                return p.atEnd
            }
        }
        #expect(skipped(#"{"a": [1, 2.5, -3e4, {"b": null}], "c": {"d": "e\"}"}, "f": true}"#))
        #expect(skipped("[]"))
        #expect(skipped(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)))
        #expect(!skipped(#"{"a": [1, 2}"#))
        #expect(!skipped(#"{"a" 1}"#))
        #expect(!skipped(#"[1 2]"#))
        #expect(!skipped(#"{"a": tru}"#))
    }

    @Test("errors say what was expected")
    func errors() {
        #expect(Self.failure(#"{"title": "x""#) == "unexpected end of input, expected ',' or '}'")
        #expect(Self.failure(#"{"title" "x"}"#) == "expected ':' after a field name, found '\"'")
        #expect(Self.failure(#""abc"#) == "unterminated string")
        #expect(Self.failure(#""a \x""#) == "invalid escape '\\x'")
        #expect(Self.failure(#""\u12G4""#) == "invalid \\u escape")
        #expect(Self.failure("[1,]") == "expected a value, found ']'")
        #expect(Self.failure(String(repeating: "[", count: 300) + String(repeating: "]", count: 300)) == "nested deeper than 256 levels")
    }

    @Test("positions are 1-based lines and columns in Unicode scalars")
    func positions() {
        let bytes = Array("{\n  \"é\": tru\n}".utf8)
        bytes.withUnsafeBufferPointer { u in
            var p = JSONParser(u)
            do throws(JSONParser.Failure) {
                _ = try p.parseValue()
                Issue.record("parsed")
            } catch {
                let (line, column) = p.position(of: error.offset)
                #expect(line == 2)
                #expect(column == 8)
            }
        }
    }
}
