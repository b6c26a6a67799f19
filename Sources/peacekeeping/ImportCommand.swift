import ArgumentParser
import Foundation
import TerminalText
import TimelineEngine
import TimelineImport

/// `peacekeeping import FILE`: a spreadsheet or a TimelineJS file as a timeline.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a CSV spreadsheet or a TimelineJS file into a timeline that --data loads.",
        discussion: """
            Writes YAML (JSON when --output ends in .json) to --output or standard output, \
            and a report on standard error: every row skipped, with its line and the reason, \
            then the counts.

            Columns are recognized by their headers (id, acronym, title or name, start or \
            start date, end, organizations, places or country, summary, url, wikidata, \
            latitude, longitude, tags); --map names others. Cells of aliases, organizations, \
            places and tags may hold several values separated by ; or |. Every other column \
            is kept under extra. Imported events are marked source: outside.

            Exits 0 when every row was imported, 3 when some were skipped, 1 when none could be.

            Examples:
              peacekeeping import operations.csv --organization UN --output ops.yaml
              peacekeeping import table.csv --map title=Mission,start=Began --prefix t-
              peacekeeping import timeline.json --output mine.yaml
              peacekeeping import ops.csv --prefix hub- --match @chapter --output ops.yaml
            """
    )

    @Argument(help: ArgumentHelp("The file to import (- for standard input).", valueName: "file"),
              completion: .file(extensions: ["csv", "tsv", "txt", "json"]))
    var file: String
    @Option(help: "What the file is: csv or timelinejs (by default, from its name: .json is timelinejs).")
    var from: ImportFormat?
    @Option(help: ArgumentHelp("Which column feeds which field: FIELD=COLUMN,... (fields: "
        + ImportField.allCases.map(\.rawValue).joined(separator: ", ") + ").", valueName: "pairs"))
    var map: String?
    @Option(help: ArgumentHelp("An organization added to every event (declared if the file does not; "
        + "as the chapter declares it when it does).", valueName: "id"), completion: Completions.organizations)
    var organization: String?
    @Option(help: ArgumentHelp("Put before every id, so the events can sit beside others without clashes.",
                               valueName: "text"))
    var prefix: String = ""
    @Option(help: ArgumentHelp("Link each row to the event of this timeline it is (same-as), by id, acronym or "
        + "alias; @chapter is the built-in timeline.", valueName: "file"))
    var match: String?
    @Flag(help: "Skip every row with a note (a time of day dropped, a cell missing...).")
    var strict = false
    @Option(help: ArgumentHelp("Where to write the timeline; standard output otherwise.", valueName: "file"))
    var output: String?

    func run() throws {
        var options = ImportOptions(format: from ?? (file.lowercased().hasSuffix(".json") ? .timelinejs : .csv))
        options.map = try map.map(ImportField.parseMap) ?? [:]
        options.organization = organization
        options.prefix = prefix
        options.strict = strict
        options.alongside = try match.map { name in
            switch try DataFiles.load([name], searchable: false) {
            case .success(let timeline): return timeline
            case .failure(let failure): throw peacekeeping.failure(reporting: failure.description)
            }
        }
        let known = try options.alongside ?? DataFiles.load([DataFiles.chapter], searchable: false).get()
        options.knownOrganizations = known.organizations
        options.knownChapters = known.chapters
        let name = file == DataFiles.standardInput ? DataFiles.standardInputName : file
        let result: ImportResult
        do {
            result = try Importer.run(try Self.text(of: file), file: name, options: options)
        } catch let error as ImportError {
            throw CommandFailure(message: "\(name): \(error.description)")
        }
        FileHandle.standardError.write(Data((DisplayText.safe(result.report.text, multiline: true) + "\n").utf8))
        guard result.report.exitCode != 1 else { throw ExitCode(1) }
        let json = output?.lowercased().hasSuffix(".json") == true
        let text = try json
            ? String(decoding: TimelineExport.json(organizations: result.organizations, chapters: result.chapters,
                                                   events: result.events), as: UTF8.self)
            : TimelineExport.yaml(organizations: result.organizations, chapters: result.chapters, events: result.events)
        if let output {
            try ReplacingFile.write(to: output) { try $0.write(contentsOf: Data(text.utf8)) }
        } else {
            StandardOutput.write(text)
        }
        if result.report.exitCode != 0 { throw ExitCode(result.report.exitCode) }
    }

    /// The file's text, which must be UTF-8 (a byte-order mark is allowed).
    private static func text(of file: String) throws -> String {
        let data: Data
        if file == DataFiles.standardInput {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: file) else {
                throw CommandFailure(message: "\(file): cannot be read: no such file, or not readable")
            }
            data = read
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw CommandFailure(message: "\(file): is not UTF-8 text (line \(firstInvalidLine(data))): "
                + "save it as UTF-8 (CSV UTF-8 in a spreadsheet)")
        }
        return text
    }

    /// The line of the first byte that is not UTF-8.
    private static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for (index, byte) in zip(data.indices, data) where byte == 0x0A {
            if String(validating: data[start...index], as: UTF8.self) == nil { return line }
            line += 1
            start = data.index(after: index)
        }
        return line
    }
}

extension ImportFormat: ExpressibleByArgument {}
