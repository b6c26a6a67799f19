/// The explorer's state machine: the state after `action`.
///
/// Pure: no terminal, no clock, no I/O, so every behaviour can be tested by
/// feeding actions and reading the state or its rendering.
public func reduce(_ state: AppState, _ action: Action) -> AppState {
    var next = state
    next.apply(action)
    return next
}

extension AppState {
    mutating func apply(_ action: Action) {
        if action != .idle { message = nil }
        switch action {
        case .idle: continueSearch()
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .pageDown: move(by: layout.listRows)
        case .pageUp: move(by: -layout.listRows)
        case .top: move(by: -visible.count)
        case .bottom: move(by: visible.count)
        case .toggleFocus: toggleFocus()
        case .followHighlighted: followHighlighted()
        case .followLink(let number): followLink(number)
        case .back: goBack()
        case .forward: goForward()
        case .nextOfOrganization: stepWithinOrganization(forward: true)
        case .previousOfOrganization: stepWithinOrganization(forward: false)
        case .showOverlapping: showOverlapping()
        case .startSearch: startSearch()
        case .searchType(let character): typeInSearch(character)
        case .searchErase: eraseInSearch()
        case .searchAccept: acceptSearch()
        case .searchCancel: cancelSearch()
        case .nextMatch: findMatch(forward: true)
        case .previousMatch: findMatch(forward: false)
        case .openOrganizationPicker: openOrganizationPicker()
        case .toggleMatchMode: toggleMatchMode()
        case .clearSelection: clearPickerSelection()
        case .clearFilters: clearFilters()
        case .openChapters: openChapters()
        case .overlayDown: moveOverlayCursor(by: 1)
        case .overlayUp: moveOverlayCursor(by: -1)
        case .overlayToggle: toggleOrganizationAtCursor()
        case .overlayAccept: acceptOverlay()
        case .overlayCancel: mode = .browsing
        case .showHelp: mode = .help(ListPicker(count: Help.lines.count))
        case .toggleLanes: toggleLanes()
        case .scrollTimeEarlier: scrollLanes(by: -1)
        case .scrollTimeLater: scrollLanes(by: 1)
        case .zoomIn: zoomLanes(in: true)
        case .zoomOut: zoomLanes(in: false)
        case .resize(let newWidth, let newHeight): resize(width: newWidth, height: newHeight)
        case .quit: isFinished = true
        }
        keepSelectionVisible()
        refreshLaneCache()
    }

    mutating func resize(width newWidth: Int, height newHeight: Int) {
        width = max(0, newWidth)
        height = max(0, newHeight)
    }

    mutating func inform(_ text: String, warning: Bool = false) {
        message = Message(text: text, isWarning: warning)
    }

    /// Confirms or dismisses whatever the current overlay offers.
    private mutating func acceptOverlay() {
        switch mode {
        case .pickingOrganizations(let picker): applyOrganizationPicker(picker)
        case .pickingChapter(let picker, _): applyChapter(at: picker.cursor)
        case .listingOverlaps(let picker, let events):
            mode = .browsing
            if !events.isEmpty { jump(to: events[picker.cursor], kind: .link) }
        case .confirmingJump(let pending): confirmJump(pending)
        case .browsing, .searching, .help: mode = .browsing
        }
    }

    private mutating func moveOverlayCursor(by delta: Int) {
        func moved(_ picker: ListPicker) -> ListPicker {
            var picker = picker
            picker.cursor = max(0, min(picker.count - 1, picker.cursor + delta))
            return picker
        }
        switch mode {
        case .pickingOrganizations(var picker):
            picker.cursor = max(0, min(timeline.organizations.count - 1, picker.cursor + delta))
            mode = .pickingOrganizations(picker)
        case .pickingChapter(let picker, let counts): mode = .pickingChapter(moved(picker), counts: counts)
        case .listingOverlaps(let picker, let events): mode = .listingOverlaps(moved(picker), events: events)
        case .help(let picker): mode = .help(moved(picker))
        default: break
        }
    }
}
