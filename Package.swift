// swift-tools-version: 6.1
import PackageDescription

// timeline: news articles in, a sourced chronology out.
// Data flows one way: ArticleReader → DateNormalizer → Timeline → TimelineStore → TimelineRendering;
// TimelineCLI (product `timeline`) only wires the stages together.
let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "timeline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "timeline", targets: ["TimelineCLI"]),
        .library(name: "DateNormalizer", targets: ["DateNormalizer"]),
        .library(name: "ArticleReader", targets: ["ArticleReader"]),
        .library(name: "Timeline", targets: ["Timeline"]),
        .library(name: "TimelineStore", targets: ["TimelineStore"]),
        .library(name: "TimelineRendering", targets: ["TimelineRendering"]),
        // Corpus generator and in-process benchmarks: build with -c release, run by Benchmarks/run.sh.
        .executable(name: "timeline-bench", targets: ["TimelineBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .target(name: "DateNormalizer", swiftSettings: strict),
        .target(name: "ArticleReader", dependencies: ["DateNormalizer"], swiftSettings: strict),
        .target(name: "Timeline", dependencies: ["DateNormalizer", "ArticleReader"], swiftSettings: strict),
        .target(
            name: "TimelineStore",
            dependencies: ["Timeline", "ArticleReader", "DateNormalizer", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .target(name: "TimelineRendering", dependencies: ["Timeline", "DateNormalizer"], swiftSettings: strict),
        .executableTarget(
            name: "TimelineCLI",
            dependencies: [
                "DateNormalizer", "ArticleReader", "Timeline", "TimelineStore", "TimelineRendering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "TimelineBench",
            dependencies: [
                "DateNormalizer", "ArticleReader", "Timeline", "TimelineStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/TimelineBench",
            swiftSettings: strict),
        .target(name: "TimelineTestSupport", path: "Sources/TimelineTestSupport", swiftSettings: strict),
        .executableTarget(name: "NormalizerUsage", dependencies: ["DateNormalizer"], path: "Examples/NormalizerUsage"),

        .testTarget(name: "DateNormalizerTests", dependencies: ["DateNormalizer", "TimelineTestSupport"], swiftSettings: strict),
        .testTarget(name: "ArticleReaderTests", dependencies: ["ArticleReader", "TimelineTestSupport"], swiftSettings: strict),
        .testTarget(name: "TimelineTests", dependencies: ["Timeline", "TimelineTestSupport"], swiftSettings: strict),
        .testTarget(name: "TimelineStoreTests", dependencies: ["TimelineStore", "TimelineTestSupport"], swiftSettings: strict),
        .testTarget(name: "TimelineRenderingTests", dependencies: ["TimelineRendering", "TimelineTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "TimelineCLITests",
            dependencies: ["TimelineCLI", "TimelineTestSupport"],
            swiftSettings: strict),
    ]
)
