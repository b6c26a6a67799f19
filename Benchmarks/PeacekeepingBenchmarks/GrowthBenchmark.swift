import Foundation
import SyntheticTimeline
import TerminalText
import TimelineEngine
import TimelineReports

/// Inputs that once cost more than linear time, each timed at doubling sizes: when the
/// time doubles with the size, the cost is linear.
enum GrowthBenchmark {
    struct Case: Sendable {
        let name: String
        let sizes: [Int]
        /// The bytes the case reads at a size, made before the clock starts.
        var input: @Sendable (Int) -> [UInt8] = { _ in [] }
        /// Runs the case at a size; what it makes is kept so that nothing is optimized away.
        let run: @Sendable (Int, [UInt8]) -> Int
    }

    static let cases: [Case] = [
        Case(name: "wrap one unbroken word (characters)", sizes: [100_000, 200_000, 400_000]) { size, _ in
            TextWrap.lines(String(repeating: "w", count: size), width: 80).count
        },
        Case(name: "suggest for broken links (links)", sizes: [2_000, 4_000, 8_000]) { size, _ in
            let events = (0..<size).map { "  - {id: e\($0), title: E, kind: report, start: 2003, links: [{type: related, target: e\($0)x}]}" }
            return failures(loading: "events:\n" + events.joined(separator: "\n"))
        },
        Case(name: "chain of parent organizations (levels)", sizes: [5_000, 10_000, 20_000]) { size, _ in
            let organizations = (0..<size).map { "  - {id: O\($0), name: O, kind: body\($0 == 0 ? "" : ", parent: O\($0 - 1)")}" }
            return failures(loading: "organizations:\n" + organizations.joined(separator: "\n") + "\nevents: []\n")
        },
        Case(name: "list a table with one huge title (characters)", sizes: [250_000, 500_000, 1_000_000]) { size, _ in
            let yaml = "events: [{id: a, title: \(String(repeating: "t", count: size)), kind: report, start: 2003}]"
            guard case .success(let timeline) = TimelineLoader.load([.init(name: "t.yaml", bytes: Array(yaml.utf8))]) else { return 0 }
            return (try? EventTable(width: nil, styled: false).render([0], of: timeline))?.utf8.count ?? 0
        },
        Case(name: "load a JSON file (events)", sizes: typoSizes, input: generated) { _, json in
            guard case .success(let timeline) = TimelineLoader.load([.init(name: "t.json", bytes: json)]) else { return 0 }
            return timeline.events.count
        },
        Case(name: "report one typo in a JSON file (events)", sizes: typoSizes, input: { size in
            var json = generated(size)
            // The field name of the middle event's title, misspelled.
            let event = json.firstRange(of: Array("\"id\": \"e\(size / 2)\"".utf8))!.upperBound
            json.replaceSubrange(json[event...].firstRange(of: Array("\"title\"".utf8))!, with: Array("\"titel\"".utf8))
            return json
        }) { _, json in
            guard case .failure(let failure) = TimelineLoader.load([.init(name: "t.json", bytes: json)]) else { return 0 }
            return failure.diagnostics.count
        },
    ]

    private static let typoSizes = [100_000, 200_000, 400_000]

    private static func generated(_ events: Int) -> [UInt8] {
        var json = ""
        SyntheticTimeline(events: events).write(.json) { json += $0 }
        return Array(json.utf8)
    }

    private static func failures(loading text: String, name: String = "t.yaml") -> Int {
        guard case .failure(let failure) = TimelineLoader.load([.init(name: name, bytes: Array(text.utf8))]) else { return 0 }
        return failure.diagnostics.count
    }

    /// Prints each case at each size: milliseconds (the median of three runs), and the
    /// ratio to the size before.
    static func run() {
        print("case                                              size      ms   x prev")
        for item in cases {
            var previous: Double?
            for size in item.sizes {
                let input = item.input(size)
                let seconds = Measure.percentile((0..<3).map { _ in Measure.time { item.run(size, input) }.seconds }, 0.5)
                let ratio = previous.map { String(format: "%8.2f", seconds / $0) } ?? "        "
                print(item.name.padding(toLength: 46, withPad: " ", startingAt: 0),
                      String(format: "%9d %7.1f", size, seconds * 1000) + ratio)
                previous = seconds
            }
        }
    }
}
