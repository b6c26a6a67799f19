import Foundation
import Testing

/// The explorer driven through tmux, as a user would drive it.
@Suite("The explorer in a real terminal", .enabled(if: TmuxSession.isAvailable), .serialized)
struct ExplorerEndToEndTests {
    /// "N events", as the status line counts the embedded timeline (from `list --count`).
    private let loaded: String

    init() throws {
        let count = try CommandRunner.run(["list", "--count"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        loaded = "\(count) events"
    }

    @Test("starts on the embedded timeline and quits with the terminal restored")
    func startAndQuit() throws {
        let session = try TmuxSession()
        let screen = try session.waitFor(loaded)
        #expect(screen.contains("Covenant of the League of Nations"))
        #expect(try session.isOnAlternateScreen())
        try session.send("q")
        try session.waitFor("EXITED 0")
        #expect(try !session.isOnAlternateScreen())
    }

    @Test("filters by an organization through the picker")
    func filterByOrganization() throws {
        let expected = try CommandRunner.run(["list", "--org", "EU", "--count"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let session = try TmuxSession()
        try session.waitFor(loaded)
        try session.send("o")
        try session.waitFor("Filter by organization")
        for _ in 0..<8 { try session.send("j") }
        try session.send("Space", "Enter")
        try session.waitFor("\(expected) of \(loaded) · EU (any)")
        try session.send("x")
        try session.waitFor("Filter cleared")
    }

    @Test("follows a link and comes back")
    func followAndBack() throws {
        let session = try TmuxSession()
        try session.waitFor(loaded)
        try session.send("/")
        try session.send("artemis", literally: true)
        try session.send("Enter")
        try session.waitFor("1 authorizes Artemis")
        try session.send("n")
        try session.waitFor("1 supports MONUC")
        try session.send("1")
        try session.waitFor("UN Organization Mission in the Democratic Republic of the Congo (MONUC)")
        try session.send("[")
        try session.waitFor("Operation Artemis (Artemis)")
        try session.send("]")
        try session.waitFor("(MONUC)")
    }

    @Test("search ignores diacritics, highlights matches, and n moves on")
    func search() throws {
        let session = try TmuxSession()
        try session.waitFor(loaded)
        try session.send("/")
        try session.send("cote d'ivoire", literally: true)
        try session.waitFor("matching · Enter keep")
        try session.send("Enter")
        try session.waitFor("“cote d'ivoire”")
        try session.waitFor("Operation Licorne (Licorne)")
        try session.send("n")
        try session.waitFor("UN Operation in Côte d’Ivoire (UNOCI)")
        try session.send("/")
        try session.send("sierra leone", literally: true)
        try session.waitFor("/sierra leone")
        try session.waitFor("\u{1B}[43mSierra", escapes: true)
    }

    @Test("re-lays out on resize, shows a message when too small, and recovers")
    func resize() throws {
        let session = try TmuxSession()
        try session.waitFor(loaded)
        try session.resize(width: 20, height: 6)
        try session.waitFor("Terminal too small")
        try session.resize(width: 130, height: 40)
        let wide = try session.waitFor(loaded)
        #expect(wide.contains("│"), "wide terminals put the detail beside the list")
        try session.send("q")
        try session.waitFor("EXITED 0")
    }

    @Test("Ctrl-C quits cleanly")
    func controlC() throws {
        let session = try TmuxSession()
        try session.waitFor(loaded)
        try session.send("C-c")
        try session.waitFor("EXITED 0")
        #expect(try !session.isOnAlternateScreen())
    }

    @Test("SIGTERM and a crash signal still restore the terminal", arguments: [(SIGTERM, 143), (SIGSEGV, 139)])
    func signals(signal: Int32, status: Int) throws {
        let session = try TmuxSession(environment: ["SWIFT_BACKTRACE": "enable=no"])
        try session.waitFor(loaded)
        kill(try session.programID(), signal)
        try session.waitFor("EXITED \(status)")
        #expect(try !session.isOnAlternateScreen())
    }

    @Test("NO_COLOR draws with attributes only")
    func noColor() throws {
        let session = try TmuxSession(environment: ["NO_COLOR": "1"])
        try session.waitFor(loaded)
        let screen = try session.screen(escapes: true)
        let colors = try Regex("\u{1B}\\[(3[0-7]|4[0-7]|38;|48;)")
        #expect(screen.firstMatch(of: colors) == nil)
        #expect(screen.contains("\u{1B}[7m"), "the selection is drawn in reverse video")
    }

    @Test("an unknown TERM is a clear error; TERM=dumb prints the plain list")
    func terminalTypes() throws {
        let bogus = try TmuxSession(environment: ["TERM": "no-such-terminal"])
        try bogus.waitFor("unknown terminal type 'no-such-terminal'")
        try bogus.waitFor("EXITED 1")
        let dumb = try TmuxSession(environment: ["TERM": "dumb"])
        let screen = try dumb.waitFor("EXITED 0")
        #expect(screen.contains("afghanistan-transition"))
    }
}
