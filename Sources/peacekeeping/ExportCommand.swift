import ArgumentParser
import Foundation
import TimelineEngine

/// `peacekeeping export`: the whole loaded timeline as one document.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole loaded timeline as one file that --data can load again.",
        discussion: """
            json is the format the loader reads and people edit. compact is a binary file of \
            the timeline already checked, ordered and indexed: a large timeline opens from it \
            several times faster, at the price of a larger file that only this program reads.

            Examples:
              peacekeeping export --format json > chapter.json
              peacekeeping export --data chapter.json --data mine.yaml > merged.json
              peacekeeping export --data events.json --format compact --output events.pkt
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, compact }

    @OptionGroup var data: DataOptions
    @Option(help: "Output format.")
    var format: Format = .json
    @Option(help: ArgumentHelp("Where to write (required for compact); standard output otherwise.", valueName: "file"))
    var output: String?

    func validate() throws {
        if format == .compact && output == nil {
            throw ValidationError("--format compact writes a file: name it with --output")
        }
    }

    func run() throws {
        if let output, let input = data.files.first(where: { Self.isSameFile($0, output) }) {
            throw CommandFailure(message: "--output \(output) would replace \(input), the timeline being exported: write to another file")
        }
        let timeline = try data.load()
        switch (format, output) {
        case (.compact, let path?):
            try TimelineExport.compact(timeline, to: path)
        case (.json, let path?):
            try TimelineExport.json(timeline, to: path)
        case (_, nil):
            try TimelineExport.writeJSON(timeline) { StandardOutput.write($0) }
            StandardOutput.line("")
        }
    }

    /// Whether two paths name the same existing file (a link or another spelling included).
    private static func isSameFile(_ first: String, _ second: String) -> Bool {
        var one = stat(), other = stat()
        guard stat(first, &one) == 0, stat(second, &other) == 0 else { return false }
        return one.st_dev == other.st_dev && one.st_ino == other.st_ino
    }
}
