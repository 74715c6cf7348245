/// Stage 6: keeps the best reading of each stretch of text, without overlaps.
///
/// Longer extents win (more words read means more of the phrase understood: "May 2015" over
/// "May"); ties go to the earlier rule family in `Grammar.families`, then to the earlier text.
struct Selection: Sendable {
    func choose(_ candidates: [ChartEntry], _ tokens: [Token]) -> [ChartEntry] {
        let ordered = candidates.sorted { a, b in
            let la = a.extentEnd - a.extentFirst, lb = b.extentEnd - b.extentFirst
            if la != lb { return la > lb }
            let ba = tokens[Int(a.extentEnd) - 1].end - tokens[Int(a.extentFirst)].start
            let bb = tokens[Int(b.extentEnd) - 1].end - tokens[Int(b.extentFirst)].start
            if ba != bb { return ba > bb }
            if a.end - a.first != b.end - b.first { return a.end - a.first > b.end - b.first }
            if a.rule != b.rule { return a.rule < b.rule }
            return a.extentFirst < b.extentFirst
        }
        var taken = [Bool](repeating: false, count: tokens.count)
        var chosen: [ChartEntry] = []
        for e in ordered {
            let r = Int(e.extentFirst)..<Int(e.extentEnd)
            if r.contains(where: { taken[$0] }) { continue }
            for i in r { taken[i] = true }
            chosen.append(e)
        }
        return chosen.sorted { $0.extentFirst < $1.extentFirst }
    }
}
