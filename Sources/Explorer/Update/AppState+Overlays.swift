import TimelineEngine

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
        changeOverlayCursor { $0.move(by: delta) }
    }

    /// PgDn/PgUp in a list overlay: about the rows it shows.
    mutating func pageOverlayCursor(by pages: Int) {
        moveOverlayCursor(by: pages * max(1, height - 4))
    }

    /// A letter or digit typed in a list overlay jumps to the entry it starts.
    mutating func typeInOverlay(_ character: Character) {
        let timeline = self.timeline
        let labels: (Int) -> [String]
        switch overlay {
        case .organizations: labels = { [timeline.organizations[$0].id, timeline.organizations[$0].name] }
        case .kinds: labels = { [Event.Kind.allCases[$0].rawValue] }
        case .chapters: labels = { [timeline.chapters[$0].title, timeline.chapters[$0].id] }
        case .overlaps(_, let events): labels = { [timeline[event: events[$0]].title, timeline[event: events[$0]].shortName] }
        case .none, .prompt, .confirmingJump, .help: return
        }
        var found = true
        changeOverlayCursor { found = $0.type(character, labels: labels) }
        if !found { inform("Nothing starts with “\(character)”") }
    }

    /// Changes the cursor of whichever list overlay is open.
    private mutating func changeOverlayCursor(_ change: (inout ListPicker) -> Void) {
        switch overlay {
        case .organizations(var picker):
            change(&picker.cursor)
            overlay = .organizations(picker)
        case .kinds(var picker):
            change(&picker.cursor)
            overlay = .kinds(picker)
        case .chapters(var picker, let counts):
            change(&picker)
            overlay = .chapters(picker, counts: counts)
        case .overlaps(var picker, let events):
            change(&picker)
            overlay = .overlaps(picker, events: events)
        case .help(var picker):
            change(&picker)
            overlay = .help(picker)
        case .none, .prompt, .confirmingJump: break
        }
    }
}
