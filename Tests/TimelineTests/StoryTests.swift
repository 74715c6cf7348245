import DateNormalizer
import Testing
import Timeline

/// Runs every expectation line of `Fixtures/Timeline/*.story` as its own case.
@Suite("Stories")
struct StoryTests {
    /// A story read, extracted and merged once.
    struct Outcome {
        var refs: [String]
        var candidates: [EventCandidate]
        var clusters: [EventCluster]
        /// Paragraph reference (`ID.N`) → indices of its candidates.
        var byParagraph: [String: [Int]]

        init(_ story: Story) {
            let pairs = story.candidates()
            let refs = pairs.map(\.ref)
            self.refs = refs
            candidates = pairs.map(\.candidate)
            clusters = Merger().merge(candidates)
            byParagraph = Dictionary(grouping: refs.indices, by: { refs[$0] })
        }

        /// The index of the candidate `ID.N` or `ID.N@DATE`.
        func index(_ ref: String) throws -> Int {
            let parts = ref.split(separator: "@", maxSplits: 1).map(String.init)
            let found = (byParagraph[parts[0]] ?? []).filter { parts.count == 1 || candidates[$0].date.value == parts[1] }
            guard found.count == 1, let only = found.first else {
                let dates = (byParagraph[parts[0]] ?? []).map { candidates[$0].date.value }
                throw StoryError(message: "\(ref) names \(found.count) candidates (the paragraph has \(dates))")
            }
            return only
        }

        func cluster(of index: Int) -> EventCluster? { clusters.first { $0.members.contains(index) } }

        func name(_ i: Int) -> String {
            (byParagraph[refs[i]]?.count ?? 0) > 1 ? refs[i] + "@" + candidates[i].date.value : refs[i]
        }
    }

    static let outcomes: [String: Outcome] = {
        var result: [String: Outcome] = [:]
        for story in (try? Story.all()) ?? [] { result[story.file] = Outcome(story) }
        return result
    }()

    @Test("story expectation", arguments: try Story.allDirectives())
    func expectation(_ d: Story.Directive) throws {
        let outcome = try #require(Self.outcomes[d.file], "\(d)")
        let argument = d.arguments[0]
        let fields = argument.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        switch d.kind {
        case "event":
            let date = fields[0]
            let refs = fields[1].split(separator: " ").map(String.init)
            let expected = try Set(refs.map { try outcome.index($0) })
            let cluster = try #require(outcome.cluster(of: try outcome.index(refs[0])), "\(d)")
            let got = Set(cluster.members)
            #expect(got == expected, "\(d)\n  got members \(got.map(outcome.name).sorted())")
            #expect(cluster.date.value == date, "\(d)\n  got date \(cluster.date.value)")
            if fields.count > 2, fields[2].hasPrefix("summary ") {
                let want = try outcome.index(String(fields[2].dropFirst(8)))
                #expect(cluster.summary == outcome.candidates[want].summary,
                        "\(d)\n  got summary of \(outcome.name(cluster.representative)): \(cluster.summary)")
            }
        case "apart":
            let refs = fields[0].split(separator: " ").map(String.init)
            let a = try outcome.index(refs[0]), b = try outcome.index(refs[1])
            #expect(outcome.cluster(of: a)?.key != outcome.cluster(of: b)?.key, "\(d)")
        case "candidates":
            let words = fields[0].split(separator: " ").map(String.init)
            let got = (outcome.byParagraph[words[0]] ?? []).map { outcome.candidates[$0].date.value }.sorted()
            #expect(got == Array(words.dropFirst()).sorted(), "\(d)\n  got \(got)")
        case "none":
            let got = (outcome.byParagraph[fields[0]] ?? []).map { outcome.candidates[$0].date.value }
            #expect(got.isEmpty, "\(d)\n  got candidates for \(got)")
        case "summary":
            let i = try outcome.index(fields[0])
            #expect(outcome.candidates[i].summary == fields[1], "\(d)\n  got \(outcome.candidates[i].summary)")
        case "entities":
            let i = try outcome.index(fields[0])
            let want = fields[1].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(outcome.candidates[i].entities == want, "\(d)\n  got \(outcome.candidates[i].entities)")
        default:
            Issue.record("\(d): unknown directive @\(d.kind)")
        }
    }
}
