import Foundation
import Testing
import TimelineTestSupport

/// Hostile text end to end: articles holding Markdown, HTML, control characters, bidi overrides,
/// very long words and CSV/iCalendar punctuation go through `ingest`, then every export format is
/// parsed back; and `--query` text is only ever words.
@Suite("Hostile text through ingest, query and export (end to end)", .enabled(if: TimelineBinary.isBuilt))
struct HostileTextEndToEndTests {
    /// One JSON object per line; each text has a dated sentence, so that it becomes an event.
    static let hostileFeed: [String] = [
        #"{"title": "Council *votes* [here](javascript:alert(1))", "published": "2024-03-06", "source": "Harbor Wire", "#
            + #""text": "On Tuesday the council voted *to close* the [pier](javascript:alert(1)) and `dropped` ~~the~~ plan | a | b |."}"#,
        #"{"title": "<script>alert('title')</script> Mayor posts notes", "published": "2024-03-07", "source": "<b>Harbor</b> Wire", "#
            + #""text": "On Wednesday the mayor posted <script>alert('x')</script> <img src=x onerror=alert(1)> <b>bold</b> &lt;i&gt; notes."}"#,
        #"{"title": "Ferry \u0007stops", "published": "2024-03-08", "source": "Harbor Wire", "#
            + #""text": "On Thursday the ferry\u0007 stopped \u001b[31mred\u001b[0m at\u0000 the pier at dawn.\u0085 Crews\u000b waited\u000c there."}"#,
        #"{"title": "Port \u202Edesrever\u202C closes", "published": "2024-03-09", "source": "Harbor \u2067Wire\u2069", "#
            + #""text": "On Friday the \u202Edesrever\u202C port \u2066isolated\u2069 closed \u200Bquietly\uFEFF."}"#,
        #"{"title": "Survey \#(String(repeating: "W", count: 3000))", "published": "2024-03-11", "source": "Harbor Wire", "#
            + #""text": "On Monday the \#(String(repeating: "A", count: 5000)) surveyed the pier."}"#,
        #"{"title": "Board says \"no\"; then, \"yes\"", "published": "2024-03-10", "source": "Harbor, \"Wire\"; Desk", "#
            + #""text": "On Saturday the board said \"no; never\", then \"yes\", costs rose, again\\n =SUM(A1:A9) at the pier, \\\\ back."}"#,
        ##"{"title": "=HYPERLINK(\"http://x.example\") # Heading", "published": "2024-03-12", "source": "+Harbor Wire", "##
            + ##""text": "# On Sunday\n> the quay\n- reopened\n1. with 洪水 warnings, שלום, 👩‍👩‍👧‍👦 and e\u0301 marks on Sunday."}"##,
    ]

