/// The variant lists the matcher tries at a token, compiled into prefix trees.
///
/// Expanding optional slots turns one rule into up to 32 variants that open with the same slots
/// ("the 13th to the 15th of July, 1995" and its shorter forms). Tried one by one, each variant
/// matched that shared opening again at every position; in a tree, variants that open with equal
/// slots share nodes, so the opening is matched once and the tree only branches where they differ.
///
/// Node `n` matches `slot[n]`; its children are `child[n]` and their `sibling` chain, in the order the
/// variants were added; the variants that end at `n` are `ends[endStart[n] ..< endStart[n + 1]]`.
/// `maxLeadingWeak[n]` is the largest `Grammar.leadingWeak` of any variant below `n`, so the matcher
/// skips a subtree no variant of which can start that far from a content word.
struct VariantTrie: Sendable {
    let slot: [Grammar.CSlot]
    let child: [Int32]
    let sibling: [Int32]
    let endStart: [Int32]
    let ends: [Int32]
    let maxLeadingWeak: [UInt8]

    /// Builds the trees; `lists` are the variant lists, and the result's `roots[i]` is the root of
    /// `lists[i]` (a node with no slot of its own).
    struct Builder {
        var slot: [Grammar.CSlot] = []
        var child: [Int32] = []
        var lastChild: [Int32] = []
        var sibling: [Int32] = []
        var parent: [Int32] = []
        var ends: [[Int32]] = []

        mutating func node(_ s: Grammar.CSlot, parent p: Int32) -> Int32 {
            let n = Int32(slot.count)
            slot.append(s)
            child.append(-1)
            lastChild.append(-1)
            sibling.append(-1)
            parent.append(p)
            ends.append([])
            if p >= 0 {
                if lastChild[Int(p)] >= 0 { sibling[Int(lastChild[Int(p)])] = n } else { child[Int(p)] = n }
                lastChild[Int(p)] = n
            }
            return n
        }

        /// A new root holding `variants` (each a range of `slots`), in order.
        mutating func root(_ variants: [Int32], slots: [Grammar.CSlot], slotStart: [Int32]) -> Int32 {
            let r = node(Grammar.CSlot(kind: .word, context: false, glued: false), parent: -1)
            for v in variants {
                var at = r
                for k in Int(slotStart[Int(v)])..<Int(slotStart[Int(v) + 1]) {
                    let s = slots[k]
                    var c = child[Int(at)]
                    while c >= 0, slot[Int(c)] != s { c = sibling[Int(c)] }
                    at = c >= 0 ? c : node(s, parent: at)
                }
                ends[Int(at)].append(v)
            }
            return r
        }

        func build(leadingWeak: [UInt8]) -> VariantTrie {
            var endStart: [Int32] = []
            var flat: [Int32] = []
            var maxWeak = [UInt8](repeating: 0, count: slot.count)
            for n in 0..<slot.count {
                endStart.append(Int32(flat.count))
                flat += ends[n]
                for v in ends[n] { maxWeak[n] = max(maxWeak[n], leadingWeak[Int(v)]) }
            }
            endStart.append(Int32(flat.count))
            // children come after their parents: one backward pass carries each maximum up
            for n in stride(from: slot.count - 1, through: 0, by: -1) where parent[n] >= 0 {
                maxWeak[Int(parent[n])] = max(maxWeak[Int(parent[n])], maxWeak[n])
            }
            return VariantTrie(slot: slot, child: child, sibling: sibling, endStart: endStart, ends: flat, maxLeadingWeak: maxWeak)
        }
    }
}
