import DateNormalizer
import Testing
import TimelineTestSupport
import Timeline

/// Merging must not depend on the order candidates arrive in, and merging neighbourhood by
/// neighbourhood as a store does must equal merging everything at once.
@Suite("Merger order independence")
struct MergerOrderTests {
    /// A cluster described without input positions.
    struct Shape: Hashable, CustomStringConvertible {
        var members: [CandidateKey]
        var date: EventDate
        var summary: String
        var representative: CandidateKey
        var salience: Double

        init(_ c: EventCluster, _ candidates: [EventCandidate]) {
            members = c.members.map { candidates[$0].key }.sorted()
            date = c.date
            summary = c.summary
            representative = candidates[c.representative].key
            salience = c.salience
        }

        var description: String { "\(date.value) \(members.map(\.description)) \(summary)" }
    }

    static func shapes(_ candidates: [EventCandidate], merger: Merger = Merger()) -> [Shape] {
        merger.merge(candidates).map { Shape($0, candidates) }
    }

    static func storyCandidates() throws -> [EventCandidate] {
        try Story.all().flatMap { $0.candidates().map(\.candidate) }
    }

    @Test("shuffled story candidates merge into the same events", arguments: 0..<40)
    func storiesShuffled(seed: Int) throws {
        let candidates = try Self.storyCandidates()
        let baseline = Self.shapes(candidates)
        var rng = SeededRandom(seed: UInt64(seed))
        let shuffled = candidates.shuffled(using: &rng)
        let got = Self.shapes(shuffled)
        #expect(got == baseline, "seed \(seed)")
        #expect(baseline.count > 10)
    }

    @Test("shuffled synthetic candidates with many ties merge into the same events", arguments: 0..<20)
    func syntheticShuffled(seed: Int) {
        let candidates = SyntheticCandidates.make(count: 400, seed: 7)
        let baseline = Self.shapes(candidates)
        var rng = SeededRandom(seed: UInt64(seed) &+ 1000)
        let got = Self.shapes(candidates.shuffled(using: &rng))
        #expect(got == baseline, "seed \(seed)")
        // The synthetic set has repeated reports, so merging must have happened.
        #expect(baseline.count < 300)
        #expect(baseline.contains { $0.members.count > 3 })
    }

    @Test("merging neighbourhood by neighbourhood as batches arrive equals merging everything", arguments: 0..<12)
    func incremental(seed: Int) {
        let candidates = SyntheticCandidates.make(count: 400, seed: 11)
        let baseline = Set(Self.shapes(candidates))
        var rng = SeededRandom(seed: UInt64(seed))
        let arrival = candidates.shuffled(using: &rng)
        // A store in memory: candidates and events by neighbourhood key.
        var stored: [String: [EventCandidate]] = [:]
        var events: [String: [Shape]] = [:]
        var start = 0
        while start < arrival.count {
            let batch = Array(arrival[start..<min(arrival.count, start + Int.random(in: 1...60, using: &rng))])
            start += batch.count
            for c in batch { stored[c.neighbourhood.key, default: []].append(c) }
            for neighbourhood in Merger.neighbourhoods(of: batch) {
                let all = stored[neighbourhood.key] ?? []
                events[neighbourhood.key] = Self.shapes(all)
            }
        }
        let merged = Set(events.values.flatMap { $0 })
        #expect(merged == baseline, "seed \(seed): \(merged.symmetricDifference(baseline).map(\.description).sorted().prefix(4))")
    }

    @Test("a candidate given twice is one report, and both copies land in its event")
    func duplicates() throws {
        let candidates = try Self.storyCandidates()
        let doubled = candidates + candidates.prefix(5)
        let clusters = Merger().merge(doubled)
        for k in 0..<5 {
            let original = try #require(clusters.first { $0.members.contains(k) })
            #expect(original.members.contains(candidates.count + k))
        }
        #expect(clusters.map(\.members.count).reduce(0, +) == doubled.count)
        #expect(clusters.count == Merger().merge(candidates).count)
    }

    @Test("every candidate belongs to exactly one event")
    func partition() {
        let candidates = SyntheticCandidates.make(count: 400, seed: 3)
        let members = Merger().merge(candidates).flatMap(\.members).sorted()
        #expect(members == Array(candidates.indices))
        #expect(Merger().merge([]).isEmpty)
    }
}