    /// Runs `timeline` and requires status 0 and a quiet stderr.
    static func run(_ arguments: [String]) throws -> String {
        let result = try TimelineBinary.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result)")
        return result.stdout
    }

    @Test("every export of hostile articles parses back, one record per event, the text shown as text")
    func exports() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let feed = try directory.write(Self.hostileFeed.joined(separator: "\n") + "\n", to: "hostile.jsonl")
        let database = directory.path("t.sqlite")
        let ingest = try TimelineBinary.run(["ingest", "--db", database, feed])
        #expect(ingest.status == 0, "\(ingest)")
        #expect(ingest.stdout == "7 articles: 7 new, 0 unchanged, 0 rejected\n", "\(ingest)")

        // JSON: the reference every other format is compared with.
        let events = try JSONEvents.parse(try Self.run(["events", "--db", database, "--format", "json"]))
        #expect(events.count >= 7, "\(events.map(JSONEvents.summary))")
        let summaries = events.map(JSONEvents.summary)
        #expect(summaries.contains { $0.contains("<script>alert('x')</script>") }, "HTML is kept as text in JSON")
        #expect(summaries.contains { $0.contains("[pier](javascript:alert(1))") })
        #expect(summaries.contains { $0.contains(String(repeating: "A", count: 100)) })
        for event in events {
            let texts = [JSONEvents.summary(event)] + JSONEvents.sources(event).flatMap { s in
                ["title", "source", "sentence", "mention"].compactMap { s[$0] as? String }
            }
            for text in texts {
                #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "control character in \(text.debugDescription)")
            }
        }
        let jsonl = try Self.run(["events", "--db", database, "--format", "jsonl"]).split(separator: "\n")
        #expect(jsonl.count == events.count)

        // CSV: RFC 4180, a header and one row per event, in the same order, with the same summary.
        let csvText = try Self.run(["export", "--db", database, "--format", "csv"])
        let rows = try StrictCSV.parse(csvText)
        #expect(rows.first == ["id", "value", "mod", "start", "end", "granularity", "label", "summary", "source_count", "sources"])
        #expect(rows.count == events.count + 1)
        for (row, event) in zip(rows.dropFirst(), events) {
            #expect(row.count == 10, "\(row)")
            #expect(row.first == "\(event["id"] as? Int ?? -1)")
            let summary = JSONEvents.summary(event)
            #expect(row[7] == summary || row[7] == "'" + summary, "\(row[7]) vs \(summary)")
            #expect(!"=+-@".contains(row[7].first ?? " "), "a cell a spreadsheet would run: \(row[7].prefix(40))")
        }

        // iCalendar: RFC 5545 lines (CRLF, at most 75 octets), one VEVENT per event, text unescaped back.
        let ics = try StrictICS.parse(try Self.run(["export", "--db", database, "--format", "ics"]))
        #expect(ics.filter { $0.name == "BEGIN" && $0.value == "VEVENT" }.count == events.count)
        #expect(ics.filter { $0.name == "BEGIN" }.count == ics.filter { $0.name == "END" }.count)
        let icsSummaries = ics.filter { $0.name == "SUMMARY" }.map(\.value)
        #expect(icsSummaries.count == events.count)
        #expect(icsSummaries.contains { $0.contains("<script>alert('x')</script>") })
        #expect(icsSummaries.contains { $0.contains("\"no; never\", then \"yes\", costs rose") })

        // TimelineJS: JSON whose HTML-rendered text fields hold no element of the articles'.
        let timelinejs = try Self.run(["export", "--db", database, "--format", "timelinejs"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(timelinejs.utf8)) as? [String: Any])
        #expect((object["events"] as? [[String: Any]])?.count == events.count)
        for tag in ["<script", "<img", "<b>", "href=\\\"javascript"] { #expect(!timelinejs.contains(tag), "\(tag) in TimelineJS output") }

        // Markdown: the report lists every event once, and (with cmark-gfm) renders no article markup.
        let report = try Self.run(["report", "--db", database, "--title", "Harbor *week* <script>"])
        #expect(report.hasPrefix("# Harbor \\*week\\* \\<script\\>\n") || report.hasPrefix("# Harbor \\*week\\* &lt;script&gt;\n"), "\(report.prefix(80))")
        #expect(report.split(separator: "\n").filter { $0.hasPrefix("- **") }.count == events.count, "\(report)")
        #expect(!report.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
        #expect(report == (try Self.run(["export", "--db", database, "--format", "markdown", "--title", "Harbor *week* <script>"])))
        if let html = try? Self.cmark(report) {
            for tag in ["<script", "<img", "<b>", "href=\"javascript:", "<em>", "<code>", "<del>", "<table", "<blockquote"] {
                #expect(!html.contains(tag), "\(tag) in the rendered report")
            }
            #expect(html.components(separatedBy: "<li>").count - 1 >= events.count)
        }
    }

    /// The report rendered by cmark-gfm as HTML, or nil when it is not installed.
    static func cmark(_ markdown: String) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["cmark-gfm", "--extension", "table", "--extension", "strikethrough", "--extension", "autolink", "--to", "html"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    /// Plain reports whose words make search syntax: "near", "title", "not", "or".
    static let plainFeed = [
        ("Ferry aground", "2024-04-02", "The ferry ran aground near the north pier on Tuesday."),
        ("Pier closes", "2024-04-03", "The council voted on Wednesday to close the pier for repairs."),
        ("Report title", "2024-04-04", "Divers said the title of the report was wrong on Thursday."),
        ("Passengers", "2024-04-05", "The ferry carried 900 passengers on Friday, not 400."),
        ("Work plan", "2024-04-08", "The mayor said on Monday that work would finish in spring or summer."),
        ("Café", "2024-04-09", "The café near Quay Street reopened on Tuesday."),
    ]

    @Test(
        "--query is words, never SQL or FTS5 syntax: each query finds exactly the events a report of which holds every word",
        arguments: [
            ("NEAR", ["aground", "café"]), ("near", ["aground", "café"]), ("near pier", ["aground"]), ("NEAR(ferry pier)", ["aground"]),
            ("NEAR(ferry, 5)", []), ("\"near the\"", ["aground", "café"]), ("title:report", ["title"]), ("title:ferry", []),
            ("ferry OR pier", []), ("spring OR summer", ["spring"]), ("ferry AND pier", []), ("NOT ferry", ["not 400"]),
            ("-ferry", ["aground", "not 400"]), ("^pier", ["aground", "close the pier"]), ("pier*", ["aground", "close the pier"]),
            ("ferr*", []), ("(pier)", ["aground", "close the pier"]), ("'; DROP TABLE event; --", []), ("*", []), ("\"", []),
            ("CAFE", ["café"]), ("quay-street", ["café"]), ("", []), ("pier:", ["aground", "close the pier"]),
            ("{ferry pier}", ["aground"]), ("ferry + pier", ["aground"]),
        ] as [(String, [String])])
    func query(text: String, expected: [String]) throws {
        let database = try Self.plainDatabase.get()
        // `--query=TEXT` when it starts with "-", which would otherwise be read as an option.
        let query = text.hasPrefix("-") ? ["--query=" + text] : ["--query", text]
        let result = try TimelineBinary.run(["events", "--db", database, "--format", "json"] + query)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        let found = try JSONEvents.parse(result.stdout)
        // Each expected fragment names one event; the results are exactly those.
        #expect(found.count == expected.count, "\(text.debugDescription) found \(found.map(JSONEvents.summary))")
        for fragment in expected {
            #expect(found.contains { JSONEvents.summary($0).lowercased().contains(fragment) }, "\(text.debugDescription) missed '\(fragment)'")
        }
        // The oracle: words are letters and digits, case and accents ignored.
        let words = Self.words(text)
        let all = try JSONEvents.parse(try TimelineBinary.run(["events", "--db", database, "--format", "json"]).stdout)
        let holding = all.filter { event in
            !words.isEmpty && JSONEvents.sources(event).contains { Set(Self.words($0["sentence"] as? String ?? "")).isSuperset(of: words) }
        }
        #expect(found.map { $0["id"] as? Int ?? 0 } == holding.map { $0["id"] as? Int ?? 0 }, "\(text.debugDescription)")
    }

    static func words(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    static let plainDatabase: Result<String, any Error> = Result {
        let directory = try TemporaryDirectory(prefix: "timeline-hostile-query")
        let lines = plainFeed.map { title, date, text in #"{"title": "\#(title)", "published": "\#(date)", "source": "Harbor Wire", "text": "\#(text)"}"# }
        let feed = try directory.write(lines.joined(separator: "\n") + "\n", to: "plain.jsonl")
        let database = directory.path("plain.sqlite")
        let result = try TimelineBinary.run(["ingest", "--db", database, feed])
        guard result.status == 0 else { throw ExamplesDatabase.Failure(description: "\(result)") }
        return database
    }
}

/// A strict RFC 4180 reader: CRLF between records, quotes doubled inside quoted fields; anything
/// else (a bare quote, a lone LF or CR outside quotes) is an error.
enum StrictCSV {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false, wasQuoted = false
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append(scalars.removeFirst()) } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !wasQuoted else { throw Failure(description: "bare quote in record \(records.count + 1)") }
                quoted = true
                wasQuoted = true
            case ",":
                record.append(field)
                field = ""
                wasQuoted = false
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Failure(description: "CR without LF in record \(records.count + 1)") }
                record.append(field)
                records.append(record)
                record = []
                field = ""
                wasQuoted = false
            case "\n":
                throw Failure(description: "LF without CR in record \(records.count + 1)")
            default:
                guard !wasQuoted else { throw Failure(description: "text after a closing quote in record \(records.count + 1)") }
                field.unicodeScalars.append(c)
            }
        }
        guard !quoted else { throw Failure(description: "unterminated quote") }
        if !field.isEmpty || !record.isEmpty { throw Failure(description: "last record without CRLF") }
        return records
    }
}

