import Foundation
import TestSupport
import Testing

/// A small run of the benchmarks, so that they keep working; the figures themselves
/// are in BENCHMARKS.md, measured on a release build.
@Suite("Benchmark smoke run")
struct BenchmarkSmokeTests {
    @Test("the benchmark runs at 1k and 10k events and prints every figure")
    func smoke() throws {
        let benchmarks = CommandRunner.executable.deletingLastPathComponent().appendingPathComponent("peacekeeping-benchmarks")
        let output = try CommandRunner.run(["1000", "10000"], executable: benchmarks)
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("first frame on the embedded timeline:") })
        for size in ["1000", "10000"] {
            let row = try #require(lines.first { $0.hasPrefix(size + " ") }, "no row for \(size)")
            #expect(row.split(separator: " ").count == 9, "\(row)")
        }
        for key in ["move", "page", "toggle organization filter", "type a search character", "follow a link, go back",
                    "lanes view: move, scroll, zoom", "relations view: open, move", "relations: list a pair, back", "trace view: open, move, depth, go",
                    "relations with 10000 events: matrix of"] {
            #expect(lines.contains { $0.hasPrefix(key) }, "no figure for \(key)")
        }
    }

    @Test("generate is deterministic and its output loads")
    func generate() throws {
        let first = try CommandRunner.run(["generate", "--events", "500", "--seed", "3"])
        let second = try CommandRunner.run(["generate", "--events", "500", "--seed", "3"])
        #expect(first.status == 0 && first.stdout == second.stdout)
        let other = try CommandRunner.run(["generate", "--events", "500", "--seed", "4"])
        #expect(other.stdout != first.stdout)
        for format in ["json", "yaml"] {
            let text = try CommandRunner.run(["generate", "--events", "500", "--format", format]).stdout
            let file = try CommandRunner.file("synthetic.\(format)", text)
            let valid = try CommandRunner.run(["validate", file])
            #expect(valid.stdout.contains("valid: 500 events, 50 organizations"), "\(format): \(valid.stderr)")
        }
    }
}
