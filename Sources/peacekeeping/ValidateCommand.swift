import ArgumentParser
import TimelineEngine

/// `peacekeeping validate FILE...`: checks timelines and reports every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check timeline files and report every problem with its file, line and column.",
        discussion: """
            The files are checked together, as --data would merge them: ids must be unique
            across them and links may point from one file into another.
            @chapter names the built-in timeline, so that a file of your own can be
            checked against the chapter it refers to; - reads standard input.
            Exits 0 when valid, 1 when not, 2 for usage errors.

            Examples:
              peacekeeping validate my-timeline.yaml
              peacekeeping validate exported.json additions.yaml
              peacekeeping validate @chapter my-events.yaml
              peacekeeping validate --format json my-timeline.yaml
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Output format: text, or json (a list of problems, each with file, line, column and message).")
    var format: Format = .text
    @Argument(help: "The YAML or JSON files to check (@chapter: the built-in timeline; -: standard input).",
              completion: Completions.dataFiles)
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to validate") }
    }

    func run() throws {
        // With the search index, so that a compact file's search sections are checked too.
        let result = try DataFiles.load(files, searchable: true)
        if format == .json {
            let problems = result.failureDiagnostics
            if problems.isEmpty { StandardOutput.line("[]") } else { try StandardOutput.json(problems.map(Problem.init)) }
            if !problems.isEmpty { throw ExitCode.failure }
            return
        }
        switch result {
        case .success(let timeline):
            StandardOutput.line("valid: \(timeline.events.count) events, \(timeline.organizations.count) organizations, "
                + "\(timeline.chapters.count) chapters")
        case .failure(let failure):
            throw peacekeeping.failure(reporting: failure.description + "\n\(failure.diagnostics.count) problem(s)")
        }
    }

    /// A problem as `--format json` writes it.
    struct Problem: Encodable {
        let file: String
        let line, column: Int?
        let event, field: String?
        let message: String

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.file
            line = diagnostic.position?.line
            column = diagnostic.position?.column
            event = diagnostic.eventID
            field = diagnostic.field
            message = diagnostic.message
        }
    }
}

private extension Result where Failure == LoadFailure {
    var failureDiagnostics: [Diagnostic] {
        guard case .failure(let failure) = self else { return [] }
        return failure.diagnostics
    }
}
