import Foundation
import Testing
import Timeline
@testable import TimelineRendering

@Suite("ICSRenderer")
struct ICSRendererTests {
    static let story = ICSRenderer(now: Story.stamp).render(Story.events, metadata: Story.metadata)
    static let hostile = ICSRenderer(now: Story.stamp).render(Hostile.events, metadata: ReportMetadata(title: Hostile.texts[10]))

    @Test("a strict RFC 5545 reader finds one all-day VEVENT per event with UID, DTSTAMP and the interval")
    func story() throws {
        let calendar = try ICSParser.parse(Self.story)
        #expect(calendar.name == "VCALENDAR")
        #expect(calendar.first("VERSION")?.value == "2.0")
        #expect(calendar.first("PRODID")?.value == "-//timeline//timeline chronology//EN")
        #expect(calendar.first("X-WR-CALNAME")?.text == "Chronology: Lindmere, Harbor Bridge and River Vell")
        let vevents = calendar.all("VEVENT")
        #expect(vevents.count == Story.events.count)
        for (vevent, event) in zip(vevents, Story.events) {
            #expect(vevent.first("UID")?.value == "event-\(event.id)@timeline")
            #expect(vevent.first("DTSTAMP")?.value == "20151216T093700Z")
            #expect(vevent.first("DTSTART")?.parameters == ["VALUE": "DATE"])
            #expect(vevent.first("DTSTART")?.value == ICSRenderer.date(event.date.interval.start))
            #expect(vevent.first("DTEND")?.value == ICSRenderer.date(event.date.interval.end))
            #expect(vevent.first("SUMMARY")?.text == event.summary)
            #expect(vevent.first("DESCRIPTION")?.text.hasPrefix(DateLabel.label(for: event.date) + "\n\n" + event.summary + "\n\nSources:\n- ") == true)
        }
        #expect(vevents[0].first("DTSTART")?.value == "19900101" && vevents[0].first("DTEND")?.value == "20000101")
        #expect(vevents[7].first("DESCRIPTION")?.text.split(separator: "\n").filter { $0.hasPrefix("- ") }.count == 3)
        #expect(vevents[2].first("URL")?.value == "https://courier.example/2015/10/01/levee-warning")
    }

    @Test("hostile text survives escaping and folding: the strict reader unescapes the same text")
    func hostile() throws {
        let calendar = try ICSParser.parse(Self.hostile)
        #expect(calendar.first("X-WR-CALNAME")?.text == Hostile.texts[10])
        let vevents = calendar.all("VEVENT")
        #expect(vevents.count == Hostile.events.count)
        for (vevent, event) in zip(vevents, Hostile.events) {
            #expect(vevent.first("SUMMARY")?.text == TextCleaning.singleLine(event.summary), "event \(event.id)")
            if let url = vevent.first("URL")?.value {
                #expect(url.hasPrefix("https://ok.example/") || url.hasPrefix("https://spaced.example/"), "\(url)")
            }
        }
    }

    @Test("a long line folds at 75 octets, never inside a multi-byte character")
    func folding() throws {
        for filler in ["", "a", "ab"] {
            let line = "SUMMARY:" + filler + String(repeating: "é洪👩‍👩‍👧", count: 30)
            let folded = ICSText.fold(line)
            let physical = folded.split(separator: "\r\n").map { Array($0.utf8) }
            #expect(physical.allSatisfy { $0.count <= 75 })
            #expect(physical.allSatisfy { String(validating: $0, as: UTF8.self) != nil })
            #expect(physical.dropFirst().allSatisfy { $0.first == 0x20 })
            #expect(String(decoding: physical.enumerated().flatMap { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) }, as: UTF8.self) == line)
        }
        #expect(ICSText.fold("SHORT:x") == "SHORT:x\r\n")
        #expect(ICSText.fold(String(repeating: "x", count: 75)) == String(repeating: "x", count: 75) + "\r\n")
        #expect(ICSText.fold(String(repeating: "x", count: 76)) == String(repeating: "x", count: 75) + "\r\n x\r\n")
    }

