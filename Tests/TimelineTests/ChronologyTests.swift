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

    @Test("salience grows with articles and later reports and falls with coarse dates")
    func salience() {
        let day = Self.day("2016-03-09")
        let month = EventDateTests.month(2016, 3)
        let one = Salience.score(articleCount: 1, mentionCount: 1, laterArticleCount: 0, date: day)
        let two = Salience.score(articleCount: 2, mentionCount: 2, laterArticleCount: 0, date: day)
        let twoLater = Salience.score(articleCount: 2, mentionCount: 2, laterArticleCount: 2, date: day)
        let twoMentions = Salience.score(articleCount: 1, mentionCount: 2, laterArticleCount: 0, date: day)
        #expect(one < twoMentions && twoMentions < two && two < twoLater)
        #expect(Salience.score(articleCount: 2, mentionCount: 2, laterArticleCount: 0, date: month) < two)
    }
}
