import ArgumentParser
import DateNormalizer
import Foundation

/// `timeline normalize`: tags one text, or a JSONL stream of texts, with resolved temporal expressions.
struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find and resolve the dates in a text (or in a JSONL stream of texts).",
        discussion: """
            Prints every temporal expression with its span (in Unicode scalars), TIMEX3 type, value and \
            modifier, and for dates the calendar interval [start, end) it covers. Relative dates \
            ("Tuesday", "last week", "Nov. 14") are resolved against --reference, the article's dateline; \
            without it only fully written dates get an interval.

            Examples:
              timeline normalize --reference 2015-12-16 "Lavrov met Kerry on Tuesday."
              echo "The summit ends on Friday." | timeline normalize --reference 2015-12-16 --format text
              timeline normalize --jsonl < texts.jsonl > mentions.jsonl

            JSONL mode reads one object per line, {"id": ..., "text": "...", "reference": "YYYY-MM-DD[THH:MM[:SS]]"} \
            ("reference" may be omitted), and writes one line per input, in order: \
            {"id": ..., "mentions": [...]}. A line that cannot be read is reported on stderr and answered \
            with {"id": ..., "mentions": [], "error": "..."}.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, text
    }

    enum Order: String, ExpressibleByArgument, CaseIterable {
        case mdy, dmy
    }

    @Option(help: "The dateline: YYYY-MM-DD, optionally with THH:MM[:SS] and a UTC offset.")
    var reference: String?

    @Option(help: "Output format for a single text.")
    var format: Format = .json

    @Option(name: .customLong("date-order"), help: "How to read ambiguous numeric dates such as 04/05/2015.")
    var dateOrder: Order = .mdy

    @Flag(help: "Batch mode: JSONL objects on stdin, one JSONL answer per line on stdout.")
    var jsonl = false

    @Flag(help: .hidden)
    var explain = false

    /// Speed measurement: JSONL on stdin is loaded first, then tagged this many times; prints MB/s.
    @Option(help: .hidden)
    var benchmark: Int?

    @Argument(help: "The text to tag; read from stdin when absent.")
    var text: String?

    func validate() throws {
        if let reference, Reference(parsing: reference) == nil {
            throw ValidationError("--reference '\(reference)' is not a date (expected YYYY-MM-DD[THH:MM[:SS]])")
        }
        if jsonl, text != nil { throw ValidationError("--jsonl reads stdin; do not pass TEXT as well") }
        if jsonl, format != .json { throw ValidationError("--jsonl always writes JSON; drop --format") }
    }

    func run() throws {
        let normalizer = Normalizer(options: .init(dateOrder: dateOrder == .mdy ? .mdy : .dmy))
        if let rounds = benchmark {
            print(JSONLStream(normalizer: normalizer).benchmark(rounds: rounds))
            return
        }
        if jsonl {
            JSONLStream(normalizer: normalizer).run()
            return
        }
        let input = text ?? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        if explain {
            print(normalizer.explain(input, reference: reference.flatMap { Reference(parsing: $0) }))
            return
        }
        let mentions = normalizer.mentions(in: input, reference: reference.flatMap { Reference(parsing: $0) })
        print(format == .json ? Self.jsonArray(mentions) : Self.table(mentions), terminator: "")
    }

    static func jsonArray(_ mentions: [TemporalMention]) -> String {
        mentions.isEmpty ? "[]\n" : "[\n" + mentions.map { "  " + $0.json }.joined(separator: ",\n") + "\n]\n"
    }

    static func table(_ mentions: [TemporalMention]) -> String {
        mentions.map { m in
            let t = m.timex
            var line = "\(m.span.lowerBound)-\(m.span.upperBound)\t\(m.text)\t\(t.type.rawValue)\t\(t.value)"
            if let mod = t.mod { line += " \(mod.rawValue)" }
            if let i = t.interval { line += "\t[\(i.start), \(i.end))" }
            return line + "\t\(m.rule)" + (m.resolution.map { ": " + $0 } ?? "") + "\n"
        }.joined()
    }
}

/// The `--jsonl` loop: reads stdin in chunks, answers every complete line, flushes after each chunk.
struct JSONLStream {
    let normalizer: Normalizer

    func run() {
        let input = FileHandle.standardInput
        var pending = Data()
        var scanned = 0  // bytes of `pending` already known to hold no newline
        var lineNumber = 0
        while true {
            let chunk = input.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            var out = ""
            // line ends found on the raw bytes: searching `Data` itself checks exclusive access per byte,
            // which cost a third of the stream's time
            let newlines = pending.withUnsafeBytes { raw -> [Int] in
                var found: [Int] = []
                var from = scanned
                while from < raw.count, let nl = raw[from...].firstIndex(of: 10) {
                    found.append(nl)
                    from = nl + 1
                }
                return found
            }
            let base = pending.startIndex
            var start = 0
            for nl in newlines {
                lineNumber += 1
                answer(pending[(base + start)..<(base + nl)], line: lineNumber, into: &out)
                start = nl + 1
            }
            if start > 0 { pending.removeSubrange(base..<(base + start)) }
            scanned = pending.count  // a long line is scanned once, not once per chunk
            write(out)
        }
        if !pending.isEmpty {
            var out = ""
            answer(pending[...], line: lineNumber + 1, into: &out)
            write(out)
        }
    }

    /// Loads every line, then times `rounds` passes of the normalizer alone over the texts.
    func benchmark(rounds: Int) -> String {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        var items: [(String, Reference?)] = []
        for line in data.split(separator: 10) {
            guard let o = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = o["text"] as? String else { continue }
            // a native UTF-8 copy, as a Swift caller holds its texts (Foundation may hand back bridged strings)
            items.append((String(decoding: Array(text.utf8), as: UTF8.self), (o["reference"] as? String).flatMap { Reference(parsing: $0) }))
        }
        let bytes = items.reduce(0) { $0 + $1.0.utf8.count }
        var mentions = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<max(1, rounds) {
                for (text, reference) in items { mentions += normalizer.mentions(in: text, reference: reference).count }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(bytes * max(1, rounds)) / 1_000_000
        return String(format: "%d texts, %.1f MB x %d rounds, %d mentions, %.2f s, %.1f MB/s",
                      items.count, Double(bytes) / 1e6, max(1, rounds), mentions, seconds, megabytes / seconds)
    }

    func write(_ s: String) {
        guard !s.isEmpty else { return }
        FileHandle.standardOutput.write(Data(s.utf8))
    }

    func answer(_ bytes: Data, line: Int, into out: inout String) {
        if bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return }
        var id = "null"
        let object: [String: Any]
        do {
            guard let o = try JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed]) as? [String: Any] else {
                return fail(id, line: line, "not a JSON object", into: &out)
            }
            object = o
        } catch {
            return fail(id, line: line, "not valid JSON", into: &out)
        }
        id = Self.encode(object["id"])
        guard let text = object["text"] as? String else {
            return fail(id, line: line, "no \"text\" string", into: &out)
        }
        var reference: Reference?
        if let r = object["reference"], !(r is NSNull) {
            guard let s = r as? String, let parsed = Reference(parsing: s) else {
                return fail(id, line: line, "\"reference\" is not a date (expected YYYY-MM-DD[THH:MM[:SS]])", into: &out)
            }
            reference = parsed
        }
        let mentions = normalizer.mentions(in: text, reference: reference)
        out += "{\"id\":" + id + ",\"mentions\":[" + mentions.map(\.json).joined(separator: ",") + "]}\n"
    }

    func fail(_ id: String, line: Int, _ message: String, into out: inout String) {
        FileHandle.standardError.write(Data("stdin:\(line): \(message)\n".utf8))
        var s = "{\"id\":" + id + ",\"mentions\":[],\"error\":"
        TemporalMention.appendJSONString(message, to: &s)
        out += s + "}\n"
    }

    /// Echoes an input `id` back as JSON: strings and numbers as given, anything else re-serialized.
    static func encode(_ value: Any?) -> String {
        guard let value, !(value is NSNull) else { return "null" }
        if let s = value as? String {
            var out = ""
            TemporalMention.appendJSONString(s, to: &out)
            return out
        }
        if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]),
           let s = String(data: data, encoding: .utf8) {
            return s
        }
        return "null"
    }
}
