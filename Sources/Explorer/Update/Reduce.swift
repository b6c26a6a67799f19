/// What an action leads to: the next state, the work it leaves to continue between keys
/// (a long search, lanes still to count), and text for the terminal to put on the
/// clipboard, if any.
public struct Next: Sendable {
    public let state: AppState
    public let work: Work?
    public let clipboard: String?
}

/// The explorer's state machine: what `action` leads to from `state`.
///
/// Pure: no terminal, no clock, no I/O, so every behaviour can be tested by feeding
/// actions and reading the state or its rendering. Work a key starts gets its first
/// slice at once, so that a small timeline never leaves any.
public func reduce(_ state: AppState, _ action: Action) -> Next {
    var next = state
    var work = Work()
    next.message = nil
    if action == .copyCitation {
        let citation = next.copyCitation()
        return Next(state: next, work: nil, clipboard: citation)
    }
    work.search = next.apply(action)
    next.list.keepSelectionVisible(rows: next.layout.listRows)
    work.lanes = next.countLanes(continuing: nil)
    work.relations = next.continueRelations()
    return Next(state: next, work: work.isEmpty ? nil : work, clipboard: nil)
}

/// One more slice of `work`, done while no key is waiting; what is left of it, if any.
/// Work made stale by a later key (a search since replaced) is dropped.
public func continueWork(_ state: AppState, _ work: Work) -> (state: AppState, work: Work?) {
    var next = state
    var remaining = Work()
    if let search = work.search { remaining.search = next.continueSearch(search) }
    remaining.lanes = next.countLanes(continuing: work.lanes)
    remaining.relations = work.relations && next.continueRelations()
    next.list.keepSelectionVisible(rows: next.layout.listRows)
    return (next, remaining.isEmpty ? nil : remaining)
}

extension AppState {
    /// Carries out an action; the search it started, if one is left to finish.
    mutating func apply(_ action: Action) -> Work.Search? {
        var work: Work.Search?
        if view == .relations || view == .trace, applyInRelationViews(action, work: &work) { return work }
        switch action {
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .pageDown: page(by: 1)
        case .pageUp: page(by: -1)
        case .top: moveToEnd(last: false)
        case .bottom: moveToEnd(last: true)
        case .toggleFocus: toggleFocus()
        case .leave:
            if detail.focus == .detail { detail.focus = .list } else { clearSearch() }
        case .followHighlighted: return followHighlighted()
        case .followLink(let number): return followLink(number)
        case .back: return returnToView() ? nil : goBack()
        case .forward: return goForward()
        case .nextOfOrganization: return stepWithinOrganization(forward: true)
        case .previousOfOrganization: return stepWithinOrganization(forward: false)
        case .showOverlapping: showOverlapping()
        case .startSearch: openPrompt(.search)
        case .startYears: openPrompt(.years)
        case .startJump: openPrompt(.jump)
        case .promptType(let character): return typeInPrompt(character)
        case .promptErase: return eraseInPrompt()
        case .promptAccept: return acceptPrompt()
        case .promptCancel: return cancelPrompt()
        case .nextMatch: findMatch(forward: true)
        case .previousMatch: findMatch(forward: false)
        case .openOrganizationPicker: openOrganizationPicker()
        case .openKindPicker: openKindPicker()
        case .toggleMatchMode: toggleMatchMode()
        case .clearSelection: clearPickerSelection()
        case .clearFilters: return clearFilters()
        case .openChapters: openChapters()
        case .overlayDown: moveOverlayCursor(by: 1)
        case .overlayUp: moveOverlayCursor(by: -1)
        case .overlayPageDown: pageOverlayCursor(by: 1)
        case .overlayPageUp: pageOverlayCursor(by: -1)
        case .overlayFirst: moveOverlayCursor(by: -Int(Int32.max))
        case .overlayLast: moveOverlayCursor(by: Int(Int32.max))
        case .overlayType(let character): typeInOverlay(character)
        case .overlayToggle: toggleOrganizationAtCursor()
        case .overlayAccept: return acceptOverlay()
        case .overlayCancel: overlay = .none
        case .showHelp: overlay = .help(ListPicker(count: Help.lines.count))
        case .toggleLanes: toggleLanes()
        case .toggleRelations: toggleRelations()
        case .toggleTrace: toggleTrace()
        case .filterToChain: inform("f keeps the chain of a trace: press t first")
        case .toggleBodies: inform("b shows bodies on their own in the relations: press r first")
        case .scrollTimeEarlier: scrollLanes(by: -1)
        case .scrollTimeLater: scrollLanes(by: 1)
        case .zoomIn: zoomLanes(in: true)
        case .zoomOut: zoomLanes(in: false)
        case .toggleOpenedOut: toggleOpenedOut()
        case .copyCitation: break
        case .click(let x, let y): click(x: x, y: y)
        case .wheel(let rows): if overlay == .none { move(by: rows) }
        case .resize(let newWidth, let newHeight):
            width = max(0, newWidth)
            height = max(0, newHeight)
        case .quit: isFinished = true
        }
        return nil
    }

    mutating func inform(_ text: String, warning: Bool = false) {
        message = Message(text: text, isWarning: warning)
    }
}

extension AppState {
    /// What a key does in the relations or the trace view, where moving, Enter, Esc and
    /// the depth keys act on the view; false for an action they leave to the list's meaning.
    mutating func applyInRelationViews(_ action: Action, work: inout Work.Search?) -> Bool {
        let isRelations = view == .relations
        switch action {
        case .moveDown: isRelations ? moveInRelations(rows: 1, columns: 0) : moveInTrace(by: 1)
        case .moveUp: isRelations ? moveInRelations(rows: -1, columns: 0) : moveInTrace(by: -1)
        case .pageDown: isRelations ? moveInRelations(rows: 5, columns: 0) : moveInTrace(by: 10)
        case .pageUp: isRelations ? moveInRelations(rows: -5, columns: 0) : moveInTrace(by: -10)
        case .scrollTimeLater where isRelations: moveInRelations(rows: 0, columns: 1)
        case .scrollTimeEarlier where isRelations: moveInRelations(rows: 0, columns: -1)
        case .zoomIn where !isRelations: deepenTrace(by: 1)
        case .zoomOut where !isRelations: deepenTrace(by: -1)
        case .followHighlighted: work = isRelations ? showPair() : jumpFromTrace()
        case .filterToChain where !isRelations: work = filterToChain()
        case .toggleBodies where isRelations: toggleBodies()
        case .leave, .back: view = .list
        default: return false
        }
        return true
    }
}
