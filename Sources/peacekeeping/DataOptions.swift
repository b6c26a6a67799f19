import ArgumentParser
import DefaultTimeline
import Foundation
import TimelineEngine

/// `--data FILE`, shared by every command that reads a timeline.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "A YAML or JSON timeline to load instead of the built-in one; repeat to merge several.",
        valueName: "file"))
    var files: [String] = []

    /// Loads the files given, or the embedded timeline; prints every problem and fails otherwise.
    func load() throws -> Timeline {
        var paths = files
        if paths.isEmpty {
            switch DefaultTimeline.path() {
            case .success(let path): paths = [path]
            case .failure(let missing): throw CommandFailure(message: missing.description)
            }
        }
        switch TimelineLoader.load(paths: paths) {
        case .success(let timeline):
            return timeline
        case .failure(let failure):
            throw peacekeeping.failure(reporting: failure.description
                + "\n\(failure.diagnostics.count) problem(s); `peacekeeping validate FILE` checks a file")
        }
    }
}

/// A failure to report on standard error, exiting with 1.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
