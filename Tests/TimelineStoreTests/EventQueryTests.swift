import DateNormalizer
import Foundation
import GRDB
import Testing
import Timeline
import TimelineTestSupport

@testable import TimelineStore

/// `fetchEvents(range:query:maxEvents:)`: which events a period, some words and a count select.
@Suite("Querying events")
struct EventQueryTests {
    static func day(_ text: String) -> CivilDate { CivilDate(iso: text) ?? CivilDate(year: 1970, month: 1, day: 1)! }

    static func range(_ from: String, _ to: String) -> CalendarInterval? {
        CalendarInterval(start: day(from), end: day(to))
    }

    static let store: Result<TimelineStore, any Error> = Result {
        let store = try TimelineStore.inMemory()
        try store.add(StorySamples.all)
        try store.mergeEvents()
        return store
    }

    @Test(
        "a range selects the events whose interval overlaps it",
        arguments: [
            // [from, to) → the event values expected among the results, and values that must not be there.
            ("2015-12-15", "2015-12-16", ["2015-12-15"], ["2015-12-17", "2009"]),
            ("2015-12-16", "2015-12-17", [], ["2015-12-15", "2015-12-17"]),
            ("2015-12-17", "2015-12-18", ["2015-12-17"], ["2015-12-15"]),
            ("2015-12-01", "2016-01-01", ["2015-12-15", "2015-12-17", "2015-12-21"], ["2016-01-07", "2009"]),
            ("2009-06-01", "2009-07-01", ["2009"], ["2015-12-15"]),
            ("2015-12-28", "2015-12-29", ["2015-12"], ["2015-12-15"]),
        ] as [(String, String, [String], [String])])
    func range(from: String, to: String, present: [String], absent: [String]) throws {
        let store = try Self.store.get()
        let interval = try #require(Self.range(from, to))
        let values = Set(try store.fetchEvents(range: interval).map(\.date.value))
        for value in present { #expect(values.contains(value), "\(value) missing from \(values.sorted())") }
        for value in absent { #expect(!values.contains(value), "\(value) should not be in [\(from), \(to))") }
        let all = try store.fetchEvents()
        #expect(values == Set(all.filter { $0.date.interval.overlaps(interval) }.map(\.date.value)))
        #expect(try store.fetchEventCount(range: interval) == all.filter { $0.date.interval.overlaps(interval) }.count)
    }

    @Test("a query keeps events reported in a sentence holding every word, ignoring case and accents")
    func words() throws {
        let store = try Self.store.get()
        let market = try store.fetchEvents(query: "WINTER market")
        #expect(market.map(\.summary) == ["The Lindmere winter market reopened on Tuesday after a week of repairs to its stalls."])
        #expect(try store.fetchEvents(query: "cafe quay").map(\.date.value) == ["2015-12"])
        #expect(try store.fetchEvents(query: "winter inquiry").isEmpty)
        // A word found in one of several reports selects the whole event, with all its sources.
        let breach = try store.fetchEvents(query: "breach")
        #expect(breach.count == 1)
        #expect((breach.first?.sources.count ?? 0) >= 2)
    }

    @Test(
        "search syntax and SQL in a query are plain words: every query returns normally",
        arguments: [
            "\"", "\"\"", "AND", "OR", "NOT", "NEAR(", "NEAR(levee market)", "*", "lev*", ")", "(", "^levee", "levee:",
            "'; DROP TABLE event; --", "\"levee\" OR \"market\"", "levee OR market", "-", "🌊", "", "   ", "\u{0}",
            "levee AND", "Harbor NOT Bridge",
        ])
    func hostile(query: String) throws {
        let store = try Self.store.get()
        let events = try store.fetchEvents(query: query)
        #expect(try store.fetchEventCount(query: query) == events.count)
        // Whatever is returned has a report holding every word typed (letters and digits), as words.
        let words = query.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        if words.isEmpty { #expect(events.isEmpty, "\(query) has no word but matched \(events.map(\.summary))") }
        for event in events {
            let holds = event.sources.contains { source in
                let sentence = Set(source.sentence.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
                return words.allSatisfy(sentence.contains)
            }
            #expect(holds, "\(query) matched \(event.summary)")
        }
        #expect(try store.fetchEventCount() > 5, "the events are still there")
    }

    @Test("a search word finds what it should after hostile text around it")
    func hostileAroundWords() throws {
        let store = try Self.store.get()
        let plain = try store.fetchEvents(query: "levee").map(\.id)
        #expect(plain.count >= 3)
        #expect(try store.fetchEvents(query: "^levee:").map(\.id) == plain)
        #expect(try store.fetchEvents(query: "\"levee").map(\.id) == plain)
        #expect(try store.fetchEvents(query: "levee*)").map(\.id) == plain)
        #expect(try store.fetchEvents(query: "lev*").isEmpty)  // no prefix search: "lev" is a word of its own
    }

    @Test("OR and NEAR do not widen a search, and a phrase in quotes is its words")
    func operatorsAreWords() throws {
        let store = try Self.store.get()
        #expect(try store.fetchEvents(query: "levee OR market").isEmpty)  // no sentence holds "or"
        #expect(try store.fetchEvents(query: "NEAR(levee market)").isEmpty)
        #expect(try store.fetchEvents(query: "\"winter market\"").count == 1)
        #expect(try store.fetchEvents(query: "(winter) market*").count == 1)
    }

    @Test("FullTextQuery quotes each word and drops punctuation")
    func fullTextQuery() {
        #expect(FullTextQuery(words: #"ferry "OR" NEAR( *"#).match == #""ferry" "OR" "NEAR""#)
        #expect(FullTextQuery(words: "'; DROP TABLE event").words == ["DROP", "TABLE", "event"])
        #expect(FullTextQuery(words: "Sørlie's café, 2015").words == ["Sørlie", "s", "café", "2015"])
        #expect(FullTextQuery(words: "*) (\"").isEmpty)
    }

    @Test("max events keeps the most salient, spread over dates, in date order, as Chronology.select does")
    func maxEvents() throws {
        let store = try Self.store.get()
        let all = try store.fetchEvents()
        for n in 1...(all.count + 1) {
            let chosen = try store.fetchEvents(maxEvents: n)
            let expected = Chronology.select(
                try store.writer.read { db in try TimelineStore.headers(db, filter: EventFilter()) },
                maxEvents: n)
            #expect(chosen.map(\.id) == expected.map(\.id), "n = \(n)")
            #expect(chosen.count == min(n, all.count))
        }
        let top = try #require(try store.fetchEvents(maxEvents: 1).first)
        #expect(top.salience == all.map(\.salience).max())
    }

    @Test("the salience stream stops early but picks exactly what a selection over all events picks, ties included")
    func mostSalientWithTies() throws {
        // Synthetic events with many equal saliences and repeated dates.
        let store = try TimelineStore.inMemory()
        try store.add(StorySamples.all)
        try store.mergeEvents()
        try store.writer.write { db in
            let representative = try Int64.fetchOne(db, sql: "SELECT min(id) FROM candidate") ?? 1
            for i in 0..<300 {
                let start = Self.day("2020-01-01").dayNumber + (i * 7919) % 40
                try db.execute(
                    sql: """
                        INSERT INTO event (neighbourhood, cluster_key, value, granularity, start_day, end_day,
                                           representative_id, salience, article_count, mention_count)
                        VALUES ('x', ?, 'x', 'day', ?, ?, ?, ?, 1, 1)
                        """,
                    arguments: ["h\(i % 17)#\(i)@2020", start, start + 1, representative, Double(i % 5)])
            }
        }
        let headers = try store.writer.read { db in try TimelineStore.headers(db, filter: EventFilter()) }
        for n in [1, 3, 10, 39, 40, 41, 60, 400] {
            let streamed = try store.writer.read { db in try TimelineStore.mostSalient(db, filter: EventFilter(), maxEvents: n) }
            #expect(streamed.map(\.id) == Chronology.select(headers, maxEvents: n).map(\.id), "n = \(n)")
        }
    }

    @Test("cluster keys read back as the candidate keys they were written from")
    func clusterKeys() {
        let key = CandidateKey(articleHash: "ab12", sentenceIndex: 12, date: "2015-09", mod: "END")
        #expect(ClusterKey.parse(key.description) == key)
        let plain = CandidateKey(articleHash: "ff", sentenceIndex: 0, date: "2015-12-15")
        #expect(ClusterKey.parse(plain.description) == plain)
        #expect(ClusterKey.parse("nonsense") == nil)
    }

    @Test("a one-month window query reads the (length_class, start_day) index, not the whole table")
    func rangeQueryPlan() throws {
        let store = try Self.store.get()
        let filter = EventFilter(range: Self.range("2015-12-01", "2016-01-01"))
        let (condition, arguments) = filter.whereClause
        let plan = try store.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT e.id FROM event e \(condition)", arguments: arguments)
                .map { $0["detail"] as String }
        }
        #expect(plan.filter { $0.contains("event_on_length_and_start") }.count == 3, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN event") || $0.hasPrefix("SCAN e") }, "\(plan)")
    }

    @Test("batches, joined, are the events fetchEvents returns, in the same order, with their sources")
    func batches() throws {
        let store = try Self.store.get()
        let selections: [(CalendarInterval?, String?)] = [
            (nil, nil), (Self.range("2015-12-01", "2016-01-01"), nil), (nil, "WINTER market"), (nil, "zzzqqq"),
        ]
        for (range, query) in selections {
            let whole = try store.fetchEvents(range: range, query: query)
            for size in [1, 2, 5, 10_000] {
                var batches: [[Event]] = []
                try store.forEachEventBatch(range: range, query: query, batchSize: size) { batches.append($0) }
                #expect(batches.flatMap { $0 } == whole, "range \(String(describing: range)), query \(query ?? "none"), batches of \(size)")
                #expect(batches.allSatisfy { !$0.isEmpty && $0.count <= size })
                #expect(batches.count == (whole.count + size - 1) / size)
            }
        }
        #expect(try !store.fetchEvents().isEmpty)
    }

    @Test("an error thrown for a batch stops the reading and comes out as thrown")
    func batchError() throws {
        struct Stop: Error {}
        let store = try Self.store.get()
        var seen = 0
        #expect(throws: Stop.self) {
            try store.forEachEventBatch(batchSize: 1) { _ in
                seen += 1
                throw Stop()
            }
        }
        #expect(seen == 1)
    }

    @Test("readChronology outlines fetchEvents without sources and reads whole events by id, in the order asked")
    func outlineAndEvents() throws {
        let store = try Self.store.get()
        for (range, query) in [(nil, nil), (Self.range("2015-12-01", "2016-01-01"), nil), (nil, "WINTER market"), (nil, "zzzqqq")] as [(CalendarInterval?, String?)] {
            let whole = try store.fetchEvents(range: range, query: query)
            var calls = 0
            try store.readChronology(range: range, query: query) { outline, events in
                calls += 1
                #expect(outline.map(\.id) == whole.map(\.id))
                #expect(outline.map(\.summary) == whole.map(\.summary))
                #expect(outline.map(\.date) == whole.map(\.date))
                #expect(outline.allSatisfy { $0.sources.isEmpty })
                let reversed = Array(whole.reversed())
                let backwards = try events(reversed.map(\.id))
                #expect(backwards == reversed)
                let known = try events([-5] + whole.prefix(2).map(\.id) + [999_999])
                #expect(known == Array(whole.prefix(2)), "unknown ids are skipped")
            }
            #expect(calls == 1)
        }
    }
}

