import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// Puts the terminal back on every way out: normal exit, Ctrl-C, SIGTERM, SIGHUP,
/// and crashes (a Swift trap ends in SIGILL, with no panic hook to run).
///
/// Signal handlers can only call async-signal-safe functions, so the reset bytes and
/// the saved terminal modes are prepared in advance, in globals the handler reads.
/// While the screen is active, stderr goes to an unlinked log file; on the way out its
/// content is copied to the real stderr, so a crash message is not lost.
enum TerminalGuard {
    private nonisolated(unsafe) static var resetBytes = [UInt8]()
    private nonisolated(unsafe) static var savedModes = termios()
    private nonisolated(unsafe) static var hasSavedModes = false
    private nonisolated(unsafe) static var logDescriptor: Int32 = -1
    private nonisolated(unsafe) static var realStderr: Int32 = -1
    private nonisolated(unsafe) static var previousActions = Dictionary<Int32, sigaction>()

    static let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]

    /// Saves the terminal modes and sends stderr to a log; call before curses starts.
    static func prepare() {
        hasSavedModes = tcgetattr(STDIN_FILENO, &savedModes) == 0
        var template = Array("/tmp/peacekeeping-stderr-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        realStderr = dup(STDERR_FILENO)
        logDescriptor = descriptor
        dup2(descriptor, STDERR_FILENO)
    }

    /// Records what undoes curses (leave the alternate screen, show the cursor, plain
    /// attributes) and installs the signal handlers; call once curses is running.
    static func arm() {
        var bytes = [UInt8]()
        for capability in ["rmcup", "sgr0", "cnorm", "rmkx"] {
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else { continue }
            bytes += Array(String(cString: value).utf8)
        }
        resetBytes = bytes.isEmpty ? Array("\u{1B}[?1049l\u{1B}[0m\u{1B}[?25h".utf8) : bytes
        // A parent may have blocked signals the explorer relies on (resize, quit).
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signal in terminatingSignals + crashSignals + [SIGWINCH] { sigaddset(&unblocked, signal) }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        for signal in terminatingSignals + crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = handleSignal
            action.sa_flags = SA_SIGINFO
            sigemptyset(&action.sa_mask)
            var previous = sigaction()
            sigaction(signal, &action, &previous)
            previousActions[signal] = previous
        }
    }

    /// The normal way out: curses ends, modes and stderr come back, the log is shown.
    static func restore() {
        for (signal, previous) in previousActions {
            var action = previous
            sigaction(signal, &action, nil)
        }
        endwin()
        restoreModesAndStderr()
    }

    private static func restoreModesAndStderr() {
        if hasSavedModes { tcsetattr(STDIN_FILENO, TCSANOW, &savedModes) }
        guard realStderr >= 0, logDescriptor >= 0 else { return }
        dup2(realStderr, STDERR_FILENO)
        lseek(logDescriptor, 0, SEEK_SET)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(logDescriptor, $0.baseAddress, 4096) }
            guard count > 0 else { break }
            _ = buffer.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, count) }
        }
        close(logDescriptor)
        logDescriptor = -1
    }

    /// Runs in the signal handler: resets the screen with the prepared bytes, restores
    /// the modes and stderr, then lets the signal end the program. A crash first goes to
    /// whoever had it before (Swift's backtracer), called here with the crash's context;
    /// then, as for a request to stop, the default action ends the program once this
    /// handler returns (the signal is blocked until then), so the exit status says which
    /// signal it was. Raised only after the backtracer, a crash signal sent with kill,
    /// which a returning backtracer would otherwise let the program survive, ends it too.
    fileprivate static func handle(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?,
                                   _ context: UnsafeMutableRawPointer?) {
        _ = resetBytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        restoreModesAndStderr()
        if crashSignals.contains(signal), let previous = previousActions[signal] {
            if previous.sa_flags & SA_SIGINFO != 0, let handler = previous.__sigaction_handler.sa_sigaction {
                handler(signal, info, context)
            }
        }
        Glibc.signal(signal, SIG_DFL)
        raise(signal)
    }
}

private func handleSignal(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    TerminalGuard.handle(signal, info, context)
}
