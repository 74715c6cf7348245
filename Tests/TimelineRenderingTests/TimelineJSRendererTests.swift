import Foundation
import Testing
@testable import TimelineRendering

@Suite("TimelineJSRenderer")
struct TimelineJSRendererTests {
    static func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("a title slide and one slide per event, with dates at the event's precision")
    func story() throws {
        let document = try Self.parse(TimelineJSRenderer().render(Story.events))
        let title = try #require((document["title"] as? [String: Any])?["text"] as? [String: Any])
        #expect(title["headline"] as? String == "Chronology: Lindmere, Harbor Bridge and River Vell")
        #expect(title["text"] as? String == "<p>12 events from 7 articles, covering the 1990s to June 2016.</p>")
        let slides = try #require(document["events"] as? [[String: Any]])
        #expect(slides.count == 12)
        func dates(_ i: Int) -> ([String: Int], [String: Int]?) {
            (slides[i]["start_date"] as? [String: Int] ?? [:], slides[i]["end_date"] as? [String: Int])
        }
        #expect(dates(0).0 == ["year": 1990] && dates(0).1 == ["year": 1999])  // the 1990s
        #expect(dates(1).0 == ["year": 2015, "month": 6] && dates(1).1 == ["year": 2015, "month": 8])  // summer
        #expect(dates(2).0 == ["year": 2015, "month": 9] && dates(2).1 == nil)  // late September
        #expect(dates(5).0 == ["year": 2015, "month": 12, "day": 7] && dates(5).1 == ["year": 2015, "month": 12, "day": 13])  // a week
        #expect(dates(7).0 == ["year": 2015, "month": 12, "day": 15] && dates(7).1 == nil)
        #expect(dates(9).0 == ["year": 2015, "month": 12, "day": 17, "hour": 10, "minute": 30])
        #expect(slides[2]["display_date"] as? String == "Late September 2015")
        #expect(slides[7]["unique_id"] as? String == "event-8")
        let text = try #require(slides[2]["text"] as? [String: String])
        #expect(text["text"] == "<p>Engineers from the Vell Valley Water Authority warned the Lindmere council that the levee near Harbor Bridge needed repairs.</p><ul><li><a href=\"https://courier.example/2015/10/01/levee-warning\">Engineers warn over Harbor Bridge levee</a> — Lindmere Courier, October 1, 2015</li><li>Levee repairs needed, water authority says — Valley Wire, October 2, 2015</li></ul>")
        #expect(text["headline"] == "Engineers from the Vell Valley Water Authority warned the Lindmere council that the levee near Harbor Bridge needed…")
    }

    @Test("hostile text cannot add HTML: every tag in a slide is one we wrote")
    func hostile() throws {
        let document = try Self.parse(TimelineJSRenderer().render(Hostile.events, metadata: ReportMetadata(title: "<script>x</script>")))
        let slides = try #require(document["events"] as? [[String: Any]])
        #expect(slides.count == Hostile.events.count)
        var fields = [((document["title"] as? [String: Any])?["text"] as? [String: String])?["headline"] ?? ""]
        for slide in slides {
            let text = slide["text"] as? [String: String] ?? [:]
            fields.append(text["headline"] ?? "")
            fields.append(text["text"] ?? "")
        }
        #expect(fields[0] == "&lt;script&gt;x&lt;/script&gt;")
        for field in fields {
            #expect(!field.unicodeScalars.contains { TextCleaning.isStripped($0) || $0 == "\n" || $0 == "\r" })
            for tag in Self.tags(in: field) {
                let allowed = ["p", "/p", "ul", "/ul", "li", "/li", "/a"].contains(tag)
                    || tag.hasPrefix("a href=\"https://ok.example/") || tag.hasPrefix("a href=\"https://spaced.example/")
                #expect(allowed, "foreign tag <\(tag)> in \(field.prefix(200))")
                #expect(!tag.contains("onerror") && !tag.contains("javascript"))
            }
        }
    }

    /// The contents of every `<...>` in `html`.
    static func tags(in html: String) -> [String] {
        var tags: [String] = []
        var current: String?
        for c in html {
            if c == "<" { current = "" } else if c == ">", let tag = current { tags.append(tag); current = nil } else { current?.append(c) }
        }
        return tags
    }
}