    @Test("TEXT values escape backslash, semicolon, comma and line breaks, and drop controls", arguments: [
        ("a\\b;c,d", "a\\\\b\\;c\\,d"), ("one\r\ntwo\nthree", "one\\ntwo\\nthree"), ("bell\u{7}\u{202E}x", "bellx"), ("tab\there", "tab here"),
    ])
    func escaping(_ input: String, _ expected: String) {
        #expect(ICSText.escape(input) == expected)
    }

    @Test("DTSTAMP is the given moment in UTC")
    func timestamp() {
        #expect(ICSRenderer.timestamp(Date(timeIntervalSince1970: 0)) == "19700101T000000Z")
        #expect(ICSRenderer.timestamp(Story.stamp) == "20151216T093700Z")
        #expect(ICSRenderer.timestamp(Date(timeIntervalSince1970: -1)) == "19691231T235959Z")
    }

    @Test("the strict reader rejects what RFC 5545 forbids", arguments: [
        "BEGIN:VCALENDAR\nEND:VCALENDAR\n",
        "BEGIN:VCALENDAR\r\nSUMMARY:a,b\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\nSUMMARY:a\\qb\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\nX:" + String(repeating: "x", count: 80) + "\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\nX:a\u{1B}b\r\nEND:VCALENDAR\r\n",
    ])
    func readerIsStrict(_ text: String) {
        #expect(throws: ICSParser.Failure.self) { try ICSParser.parse(text) }
    }

    // MARK: python's icalendar

    static let icalendarScript = #"""
    import sys, json, icalendar
    cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
    out = {"name": str(cal.get("X-WR-CALNAME", "")), "events": []}
    for ev in cal.walk("VEVENT"):
        out["events"].append({
            "uid": str(ev.get("UID")),
            "start": ev.decoded("DTSTART").isoformat(),
            "end": ev.decoded("DTEND").isoformat(),
            "summary": str(ev.get("SUMMARY")),
            "description": str(ev.get("DESCRIPTION")),
        })
    sys.stdout.write(json.dumps(out))
    """#

    static func icalendar(_ text: String) throws -> [String: Any] {
        let result = try ExternalTool.run(["python3", "-c", icalendarScript], input: text)
        #expect(result.status == 0, "icalendar failed: \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("python's icalendar reads the story: UIDs, all-day dates, text",
          .enabled(if: ExternalTool.hasPythonICalendar, "python's icalendar is not installed (pip install icalendar)"))
    func pythonStory() throws {
        let parsed = try Self.icalendar(Self.story)
        // icalendar keeps X- properties as they are written (escaped).
        #expect(parsed["name"] as? String == "Chronology: Lindmere\\, Harbor Bridge and River Vell")
        let events = try #require(parsed["events"] as? [[String: String]])
        #expect(events.count == Story.events.count)
        for (parsedEvent, event) in zip(events, Story.events) {
            #expect(parsedEvent["uid"] == "event-\(event.id)@timeline")
            #expect(parsedEvent["start"] == event.date.interval.start.description)
            #expect(parsedEvent["end"] == event.date.interval.end.description)
            #expect(parsedEvent["summary"] == event.summary)
        }
    }

    @Test("python's icalendar reads hostile text back as the cleaned text",
          .enabled(if: ExternalTool.hasPythonICalendar, "python's icalendar is not installed (pip install icalendar)"))
    func pythonHostile() throws {
        let parsed = try Self.icalendar(Self.hostile)
        #expect(parsed["name"] as? String == ICSText.escape(Hostile.texts[10]))
        let events = try #require(parsed["events"] as? [[String: String]])
        #expect(events.count == Hostile.events.count)
        let strict = try ICSParser.parse(Self.hostile).all("VEVENT")
        for ((parsedEvent, event), vevent) in zip(zip(events, Hostile.events), strict) {
            #expect(parsedEvent["summary"] == TextCleaning.singleLine(event.summary), "event \(event.id)")
            #expect(parsedEvent["description"] == vevent.first("DESCRIPTION")?.text, "event \(event.id)")
        }
    }
}
