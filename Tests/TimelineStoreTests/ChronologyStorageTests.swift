import ArticleReader
import DateNormalizer
import Foundation
import GRDB
import Testing
import Timeline
import TimelineTestSupport

@testable import TimelineStore

/// What the store keeps of each article besides the article itself, and how events are merged and read.
@Suite("Storing mentions, candidates and events")
struct ChronologyStorageTests {
    /// Events without ids (article ids replaced by titles): what must not depend on ingest order.
    struct Shape: Hashable, CustomStringConvertible {
        var date: EventDate
        var summary: String
        var sources: [String]
        var salience: Double

        init(_ event: Event) {
            date = event.date
            summary = event.summary
            sources = event.sources.map { "\($0.title)|\($0.published ?? "-")|\($0.sentence)|\($0.mention)" }
            salience = event.salience
        }

        var description: String { "\(date.value) \(summary) \(sources)" }
    }

    static func count(_ store: TimelineStore, _ table: String) throws -> Int {
        try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    @Test("an article is stored with every mention and candidate the pipeline found")
    func completeArticle() throws {
        let store = try TimelineStore.inMemory()
        let analyzed = AnalyzedArticle(analyzing: StorySamples.levee)
        #expect(analyzed.mentions.count >= 3)
        #expect(analyzed.candidates.count >= 2)
        try store.add([analyzed])
        #expect(try Self.count(store, "mention") == analyzed.mentions.count)
        #expect(try Self.count(store, "candidate") == analyzed.candidates.count)
        let stored = try store.writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT substr(a.body, m.span_start + 1, m.span_end - m.span_start) AS text, m.type, m.value, m.start_day,
                           m.end_day, m.granularity, m.span_start, m.ordinal
                    FROM mention m JOIN article a ON a.id = m.article_id ORDER BY m.article_id, m.ordinal
                    """)
        }
        for (ordinal, (row, mention)) in zip(stored, analyzed.mentions).enumerated() {
            #expect(row["ordinal"] == ordinal)
            #expect(row["text"] == mention.text)
            #expect(row["value"] == mention.timex.value)
            #expect(row["type"] == mention.timex.type.rawValue)
            #expect(row["start_day"] == mention.timex.interval?.start.dayNumber)
            #expect(row["end_day"] == mention.timex.interval?.end.dayNumber)
            #expect(row["granularity"] == mention.timex.granularity?.rawValue)
            #expect(row["span_start"] == mention.span.lowerBound)
        }
        // The neighbourhoods are marked for merging in the same transaction.
        let dirty = try store.writer.read { db in try String.fetchAll(db, sql: "SELECT key FROM dirty_neighbourhood ORDER BY key") }
        #expect(dirty == Merger.neighbourhoods(of: analyzed.candidates).map(\.key))
    }

    @Test("packed mentions read back through the mention view: modifiers, durations without interval, quotes in rules")
    func packedMentions() throws {
        let store = try TimelineStore.inMemory()
        let article = Article(
            title: "Harbour works", published: Reference(parsing: "2024-03-05"),
            paragraphs: ["Works run for two years from the end of September."], origin: "harbour.txt", format: .text)
        let september = CalendarInterval(start: CivilDate(year: 2024, month: 9, day: 1)!, end: CivilDate(year: 2024, month: 10, day: 1)!)!
        let mentions = [
            TemporalMention(text: "two years", span: 14..<23, timex: Timex(type: .duration, value: "P2Y"), rule: #"<n> "years" \ unit"#),
            TemporalMention(
                text: "the end of September", span: 29..<49,
                timex: Timex(type: .date, value: "2024-09", mod: .end, interval: september, granularity: .month), rule: "the end of <month>"),
        ]
        try store.add([AnalyzedArticle(article: article, mentions: mentions, candidates: [])])
        let rows = try store.writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT substr(a.body, m.span_start + 1, m.span_end - m.span_start) AS text, m.type, m.value, m.mod,
                           m.start_day, m.end_day, m.granularity, m.rule
                    FROM mention m JOIN article a ON a.id = m.article_id ORDER BY m.ordinal
                    """)
        }
        #expect(rows.map { $0["text"] as String } == ["two years", "the end of September"])
        #expect(rows.map { $0["type"] as String } == ["DURATION", "DATE"])
        #expect(rows.map { $0["value"] as String } == ["P2Y", "2024-09"])
        #expect(rows.map { $0["mod"] as String? } == [nil, "END"])
        #expect(rows.map { $0["start_day"] as Int? } == [nil, september.start.dayNumber])
        #expect(rows.map { $0["end_day"] as Int? } == [nil, september.end.dayNumber])
        #expect(rows.map { $0["granularity"] as String? } == [nil, "month"])
        #expect(rows.map { $0["rule"] as String } == [#"<n> "years" \ unit"#, "the end of <month>"])
    }

    @Test("a source's sentence is cut from the stored body by Unicode scalars, accents and all")
    func sentenceBySpan() throws {
        let store = try TimelineStore.inMemory()
        try store.add(StorySamples.all)
        try store.mergeEvents()
        let events = try store.fetchEvents()
        let sentences = Set(StorySamples.all.flatMap { $0.sentences.map(\.text) })
        let sources = events.flatMap(\.sources)
        #expect(!sources.isEmpty)
        for source in sources {
            #expect(sentences.contains(source.sentence), "not a sentence of the articles: \(source.sentence)")
            #expect(source.sentence.contains(source.mention))
        }
        #expect(sources.contains { $0.sentence.hasPrefix("Mayor Ines Sørlie said") })
        #expect(sources.contains { $0.sentence.hasPrefix("Café owners on Quay Street") })
    }

    @Test("reports of the same day merge into one event citing every article, in publication order")
    func mergedEvent() throws {
        let store = try TimelineStore.inMemory()
        try store.add(StorySamples.all)
        let summary = try store.mergeEvents()
        #expect(summary.neighbourhoods == 3)  // 2009, December 2015, January 2016
        let events = try store.fetchEvents()
        let breach = try #require(events.first { $0.date.value == "2015-12-15" && $0.summary.contains("levee") })
        #expect(breach.sources.map(\.title) == [
            "River Vell breaks levee at Lindmere", "Lindmere opens flood shelters", "Regional council orders levee inquiry",
        ])
        #expect(breach.sources.map(\.published) == ["2015-12-16", "2015-12-18", "2016-01-08"])
        #expect(breach.sources.map(\.source) == ["Vell Courier", "Lindmere Post", "Vell Courier"])
        #expect(breach.sources[0].mention == "Tuesday")
        #expect(breach.sources[0].url == "https://news.example/2015-12-16")
        // The market reopened on the same Tuesday: another event.
        let market = try #require(events.first { $0.summary.contains("winter market") })
        #expect(market.date.value == "2015-12-15")
        #expect(market.id != breach.id)
        // Chronological: dates never go backwards.
        for (a, b) in zip(events, events.dropFirst()) {
            #expect(!b.date.chronologicallyPrecedes(a.date), "\(a.date.value) before \(b.date.value)")
        }
    }

    @Test("ingesting in any order, in one batch or many, gives the same events")
    func orderIndependence() throws {
        let baseline = try TimelineStore.inMemory()
        try baseline.add(StorySamples.all)
        try baseline.mergeEvents()
        let expected = try baseline.fetchEvents().map(Shape.init)
        #expect(expected.count >= 6)

        let reversed = try TimelineStore.inMemory()
        for article in StorySamples.all.reversed() {
            try reversed.add([article])
            try reversed.mergeEvents()  // merged after every article: incremental
        }
        #expect(try reversed.fetchEvents().map(Shape.init) == expected)

        let shuffled = try TimelineStore.inMemory()
        try shuffled.add([StorySamples.market, StorySamples.inquiry])
        try shuffled.mergeEvents()
        try shuffled.add([StorySamples.shelters, StorySamples.levee])
        try shuffled.mergeEvents()
        #expect(try shuffled.fetchEvents().map(Shape.init) == expected)
    }

    @Test("re-adding stored articles writes nothing and leaves the events as they were")
    func reingest() throws {
        let store = try TimelineStore.inMemory()
        try store.add(StorySamples.all)
        try store.mergeEvents()
        let before = try store.fetchEvents()
        let counts = try ["mention", "candidate", "event", "event_source"].map { try Self.count(store, $0) }
        let additions = try store.add(StorySamples.all)
        #expect(additions.allSatisfy { !$0.isNew })
        #expect(try store.hasPendingMerges() == false)
        #expect(try store.mergeEvents().neighbourhoods == 0)
        #expect(try ["mention", "candidate", "event", "event_source"].map { try Self.count(store, $0) } == counts)
        #expect(try store.fetchEvents() == before)
    }

    @Test("an event keeps its id when a later report joins it")
    func stableIDs() throws {
        let store = try TimelineStore.inMemory()
        try store.add([StorySamples.levee, StorySamples.market])
        try store.mergeEvents()
        let first = try store.fetchEvents()
        try store.add([StorySamples.shelters, StorySamples.inquiry])
        try store.mergeEvents()
        let second = try store.fetchEvents()
        for event in first {
            // Each earlier event still exists with the same id, date and at least its sources.
            let again = second.first { $0.id == event.id }
            #expect(again?.date == event.date, "event \(event.id) \(event.summary)")
            let articles = Set(again?.sources.map(\.article) ?? [])
            #expect(Set(event.sources.map(\.article)).isSubset(of: articles))
        }
        #expect(Set(second.map(\.id)).count == second.count)
    }

    @Test("a merge computed before more candidates arrived is not written over them")
    func staleSnapshot() throws {
        let store = try TimelineStore.inMemory()
        try store.add([StorySamples.levee])
        let key = try #require(try store.writer.read { db in try String.fetchOne(db, sql: "SELECT key FROM dirty_neighbourhood WHERE key = '2015-12'") })
        var snapshot = try store.writer.read { db in try NeighbourhoodSnapshot.read(db, key: key) }
        snapshot.merge(with: Merger())
        try store.add([StorySamples.shelters])
        #expect(try store.writer.read { db in try snapshot.isCurrent(db) } == false)
        try store.mergeEvents()
        let fresh = try store.writer.read { db in try NeighbourhoodSnapshot.read(db, key: key) }
        #expect(try store.writer.read { db in try fresh.isCurrent(db) })
        #expect(try store.hasPendingMerges() == false)
    }

    @Test("merge groups hold a bounded number of candidates, and a large neighbourhood is a group of its own")
    func mergeGroups() throws {
        let store = try TimelineStore.inMemory()
        try store.add(StorySamples.all)
        let (all, counts) = try store.writer.read { db in
            (try TimelineStore.nextGroup(db, after: ""),
             try Dictionary(uniqueKeysWithValues: Row.fetchAll(
                db, sql: "SELECT neighbourhood, count(*) AS n FROM candidate GROUP BY neighbourhood").map { ($0["neighbourhood"] as String, $0["n"] as Int) }))
        }
        #expect(all == counts.keys.sorted())
        let december = try #require(counts["2015-12"])
        #expect(december > 3)
        let groups = try store.writer.read { db in
            var groups: [[String]] = []
            var after = ""
            while case let group = try TimelineStore.nextGroup(db, after: after, budget: 3), let last = group.last {
                groups.append(group)
                after = last
            }
            return groups
        }
        #expect(groups.flatMap { $0 } == all)
        for group in groups where group.count > 1 {
            #expect(group.map { counts[$0] ?? 0 }.reduce(0, +) <= 3, "\(group)")
        }
        #expect(groups.contains(["2015-12"]))
        #expect(try store.writer.read { db in try TimelineStore.nextGroup(db, after: "", limit: 1) }.count == 1)
    }

    @Test("a merge group holds at least one neighbourhood per thread, even past the candidate budget")
    func mergeGroupMinimum() throws {
        let store = try TimelineStore.inMemory()
        try store.add(StorySamples.all)
        let all = try store.writer.read { db in try TimelineStore.nextGroup(db, after: "") }
        #expect(all.count >= 3)
        let groups = try store.writer.read { db in
            var groups: [[String]] = []
            var after = ""
            while case let group = try TimelineStore.nextGroup(db, after: after, budget: 1, minimum: 2), let last = group.last {
                groups.append(group)
                after = last
            }
            return groups
        }
        #expect(groups.flatMap { $0 } == all)
        // A budget of one candidate would make every neighbourhood a group of its own; the minimum pairs them.
        #expect(groups.dropLast().allSatisfy { $0.count == 2 }, "\(groups)")
        #expect(groups.last?.count == (all.count % 2 == 0 ? 2 : 1))
    }

    @Test("events stay consistent when a merge is interrupted: the marks stay, and the next merge finishes")
    func interruptedMerge() throws {
        let store = try TimelineStore.inMemory()
        try store.add(StorySamples.all)
        let stopped = try store.mergeEvents(stop: { true })
        #expect(stopped.stopped && stopped.neighbourhoods == 0)
        #expect(try store.hasPendingMerges())
        #expect(try store.fetchEvents().isEmpty)
        try store.mergeEvents()
        #expect(try store.hasPendingMerges() == false)
        // Every candidate belongs to exactly one event.
        #expect(try Self.count(store, "event_source") == Self.count(store, "candidate"))
    }

    @Test("counts: events, and the articles that report them")
    func counts() throws {
        let store = try TimelineStore.inMemory()
        try store.add(StorySamples.all)
        try store.mergeEvents()
        #expect(try store.fetchEventCount() == store.fetchEvents().count)
        #expect(try store.fetchSourceArticleCount() == 4)
        #expect(try store.fetchSourceArticleCount(query: "winter market") == 1)
        #expect(try store.fetchEventCount(query: "winter market") == 1)
    }

    @Test("an undated article keeps only the dates it spells out in full")
    func undatedArticle() throws {
        let store = try TimelineStore.inMemory()
        let article = Article(
            title: "Lindmere levee history", published: nil,
            paragraphs: ["The levee failed on Tuesday, officials said.", "It was built on March 3, 1998, after the great flood."],
            origin: "history.txt", format: .text)
        let analyzed = AnalyzedArticle(analyzing: article)
        #expect(analyzed.candidates.map(\.date.value) == ["1998-03-03"])
        try store.add([analyzed])
        try store.mergeEvents()
        let events = try store.fetchEvents()
        #expect(events.map(\.date.value) == ["1998-03-03"])
        #expect(events.first?.sources.first?.published == nil)
    }

    @Test("a database from before mentions and events gets them at its next merge")
    func legacyDatabase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("v1.sqlite")
        do {
            // A v1 database with one article, as `timeline ingest` wrote it before events existed.
            let queue = try DatabaseQueue(path: path)
            var migrator = DatabaseMigrator()
            migrator.registerMigration(Migrations.firstIdentifier) { db in
                try db.execute(sql: """
                    CREATE TABLE article (
                        id INTEGER PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE CHECK (content_hash <> ''),
                        title TEXT NOT NULL, published TEXT, published_day INTEGER, source TEXT, url TEXT, place TEXT,
                        body TEXT NOT NULL, origin TEXT NOT NULL,
                        format TEXT NOT NULL CHECK (format IN ('text', 'json', 'jsonl', 'html', 'markdown')),
                        undated INTEGER NOT NULL CHECK (undated = (published IS NULL)), ingested_at TEXT NOT NULL,
                        CHECK ((published IS NULL) = (published_day IS NULL)));
                    CREATE INDEX article_on_published_day ON article(published_day);
                    """)
            }
            try migrator.migrate(queue)
            let a = StorySamples.levee
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO article (content_hash, title, published, published_day, source, url, place, body, origin,
                                             format, undated, ingested_at)
                        VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, 'text', 0, '2024-01-01T00:00:00Z')
                        """,
                    arguments: [a.contentHash, a.title, a.published?.description, a.published?.date.dayNumber, a.source, a.url,
                                a.body, a.origin])
            }
            try queue.close()
        }
        let store = try TimelineStore(path: path)
        #expect(try store.hasPendingMerges())
        let summary = try store.mergeEvents()
        #expect(summary.articlesAnalyzed == 1)
        let expected = AnalyzedArticle(analyzing: StorySamples.levee)
        #expect(try Self.count(store, "candidate") == expected.candidates.count)
        #expect(try store.fetchEvents().contains { $0.date.value == "2015-12-15" && $0.summary.hasPrefix("The River Vell broke") })
        #expect(try store.add([StorySamples.levee]).first?.isNew == false)
    }
}
