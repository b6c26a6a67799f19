import DefaultTimeline
import Explorer
import Foundation
import SyntheticTimeline
import TimelineEngine

/// Prints the figures of BENCHMARKS.md: load, filter and search cost for each size,
/// from JSON and from the compact format, key presses at the largest, and the time
/// to a first frame on the embedded timeline.
///
/// usage: peacekeeping-benchmarks [SIZE ...]   (default: 1000 10000 100000 1000000)
///        peacekeeping-benchmarks --load FILE RUNS   (one load's median time and peak, for the table)
///        peacekeeping-benchmarks --growth   (inputs that once cost more than linear time, at doubling sizes)
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments == ["--growth"] {
    GrowthBenchmark.run()
    exit(0)
}
if arguments.first == "--load", arguments.count == 3, let runs = Int(arguments[2]) {
    LoadProcess.measure(path: arguments[1], runs: runs)
    exit(0)
}
let sizes = arguments.compactMap { Int($0) }
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peacekeeping-benchmarks")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

func median(_ values: [Double]) -> Double { Measure.percentile(values, 0.5) }
func milliseconds(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
func megabytes(_ path: String) -> Double {
    Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1e6
}
/// `text` padded to `width` columns, on the left for numbers.
func column(_ text: String, _ width: Int, number: Bool = true) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return number ? padding + text : text + padding
}

let embedded = try DefaultTimeline.path().get()
let firstFrame = (0..<3).map { _ in
    Measure.time { () -> ScreenBuffer in
        let timeline = try! TimelineLoader.load(paths: [embedded]).get()
        return render(AppState(timeline: timeline, width: 200, height: 50))
    }.seconds
}
print("first frame on the embedded timeline: \(milliseconds(median(firstFrame))) ms (median of 3)")
print("")
print("events     JSON MB  load ms  peak MB  compact MB  load ms  peak MB  filter ms  search ms")

var largest: Timeline?
for size in sizes.isEmpty ? [1000, 10_000, 100_000, 1_000_000] : sizes {
    let json = folder.appendingPathComponent("\(size).json").path
    let compact = folder.appendingPathComponent("\(size).pkt").path
    if !FileManager.default.fileExists(atPath: json) {
        FileManager.default.createFile(atPath: json, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: json))
        SyntheticTimeline(events: size).write(.json) { handle.write(Data($0.utf8)) }
        try handle.close()
    }
    largest = nil
    // Written anew each run: a compact file holds what this build makes of the JSON.
    try TimelineExport.compact(try TimelineLoader.load(paths: [json]).get(), to: compact)
    // Written to disk now: otherwise the kernel writes it back during the loads timed next,
    // on the same two cores (a gigabyte at 1M events).
    sync()
    let fromJSON = try LoadProcess.run(path: json, runs: 3)
    let fromCompact = try LoadProcess.run(path: compact, runs: 3)
    let loaded = try TimelineLoader.load(paths: [compact]).get()
    let filter = (0..<3).map { _ in
        Measure.time { loaded.select(TimelineQuery(organizations: ["ORG03"])) }.seconds
    }
    let search = (0..<3).map { _ in
        Measure.time { loaded.select(TimelineQuery(text: "kraków mission")) }.seconds
    }
    print(column("\(size)", 9, number: false), column(String(format: "%.1f", megabytes(json)), 8),
          column(milliseconds(fromJSON.seconds), 8), column(String(format: "%.0f", fromJSON.peakMegabytes), 8),
          column(String(format: "%.1f", megabytes(compact)), 11),
          column(milliseconds(fromCompact.seconds), 8), column(String(format: "%.0f", fromCompact.peakMegabytes), 8),
          column(milliseconds(median(filter)), 10), column(milliseconds(median(search)), 10))
    largest = loaded
}

if let largest {
    print("")
    let matrix = (0..<3).map { _ in Measure.time { largest.relations() }.seconds }
    let pair = (0..<3).map { _ in Measure.time { largest.pairStory("ORG01", "ORG03") }.seconds }
    let trace = (0..<3).map { _ in Measure.time { largest.trace(from: largest.events.count / 2, depth: 3) }.seconds }
    print("relations with \(largest.events.count) events: matrix of \(largest.relations().organizations.count) organizations "
        + "\(milliseconds(median(matrix))) ms, a pair's story \(milliseconds(median(pair))) ms, "
        + "a trace 3 links deep \(milliseconds(median(trace))) ms (medians of 3)")
    print("")
    print("key presses with \(largest.events.count) events, 200x50 frame (handled and rendered):")
    print("key                          presses  p50 ms  p99 ms  max ms")
    let benchmark = KeyPressBenchmark(state: AppState(timeline: largest, width: 200, height: 50))
    for (name, samples) in benchmark.run() {
        let figures = [Measure.percentile(samples, 0.5), Measure.percentile(samples, 0.99), samples.max() ?? 0]
        print(column(name, 28, number: false), column("\(samples.count)", 7),
              figures.map { column(String(format: "%.2f", $0), 7) }.joined(separator: " "))
    }
}
