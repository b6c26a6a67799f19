/// Keys bound to actions, one table per mode. The help overlay is generated from
/// these tables, so it cannot drift from what the keys do.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// How the help names the keys, when listing them one by one would not do ("1–9").
    public let label: String?
    public let help: String
    let action: @Sendable (Key) -> Action

    init(_ keys: [Key], label: String? = nil, _ help: String, _ action: @escaping @Sendable (Key) -> Action) {
        self.keys = keys
        self.label = label
        self.help = help
        self.action = action
    }

    init(_ keys: [Key], label: String? = nil, _ help: String, _ action: Action) {
        self.init(keys, label: label, help) { _ in action }
    }

    /// The keys as the help shows them: "j ↓".
    public var keyLabel: String { label ?? keys.map(\.description).joined(separator: " ") }
}

/// A titled group of bindings, as the help overlay shows them.
public struct KeyGroup: Sendable {
    public let title: String
    public let bindings: [KeyBinding]
}

public enum KeyMap {
    static func character(_ text: String) -> [Key] { text.map { Key.character($0) } }

    static let digits = (1...9).map { Key.character(Character(String($0))) }

    /// The groups of keys for browsing the list and the lanes.
    public static let browsing: [KeyGroup] = [
        KeyGroup(title: "Moving", bindings: [
            KeyBinding([.character("j"), .down], "next event; in the detail pane, next link or line", .moveDown),
            KeyBinding([.character("k"), .up], "previous event; in the pane, previous link or line", .moveUp),
            KeyBinding([.pageDown], "page down; in the detail pane, scroll it", .pageDown),
            KeyBinding([.pageUp], "page up; in the detail pane, scroll it", .pageUp),
            KeyBinding([.character("g"), .home], "first event; in the detail pane, its top", .top),
            KeyBinding([.character("G"), .end], "last event; in the detail pane, its end", .bottom),
            KeyBinding([.character("}")], "next event of the same organization", .nextOfOrganization),
            KeyBinding([.character("{")], "previous event of the same organization", .previousOfOrganization),
        ]),
        KeyGroup(title: "Links and history", bindings: [
            KeyBinding([.tab, .backTab], "move the focus between the list and the detail pane", .toggleFocus),
            KeyBinding([.enter], "follow the highlighted link, or go to the detail pane", .followHighlighted),
            KeyBinding(digits, label: "1–9", "follow link number N") { key in
                guard case .character(let character) = key, let number = character.wholeNumberValue else { return .followLink(0) }
                return .followLink(number)
            },
            KeyBinding([.backspace, .character("[")], "go back", .back),
            KeyBinding([.character("]")], "go forward", .forward),
            KeyBinding([.character("w")], "events that overlap this one in time", .showOverlapping),
            KeyBinding([.character("y")], "copy the event's citation to the clipboard", .copyCitation),
        ]),
        KeyGroup(title: "Search and filters", bindings: [
            KeyBinding([.character("/")], "search titles, places and summaries by word starts", .startSearch),
            KeyBinding([.escape], "leave the detail pane; in the list, clear the search", .leave),
            KeyBinding([.character("n")], "next match", .nextMatch),
            KeyBinding([.character("N")], "previous match", .previousMatch),
            KeyBinding([.character("o")], "filter by organization", .openOrganizationPicker),
            KeyBinding([.character("K")], "filter by kind, such as operations only", .openKindPicker),
            KeyBinding([.character("Y")], "filter by years: 2003, 2003-2008, -1999", .startYears),
            KeyBinding([.character(":")], "go to a year or date: :2003, :2003-06", .startJump),
            KeyBinding([.character("c")], "chapters: filter by a section or handbook chapter", .openChapters),
            KeyBinding([.character("x")], "clear the filter", .clearFilters),
        ]),
        KeyGroup(title: "Views", bindings: [
            KeyBinding([.character("v")], "switch between the list and the lanes", .toggleLanes),
            KeyBinding([.character("h"), .left], "lanes: earlier years", .scrollTimeEarlier),
            KeyBinding([.character("l"), .right], "lanes: later years", .scrollTimeLater),
            KeyBinding([.character("+"), .character("=")], "lanes: zoom in", .zoomIn),
            KeyBinding([.character("-")], "lanes: zoom out", .zoomOut),
            KeyBinding([.character("e")], "lanes: a row per event under each lane, or not", .toggleOpenedOut),
            KeyBinding([.character("r")], "relations: which organizations worked together, and how", .toggleRelations),
            KeyBinding([.character("b")], "relations: bodies on their own, or in their organization", .toggleBodies),
            KeyBinding([.character("t")], "trace: the chain of events linked to this one", .toggleTrace),
            KeyBinding([.character("f")], "trace: only the chain, in the list and the lanes", .filterToChain),
            KeyBinding([.character("?")], "this help", .showHelp),
            KeyBinding([.character("q"), .controlC], "quit", .quit),
        ]),
    ]

