/// Groups documents of one bucket (one day, or one period) by average-linkage agglomerative
/// clustering over a sparse similarity graph.
///
/// Only pairs that share a word rarer than `commonTermLimit` in the bucket are compared (blocking),
/// so the cost follows the pairs that can match rather than all pairs. Clusters merge while the
/// average similarity between them reaches `threshold`; ties go to the pair with the smaller
/// indices. Given documents in a fixed order, the result is fixed: nothing depends on hashing
/// order or on the order of arrival.
struct AverageLinkage: Sendable {
    /// The least average cosine at which two clusters merge.
    var threshold: Double
    /// Pairs whose cosine is below this count as unrelated (no edge).
    var edgeFloor: Double = 0.05

    /// The clusters of `vectors`: lists of indices into it, each ascending, ordered by first index.
    func clusters(_ vectors: [SparseVector]) -> [[Int]] {
        let n = vectors.count
        guard n > 1 else { return n == 1 ? [[0]] : [] }
        var neighbours = Array(repeating: [Int: Double](), count: n)
        var heap = Heap()
        for (i, j, s) in edges(vectors) {
            neighbours[i][j] = s
            neighbours[j][i] = s
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
            neighbours[a][b] = nil
            for (c, s) in neighbours[b] where c != a {
                neighbours[a][c, default: 0] += s
                neighbours[c][b] = nil
                neighbours[c][a] = neighbours[a][c]
            }
            neighbours[b] = [:]
            for (c, sum) in neighbours[a] {
                let average = sum / Double(size[a] * size[c])
                guard average >= threshold else { continue }
                let (x, y) = a < c ? (a, c) : (c, a)
                heap.push(Heap.Entry(score: average, a: x, b: y, versionA: version[x], versionB: version[y]))
            }
        }
        return (0..<n).filter { alive[$0] }.map { members[$0].sorted() }
    }

    /// Every pair `(i, j, cosine)` with `i < j` sharing an uncommon word and reaching `edgeFloor`, in
    /// ascending `(i, j)` order.
    func edges(_ vectors: [SparseVector]) -> [(Int, Int, Double)] {
        let n = vectors.count
        // Postings of the bucket's terms, in a map from term id to a slot of a flat list.
        var slot: [Int32: Int] = [:]
        var postings: [[Int]] = []
        for (i, v) in vectors.enumerated() {
            for id in v.ids {
                if let s = slot[id] {
                    postings[s].append(i)
                } else {
                    slot[id] = postings.count
                    postings.append([i])
                }
            }
        }
        let limit = max(48, n / 6)
        var mark = Array(repeating: -1, count: n)
        var result: [(Int, Int, Double)] = []
        var partners: [Int] = []
        for i in 0..<n {
            partners.removeAll(keepingCapacity: true)
            for id in vectors[i].ids {
                guard let s = slot[id], postings[s].count > 1, postings[s].count <= limit else { continue }
                for j in postings[s] where j > i && mark[j] != i {
                    mark[j] = i
                    partners.append(j)
                }
            }
            partners.sort()
            for j in partners {
                let s = vectors[i].dot(vectors[j])
                if s >= edgeFloor { result.append((i, j, s)) }
            }
        }
        return result
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

    mutating func push(_ e: Entry) {
        items.append(e)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard items[i].precedes(items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> Entry? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var best = i
                if l < items.count, items[l].precedes(items[best]) { best = l }
                if r < items.count, items[r].precedes(items[best]) { best = r }
                if best == i { break }
                items.swapAt(i, best)
                i = best
            }
        }
        return first
    }
}
