/// A small seeded random number generator (SplitMix64) for property tests and seeded end-to-end
/// runs: the same seed draws the same values on every machine, so a failing case is replayed from
/// the seed its message names.
///
/// ```swift
/// var random = SeededRandom(seed: 20_151_215)
/// let moment = random.unit()          // in [0, 1)
/// let index = random.below(12)        // in 0..<12
/// let shuffled = articles.shuffled(using: &random)
/// ```
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<n` (`0` when `n` is not positive).
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }

    /// A number in `[0, 1)`.
    public mutating func unit() -> Double { Double(next() >> 11) / Double(UInt64(1) << 53) }
}
