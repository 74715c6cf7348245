import DateNormalizer
import Testing
@testable import Timeline

@Suite("Representative summaries")
struct RepresentativeTests {
    static let thursday = EventDate(day: CivilDate(year: 2024, month: 2, day: 22)!)

    @Test("a report that dates the event in a subordinate clause does not stand for it")
    func subordinateClause() throws {
        let candidates = [
            EventCandidateFactory.make(
                article: "a", text: "The first ferries carried 2,300 passengers across the Alder on Monday, the first day of service since the Harlan Street Bridge collapsed on Feb. 22.",
                mention: "Feb. 22", date: Self.thursday, published: CivilDate(year: 2024, month: 3, day: 5)),
            EventCandidateFactory.make(
                article: "b", text: "The ferries have run since March 4, less than two weeks after the Harlan Street Bridge collapsed on Feb. 22.",
                mention: "Feb. 22", date: Self.thursday, published: CivilDate(year: 2024, month: 4, day: 2)),
            EventCandidateFactory.make(
                article: "c", text: "The central span of the Harlan Street Bridge collapsed into the Alder River on Thursday evening, injuring three people.",
                mention: "Thursday evening", date: Self.thursday, published: CivilDate(year: 2024, month: 2, day: 23)),
        ]
        let clusters = Merger().merge(candidates)
        let only = try #require(clusters.first)
        #expect(clusters.count == 1)
        #expect(only.summary.hasPrefix("The central span"))
    }

    @Test(
        "which mentions sit in a subordinate clause",
        arguments: [
            ("The bridge collapsed on Feb. 22, injuring three.", "Feb. 22", false),
            ("Ferries run since the bridge collapsed on Feb. 22.", "Feb. 22", true),
            ("Okafor, who resigned on Wednesday, apologized.", "Wednesday", true),
            ("Port Keswick's director, Paul Okafor, resigned on Wednesday, two weeks after the collapse.", "Wednesday", false),
            ("After the vote on Tuesday, the council adjourned.", "Tuesday", true),
            ("The council met on Tuesday as planned.", "Tuesday", false),
        ] as [(String, String, Bool)])
    func clauses(summary: String, mention: String, subordinate: Bool) {
        #expect(Representative.datesSubordinateClause(summary, mention: mention) == subordinate)
    }

    @Test("a quoted term is no quotation; a quoted sentence is")
    func quotes() {
        let representative = Representative()
        let plain = representative.quality(of: "State inspectors rated the bearings poor in May 2022 and asked for a follow-up.")
        #expect(representative.quality(of: "State inspectors rated the bearings \"poor\" in May 2022 and asked for a follow-up.") == plain)
        #expect(representative.quality(of: "State inspectors said \"the bearings are in poor condition\" in May 2022 and asked for more.") < plain)
        #expect(representative.quality(of: "\"The bearings are poor,\" state inspectors wrote in May 2022 after a long visit.") < plain)
    }

    @Test(
        "which mentions modify a noun",
        arguments: [
            ("Damage from Monday's flood is estimated at 4 million euros.", "Monday's", true),
            ("Damage from Monday's flood is estimated at 4 million euros.", "Monday", true),
            ("The Feb. 22 collapse injured three people.", "Feb. 22", true),
            ("Floodwater poured into the tunnel on Monday night.", "on Monday night", false),
        ] as [(String, String, Bool)])
    func noun(summary: String, mention: String, modifies: Bool) {
        #expect(Representative.datesNoun(summary, mention: mention) == modifies)
    }
}
