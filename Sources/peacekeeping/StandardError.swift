import ArgumentParser
import Foundation

/// Writes a report (such as a list of diagnostics) to standard error, as it is,
/// and returns the failure exit code for the caller to throw.
func failure(reporting text: String) -> ExitCode {
    FileHandle.standardError.write(Data((text + "\n").utf8))
    return .failure
}
