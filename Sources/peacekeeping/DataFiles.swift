import DefaultTimeline
import Foundation
import TimelineEngine

/// What `--data` and `validate` accept besides a path: `@chapter`, the built-in
/// timeline, and `-`, standard input.
enum DataFiles {
    static let chapter = "@chapter"
    static let standardInput = "-"
    /// How standard input is named in messages.
    static let standardInputName = "<stdin>"

    /// Loads the named files merged into one timeline, with its search index if `searchable`.
    static func load(_ names: [String], searchable: Bool) throws -> Result<Timeline, LoadFailure> {
        let paths = try names.map(path)
        guard paths.contains(standardInput) else { return TimelineLoader.load(paths: paths, searchable: searchable) }
        guard paths.count(where: { $0 == standardInput }) == 1 else {
            throw CommandFailure(message: "standard input (-) can be read only once")
        }
        // Standard input is read whole, so the other files are read alongside it in memory.
        var sources = [TimelineLoader.Source]()
        var unreadable = [Diagnostic]()
        for path in paths {
            if path == standardInput {
                sources.append(.init(name: standardInputName, bytes: [UInt8](FileHandle.standardInput.readDataToEndOfFile())))
                continue
            }
            switch TimelineLoader.Source.read(path: path) {
            case .success(let source): sources.append(source)
            case .failure(let diagnostic): unreadable.append(diagnostic)
            }
        }
        guard unreadable.isEmpty else { return .failure(LoadFailure(diagnostics: unreadable)) }
        return TimelineLoader.load(sources, searchable: searchable)
    }

    /// The path a name stands for.
    private static func path(_ name: String) throws -> String {
        guard name.hasPrefix("@") else { return name }
        guard name == chapter else {
            throw CommandFailure(message: "unknown built-in timeline '\(name)': the built-in timeline is \(chapter)")
        }
        switch DefaultTimeline.path() {
        case .success(let path): return path
        case .failure(let missing): throw CommandFailure(message: missing.description)
        }
    }
}
