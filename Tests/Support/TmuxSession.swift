import Foundation

/// The real explorer in a real terminal: a tmux session on a private server,
/// driven with send-keys and read with capture-pane.
public final class TmuxSession {
    public static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    private let socket = "pk-test-\(UUID().uuidString.prefix(8))"
    private let name = "explorer"

    /// Starts `peacekeeping ARGUMENTS` in a WIDTH×HEIGHT terminal; the pane prints
    /// "EXITED <status>" when the program ends.
    public init(_ arguments: [String] = [], width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        let assignments = environment.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        // The test runner may export NO_COLOR; each test says whether it wants it.
        let command = "env -u NO_COLOR \(assignments) \(CommandRunner.executable.path) \(arguments.joined(separator: " "));"
            + " echo EXITED $?; sleep 60"
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command])
    }

    deinit { try? tmux(["kill-server"]) }

    /// Types keys: tmux key names ("Enter", "C-c", "Up") or literal text.
    public func send(_ keys: String..., literally: Bool = false) throws {
        for key in keys {
            try tmux(["send-keys", "-t", name] + (literally ? ["-l"] : []) + [key])
        }
    }

    public func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []))
    }

    /// Waits until the screen shows `text`; returns the screen, or throws with what it showed.
    @discardableResult
    public func waitFor(_ text: String, escapes: Bool = false, seconds: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen(escapes: escapes)
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(expected: text, screen: last)
    }

    /// Opens a prompt with its key ("/", ":", "Y"), types `text` into it and presses Enter.
    public func prompt(_ key: String, _ text: String) throws {
        try send(key)
        try send(text, literally: true)
        try send("Enter")
    }

    /// Sets a tmux option for the whole server (`set-clipboard on` lets OSC 52 in).
    public func setOption(_ name: String, _ value: String) throws {
        try tmux(["set-option", "-g", name, value])
    }

    /// What the program last put on the clipboard through tmux.
    public func pasteBuffer() throws -> String { try tmux(["show-buffer"]) }

    /// A click of the first button at a cell, sent as the terminal sends it (X10 encoding).
    public func click(x: Int, y: Int) throws {
        let cell = String(UnicodeScalar(UInt8(33 + x))) + String(UnicodeScalar(UInt8(33 + y)))
        try send("\u{1B}[M " + cell, "\u{1B}[M#" + cell, literally: true)
    }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Whether the pane is on the alternate screen (the explorer left it dirty if so).
    public func isOnAlternateScreen() throws -> Bool {
        try tmux(["display-message", "-p", "-t", name, "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// The explorer's process id (the pane runs a shell around it).
    public func programID() throws -> Int32 {
        let shell = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let output = try run("/usr/bin/pgrep", ["-P", shell, "-f", "peacekeeping"])
        guard let id = output.split(separator: "\n").first.flatMap({ Int32($0) }) else {
            throw Timeout(expected: "a running peacekeeping", screen: try screen())
        }
        return id
    }

    public struct Timeout: Error, CustomStringConvertible {
        let expected: String
        let screen: String
        public var description: String { "waited for “\(expected)”; the screen shows:\n\(screen)" }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try run("/usr/bin/tmux", ["-L", socket, "-f", "/dev/null"] + arguments)
    }

    /// Runs a command with posix_spawn and waits for it. Foundation's Process would
    /// wait forever here: the tmux server that `new-session` starts inherits the socket
    /// Process watches for the child's exit, and keeps it open.
    private func run(_ executable: String, _ arguments: [String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pk-tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The test runner's threads block signals; the terminal's programs must not inherit that.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        guard posix_spawn(&child, executable, &actions, &attributes, argv, environ) == 0 else {
            throw Timeout(expected: "\(executable) to start", screen: "")
        }
        var status: Int32 = 0
        waitpid(child, &status, 0)
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}
