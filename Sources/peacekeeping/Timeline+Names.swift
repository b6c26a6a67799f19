import ArgumentParser
import TerminalText
import TimelineEngine

extension Timeline.Lookup {
    /// What was found, or an error naming what was not and the nearest name: a usage
    /// error (status 2) for an option's value, a plain failure (status 1) for what the
    /// command is about.
    func found(_ noun: String, _ name: String, isUsage: Bool = true) throws -> Found {
        switch self {
        case .found(let found): return found
        case .missing(let suggestion):
            let message = "no \(noun) '\(DisplayText.safe(name))'"
                + (suggestion.map { " (did you mean '\(DisplayText.safe($0))'?)" } ?? "")
            if isUsage { throw ValidationError(message) }
            throw CommandFailure(message: message)
        }
    }
}
