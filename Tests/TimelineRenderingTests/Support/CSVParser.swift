/// A strict RFC 4180 parser, written for these tests: every record ends in CRLF, a field is either bare
/// (no quote, comma, CR or LF) or quoted with inner quotes doubled, and every record has as many fields
/// as the header. Anything else throws, naming the record and offset.
enum CSVParser {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        let bytes = Array(text.utf8)
        var records: [[String]] = []
        var fields: [String] = []
        var i = 0
        func fail(_ message: String) -> Failure {
            Failure(description: "CSV record \(records.count + 1), byte \(i): \(message)")
        }
        guard !bytes.isEmpty else { return [] }
        while i < bytes.count {
            // One field.
            var field: [UInt8] = []
            if bytes[i] == UInt8(ascii: "\"") {
                i += 1
                while true {
                    guard i < bytes.count else { throw fail("unterminated quoted field") }
                    if bytes[i] == UInt8(ascii: "\"") {
                        if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") {
                            field.append(UInt8(ascii: "\""))
                            i += 2
                        } else {
                            i += 1
                            break
                        }
                    } else {
                        field.append(bytes[i])
                        i += 1
                    }
                }
            } else {
                while i < bytes.count, bytes[i] != UInt8(ascii: ","), bytes[i] != 0x0D, bytes[i] != 0x0A {
                    if bytes[i] == UInt8(ascii: "\"") { throw fail("quote inside an unquoted field") }
                    field.append(bytes[i])
                    i += 1
                }
            }
            fields.append(String(decoding: field, as: UTF8.self))
            // What follows a field: a comma, or CRLF ending the record.
            guard i < bytes.count else { throw fail("last record does not end with CRLF") }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                if i == bytes.count { throw fail("comma at end of input") }
            } else if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                i += 2
                if let width = records.first?.count, fields.count != width {
                    throw fail("\(fields.count) fields, the header has \(width)")
                }
                records.append(fields)
                fields = []
            } else {
                throw fail("expected a comma or CRLF after a field, found byte \(bytes[i])")
            }
        }
        return records
    }
}
