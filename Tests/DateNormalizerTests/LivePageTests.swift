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
}
