import Foundation
import Testing
import Timeline
@testable import TimelineRendering

@Suite("JSONRenderer")
struct JSONRendererTests {
    /// The event objects parsed back by Foundation's JSONSerialization.
    static func parse(_ text: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [[String: Any]])
    }

    /// Checks that `object` is exactly the contract's JSON for `event`.
    static func expectContract(_ object: [String: Any], _ event: Event, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Set(object.keys) == ["id", "date", "summary", "sources"], sourceLocation: sourceLocation)
        #expect(object["id"] as? Int64 == event.id, sourceLocation: sourceLocation)
        #expect(object["summary"] as? String == event.summary, sourceLocation: sourceLocation)
        let date = object["date"] as? [String: Any] ?? [:]
        #expect(Set(date.keys) == ["value", "mod", "start", "end", "granularity", "label"], sourceLocation: sourceLocation)
        #expect(date["value"] as? String == event.date.value, sourceLocation: sourceLocation)
        if let mod = event.date.mod {
            #expect(date["mod"] as? String == mod.rawValue, sourceLocation: sourceLocation)
        } else {
            #expect(date["mod"] is NSNull, sourceLocation: sourceLocation)
        }
        #expect(date["start"] as? String == event.date.interval.start.description, sourceLocation: sourceLocation)
        #expect(date["end"] as? String == event.date.interval.end.description, sourceLocation: sourceLocation)
        #expect(date["granularity"] as? String == event.date.granularity.rawValue, sourceLocation: sourceLocation)
        #expect(date["label"] as? String == DateLabel.label(for: event.date), sourceLocation: sourceLocation)
        let sources = object["sources"] as? [[String: Any]] ?? []
        #expect(sources.count == event.sources.count, sourceLocation: sourceLocation)
        for (parsed, source) in zip(sources, event.sources) {
            #expect(Set(parsed.keys) == ["article", "title", "source", "url", "published", "sentence", "mention"], sourceLocation: sourceLocation)
            #expect(parsed["article"] as? Int64 == source.article, sourceLocation: sourceLocation)
            #expect(parsed["title"] as? String == source.title, sourceLocation: sourceLocation)
            #expect(parsed["sentence"] as? String == source.sentence, sourceLocation: sourceLocation)
            #expect(parsed["mention"] as? String == source.mention, sourceLocation: sourceLocation)
            for (key, value) in [("source", source.source), ("url", source.url), ("published", source.published)] {
                if let value {
                    #expect(parsed[key] as? String == value, "\(key)", sourceLocation: sourceLocation)
                } else {
                    #expect(parsed[key] is NSNull, "\(key) should be null", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test("the array parses back into the contract's event objects, in the order given")
    func story() throws {
        let parsed = try Self.parse(JSONRenderer().render(Story.events))
        #expect(parsed.count == Story.events.count)
        for (object, event) in zip(parsed, Story.events) { Self.expectContract(object, event) }
    }

    @Test("keys come in the contract's order: id, date, summary, sources")
    func keyOrder() throws {
        let line = JSONRenderer().line(for: Story.events[2])
        #expect(line.hasPrefix(#"{"id":3,"date":{"value":"2015-09","mod":"END","start":"2015-09-01","end":"2015-10-01","granularity":"month","label":"Late September 2015"},"summary":"Engineers"#))
        #expect(line.contains(#""sources":[{"article":2,"title":"Engineers warn over Harbor Bridge levee","source":"Lindmere Courier","url":"https://courier.example/2015/10/01/levee-warning","published":"2015-10-01","sentence":"#))
        #expect(line.contains(#"{"article":3,"title":"Levee repairs needed, water authority says","source":"Valley Wire","url":null,"#))
    }

    @Test("JSON Lines: one object per line, each parses on its own")
    func lines() throws {
        let text = JSONRenderer().renderLines(Story.events)
        #expect(text.hasSuffix("\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == Story.events.count)
        for (line, event) in zip(lines, Story.events) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            Self.expectContract(object, event)
        }
        #expect(JSONRenderer().renderLines([]) == "")
        #expect(JSONRenderer().render([]) == "[]\n")
    }

    @Test("hostile text parses back byte for byte, in the array and in JSON Lines")
    func hostile() throws {
        let parsed = try Self.parse(JSONRenderer().render(Hostile.events))
        #expect(parsed.count == Hostile.events.count)
        for (object, event) in zip(parsed, Hostile.events) { Self.expectContract(object, event) }
        let lines = JSONRenderer().renderLines(Hostile.events).split(separator: "\n")
        #expect(lines.count == Hostile.events.count, "a line break inside text would add lines")
        for (line, event) in zip(lines, Hostile.events) {
            Self.expectContract(try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]), event)
        }
    }

    @Test("invisible and line-ending characters are written as \\u escapes, and </ cannot close a script element")
    func escapes() {
        var out = ""
        JSONValue.writeString("a\u{202E}b\u{2028}c\u{0}d\u{7F}e\u{FEFF}\"\\\n</script>é", into: &out)
        #expect(out == #""a\u202eb\u2028c\u0000d\u007fe\ufeff\"\\\n<\/script>é""#)
    }
}
