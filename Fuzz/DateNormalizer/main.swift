import DateNormalizer

// libFuzzer target for DateNormalizer: any bytes become a text, a reference and a date order
// (NormalizerFuzzInput), and every mention found must keep MentionInvariants (both defined in
// Tests/DateNormalizerTests/Support/MentionInvariants.swift, which this target compiles too).
// Build and run with Fuzz/run.sh normalizer SECONDS.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let input = NormalizerFuzzInput(bytes)
    let mentions = Normalizer(options: input.options).mentions(in: input.text, reference: input.reference)
    if let problem = MentionInvariants.violation(in: input.text, mentions) {
        fatalError("invariant broken: \(problem)")
    }
    return 0
}
