import Testing
import Timeline
@testable import TimelineRendering

@Suite("ReportTitle")
struct ReportTitleTests {
    @Test("the names most events mention make the title, most frequent first")
    func names() {
        let summaries = [
            "The River Vell broke through the levee at Harbor Bridge in Lindmere.",
            "Mayor Ines Okafor declared an emergency in Lindmere.",
            "Residents near Harbor Bridge filled sandbags in Lindmere.",
            "The River Vell began to recede.",
            "Lindmere counted the cost.",
        ]
        #expect(ReportTitle.derive(from: summaries) == "Chronology: Lindmere, River Vell and Harbor Bridge")
    }

    @Test("a capitalised first word is not a name when it also appears in lower case")
    func sentenceStart() {
        let summaries = [
            "Floods reached the Harbor Bridge district.",
            "Floods closed schools near Harbor Bridge.",
            "More floods are forecast for the Vell valley.",
        ]
        #expect(ReportTitle.derive(from: summaries) == "Chronology: Harbor Bridge")
    }

    @Test("'of' joins a name, possessives are dropped, months and function words are not names")
    func joining() {
        let summaries = [
            "In December the Bank of Lindmere's board met.",
            "On Monday the Bank of Lindmere raised rates.",
        ]
        #expect(ReportTitle.derive(from: summaries) == "Chronology: Bank of Lindmere")
    }

    @Test("without names, the most frequent long words stand in; without those, a plain title")
    func fallbacks() {
        #expect(ReportTitle.derive(from: ["the flooding spread.", "more flooding came.", "flooding and levees.", "levees broke."])
            == "Chronology: Flooding and Levees")
        #expect(ReportTitle.derive(from: ["it rained.", "it stopped."]) == "Chronology")
        #expect(ReportTitle.derive(from: []) == "Chronology")
    }

    @Test("a single event may give its names even though they occur once")
    func singleEvent() {
        #expect(ReportTitle.derive(from: ["Heavy rain fell on the Vell Valley."]) == "Chronology: Vell Valley")
    }
}

extension ReportTitleTests {
    @Test("a long chronology is titled from its most salient events")
    func mostSalient() {
        var events: [Timeline.Event] = []
        for i in 0..<1_500 {
            var event = Story.events[4]
            event.id = Int64(i)
            event.summary = i < 500 ? "Rain fell on Osterby." : "The Vell Valley Council met."
            event.salience = i < 500 ? 1 : 3
            events.append(event)
        }
        #expect(ReportMetadata().resolvedTitle(for: events) == "Chronology: Vell Valley Council", "the 500 less salient events fall outside the 1,000 read")
    }
}
