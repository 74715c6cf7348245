/// Groups documents of one bucket (one day, or one period) by average-linkage agglomerative
/// clustering over a sparse similarity graph.
///
/// Only pairs that share a word held by at most a sixth of the bucket (and at most
/// ``commonTermCap`` reports) are compared (blocking), so the cost follows the pairs that can match
/// rather than all pairs. Clusters merge while the
/// average similarity between them reaches `threshold`; ties go to the pair with the smaller
/// indices. Given documents in a fixed order, the result is fixed: nothing depends on hashing
/// order or on the order of arrival.
struct AverageLinkage: Sendable {
    /// The least average cosine at which two clusters merge.
    var threshold: Double
    /// Pairs whose cosine is below this count as unrelated (no edge).
    var edgeFloor: Double = 0.05
    /// Buckets up to this size keep their pair sums in a matrix, larger ones in maps.
    var denseLimit = 192
    /// How many most similar partners each report keeps in the similarity graph.
    var neighbourLimit = 12
    /// Added to the cosine of two reports that share an event word (see ``EventWords``).
    var eventBonus = 0.0

    /// The most reports a word may be shared by and still pair them up, however large the bucket:
    /// it bounds the pairs compared to 150 per report, so a bucket's cost grows linearly.
    static let commonTermCap = 150

    /// The clusters of `vectors`: lists of indices into it, each ascending, ordered by first index.
    ///
    /// - Parameters:
    ///   - vectors: The reports' unit vectors.
    ///   - events: Their event words, parallel to `vectors`; none when empty.
    func clusters(_ vectors: [SparseVector], events: [EventWords] = []) -> [[Int]] {
        let n = vectors.count
        guard n > 1 else { return n == 1 ? [[0]] : [] }
        let edges = edges(vectors, events: events)
        // The same algorithm over two stores of pair sums: a matrix for the many small buckets, a
        // map per cluster for large ones. Both add and compare the same numbers in the same order.
        if n <= denseLimit {
            var store = DenseSums(count: n)
            return run(n, edges, &store)
        }
        var store = SparseSums(count: n, edges: edges)
        return run(n, edges, &store)
    }

    private func run<Store: PairSums>(_ n: Int, _ edges: [(Int, Int, Double)], _ sums: inout Store) -> [[Int]] {
        var heap = Heap()
        for (i, j, s) in edges {
            sums.set(i, j, s)
            if s >= threshold { heap.push(Heap.Entry(score: s, a: i, b: j, versionA: 0, versionB: 0)) }
        }
        var size = Array(repeating: 1, count: n)
        var version = Array(repeating: 0, count: n)
        var alive = Array(repeating: true, count: n)
        var members: [[Int]] = (0..<n).map { [$0] }
        while let top = heap.pop() {
            guard top.score >= threshold else { break }
            let a = top.a, b = top.b
            guard alive[a], alive[b], version[a] == top.versionA, version[b] == top.versionB else { continue }
            // Merge b into a (a < b keeps the cluster named by its smallest index).
            alive[b] = false
            size[a] += size[b]
            members[a] += members[b]
            members[b] = []
            version[a] += 1
            sums.absorb(b, into: a, alive: alive)
            sums.forEachNeighbour(of: a, alive: alive) { c, sum in
                let average = sum / Double(size[a] * size[c])
                guard average >= threshold else { return }
                let (x, y) = a < c ? (a, c) : (c, a)
                heap.push(Heap.Entry(score: average, a: x, b: y, versionA: version[x], versionB: version[y]))
            }
        }
        return (0..<n).filter { alive[$0] }.map { members[$0].sorted() }
    }

    /// The pairs `(i, j, similarity)` with `i < j` sharing an uncommon word, whose cosine reaches
    /// `edgeFloor` or who share an event word, among the `neighbourLimit` most similar of `i` or of
    /// `j`; in ascending `(i, j)` order. The similarity is the cosine, plus `eventBonus` when the two
    /// share an event word.
    func edges(_ vectors: [SparseVector], events: [EventWords] = []) -> [(Int, Int, Double)] {
        let n = vectors.count
        // Postings of the bucket's terms, in a map from term id to a slot of a flat list.
        var slot = HashedTable<Int>(capacity: n * 8)
        var postings: [[Int]] = []
        for (i, v) in vectors.enumerated() {
            for id in v.ids {
                if let s = slot[UInt64(id)] {
                    postings[s].append(i)
                } else {
                    slot[UInt64(id)] = postings.count
                    postings.append([i])
                }
            }
        }
        // A word a sixth of the bucket shares (or 150 reports of one day) tells no event apart, and
        // pairing through it would cost the square of its frequency.
        let limit = max(48, min(n / 6, AverageLinkage.commonTermCap))
        var mark = Array(repeating: -1, count: n)
        // Each report keeps its `neighbourLimit` most similar partners (ties to the smaller index);
        // a pair stays when either side keeps it. Average linkage then works on at most
        // n × neighbourLimit pairs however crowded the day.
        var nearest: [[(other: Int, score: Double)]] = Array(repeating: [], count: n)
        var partners: [Int] = []
        for i in 0..<n {
            partners.removeAll(keepingCapacity: true)
            for id in vectors[i].ids {
                guard let s = slot[UInt64(id)], postings[s].count > 1, postings[s].count <= limit else { continue }
                for j in postings[s] where j > i && mark[j] != i {
                    mark[j] = i
                    partners.append(j)
                }
            }
            for j in partners {
                var s = vectors[i].dot(vectors[j])
                // A shared event word is reason enough to compare, however little else is shared.
                if !events.isEmpty, events[i].intersects(events[j]) {
                    s += eventBonus
                } else if s < edgeFloor {
                    continue
                }
                nearest[i].append((j, s))
                nearest[j].append((i, s))
            }
        }
        var kept: [(pair: Int, score: Double)] = []
        for i in 0..<n {
            var list = nearest[i]
            if list.count > neighbourLimit {
                list.sort { $0.score != $1.score ? $0.score > $1.score : $0.other < $1.other }
                list.removeLast(list.count - neighbourLimit)
            }
            for (j, s) in list { kept.append(i < j ? (i * n + j, s) : (j * n + i, s)) }
        }
        // By (i, j), packed in one integer; a pair kept by both sides appears twice with the same
        // similarity, and once in the result.
        kept.sort { $0.pair < $1.pair }
        var result: [(Int, Int, Double)] = []
        result.reserveCapacity(kept.count)
        var last = -1
        for e in kept where e.pair != last {
            result.append((e.pair / n, e.pair % n, e.score))
            last = e.pair
        }
        return result
    }
}

