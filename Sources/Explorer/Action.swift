/// Everything the user can ask of the explorer. Keys become actions through the
/// `KeyMap`; `reduce` turns an action and a state into the next state.
public enum Action: Hashable, Sendable {
    // Moving
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    case toggleFocus
    /// Esc: leaves the links for the list, or else clears the search.
    case leave
    // Links and history
    case followHighlighted
    case followLink(Int)
    case back, forward
    case nextOfOrganization, previousOfOrganization
    case showOverlapping
    /// `y`: the selected event's citation to the clipboard.
    case copyCitation
    // Search
    case startSearch
    case nextMatch, previousMatch
    // Prompts (the search, years, a date to go to)
    case promptType(Character)
    case promptErase
    case promptAccept
    case promptCancel
    case startJump
    // Filters
    case openOrganizationPicker
    case openKindPicker
    case startYears
    case toggleMatchMode
    case clearSelection
    case clearFilters
    case openChapters
    // Overlays
    case overlayDown, overlayUp
    case overlayPageDown, overlayPageUp, overlayFirst, overlayLast
    /// A letter or digit typed in a list: the next entry starting with what was typed.
    case overlayType(Character)
    case overlayToggle
    case overlayAccept
    case overlayCancel
    case showHelp
    // Views
    case toggleLanes
    case toggleRelations, toggleTrace
    case filterToChain
    case toggleBodies
    case scrollTimeEarlier, scrollTimeLater
    case zoomIn, zoomOut
    case toggleOpenedOut
    // The session
    /// A click at a cell of the screen: an event of the list, or a link of the detail pane.
    case click(x: Int, y: Int)
    /// The wheel, turned by so many rows (down when positive).
    case wheel(Int)
    case resize(width: Int, height: Int)
    case quit
}
