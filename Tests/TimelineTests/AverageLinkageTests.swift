import Testing
@testable import Timeline

@Suite("AverageLinkage")
struct AverageLinkageTests {
    static func vectors(_ texts: [String]) -> [SparseVector] {
        FeatureSpace(texts.map { ContentWords().words(in: $0, excluding: "", entities: []) }).vectors
    }

    @Test("the matrix and the map stores give the same clusters")
    func storesAgree() {
        let candidates = SyntheticCandidates.make(count: 180, seed: 5)
        let vectors = Self.vectors(candidates.map(\.summary))
        let dense = AverageLinkage(threshold: 0.15, denseLimit: 1000).clusters(vectors)
        let sparse = AverageLinkage(threshold: 0.15, denseLimit: 0).clusters(vectors)
        #expect(dense == sparse)
        #expect(dense.count < 150)
    }

    @Test("similar sentences merge, unrelated ones stay apart")
    func basic() {
        let vectors = Self.vectors([
            "Rebels shelled the airport in Donetsk, halting all flights.",
            "Parliament approved the budget after a long debate.",
            "The Donetsk airport was shelled by rebels and flights stopped.",
            "Lawmakers passed the budget bill late in the evening.",
        ])
        #expect(AverageLinkage(threshold: 0.15).clusters(vectors) == [[0, 2], [1, 3]])
        #expect(AverageLinkage(threshold: 0.99).clusters(vectors) == [[0], [1], [2], [3]])
    }
}
