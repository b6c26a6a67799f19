import Explorer
import Foundation
import TestSupport
import Testing

/// Rendered screens compared with stored text and styles. To accept a deliberate change,
/// run `PK_UPDATE_SNAPSHOTS=1 swift test --filter SnapshotTests` and review the diff.
@Suite("Rendered screens")
struct SnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// A screen as its text, then its styles, one character a cell (see `code(of:)`), so
    /// that a lost highlight or a wrong color shows as plainly as a wrong word.
    static func snapshot(_ screen: ScreenBuffer) -> String {
        let styles = (0..<screen.height).map { y in
            var line = String((0..<screen.width).map { code(of: screen[$0, y].style) })
            while line.last == " " { line.removeLast() }
            return line
        }
        return (screen.lines + ["── styles: " + legend] + styles).joined(separator: "\n") + "\n"
    }

    static let legend = "' ' normal . dim T title H header S selected s unfocused M match = status m message W warning - border 0-5 colors"

    static func code(of style: Style) -> Character {
        switch style {
        case .normal: " "
        case .dim: "."
        case .title: "T"
        case .header: "H"
        case .selected: "S"
        case .selectedInactive: "s"
        case .match: "M"
        case .status: "="
        case .message: "m"
        case .warning: "W"
        case .border: "-"
        case .organization(let color): Character(String(color.rawValue))
        }
    }

    private func check(_ name: String, _ state: AppState) throws {
        let text = Self.snapshot(render(state))
        let url = Self.folder.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["PK_UPDATE_SNAPSHOTS"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let stored = try? String(contentsOf: url, encoding: .utf8)
        #expect(stored != nil, "no snapshot \(name).txt; run with PK_UPDATE_SNAPSHOTS=1 to record it")
        #expect(stored == text, "\(name) differs from its snapshot:\n\(text)")
    }

    @Test("the list and detail at 80x24 (stacked)")
    func list80x24() throws {
        try check("list-80x24", try Fixture.state(width: 80, height: 24).after(.moveDown))
    }

    @Test("the list and detail at 120x40 (side by side), links focused")
    func list120x40() throws {
        try check("list-120x40", try Fixture.state(width: 120, height: 40).after(.moveDown, .toggleFocus, .moveDown))
    }

    @Test("the relations view: the matrix, the cursor's cell, the pair's story", arguments: [(80, 24), (120, 40)])
    func relations(width: Int, height: Int) throws {
        try check("relations-\(width)x\(height)", try Fixture.state(width: width, height: height).typing([.character("r"), .character("j")]))
    }

    @Test("the trace view: before above, after below, the cursor on the event traced", arguments: [(80, 24), (120, 40)])
    func trace(width: Int, height: Int) throws {
        let artemis = try Fixture.state(width: width, height: height).after(.moveDown)
        try check("trace-\(width)x\(height)", artemis.typing([.character("t")]))
    }

    @Test("a terminal too small for the layout")
    func tiny() throws {
        try check("tiny-20x6", try Fixture.state(width: 20, height: 6))
    }

    @Test("search highlights, filter status, picker, lanes and help")
    func overlays() throws {
        let state = try Fixture.state(width: 80, height: 24)
        try check("search-80x24", state.typing("/mission".map { .character($0) }))
        try check("picker-80x24", state.typing([.character("o"), .down, .down, .character(" ")]))
        try check("filtered-80x24", state.typing([.character("o"), .down, .down, .character(" "), .enter]))
        try check("lanes-80x24", state.after(.toggleLanes))
        try check("help-80x24", state.after(.showHelp))
        try check("lanes-opened-80x24", state.after(.toggleLanes, .toggleOpenedOut))
        try check("lanes-opened-120x40", try Fixture.state(width: 120, height: 40).after(.moveDown, .toggleLanes, .toggleOpenedOut))
    }

    @Test("a snapshot records styles: a highlight lost is a difference")
    func stylesRecorded() throws {
        let searched = try Fixture.state(width: 80, height: 24).typing("/mission".map { Key.character($0) } + [.enter])
        let styles = { (state: AppState) in Self.snapshot(render(state)).components(separatedBy: "── styles")[1] }
        #expect(styles(searched).contains("MMMMMMM"), "the word found is highlighted")
        #expect(!styles(searched.typing([.escape])).contains("MMMMMMM"), "once cleared, the styles differ")
    }

    @Test("wide characters take two cells and hostile text is escaped")
    func cells() throws {
        let screen = render(try Fixture.state(width: 120, height: 40))
        let cells = screen.cells.map(\.text).joined()
        #expect(!cells.contains("\u{1B}"))
        #expect(!cells.contains("\u{202E}"))
        #expect(screen.lines.contains { $0.contains("Hybrid ^[[31mmission<U+202E>") })
        let row = try #require(screen.lines.firstIndex { $0.contains("東京 meeting") })
        let column = try #require((0..<screen.width).first { screen[$0, row].text == "東" })
        #expect(screen[column + 1, row].text == "", "the second cell of a wide character is a continuation")
        #expect(screen[column + 2, row].text == "京")
    }

    @Test("rendering at any size never crashes", arguments: [(0, 0), (1, 1), (5, 3), (49, 11), (50, 12), (300, 100)])
    func anySize(width: Int, height: Int) throws {
        let state = try Fixture.state(width: width, height: height)
        for candidate in [state, state.after(.toggleLanes), state.after(.showHelp), state.after(.openOrganizationPicker)] {
            let screen = render(candidate)
            #expect(screen.width == max(0, width) && screen.height == max(0, height))
        }
    }
}
