import Foundation
import Testing
import TimelineTestSupport

/// `timeline events` on the Examples story, as a script would call it.
@Suite("timeline events (end to end)", .enabled(if: TimelineBinary.isBuilt))
struct EventsEndToEndTests {
    @Test("json prints the contract's objects, chronologically, each with its sources")
    func json() throws {
        let events = try ExamplesDatabase.events()
        #expect(events.count >= 15)
        for event in events {
            #expect(Set(event.keys) == ["id", "date", "summary", "sources"])
            #expect(Set(JSONEvents.date(event).keys) == ["value", "mod", "start", "end", "granularity", "label"])
            #expect(!JSONEvents.sources(event).isEmpty)
            for source in JSONEvents.sources(event) {
                #expect(Set(source.keys) == ["article", "title", "source", "url", "published", "sentence", "mention"])
                let sentence = source["sentence"] as? String ?? ""
                let mention = source["mention"] as? String ?? "?"
                #expect(sentence.contains(mention), "\(mention) not in \(sentence)")
            }
        }
        let starts = events.map { JSONEvents.date($0)["start"] as? String ?? "" }
        #expect(starts == starts.sorted(), "not chronological")
        #expect(Set(events.compactMap { $0["id"] as? Int }).count == events.count)
    }

    @Test("the ferry vote: three reports, the plan and the facts, one event on February 27")
    func mergedEvent() throws {
        let events = try ExamplesDatabase.events()
        let vote = try #require(events.first { JSONEvents.value($0) == "2024-02-27" && JSONEvents.summary($0).contains("voted 7-2") })
        let date = JSONEvents.date(vote)
        #expect(date["start"] as? String == "2024-02-27")
        #expect(date["end"] as? String == "2024-02-28")
        #expect(date["granularity"] as? String == "day")
        #expect(date["label"] as? String == "February 27, 2024")
        #expect(date["mod"] is NSNull)
        let sources = JSONEvents.sources(vote)
        #expect(sources.map { $0["title"] as? String ?? "" } == [
            "Inspectors flagged corroded bearings on Harlan Street Bridge in 2022, records show",
            "Keswick council approves emergency ferry; service to start March 4",
            "A month after the Harlan Street collapse, Keswick ferries have carried 41,000 riders",
        ])
        #expect(sources.map { $0["published"] as? String ?? "" } == ["2024-02-26", "2024-02-28", "2024-04-02"])
        #expect(sources.map { $0["mention"] as? String ?? "" } == ["Tuesday", "Tuesday", "Feb. 27"])
        #expect(sources[1]["url"] as? String == "https://harborwire.example/2024/02/28/keswick-ferry-vote")
        #expect(sources[1]["source"] as? String == "Harbor Wire")
        #expect((sources[0]["sentence"] as? String)?.hasPrefix("The city council will meet in emergency session on Tuesday") == true)
    }

    @Test("the resignation and the library reopening, both on Wednesday, March 6, stay two events")
    func sameDay() throws {
        let march6 = try ExamplesDatabase.events(["--from", "2024-03-06", "--to", "2024-03-06"])
            .filter { JSONEvents.value($0) == "2024-03-06" }
        let resignation = try #require(march6.first { JSONEvents.summary($0).contains("Okafor") })
        let library = try #require(march6.first { JSONEvents.summary($0).contains("Library") })
        #expect(resignation["id"] as? Int != library["id"] as? Int)
        #expect(Set(JSONEvents.sources(resignation).map { $0["mention"] as? String ?? "" }) == ["Wednesday", "last week", "March 6"])
        #expect(JSONEvents.sources(library).count == 1)
    }

    @Test(
        "--from and --to are inclusive and keep the events whose interval overlaps",
        arguments: [
            (["--from", "2024-03-06", "--to", "2024-03-06"], "2024-03-06", "2024-03-07"),
            (["--from", "2024-03", "--to", "2024-03"], "2024-03-01", "2024-04-01"),
            (["--from", "2024-03-14"], "2024-03-14", "9999-12-31"),
            (["--to", "2024-02"], "0001-01-01", "2024-03-01"),
            (["--from", "2022", "--to", "2022"], "2022-01-01", "2023-01-01"),
        ] as [([String], String, String)])
    func range(arguments: [String], from: String, to: String) throws {
        let all = try ExamplesDatabase.events()
        let chosen = try ExamplesDatabase.events(arguments)
        let expected = all.filter { event in
            let date = JSONEvents.date(event)
            return (date["start"] as? String ?? "") < to && (date["end"] as? String ?? "") > from
        }
        #expect(!chosen.isEmpty)
        #expect(chosen.map { $0["id"] as? Int ?? 0 } == expected.map { $0["id"] as? Int ?? 0 })
    }

    @Test(
        "bad dates are usage errors: status 2 and a message that names the value",
        arguments: [
            (["--from", "2024-13"], "'2024-13' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD"),
            (["--to", "March"], "'March' is not a date"),
            (["--from", "2024-02-30"], "'2024-02-30' is not a date"),
            (["--from", "24"], "'24' is not a date"),
            (["--from", "2024-04", "--to", "2024-03"], "--from 2024-04 is after --to 2024-03"),
            (["--max-events", "0"], "--max-events must be at least 1"),
            (["--format", "xml"], "The value 'xml' is invalid for '--format <format>'"),
        ] as [([String], String)])
    func badArguments(arguments: [String], message: String) throws {
        let result = try ExamplesDatabase.run(["events"] + arguments)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains(message), "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test("--query keeps events reported in a sentence holding every word")
    func query() throws {
        let events = try ExamplesDatabase.events(["--query", "Okafor RESIGNED"])
        #expect(!events.isEmpty)
        for event in events {
            let holds = JSONEvents.sources(event).contains { ($0["sentence"] as? String ?? "").lowercased().contains("okafor") }
            #expect(holds, "\(JSONEvents.summary(event))")
        }
        #expect(events.contains { JSONEvents.value($0) == "2024-03-06" })
    }

    @Test(
        "hostile --query text is searched as words and never breaks the command",
        arguments: ["\"", "AND", "ferry OR library", "NEAR(", "*", ")", "'; DROP TABLE event; --", "ferr*", "\"ferries\"", "("])
    func hostileQuery(query: String) throws {
        let result = try ExamplesDatabase.run(["events", "--format", "json", "--query", query])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        let events = try JSONEvents.parse(result.stdout)
        let words = query.lowercased().split { !$0.isLetter && !$0.isNumber }
        if words.isEmpty || words.contains("or") || words.contains("ferr") { #expect(events.isEmpty, "\(query)") }
        #expect(try ExamplesDatabase.events().count >= 15, "the events are still there")
    }

    @Test("--max-events keeps the most salient events, still in date order")
    func maxEvents() throws {
        let all = try ExamplesDatabase.events()
        let top = try ExamplesDatabase.events(["--max-events", "3"])
        #expect(top.count == 3)
        let starts = top.map { JSONEvents.date($0)["start"] as? String ?? "" }
        #expect(starts == starts.sorted())
        // The collapse, reported by the most articles, is always among them.
        let collapse = try #require(all.filter { JSONEvents.value($0) == "2024-02-22" }.max { JSONEvents.sources($0).count < JSONEvents.sources($1).count })
        #expect(top.contains { $0["id"] as? Int == collapse["id"] as? Int })
        #expect(try ExamplesDatabase.events(["--max-events", "1000"]).count == all.count)
    }

    @Test("jsonl prints the same objects one per line; csv has a header and a row per event")
    func otherFormats() throws {
        let all = try ExamplesDatabase.events()
        let jsonl = try ExamplesDatabase.run(["events", "--format", "jsonl"])
        #expect(jsonl.status == 0)
        let lines = jsonl.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == all.count)
        let parsed = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        #expect(parsed.map { $0["id"] as? Int ?? 0 } == all.map { $0["id"] as? Int ?? 0 })

        let csv = try ExamplesDatabase.run(["events", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("id,value,mod,start,end,granularity,label,summary,source_count,sources\r\n"), "\(csv.stdout.prefix(120))")
        #expect(CSVRecords.count(csv.stdout) == all.count + 1)

        let table = try TimelineBinary.run(["events", "--db", try ExamplesDatabase.path.get()], environment: ["COLUMNS": "100"])
        #expect(table.stdout.hasPrefix("ID"))
        #expect(table.stdout.split(separator: "\n").count == all.count + 1)
        #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })

        let markdown = try ExamplesDatabase.run(["events", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# "))
        #expect(markdown.stdout.contains("\(all.count) events from 9 articles"))
    }

    @Test("a read command never creates a database")
    func missingDatabase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try TimelineBinary.run(["events", "--db", directory.path("none.sqlite")])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("none.sqlite: no such database"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: directory.path("none.sqlite")))
    }
}

/// Counts the records of RFC 4180 text (CRLF between records, quoted fields may hold line breaks).
enum CSVRecords {
    static func count(_ text: String) -> Int {
        var records = 0
        var quoted = false
        var sawField = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if scalar == "\n" && !quoted {
                records += 1
                sawField = false
            } else {
                sawField = true
            }
        }
        return records + (sawField ? 1 : 0)
    }
}
