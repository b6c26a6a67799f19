import Foundation
import TestSupport
import Testing

/// The explorer driven through tmux, as a user would drive it.
@Suite("The explorer in a real terminal", .enabled(if: TmuxSession.isAvailable), .serialized)
struct ExplorerEndToEndTests {
    /// The explorer on the fixture timeline in an 80x24 terminal, unless a test says otherwise.
    private func explorer(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession(["--data", try Fixture.file()], width: width, height: height,
                                      environment: environment)
        try session.waitFor(" 8 events")
        return session
    }

    @Test("starts on a timeline file and quits with the terminal restored")
    func startAndQuit() throws {
        let session = try explorer()
        #expect(try session.screen().contains("UN Organization Mission in the DR Congo"))
        #expect(try session.isOnAlternateScreen())
        try session.send("q")
        try session.waitFor("EXITED 0")
        #expect(try !session.isOnAlternateScreen())
    }

    @Test("filters by an organization through the picker")
    func filterByOrganization() throws {
        let session = try explorer()
        try session.send("o")
        try session.waitFor("Filter by organization")
        try session.send("e", "Space", "Enter")
        try session.waitFor("2 of 8 events · EU (any)")
        try session.send("x")
        try session.waitFor("Filter cleared")
    }

    @Test("the relations view opens, moves, lists a pair's events and comes back; the trace goes to an event")
    func relationsAndTrace() throws {
        let session = try explorer()
        try session.send("r")
        try session.waitFor("UN and EU")
        try session.send("l")
        try session.waitFor("UN and AU")
        try session.send("Enter")
        try session.waitFor("5 of 8 events")
        try session.send("BSpace")
        try session.waitFor("UN and AU")
        try session.send("Escape")
        try session.waitFor("5 of 8 events")
        try session.send("x")
        try session.waitFor("Filter cleared")
        try session.send("g", "j", "t")
        try session.waitFor("Links of Operation Artemis, 2 deep: 3 events")
        try session.send("k", "Enter")
        try session.waitFor("UN Organization Mission in the DR Congo (MONUC)")
        try session.send("BSpace")
        try session.waitFor("Links of Operation Artemis")
    }

    @Test("follows a link and comes back")
    func followAndBack() throws {
        let session = try explorer()
        try session.prompt("/", "artemis")
        try session.waitFor("1 supports: MONUC")
        try session.send("1")
        try session.waitFor("UN Organization Mission in the DR Congo (MONUC)")
        try session.send("[")
        try session.waitFor("Operation Artemis")
        try session.send("]")
        try session.waitFor("(MONUC)")
    }

    @Test("search ignores diacritics and punctuation, highlights matches, and n moves on")
    func search() throws {
        let session = try explorer()
        try session.send("/")
        try session.send("cote divoire", literally: true)
        try session.waitFor("2 matching · Enter keep · Esc cancel")
        try session.send("Enter")
        try session.waitFor("“cote divoire” 1/2")
        try session.waitFor("\u{1B}[43mCôte", escapes: true)
        try session.prompt("/", "mission")
        try session.waitFor("“mission” 3/3")
        try session.send("n")
        try session.waitFor("“mission” 1/3")
        try session.waitFor("Search wrapped to the top")
        try session.send("Escape")
        try session.waitFor("Search cleared")
    }

    @Test("y copies the citation through OSC 52; a click selects an event")
    func clipboardAndMouse() throws {
        let session = try explorer()
        try session.setOption("set-clipboard", "on")
        try session.click(x: 30, y: 3)
        try session.waitFor("Operation Artemis\n")
        try session.send("y")
        try session.waitFor("Copied the citation of Operation Artemis to the clipboard")
        #expect(try session.pasteBuffer() == "Operation Artemis, Jun–Sep 2003. section “UN and EU”. p. 63.")
    }

    @Test("the detail pane scrolls; kinds, years and : filter and go; the lanes open out", .timeLimit(.minutes(1)))
    func paneFiltersAndLanes() throws {
        let session = try explorer(height: 16)
        try session.send("j", "Tab", "NPage")
        try session.waitFor("↑ more")
        try session.send("Escape", "K", "Down", "Down", "Space", "Enter")
        try session.waitFor("1 of 8 events · declaration")
        try session.send("x")
        try session.prompt("Y", "2005-2011")
        try session.waitFor("4 of 8 events · 2005–2011")
        try session.send("x")
        try session.prompt(":", "2011")
        try session.waitFor("Crisis in Côte d’Ivoire\n")
        try session.send("v", "e")
        try session.waitFor("e: one row a lane")
        try session.waitFor("Crisis in Côte d’Ivoire")
    }

    @Test("re-lays out on resize, shows a message when too small, and recovers")
    func resize() throws {
        let session = try explorer()
        try session.resize(width: 20, height: 6)
        try session.waitFor("Terminal too small")
        try session.resize(width: 130, height: 40)
        let wide = try session.waitFor(" 8 events")
        #expect(wide.contains("│"), "wide terminals put the detail beside the list")
        try session.send("q")
        try session.waitFor("EXITED 0")
    }

    @Test("Ctrl-C quits cleanly")
    func controlC() throws {
        let session = try explorer()
        try session.send("C-c")
        try session.waitFor("EXITED 0")
        #expect(try !session.isOnAlternateScreen())
    }

    @Test("SIGTERM and a crash signal still restore the terminal", arguments: [(SIGTERM, 143), (SIGSEGV, 139)])
    func signals(signal: Int32, status: Int) throws {
        let session = try explorer(environment: ["SWIFT_BACKTRACE": "enable=no"])
        kill(try session.programID(), signal)
        try session.waitFor("EXITED \(status)")
        #expect(try !session.isOnAlternateScreen())
    }

    @Test("NO_COLOR draws with attributes only")
    func noColor() throws {
        let session = try explorer(environment: ["NO_COLOR": "1"])
        let screen = try session.screen(escapes: true)
        let colors = try Regex("\u{1B}\\[(3[0-7]|4[0-7]|38;|48;)")
        #expect(screen.firstMatch(of: colors) == nil)
        #expect(screen.contains("\u{1B}[7m"), "the selection is drawn in reverse video")
    }

    @Test("an unknown TERM is a clear error; TERM=dumb prints the plain list")
    func terminalTypes() throws {
        let file = try Fixture.file()
        let bogus = try TmuxSession(["--data", file], environment: ["TERM": "no-such-terminal"])
        try bogus.waitFor("unknown terminal type 'no-such-terminal'")
        try bogus.waitFor("EXITED 1")
        let dumb = try TmuxSession(["--data", file], environment: ["TERM": "dumb"])
        let screen = try dumb.waitFor("EXITED 0")
        #expect(screen.contains("minusma"))
    }

    @Test("CSV on a terminal is display-safe")
    func csvOnATerminal() throws {
        let session = try TmuxSession(["list", "--data", try Fixture.file(), "--format", "csv"])
        let screen = try session.waitFor("EXITED 0")
        #expect(screen.contains("Hybrid ^[[31mmission<U+202E> in Darfur"))
    }

    @Test("the README's first command opens the built-in timeline")
    func builtIn() throws {
        let count = try CommandRunner.run(["list", "--count"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let session = try TmuxSession([], width: 80, height: 24)
        try session.waitFor(" \(count) events")
        try session.send("q")
        try session.waitFor("EXITED 0")
    }
}
