import Foundation

/// SplitMix64: small, fast, and the same sequence on every platform. The scheduler's search,
/// the benchmark's generated history and the tests' random inputs all draw from it, so a
/// seed replays the same run anywhere.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<n` (0 when `n` is not positive).
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }

    /// A number in `[0, 1)`.
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
}
