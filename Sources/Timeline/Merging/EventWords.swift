/// The event words of a report (see ``ContentWords/Word/isEventWord``), or of a cluster of
/// reports: what the merger checks, beside the words they share, to tell whether two reports of one
/// day tell the same happening.
///
/// "The central span collapsed on Thursday evening" and "No inspection took place before last
/// Thursday's collapse" share few words but the same event word (`collaps`); "In March, the ferries
/// carried 41,000 passengers" and "Earlier this month, the city began running ferries" share many
/// words but no event word (`carry` against `begin`, `run`).
struct EventWords: Sendable, Hashable {
    /// Stem hashes, ascending, without repeats.
    private(set) var stems: [UInt64] = []
    /// The figures of the mention's clause, hashed, ascending, without repeats.
    private(set) var figures: [UInt64] = []

    /// The event words among `words`.
    init(_ words: [ContentWords.Word]) {
        for w in words {
            if w.isEventWord { stems.append(Concepts.family[w.stem] ?? w.stem) } else if w.isFigure { figures.append(w.stem) }
        }
        Self.normalize(&stems)
        Self.normalize(&figures)
    }

    /// The event words of every report of a cluster.
    init(union: some Sequence<EventWords>) {
        for e in union {
            stems += e.stems
            figures += e.figures
        }
        Self.normalize(&stems)
        Self.normalize(&figures)
    }

    private static func normalize(_ list: inout [UInt64]) {
        guard list.count > 1 else { return }
        list.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(list.count)
        for s in list where unique.last != s { unique.append(s) }
        list = unique
    }

    var isEmpty: Bool { stems.isEmpty }

    /// Whether the two share an event word.
    func intersects(_ other: EventWords) -> Bool { Self.intersect(stems, other.stems) }

    /// Whether both give figures and none is the same: "41,000 passengers" against "2,300 passengers".
    func conflictsInFigures(with other: EventWords) -> Bool {
        !figures.isEmpty && !other.figures.isEmpty && !Self.intersect(figures, other.figures)
    }

    private static func intersect(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { return true }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// Whether a period's reports may join a finer event: not when both say what happened and
    /// share no event word ("carried" against "began running"), nor when both give figures and
    /// share none ("41,000 passengers" in March against "2,300 passengers" on the first day).
    func isCompatible(with other: EventWords) -> Bool {
        if !stems.isEmpty, !other.stems.isEmpty, !intersects(other) { return false }
        return !conflictsInFigures(with: other)
    }
}
