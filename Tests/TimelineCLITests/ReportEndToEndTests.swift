import Foundation
import Testing
import TimelineTestSupport

/// `timeline report`, `timeline export` and `timeline build`, run as a user would.
@Suite("timeline report, export and build (end to end)", .enabled(if: TimelineBinary.isBuilt))
struct ReportEndToEndTests {
    @Test("report prints the Markdown chronology; --title and --max-events shape it")
    func report() throws {
        let result = try ExamplesDatabase.run(["report", "--title", "The Harlan Street Bridge", "--max-events", "5"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("# The Harlan Street Bridge\n\nThe 5 most salient of "), "\(result.stdout.prefix(200))")
        #expect(result.stdout.contains("from 9 articles"))
        #expect(result.stdout.contains("## 2024"))
        #expect(result.stdout.contains("### February"))
    }

    @Test("report -o writes the whole report atomically and leaves no temporary file")
    func reportToFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.path("bridge.md")
        try directory.write("an older report\n", to: "bridge.md")
        let result = try ExamplesDatabase.run(["report", "-o", file, "--from", "2024-03", "--to", "2024-03"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        let printed = try ExamplesDatabase.run(["report", "--from", "2024-03", "--to", "2024-03"]).stdout
        #expect(written == printed)
        #expect(written.contains("covering March 2024"))
        #expect(written.hasSuffix("\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["bridge.md"])

        let missing = try ExamplesDatabase.run(["report", "-o", directory.path("no/such/dir/r.md")])
        #expect(missing.status == 1, "\(missing)")
        #expect(missing.stderr.contains("no/such/dir/r.md: cannot create a temporary file"), "\(missing)")
    }

    @Test("export json is the events array; csv, timelinejs and ics are whole documents")
    func export() throws {
        let events = try ExamplesDatabase.run(["events", "--format", "json"]).stdout
        let json = try ExamplesDatabase.run(["export", "--format", "json"])
        #expect(json.status == 0)
        #expect(json.stdout == events)

        let timelinejs = try ExamplesDatabase.run(["export", "--format", "timelinejs", "--title", "Harlan Street"])
        let object = try JSONSerialization.jsonObject(with: Data(timelinejs.stdout.utf8)) as? [String: Any]
        let entries = object?["events"] as? [[String: Any]] ?? []
        #expect(entries.count == (try JSONEvents.parse(events)).count)
        #expect(entries.allSatisfy { ($0["start_date"] as? [String: Any])?["year"] != nil })

        let ics = try ExamplesDatabase.run(["export", "--format", "ics"])
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(ics.stdout.hasSuffix("END:VCALENDAR\r\n"))
        #expect(ics.stdout.components(separatedBy: "BEGIN:VEVENT\r\n").count - 1 == (try JSONEvents.parse(events)).count)

        let csv = try ExamplesDatabase.run(["export", "--format", "csv", "--query", "ferries"])
        #expect(csv.stdout.hasPrefix("id,value,mod,start,end"))
        #expect(CSVRecords.count(csv.stdout) > 1)

        let markdown = try ExamplesDatabase.run(["export", "--format", "markdown"])
        #expect(markdown.stdout == (try ExamplesDatabase.run(["report"])).stdout)

        let missing = try ExamplesDatabase.run(["export"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Missing expected argument '--format <format>'"), "\(missing)")
    }

    @Test("build prints the report of its inputs and keeps no database")
    func build() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let result = try TimelineBinary.run(["build"] + ExamplesDatabase.articleFolders, environment: ["TMPDIR": scratch.url.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        #expect(result.stdout == (try ExamplesDatabase.run(["report"])).stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).isEmpty, "the temporary database stayed")
    }

    @Test("build names a rejected input on stderr, prints the report of the rest, and exits 1")
    func buildWithRejected() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(IngestEndToEndTests.ferryText, to: "in/a-ferry.txt")
        try directory.write("", to: "in/b-empty.txt")
        let output = directory.path("report.md")
        let result = try TimelineBinary.run(["build", "-o", output, directory.path("in")])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("rejected: \(directory.path("in/b-empty.txt"))"), "\(result)")
        let report = try String(contentsOfFile: output, encoding: .utf8)
        #expect(report.contains("2,300 passengers"))
        #expect(report.contains("1 event from 1 article"))
    }

    @Test("build of nothing readable still prints a report, and says why on stderr")
    func buildNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("", to: "empty.txt")
        let result = try TimelineBinary.run(["build", "--title", "Nothing", directory.path("empty.txt")])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout == "# Nothing\n\nNo events to show.\n")
    }
}
