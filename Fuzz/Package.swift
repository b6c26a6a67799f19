// swift-tools-version: 6.0
// The libFuzzer build of the fuzz targets (see FuzzChecks), kept apart from the main
// package because it is built with -sanitize=fuzzer, whose runtime brings its own main.
// Build and run with `bash Fuzz/run`.
import PackageDescription

let package = Package(
    name: "PeacekeepingFuzz",
    dependencies: [.package(name: "PeacekeepingTimeline", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzTimeline",
            dependencies: ["CFuzzerMain", .product(name: "FuzzChecks", package: "PeacekeepingTimeline")]
        ),
        .target(name: "CFuzzerMain"),
    ]
)
