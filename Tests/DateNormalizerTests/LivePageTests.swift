import DateNormalizer
import Testing

/// Texts whose layout decides what a number is: the clock of a live page against a list of years.
/// Multi-line texts, which the one-line fixture corpus cannot hold.
@Suite("live pages and lists of years")
struct LivePageTests {
    let normalizer = Normalizer()

    func values(_ text: String, _ reference: String) -> [String] {
        normalizer.mentions(in: text, reference: Reference(parsing: reference)).map { "\($0.text)=\($0.timex.value)" }
    }

    @Test("a live page's clock, newest first, dates nothing; the dates written in its entries still do")
    func livePageClock() {
        let page = """
            Live coverage of the storm in Lindmere.
            2346 Rescue teams say they have reached the harbour.
            2310 The mayor tells reporters the bridge will stay closed until Friday.
            1943 Officials say power has been restored to 3,000 homes.
            1826 A spokesman writes that the ferry sailed on 3 March.
            """
        #expect(values(page, "2026-03-05") == ["Friday=2026-03-06", "3 March=2026-03-03"])
    }

    @Test("six or more stamps that all read as times are a clock, colons and lost line breaks too")
    func eveningClock() {
        let page = """
            1958: The council meets at last.
            1952: A spokesman says the ferries sailed on Monday.
            1947: "We are ready," the mayor says.
            1941: Crowds gather at the harbour 1939 Rescue teams arrive from Brill. Read the mayor's posts 1938: More boats sail.
            1936: The debate opens.
            1930: Welcome to our live coverage.
            1925: The council says the vote was held in 1925.
            """
        #expect(values(page, "2026-03-05") == ["Monday=2026-03-02", "1925=1925"])
    }

    @Test("a list of years that holds one no clock can show keeps every year")
    func listWithNoTime() {
        let list = """
            1999: The old bridge closes.
            1987: The ferry service opens.
            1975: The harbour is dredged.
            1958: The council is formed.
            1947: The first ferry sails.
            1936: The town is founded.
            """
        #expect(values(list, "2026-03-05") == ["1999=1999", "1987=1987", "1975=1975", "1958=1958", "1947=1947", "1936=1936"])
    }

    @Test("a chronology written as a list, counting up, keeps its years")
    func listOfYears() {
        let list = """
            Key dates in the doctor's career:
            1997 Dr Vale opens a clinic in Lindmere.
            2003 Dr Vale joins the harbour board.
            2011 Dr Vale retires.
            """
        #expect(values(list, "2026-03-05") == ["1997=1997", "2003=2003", "2011=2011"])
    }

    @Test("a list counting down keeps its years when none lies ahead of the article")
    func reverseListOfYears() {
        let list = """
            Past winners:
            2019 Lindmere Rovers win the cup.
            2015 Harbour Athletic win the cup.
            2012 Lindmere Rovers win it again.
            """
        #expect(values(list, "2026-03-05") == ["2019=2019", "2015=2015", "2012=2012"])
    }

    @Test("a clock time that opens a line before a colon is the live page's own, on its day; told in a story, the day last named")
    func liveStampsAndStoryTimes() {
        let page = """
            The ferry sank on 3 March, the council says.
            12.20 pm: Councillors are starting to get impatient.
            1.05 pm CDT: The harbour master is sworn in.
            """
        #expect(values(page, "2026-03-05") == ["3 March=2026-03-03", "12.20 pm=2026-03-05T12:20", "1.05 pm=2026-03-05T13:05"])
        let story = "A man was stabbed in the early hours of Sunday morning. Officers were called at about 2.40am."
        #expect(values(story, "2026-03-09") == ["Sunday morning=2026-03-08TMO", "2.40am=2026-03-08T02:40"])
    }
}
