import DateNormalizer
import Testing
import Timeline

@Suite("Chronology and salience")
struct ChronologyTests {
    struct Entry: ChronologyEntry, Equatable {
        var date: EventDate
        var salience: Double
        var tieBreaker: Int
    }

    static func day(_ iso: String) -> EventDate { EventDate(day: CivilDate(iso: iso)!) }

    @Test("entries sort by start, coarser first, then tie-breaker")
    func sorted() {
        let entries = [
            Entry(date: Self.day("2016-03-09"), salience: 1, tieBreaker: 2),
            Entry(date: EventDateTests.month(2016, 3), salience: 1, tieBreaker: 5),
            Entry(date: Self.day("2016-03-01"), salience: 1, tieBreaker: 4),
            Entry(date: Self.day("2016-03-09"), salience: 9, tieBreaker: 1),
            Entry(date: Self.day("2016-02-29"), salience: 1, tieBreaker: 3),
        ]
        #expect(Chronology.sorted(entries).map(\.tieBreaker) == [3, 5, 4, 1, 2])
    }

    @Test("select keeps the most salient, one per date first, in chronological order")
    func select() {
        let entries = [
            Entry(date: Self.day("2016-03-09"), salience: 10, tieBreaker: 1),
            Entry(date: Self.day("2016-03-09"), salience: 9, tieBreaker: 2),
            Entry(date: Self.day("2016-03-01"), salience: 3, tieBreaker: 3),
            Entry(date: Self.day("2016-03-20"), salience: 5, tieBreaker: 4),
            Entry(date: Self.day("2016-03-05"), salience: 1, tieBreaker: 5),
        ]
        #expect(Chronology.select(entries, maxEvents: 3).map(\.tieBreaker) == [3, 1, 4])
        #expect(Chronology.select(entries, maxEvents: 5).map(\.tieBreaker) == [3, 5, 1, 2, 4])
        // A date gets a second event only once every date has one.
        #expect(Chronology.select(entries, maxEvents: 4).map(\.tieBreaker) == [3, 5, 1, 4])
        #expect(Chronology.select(entries, maxEvents: 0).isEmpty)
    }

    @Test("salience grows with articles, later reports and the date's coverage, and falls with coarse dates")
    func salience() {
        let day = Self.day("2016-03-09")
        let month = EventDateTests.month(2016, 3)
        func score(_ articles: Int, _ mentions: Int, _ later: Int, _ onDate: Int, _ date: EventDate = day) -> Double {
            Salience.score(articleCount: articles, mentionCount: mentions, laterArticleCount: later, dateArticleCount: onDate, date: date)
        }
        #expect(score(1, 1, 0, 1) < score(1, 2, 0, 1))
        #expect(score(1, 2, 0, 1) < score(1, 1, 0, 2))
        #expect(score(1, 1, 0, 2) < score(2, 2, 0, 2))
        #expect(score(2, 2, 0, 2) < score(2, 2, 2, 2))
        #expect(score(2, 2, 0, 2, month) < score(2, 2, 0, 2))
        #expect(abs(score(3, 4, 2, 5) - 5.2) < 1e-9)
    }
}
