import TimelineEngine

extension AppState {
    mutating func openPrompt(_ purpose: PromptInput.Purpose) {
        overlay = .prompt(PromptInput(purpose: purpose, text: "", originRow: list.selected, previous: search.text))
        detail.focus = .list
    }

    /// A character typed at the prompt; a search looks again at once.
    mutating func typeInPrompt(_ character: Character) -> Work.Search? {
        guard case .prompt(var input) = overlay else { return nil }
        input.text.append(character)
        overlay = .prompt(input)
        return input.purpose == .search ? searchFor(input.text, selectingFrom: input.originRow) : nil
    }

    /// Backspace: erases a character, or closes an empty prompt.
    mutating func eraseInPrompt() -> Work.Search? {
        guard case .prompt(var input) = overlay else { return nil }
        guard !input.text.isEmpty else { return cancelPrompt() }
        input.text.removeLast()
        overlay = .prompt(input)
        return input.purpose == .search ? searchFor(input.text, selectingFrom: input.originRow) : nil
    }

    mutating func acceptPrompt() -> Work.Search? {
        guard case .prompt(let input) = overlay else { return nil }
        overlay = .none
        switch input.purpose {
        case .search: acceptSearch(input)
        case .years: return applyYears(input.text)
        case .jump: jump(toDate: input.text)
        }
        return nil
    }

    mutating func cancelPrompt() -> Work.Search? {
        guard case .prompt(let input) = overlay else { return nil }
        overlay = .none
        return input.purpose == .search ? cancelSearch(input) : nil
    }

    /// `:2003`, `:2003-06`: the first listed event from that date on, with the jump in
    /// the history.
    mutating func jump(toDate text: String) {
        guard let date = try? EDTFDate(parsing: text.trimmingCharacters(in: .whitespaces)) else {
            inform("Go to a year or a date: 2003, 2003-06 or 2003-06-12", warning: true)
            return
        }
        let row = list.events.partitioningIndex { timeline.span(of: $0.value).earliestStart >= date.earliest }
        guard row < list.events.count else {
            inform("No event from \(date.plainText) on", warning: true)
            return
        }
        jump(to: list.events[row], kind: .link)
    }
}
