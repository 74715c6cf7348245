import Testing

@testable import TimelineStore

/// How a candidate's entities are stored in one text column and read back.
@Suite("Candidate entity columns")
struct CandidateColumnsTests {
    static let texts = [
        "", "\n", "\n\n", "Keswick Ledger", "Alder Valley Public Radio\nKeswick\nMei Okafor",
        "\nHarbour Authority\n\nQuenby\n", "Zoë Brontë\nSão Paulo\n東京", "Port Authority\r\nQuenby", "A\r\n\nB\rC\n",
    ]

    @Test("entities read back as splitting at line feeds gives them", arguments: texts)
    func readBack(text: String) {
        #expect(CandidateColumns.entities(text) == text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init))
    }

    @Test("names written and read back are the same names")
    func roundTrip() {
        let names = ["Harbour Authority", "Zoë Brontë", "Oskar Okafor"]
        #expect(CandidateColumns.entities(CandidateColumns.entities(names)) == names)
    }
}
