import ArgumentParser
import Foundation
import TerminalText
import TimelineEngine

/// `--data FILE`, shared by every command that reads a timeline.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "A YAML or JSON timeline to load instead of the built-in one; repeat to merge several. "
            + "\(DataFiles.chapter) is the built-in timeline, \(DataFiles.standardInput) standard input.",
        valueName: "file"), completion: Completions.dataFiles)
    var files: [String] = []

    /// Loads the files given, or the embedded timeline; prints every problem and fails
    /// otherwise. A timeline that is not `searchable` is loaded faster, in half the memory.
    func load(searchable: Bool) throws -> Timeline {
        let names = files.isEmpty ? [DataFiles.chapter] : files
        let notice = LoadingNotice(paths: names)
        let result = try DataFiles.load(names, searchable: searchable)
        notice.clear()
        switch result {
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

/// "Loading big.json (623 MB)…" on standard error while large files load, when it is a
/// terminal, so that a few seconds of loading do not look like a hang.
private struct LoadingNotice {
    static let minimumBytes = 32 << 20

    let isShown: Bool

    init(paths: [String]) {
        let sizes = paths.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
        let total = sizes.reduce(0, +)
        isShown = total >= Self.minimumBytes && isatty(STDERR_FILENO) == 1
        guard isShown else { return }
        let names = paths.map { DisplayText.safe(URL(fileURLWithPath: $0).lastPathComponent) }.joined(separator: ", ")
        FileHandle.standardError.write(Data("Loading \(names) (\(total / 1_000_000) MB)…".utf8))
    }

    /// Erases the notice.
    func clear() {
        if isShown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }
}