/// The sums of pairwise similarities between clusters, as average linkage keeps them.
protocol PairSums {
    /// Sets the sum between singletons `i` and `j`.
    mutating func set(_ i: Int, _ j: Int, _ s: Double)
    /// Adds `b`'s sums to `a`'s (b is no longer alive), keeping both directions.
    mutating func absorb(_ b: Int, into a: Int, alive: [Bool])
    /// Calls `body` with every live cluster that has a positive sum with `a`.
    func forEachNeighbour(of a: Int, alive: [Bool], _ body: (Int, Double) -> Void)
}

/// Pair sums in an n × n matrix.
struct DenseSums: PairSums {
    private var sums: [Double]
    private let n: Int

    init(count: Int) {
        n = count
        sums = Array(repeating: 0, count: count * count)
    }

    mutating func set(_ i: Int, _ j: Int, _ s: Double) {
        sums[i * n + j] = s
        sums[j * n + i] = s
    }

    mutating func absorb(_ b: Int, into a: Int, alive: [Bool]) {
        for c in 0..<n where c != a && c != b {
            let s = sums[b * n + c]
            guard s != 0 else { continue }
            let total = sums[a * n + c] + s
            sums[a * n + c] = total
            sums[c * n + a] = total
            sums[c * n + b] = 0
        }
        for c in 0..<n { sums[b * n + c] = 0 }
        sums[a * n + b] = 0
    }

    func forEachNeighbour(of a: Int, alive: [Bool], _ body: (Int, Double) -> Void) {
        for c in 0..<n where c != a && alive[c] {
            let s = sums[a * n + c]
            if s != 0 { body(c, s) }
        }
    }
}

/// Pair sums in one map per cluster, for buckets too large for a matrix.
struct SparseSums: PairSums {
    private var neighbours: [[Int: Double]]

    /// Maps sized for the edges they start with, plus room to absorb a few neighbours: growing
    /// them one edge at a time cost a tenth of clustering a busy day (issue 6). The sums do not
    /// depend on the maps' capacity: each neighbour's sum gets one addition per absorbed cluster.
    init(count: Int, edges: [(Int, Int, Double)]) {
        var degree = Array(repeating: 0, count: count)
        for (i, j, _) in edges {
            degree[i] += 1
            degree[j] += 1
        }
        neighbours = degree.map { Dictionary(minimumCapacity: 2 * $0) }
    }

    mutating func set(_ i: Int, _ j: Int, _ s: Double) {
        neighbours[i][j] = s
        neighbours[j][i] = s
    }

    mutating func absorb(_ b: Int, into a: Int, alive: [Bool]) {
        neighbours[a][b] = nil
        for (c, s) in neighbours[b] where c != a {
            neighbours[a][c, default: 0] += s
            neighbours[c][b] = nil
            neighbours[c][a] = neighbours[a][c]
        }
        neighbours[b] = [:]
    }

    func forEachNeighbour(of a: Int, alive: [Bool], _ body: (Int, Double) -> Void) {
        for (c, s) in neighbours[a] { body(c, s) }
    }
}

/// A max-heap of candidate merges: highest score first, then smallest indices.
struct Heap: Sendable {
    struct Entry: Sendable {
        var score: Double
        var a: Int
        var b: Int
        var versionA: Int
        var versionB: Int

        /// Whether `self` should pop before `other`.
        func precedes(_ other: Entry) -> Bool {
            if score != other.score { return score > other.score }
            if a != other.a { return a < other.a }
            return b < other.b
        }
    }

    private var items: [Entry] = []

    // Sifting moves a hole rather than swapping, through an unsafe buffer: popping was 6 % of a
    // merge (issue 6). Entries leave in `precedes` order whatever the heap's layout, and no two
    // live entries tie, so the clusters are the same.
    mutating func push(_ e: Entry) {
        items.append(e)
        items.withUnsafeMutableBufferPointer { heap in
            var i = heap.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                guard e.precedes(heap[parent]) else { break }
                heap[i] = heap[parent]
                i = parent
            }
            heap[i] = e
        }
    }

    mutating func pop() -> Entry? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        guard !items.isEmpty else { return first }
        items.withUnsafeMutableBufferPointer { heap in
            let count = heap.count
            var i = 0
            while true {
                let l = 2 * i + 1
                guard l < count else { break }
                let r = l + 1
                let child = r < count && heap[r].precedes(heap[l]) ? r : l
                guard heap[child].precedes(last) else { break }
                heap[i] = heap[child]
                i = child
            }
            heap[i] = last
        }
        return first
    }
}
