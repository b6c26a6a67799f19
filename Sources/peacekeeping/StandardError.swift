import ArgumentParser
import Foundation
import TerminalText

/// Writes a report (such as a list of diagnostics) to standard error, display-safe
/// since it quotes the data, and returns the failure exit code for the caller to throw.
func failure(reporting text: String) -> ExitCode {
    FileHandle.standardError.write(Data((DisplayText.safe(text, multiline: true) + "\n").utf8))
    return .failure
}
