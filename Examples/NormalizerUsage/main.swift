// DateNormalizer usage example. The code is in NormalizerUsage.swift; this file only prints it.
//
// Run it with `swift run NormalizerUsage` (the executable target over this folder in Package.swift).
// The test suite runs the same function (see
// Tests/DateNormalizerTests/NormalizerUsageTests.swift), so the example cannot rot.
for line in normalizerUsage() {
    print(line)
}
