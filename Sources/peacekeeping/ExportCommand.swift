import ArgumentParser
import Foundation
import TimelineEngine

/// `peacekeeping export`: the whole loaded timeline as one document.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole loaded timeline as one JSON document that --data can load again.",
        discussion: """
            Examples:
              peacekeeping export --format json > chapter.json
              peacekeeping export --data chapter.json --data mine.yaml > merged.json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json }

    @OptionGroup var data: DataOptions
    @Option(help: "Output format.")
    var format: Format = .json

    func run() throws {
        let timeline = try data.load()
        FileHandle.standardOutput.write(try TimelineExport.json(timeline))
        print()
    }
}
