import CNcurses
import Foundation

/// Puts text on the clipboard through the terminal: OSC 52, which most terminals take
/// as "set the clipboard", so that it works over ssh too. Inside tmux the sequence also
/// goes wrapped for tmux to pass on to the terminal it runs in.
enum Clipboard {
    static func sequence(for text: String, insideTmux: Bool) -> String {
        let osc = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        guard insideTmux else { return osc }
        return osc + "\u{1B}Ptmux;" + osc.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\"
    }

    static func copy(_ text: String) {
        let insideTmux = ProcessInfo.processInfo.environment["TMUX"] != nil
        fputs(sequence(for: text, insideTmux: insideTmux), pk_stdout())
        fflush(pk_stdout())
    }
}
