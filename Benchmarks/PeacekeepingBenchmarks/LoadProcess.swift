import Foundation
import TimelineEngine

/// Loads a file in a process of its own, so that its peak memory is that of the load
/// alone, not of whatever the benchmark did before.
enum LoadProcess {
    /// The median time of `runs` loads of `path`, and the peak memory of the process.
    static func run(path: String, runs: Int) throws -> (seconds: Double, peakMegabytes: Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["--load", path, "\(runs)"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let figures = text.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard process.terminationStatus == 0, figures.count == 2 else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path])
        }
        return (figures[0], figures[1])
    }

    /// The child's side: loads `path` `runs` times, one timeline at a time, and prints
    /// the median seconds and the peak megabytes of the first load (later loads reuse
    /// memory freed by the earlier ones, which the system does not always take back).
    static func measure(path: String, runs: Int) {
        readThrough(path)
        var timeline: Timeline?
        var peak = 0.0
        let times = (0..<runs).map { run in
            timeline = nil
            let seconds = Measure.time { timeline = try? TimelineLoader.load(paths: [path]).get() }.seconds
            if run == 0 { peak = Measure.peakMegabytes }
            return seconds
        }
        guard timeline != nil else { exit(1) }
        print(Measure.percentile(times, 0.5), peak)
    }

    /// Reads a file once, so that the loads time the loader, not the disk; through one
    /// small buffer, which adds nothing to the peak memory measured.
    private static func readThrough(_ path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }
}
