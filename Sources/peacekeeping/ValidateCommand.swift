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
            """
    )

    @Argument(help: "The YAML or JSON files to check (@chapter: the built-in timeline; -: standard input).")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to validate") }
    }

    func run() throws {
        switch try DataFiles.load(files) {
        case .success(let timeline):
            StandardOutput.line("valid: \(timeline.events.count) events, \(timeline.organizations.count) organizations, "
                + "\(timeline.chapters.count) chapters")
        case .failure(let failure):
            throw peacekeeping.failure(reporting: failure.description + "\n\(failure.diagnostics.count) problem(s)")
        }
    }
}
