// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "PeacekeepingTimeline",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "peacekeeping", targets: ["peacekeeping"]),
        .library(name: "TimelineEngine", targets: ["TimelineEngine"]),
        .library(name: "FuzzChecks", targets: ["FuzzChecks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "TimelineEngine",
            dependencies: ["CMappingGuard", "CPrefetch", .product(name: "Yams", package: "Yams"),
                           .product(name: "Algorithms", package: "swift-algorithms")]
        ),
        .target(name: "CTerminalWidth"),
        .target(name: "CMappingGuard"),
        .target(name: "CPrefetch"),
        .target(name: "TerminalText", dependencies: ["CTerminalWidth"]),
        .target(
            name: "DefaultTimeline",
            resources: [.copy("../../Resources/timeline.yaml")]
        ),
        .target(
            name: "TimelineReports",
            dependencies: ["TimelineEngine", "TerminalText", .product(name: "CSV", package: "CSV.swift"),
                           .product(name: "Algorithms", package: "swift-algorithms")]
        ),
        .target(name: "SyntheticTimeline"),
        .target(name: "FuzzChecks", dependencies: ["TimelineEngine", "TerminalText"]),
        .target(
            name: "ExportFormats",
            dependencies: ["TimelineEngine", "TerminalText", "TimelineImport", "TimelineReports"]
        ),
        .target(
            name: "TimelineImport",
            dependencies: ["TimelineEngine", .product(name: "CSV", package: "CSV.swift"), .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "Explorer",
            dependencies: ["TimelineEngine", "TerminalText", .product(name: "Algorithms", package: "swift-algorithms")]
        ),
        .target(
            name: "TerminalUI",
            dependencies: ["Explorer", "CNcurses"]
        ),
        .executableTarget(
            name: "peacekeeping",
            dependencies: [
                "TimelineEngine", "TimelineReports", "TerminalText", "DefaultTimeline", "Explorer", "TerminalUI",
                "SyntheticTimeline", "TimelineImport", "ExportFormats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "peacekeeping-benchmarks",
            dependencies: ["TimelineEngine", "TimelineReports", "TerminalText", "Explorer", "SyntheticTimeline", "DefaultTimeline"],
            path: "Benchmarks/PeacekeepingBenchmarks"
        ),
        .testTarget(
            name: "TimelineEngineTests",
            dependencies: ["TimelineEngine", "DefaultTimeline", "SyntheticTimeline", "TestSupport",
                           .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "TestSupport", dependencies: ["TimelineEngine"], path: "Tests/Support"),
        .testTarget(name: "TerminalTextTests", dependencies: ["TerminalText"]),
        .testTarget(name: "FuzzChecksTests", dependencies: ["FuzzChecks", "TimelineEngine"]),
        .testTarget(name: "TimelineImportTests", dependencies: ["TimelineImport", "TimelineEngine"]),
        .testTarget(name: "TimelineReportsTests", dependencies: ["TimelineReports", "TimelineEngine", "TerminalText", "TestSupport"]),
        .testTarget(name: "ExportFormatsTests", dependencies: ["ExportFormats", "TimelineImport", "TimelineEngine", "TestSupport"]),
        .testTarget(
            name: "ExplorerTests",
            dependencies: ["Explorer", "TimelineEngine", "DefaultTimeline", "TestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "PeacekeepingCLITests",
            dependencies: ["peacekeeping", "peacekeeping-benchmarks", "TestSupport"]
        ),
    ]
)
