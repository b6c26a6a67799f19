import CNcurses
import Explorer
#if canImport(Glibc)
import Glibc
#endif

/// Why the explorer could not take over the terminal.
public struct TerminalUnavailable: Error, CustomStringConvertible {
    public let description: String
}

/// The thin layer between the explorer and a real terminal: it reads keys, follows
/// resizes and copies each rendered frame to the screen.
public enum TerminalSession {
    /// Once a timeline has been read from standard input, keys come from the terminal
    /// itself, as `less` does: `cat mine.yaml | peacekeeping --data -`.
    public static func readKeysFromTerminal() {
        guard isatty(STDIN_FILENO) == 0, isatty(STDOUT_FILENO) == 1 else { return }
        let terminal = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard terminal >= 0 else { return }
        dup2(terminal, STDIN_FILENO)
        close(terminal)
    }

    /// Runs the explorer until the user quits; the terminal is restored on every way out.
    public static func run(_ initial: AppState, noColor: Bool, terminalName: String) throws {
        setlocale(LC_ALL, "")
        TerminalGuard.prepare()
        guard let screen = newterm(terminalName, pk_stdout(), pk_stdin()) else {
            TerminalGuard.restore()
            throw TerminalUnavailable(description: "unknown terminal type '\(terminalName)': set TERM to one your system knows (for example xterm-256color)")
        }
        defer { delscreen(screen) }
        set_term(screen)
        raw()
        noecho()
        nonl()
        keypad(pk_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        TerminalGuard.arm()
        defer { TerminalGuard.restore() }

        mousemask(pk_mouse_events(), nil)
        mouseinterval(0)
        let painter = CursesPainter(styles: CursesStyles.start(noColor: noColor))
        var state = initial
        var work: Work?
        func take(_ next: Next) {
            state = next.state
            work = work?.merged(with: next.work) ?? next.work
            if let text = next.clipboard { Clipboard.copy(text) }
        }
        take(reduce(initial, .resize(width: Int(pk_cols()), height: Int(pk_lines()))))
        painter.paint(render(state))
        while !state.isFinished {
            // With work left (a long search), keys are read without waiting, and the
            // work goes on a slice at a time whenever none is pressed.
            wtimeout(pk_stdscr(), work == nil ? -1 : 0)
            switch CursesKeys.read() {
            case .resize: take(reduce(state, .resize(width: Int(pk_cols()), height: Int(pk_lines()))))
            case .key(let key):
                guard let action = KeyMap.action(for: key, in: state) else { continue }
                take(reduce(state, action))
            case .mouse(let action): take(reduce(state, action))
            case .nothing:
                guard let pending = work else { continue }
                (state, work) = continueWork(state, pending)
            }
            if !state.isFinished { painter.paint(render(state)) }
        }
    }
}
