/// Stage 6: keeps the best reading of each stretch of text, without overlaps.
///
/// Longer extents win (more words read means more of the phrase understood: "May 2015" over
/// "May"); ties go to the earlier rule family in `Grammar.families`, then to the earlier text.
struct Selection: Sendable {
    /// The indices (into `chart`) of the readings kept, in text order.
    func choose(_ candidates: [Int], in chart: [ChartEntry], _ tokens: [Token]) -> [Int] {
        guard candidates.count > 1 else { return candidates }
        struct Key { var tokens: Int32; var bytes: Int32; var span: Int32; var rule: Int32; var first: Int32; var index: Int }
        var keys = candidates.map { i -> Key in
            let e = chart[i]
            return Key(tokens: e.extentEnd - e.extentFirst, bytes: tokens[Int(e.extentEnd) - 1].end - tokens[Int(e.extentFirst)].start,
                       span: e.end - e.first, rule: e.rule, first: e.extentFirst, index: i)
        }
        keys.sort { a, b in
            if a.tokens != b.tokens { return a.tokens > b.tokens }
            if a.bytes != b.bytes { return a.bytes > b.bytes }
            if a.span != b.span { return a.span > b.span }
            if a.rule != b.rule { return a.rule < b.rule }
            return a.first < b.first
        }
        // one bit per token, so the check stays linear however many readings a long text has
        var taken = [UInt64](repeating: 0, count: tokens.count / 64 + 1)
        var chosen: [(Int32, Int)] = []
        for k in keys {
            let e = chart[k.index]
            let r = Int(e.extentFirst)..<Int(e.extentEnd)
            if r.contains(where: { taken[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }) { continue }
            for t in r { taken[t >> 6] |= 1 << UInt64(t & 63) }
            chosen.append((e.extentFirst, k.index))
        }
        return chosen.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