/// A strict RFC 5545 reader of content lines: every line ends in CRLF and is at most 75 octets,
/// continuation lines start with a space, no control character but HTAB, TEXT values unescaped.
enum StrictICS {
    struct Line { var name: String; var value: String }
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func parse(_ text: String) throws -> [Line] {
        guard text.hasSuffix("\r\n") else { throw Failure(description: "does not end with CRLF") }
        var logical: [String] = []
        for physical in text.dropLast(2).components(separatedBy: "\r\n") {
            guard physical.utf8.count <= 75 else { throw Failure(description: "line over 75 octets: \(physical.prefix(40))") }
            guard !physical.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F }) else {
                throw Failure(description: "control character in \(physical.debugDescription)")
            }
            if physical.hasPrefix(" ") || physical.hasPrefix("\t") {
                guard !logical.isEmpty else { throw Failure(description: "continuation first") }
                logical[logical.count - 1] += physical.dropFirst()
            } else {
                logical.append(physical)
            }
        }
        return try logical.map { line in
            guard let colon = line.firstIndex(of: ":") else { throw Failure(description: "no colon: \(line.prefix(40))") }
            let name = String(line[..<colon].split(separator: ";").first ?? "")
            let value = line[line.index(after: colon)...]
            guard ["SUMMARY", "DESCRIPTION", "LOCATION"].contains(name) else { return Line(name: name, value: String(value)) }
            return Line(name: name, value: try unescape(value))
        }
    }

    static func unescape(_ value: Substring) throws -> String {
        var out = ""
        var it = value.makeIterator()
        while let c = it.next() {
            if c == "\\" {
                switch it.next() {
                case "\\": out.append("\\")
                case ";": out.append(";")
                case ",": out.append(",")
                case "n", "N": out.append("\n")
                default: throw Failure(description: "bad escape in \(value.prefix(40))")
                }
            } else {
                guard c != ";" && c != "," else { throw Failure(description: "unescaped \(c) in \(value.prefix(40))") }
                out.append(c)
            }
        }
        return out
    }
}
