import Foundation
import Testing
import TimelineTestSupport

/// `timeline normalize`, run as a user runs it: output shapes, JSONL batch mode, exit codes.
@Suite("timeline normalize (end to end)", .enabled(if: NormalizeRun.binary != nil))
struct NormalizeCommandTests {
    @Test("a text is tagged as a JSON array of contract-shaped mentions")
    func json() throws {
        let r = try NormalizeRun(["normalize", "--reference", "2015-12-16", "Lavrov met on Tuesday with Kerry."])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == """
            [
              {"text":"Tuesday","span":[14,21],"type":"DATE","value":"2015-12-15","mod":null,"interval":{"start":"2015-12-15","end":"2015-12-16"},"granularity":"day"}
            ]

            """)
    }

    @Test("without TEXT the text is read from stdin; the text format names rule and resolution")
    func stdinText() throws {
        let r = try NormalizeRun(["normalize", "--reference", "2015-12-16", "--format", "text"], stdin: "It ended in early March.")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("12-23\tearly March\tDATE\t2015-03 START\t[2015-03-01, 2015-03-11)\tearly <date>: "), "\(r.stdout)")
    }

    @Test("--date-order dmy reads 04/05/2015 as 4 May")
    func dateOrder() throws {
        let r = try NormalizeRun(["normalize", "--date-order", "dmy", "Signed 04/05/2015."])
        #expect(r.stdout.contains("\"value\":\"2015-05-04\""), "\(r.stdout)")
    }

    @Test("--jsonl answers every line in order, and a bad line with an error object and a stderr line")
    func jsonl() throws {
        let input = """
            {"id": "a1", "text": "The vote is on Friday.", "reference": "2015-12-16"}
            not json
            {"id": 7, "text": "Talks ended Dec. 1.", "reference": "yesterday"}
            {"id": 8, "body": "no text field"}
            {"id": 9, "text": "Nothing here, and no reference."}

            {"id": 10, "text": "Tuesday", "reference": "2015-12-16T09:37:00+08:00"}
            """
        let r = try NormalizeRun(["normalize", "--jsonl"], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            #"{"id":"a1","mentions":[{"text":"Friday","span":[15,21],"type":"DATE","value":"2015-12-18","mod":null,"interval":{"start":"2015-12-18","end":"2015-12-19"},"granularity":"day"}]}"#,
            #"{"id":null,"mentions":[],"error":"not valid JSON"}"#,
            #"{"id":7,"mentions":[],"error":"\"reference\" is not a date (expected YYYY-MM-DD[THH:MM[:SS]])"}"#,
            #"{"id":8,"mentions":[],"error":"no \"text\" string"}"#,
            #"{"id":9,"mentions":[]}"#,
            #"{"id":10,"mentions":[{"text":"Tuesday","span":[0,7],"type":"DATE","value":"2015-12-15","mod":null,"interval":{"start":"2015-12-15","end":"2015-12-16"},"granularity":"day"}]}"#,
        ])
        #expect(r.stderr.contains("stdin:2: not valid JSON"), "\(r.stderr)")
        #expect(r.stderr.contains("stdin:3: \"reference\" is not a date"), "\(r.stderr)")
        #expect(r.stderr.contains("stdin:4: no \"text\" string"), "\(r.stderr)")
    }

    @Test("spans count Unicode scalars and text is that slice")
    func unicode() throws {
        let r = try NormalizeRun(["normalize", "--reference", "2015-12-16", "Émeutes 👩‍👩‍👧 hier, puis le 14 décembre… on Monday"])
        #expect(r.stdout.contains(#""text":"Monday","span":[44,50]"#), "\(r.stdout)")
    }

    @Test("usage errors exit 2 with a message")
    func usageErrors() throws {
        let bad = try NormalizeRun(["normalize", "--reference", "16/12/2015", "Tuesday"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--reference '16/12/2015' is not a date"), "\(bad.stderr)")
        let both = try NormalizeRun(["normalize", "--jsonl", "Tuesday"])
        #expect(both.status == 2)
        #expect(both.stderr.contains("--jsonl reads stdin"), "\(both.stderr)")
        let order = try NormalizeRun(["normalize", "--date-order", "ymd", "x"])
        #expect(order.status == 2)
    }

    @Test("--help documents every option with examples")
    func help() throws {
        let r = try NormalizeRun(["normalize", "--help"], environment: ["COLUMNS": "100"])
        #expect(r.status == 0)
        for part in ["USAGE: timeline normalize [--reference <reference>] [--format <format>] [--date-order <date-order>] [--jsonl] [<text>]",
                     "--reference <reference>", "--format <format>", "(values: json, text; default: json)", "--date-order <date-order>",
                     "(values: mdy,", "--jsonl", "Examples:", "timeline normalize --jsonl < texts.jsonl"] {
            #expect(r.stdout.contains(part), "missing \(part) in\n\(r.stdout)")
        }
        #expect(!r.stdout.contains("--explain") && !r.stdout.contains("--benchmark"))
    }
}

/// One finished run of the built `timeline` binary (small outputs only: stdout is read after exit).
struct NormalizeRun {
    static let binary: URL? = {
        let candidates = [
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent(),
            FixturePath.root.appendingPathComponent(".build/debug"),
        ]
        return candidates.map { $0.appendingPathComponent("timeline") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    var status: Int32
    var stdout: String
    var stderr: String

    init(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = NormalizeRun.binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        stdout = String(decoding: out, as: UTF8.self)
        stderr = String(decoding: err, as: UTF8.self)
    }
}
