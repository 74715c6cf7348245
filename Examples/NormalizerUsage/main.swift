// DateNormalizer usage example. The code is in NormalizerUsage.swift; this file only prints it.
//
// Run it with an executable target over this folder, e.g. in Package.swift:
//   .executableTarget(name: "NormalizerUsage", dependencies: ["DateNormalizer"], path: "Examples/NormalizerUsage")
// then `swift run NormalizerUsage`. The test suite runs the same function (see
// Tests/DateNormalizerTests/NormalizerUsageTests.swift), so the example cannot rot.
for line in normalizerUsage() {
    print(line)
}
