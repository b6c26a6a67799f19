import Foundation
import TerminalText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What standard output is connected to, for choosing widths and styles.
public struct OutputTerminal: Sendable {
    /// Whether standard output is a terminal.
    public let isTerminal: Bool
    /// Its width in columns, when it is a terminal.
    public let width: Int?
    /// Whether colors and styles may be used: a terminal, `NO_COLOR` unset, `TERM` not dumb.
    public let allowsStyle: Bool

    /// Text written as in the data for files and pipes, so that a round trip loses
    /// nothing, and made display-safe on a terminal, which must not be driven by it.
    public func shown(_ text: Data) -> Data {
        isTerminal ? Data(DisplayText.safe(String(decoding: text, as: UTF8.self), multiline: true).utf8) : text
    }

    /// Looks at standard output and the environment.
    public static func current(environment: [String: String]) -> OutputTerminal {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        var size = winsize()
        let width: Int? = isTerminal && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0
            ? Int(size.ws_col) : nil
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb"
        return OutputTerminal(isTerminal: isTerminal, width: width, allowsStyle: isTerminal && !noColor && !dumb)
    }
}
