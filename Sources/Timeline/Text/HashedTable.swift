/// An open-addressing map from 64-bit hashes (FNV-1a of words) to values.
///
/// The keys are hashes already, so lookups skip `Hasher` (SipHash, which costs more than the rest of
/// a word's processing) and probe linearly from the key's low bits after one multiply. Key 0 marks
/// an empty slot; a word hashing to 0 is stored under 1 (a collision as unlikely as any other).
struct HashedTable<Value>: @unchecked Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    /// An empty table with room for `capacity` entries before it grows.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always) private static func normalized(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always) private func slot(of key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        return i
    }

    /// The value stored under `key`, or nil.
    subscript(key: UInt64) -> Value? {
        get { values[slot(of: Self.normalized(key))] }
        set {
            let k = Self.normalized(key)
            let i = slot(of: k)
            if keys[i] == 0 {
                guard let newValue else { return }
                keys[i] = k
                values[i] = newValue
                count += 1
                if count * 2 > mask { grow() }
            } else if let newValue {
                values[i] = newValue
            } else {
                remove(at: i)
            }
        }
    }

    /// Whether `key` is stored.
    func contains(_ key: UInt64) -> Bool { keys[slot(of: Self.normalized(key))] != 0 }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (i, k) in oldKeys.enumerated() where k != 0 {
            let j = slot(of: k)
            keys[j] = k
            values[j] = oldValues[i]
        }
    }

    /// Backward-shift deletion keeps probe chains intact without tombstones.
    private mutating func remove(at removed: Int) {
        var hole = removed
        keys[hole] = 0
        values[hole] = nil
        count -= 1
        var i = (hole + 1) & mask
        while keys[i] != 0 {
            let home = Int(truncatingIfNeeded: (keys[i] &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
            // Move the entry back into the hole if its home is not between the hole and it.
            let distanceToHome = (i - home) & mask
            let distanceToHole = (i - hole) & mask
            if distanceToHome >= distanceToHole {
                keys[hole] = keys[i]
                values[hole] = values[i]
                keys[i] = 0
                values[i] = nil
                hole = i
            }
            i = (i + 1) & mask
        }
    }
}

/// A set of 64-bit word hashes; see ``HashedTable``.
struct HashedSet: Sendable {
    private var table: HashedTable<Bool>

    init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        table = HashedTable(capacity: 16)
        for h in hashes { table[h] = true }
    }

    func contains(_ hash: UInt64) -> Bool { table.contains(hash) }
}
