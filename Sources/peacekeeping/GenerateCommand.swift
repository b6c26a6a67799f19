import ArgumentParser
import Foundation
import SyntheticTimeline

/// `peacekeeping generate`: synthetic timelines for benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic timeline of any size, for benchmarks.",
        discussion: """
            The same size and seed always give the same file.

            Examples:
              peacekeeping generate --events 100000 > 100k.json
              peacekeeping generate --events 1000 --format yaml --seed 7 > small.yaml
            """
    )

    @Option(help: "How many events.")
    var events: Int
    @Option(help: "The seed of the random choices.")
    var seed: UInt64 = 1
    @Option(help: "json or yaml.")
    var format: SyntheticTimeline.Format = .json

    func validate() throws {
        guard events >= 0 else { throw ValidationError("--events must be zero or more") }
    }

    func run() throws {
        SyntheticTimeline(events: events, seed: seed).write(format) { chunk in
            StandardOutput.write(chunk)
        }
    }
}

extension SyntheticTimeline.Format: ExpressibleByArgument {}
