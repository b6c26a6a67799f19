extension AppState {
    /// Confirms or dismisses whatever the current overlay offers.
    mutating func acceptOverlay() -> Work.Search? {
        switch overlay {
        case .organizations(let picker): return applyOrganizationPicker(picker)
        case .kinds(let picker): return applyKindPicker(picker)
        case .chapters(let picker, _): return applyChapter(at: picker.cursor)
        case .overlaps(let picker, let events):
            overlay = .none
            if !events.isEmpty { jump(to: events[picker.cursor], kind: .link) }
        case .confirmingJump(let pending): return confirmJump(pending)
        case .none, .prompt, .help: overlay = .none
        }
        return nil
    }

    mutating func moveOverlayCursor(by delta: Int) {
        switch overlay {
        case .organizations(var picker):
            picker.cursor.move(by: delta)
            overlay = .organizations(picker)
        case .kinds(var picker):
            picker.cursor.move(by: delta)
            overlay = .kinds(picker)
        case .chapters(var picker, let counts):
            picker.move(by: delta)
            overlay = .chapters(picker, counts: counts)
        case .overlaps(var picker, let events):
            picker.move(by: delta)
            overlay = .overlaps(picker, events: events)
        case .help(var picker):
            picker.move(by: delta)
            overlay = .help(picker)
        case .none, .prompt, .confirmingJump: break
        }
    }
}