    /// Moving through a list in an overlay; letters and digits jump, so no command there is a letter.
    static let listMoves = [
        KeyBinding([.down], "next", .overlayDown),
        KeyBinding([.up], "previous", .overlayUp),
        KeyBinding([.pageDown], "a page down", .overlayPageDown),
        KeyBinding([.pageUp], "a page up", .overlayPageUp),
        KeyBinding([.home], "first", .overlayFirst),
        KeyBinding([.end], "last", .overlayLast),
        KeyBinding([], label: "a–z 0–9", "jump to the entry that starts so (again: the next)") { key in
            guard case .character(let character) = key else { return .overlayCancel }
            return .overlayType(character)
        },
    ]

    /// The keys of the organization and kind pickers.
    public static let organizationPicker = KeyGroup(title: "Organization and kind pickers (o, K)", bindings: listMoves + [
        KeyBinding([.character(" ")], "tick or untick", .overlayToggle),
        KeyBinding([.tab], "organizations: any of them / all of them", .toggleMatchMode),
        KeyBinding([.delete], "untick all", .clearSelection),
        KeyBinding([.enter], "apply", .overlayAccept),
        KeyBinding([.escape], "cancel", .overlayCancel),
    ])

    /// The keys of the chapter and overlap lists.
    public static let listOverlay = KeyGroup(title: "Chapters (c) and overlapping events (w)", bindings: listMoves + [
        KeyBinding([.enter], "choose", .overlayAccept),
        KeyBinding([.escape], "close", .overlayCancel),
    ])

    /// Scrolling the help (any other key closes it).
    static let scrolling = KeyGroup(title: "Help", bindings: [
        KeyBinding([.character("j"), .down], "scroll down", .overlayDown),
        KeyBinding([.character("k"), .up], "scroll up", .overlayUp),
    ])

    /// The keys of the prompts (other keys type into them).
    public static let prompt = KeyGroup(title: "Prompts (/ search, : go to, Y years)", bindings: [
        KeyBinding([.enter], "keep the search, go there, or filter", .promptAccept),
        KeyBinding([.escape], "cancel (a search returns to where it began)", .promptCancel),
        KeyBinding([.backspace], "erase a character", .promptErase),
    ])

    /// Every group, in the order the help shows them.
    public static var helpGroups: [KeyGroup] { browsing + [organizationPicker, listOverlay, prompt] }

    /// The action a key asks for in the current mode, if any.
    public static func action(for key: Key, in state: AppState) -> Action? {
        if key == .controlC { return .quit }
        // While the screen only says it is too small, nothing else would be seen to happen.
        if state.layout.isTooSmall { return key == .character("q") ? .quit : nil }
        switch state.overlay {
        case .none:
            return lookup(key, in: browsing)
        case .prompt:
            if let action = lookup(key, in: [prompt]) { return action }
            if case .character(let character) = key { return .promptType(character) }
            return nil
        case .organizations, .kinds:
            return lookup(key, in: [organizationPicker]) ?? typing(key)
        case .chapters, .overlaps:
            return lookup(key, in: [listOverlay]) ?? typing(key)
        case .confirmingJump:
            return key == .enter || key == .character("y") ? .overlayAccept : .overlayCancel
        case .help:
            return lookup(key, in: [scrolling]) ?? .overlayCancel
        }
    }

    /// A letter or digit typed in a list overlay.
    private static func typing(_ key: Key) -> Action? {
        guard case .character(let character) = key, character.isLetter || character.isNumber else { return nil }
        return .overlayType(character)
    }

    private static func lookup(_ key: Key, in groups: [KeyGroup]) -> Action? {
        for group in groups {
            if let binding = group.bindings.first(where: { $0.keys.contains(key) }) { return binding.action(key) }
        }
        return nil
    }
}
