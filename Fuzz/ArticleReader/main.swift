import ArticleReader
import Foundation

// libFuzzer target for ArticleReader: any bytes become one input in one format (ReaderFuzzInput),
// and everything read from it must keep OutcomeInvariants (both defined in
// Tests/ArticleReaderTests/Support/OutcomeInvariants.swift, which this target compiles too).
// Build and run with Fuzz/run.sh reader SECONDS.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let input = ReaderFuzzInput(bytes)
    if let problem = OutcomeInvariants.violation(name: input.name, input.read()) {
        fatalError("invariant broken: \(problem)")
    }
    return 0
}
