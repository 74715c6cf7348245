import Foundation

/// A weighted bag of words, sorted by term id: the text of a candidate or a cluster's centre.
///
/// Every sum over it runs in term-id order, so the same inputs give bit-identical similarities
/// whatever order the candidates arrived in.
struct SparseVector: Sendable, Hashable {
    var ids: [Int32] = []
    var weights: [Double] = []

    var isEmpty: Bool { ids.isEmpty }

    /// The weight of term `id`, 0 when absent.
    func weight(of id: Int32) -> Double {
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ids[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < ids.count && ids[lo] == id ? weights[lo] : 0
    }

    /// The dot product with `other`.
    func dot(_ other: SparseVector) -> Double {
        var i = 0, j = 0, sum = 0.0
        while i < ids.count, j < other.ids.count {
            let a = ids[i], b = other.ids[j]
            if a == b {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// The vector scaled to length 1 (unchanged when empty).
    func normalized() -> SparseVector {
        var norm = 0.0
        for w in weights { norm += w * w }
        guard norm > 0 else { return self }
        let scale = 1 / norm.squareRoot()
        return SparseVector(ids: ids, weights: weights.map { $0 * scale })
    }

    /// The normalized sum of `vectors`, added in the order given.
    ///
    /// - Parameter scratch: A zeroed array at least as long as the largest term id + 1; left zeroed.
    static func centre(of vectors: [SparseVector], scratch: inout [Double]) -> SparseVector {
        guard vectors.count > 1 else { return vectors.first ?? SparseVector() }
        var touched: [Int32] = []
        for v in vectors {
            for (k, id) in v.ids.enumerated() {
                if scratch[Int(id)] == 0 { touched.append(id) }
                scratch[Int(id)] += v.weights[k]
            }
        }
        touched.sort()
        var result = SparseVector()
        result.ids.reserveCapacity(touched.count)
        result.weights.reserveCapacity(touched.count)
        for id in touched {
            result.ids.append(id)
            result.weights.append(scratch[Int(id)])
            scratch[Int(id)] = 0
        }
        return result.normalized()
    }
}

/// The TF-IDF space of one neighbourhood: term ids and inverse document frequencies computed from
/// that neighbourhood's candidates only, so a neighbourhood's vectors never drift as the rest of the
/// corpus grows.
struct FeatureSpace: Sendable {
    /// One unit vector per document, in the order given.
    private(set) var vectors: [SparseVector] = []

    /// How much more a word of a named entity weighs than another content word.
    static let entityBoost = 1.6

    /// Builds the vectors of `documents`, each a list of content words.
    ///
    /// Term ids are given in order of first appearance and documents are read in the order given,
    /// which the merger fixes by candidate key.
    init(_ documents: [[ContentWords.Word]]) {
        var ids = HashedTable<Int32>(capacity: 1024)
        var df: [Int32] = []
        var docTerms: [[(id: Int32, weight: Double)]] = []
        docTerms.reserveCapacity(documents.count)
        for words in documents {
            var terms: [(id: Int32, weight: Double)] = []
            terms.reserveCapacity(words.count)
            for w in words {
                let id: Int32
                if let known = ids[w.stem] {
                    id = known
                } else {
                    id = Int32(df.count)
                    ids[w.stem] = id
                    df.append(0)
                }
                terms.append((id, w.weight * (w.isEntity ? FeatureSpace.entityBoost : 1)))
            }
            // One entry per term, with its heaviest occurrence.
            terms.sort { $0.id != $1.id ? $0.id < $1.id : $0.weight > $1.weight }
            var unique: [(id: Int32, weight: Double)] = []
            unique.reserveCapacity(terms.count)
            for t in terms where unique.last?.id != t.id { unique.append(t) }
            for t in unique { df[Int(t.id)] += 1 }
            docTerms.append(unique)
        }
        termCount = df.count
        let n = Double(documents.count)
        // Smoothed IDF: a word every document shares still counts a little (ln 2), so two reports
        // alone in their neighbourhood can match.
        let idf = df.map { log(1 + n / Double($0)) }
        vectors = docTerms.map { terms in
            SparseVector(ids: terms.map(\.id), weights: terms.map { idf[Int($0.id)] * $0.weight }).normalized()
        }
    }

    /// The number of distinct terms: every term id is below it.
    private(set) var termCount = 0
}
