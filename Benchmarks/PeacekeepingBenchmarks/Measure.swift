#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock timing and memory readings for the benchmark.
enum Measure {
    /// Seconds taken by `body`, with its result.
    static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, value: T) {
        let clock = ContinuousClock()
        var value: T?
        let duration = try clock.measure { value = try body() }
        let parts = duration.components
        return (Double(parts.seconds) + Double(parts.attoseconds) / 1e18, value!)
    }

    /// The process's peak resident memory so far, in megabytes: where Linux tells it, the
    /// high-water mark of this program's own memory (`VmHWM`), since `ru_maxrss` of a
    /// process started by another begins at what that one held when it started it.
    static var peakMegabytes: Double {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kilobytes = line.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap({ Double($0) }) {
            return kilobytes / 1024
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// The value below which `fraction` of the samples fall.
    static func percentile(_ samples: [Double], _ fraction: Double) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
    }
}
