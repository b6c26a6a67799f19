@testable import Explorer
import Foundation
import TestSupport
import Testing
import TimelineEngine

@Suite("The explorer's state machine")
struct ReducerTests {
    @Test("moving clamps at both ends; g and G jump to them")
    func moving() throws {
        let state = try Fixture.state()
        #expect(state.selectedID == "monuc")
        #expect(state.after(.moveUp).selectedID == "monuc")
        #expect(state.after(.moveDown, .moveDown).selectedID == "decl-2003")
        #expect(state.after(.bottom).selectedID == "minusma")
        #expect(state.after(.bottom, .moveDown).selectedID == "minusma")
        #expect(state.after(.bottom, .top).selectedID == "monuc")
        #expect(state.after(.pageDown).selectedID == "minusma", "a page is longer than this list")
    }

    @Test("the selection stays visible while scrolling a short window")
    func scrolling() throws {
        var state = try Fixture.state(width: 80, height: 14)
        for _ in 0..<6 {
            state = state.after(.moveDown)
            #expect(state.list.selected.value >= state.list.top.value)
            #expect(state.list.selected.value < state.list.top.value + 4)
        }
    }

    @Test("following links and going back and forward, as in a browser")
    func history() throws {
        let start = try Fixture.state().typing([.character("/"), .character("h"), .character("y"), .enter])
        #expect(start.selectedID == "unamid")
        let atArtemis = start.after(.followLink(1))
        #expect(atArtemis.selectedID == "artemis")
        let atMonuc = atArtemis.after(.followLink(1))
        #expect(atMonuc.selectedID == "monuc")
        #expect(atMonuc.history.back.count == 2)
        let back = atMonuc.after(.back)
        #expect(back.selectedID == "artemis")
        #expect(back.after(.back).selectedID == "unamid")
        #expect(back.after(.forward).selectedID == "monuc")
        let branched = back.after(.followLink(2))
        #expect(branched.selectedID == "decl-2003", "artemis's second link is the backlink from the declaration")
        #expect(branched.history.forward.isEmpty, "a new jump drops the forward history")
        #expect(branched.after(.forward).message?.text == "Nothing to go forward to")
    }

    @Test("Tab moves the focus to the links; Enter follows the highlighted one")
    func linkFocus() throws {
        let artemis = try Fixture.state().after(.moveDown)
        #expect(artemis.selectedLinks.map(\.label) == ["supports", "formalized by", "related to"])
        let focused = artemis.typing([.tab, .character("j"), .character("j")])
        #expect(focused.detail.focus == .detail)
        #expect(focused.detail.linkCursor == 2)
        #expect(focused.selectedID == "artemis", "j moves the link cursor, not the list")
        let followed = focused.typing([.enter])
        #expect(followed.selectedID == "unamid")
        #expect(followed.detail.focus == .list)
        #expect(artemis.typing([.enter]).detail.focus == .detail, "Enter from the list goes to the links")
        #expect(artemis.after(.followLink(7)).message?.text == "No link 7: this event has 3")
    }

    @Test("search is incremental, ignores case and diacritics, and n/N wrap")
    func search() throws {
        let state = try Fixture.state()
        let typing = state.typing([.character("/"), .character("C"), .character("O"), .character("T")])
        #expect(typing.selectedID == "tokyo", "‘cot’ finds Côte d’Ivoire")
        let mission = state.typing("/mission".map { Key.character($0) } + [.enter])
        #expect(mission.selectedID == "monuc")
        #expect(mission.search.matches.count == 3, "not the hostile title, where “mission” follows “31m”")
        #expect(mission.after(.nextMatch).selectedID == "artemis", "the summary of Artemis mentions a mission")
        #expect(mission.after(.previousMatch).selectedID == "afisma")
        #expect(mission.after(.previousMatch).message?.text == "Search wrapped to the bottom")
        let cancelled = state.after(.moveDown).typing([.character("/"), .character("m"), .character("a"), .escape])
        #expect(cancelled.selectedID == "artemis", "Esc returns to where the search began")
        #expect(cancelled.search.text.isEmpty)
    }

    @Test("Enter lands on the best match: a named one beats one that only mentions the words")
    func bestMatch() throws {
        let fromArtemis = try Fixture.state(width: 80, height: 24).after(.moveDown)
        let typed = fromArtemis.typing("/mission".map { Key.character($0) })
        #expect(typed.selectedID == "artemis", "while typing, the first match from where the search began")
        let accepted = typed.typing([.enter])
        #expect(accepted.selectedID == "afisma", "Artemis only mentions a mission; AFISMA is one")
        #expect(render(accepted).lines.last!.contains("“mission” 3/3"))
        let next = accepted.after(.nextMatch)
        #expect(next.selectedID == "monuc")
        #expect(next.message?.text == "Search wrapped to the top")
        #expect(render(next.after(.moveDown, .moveDown)).lines.last!.contains("“mission” 3 matching"),
                "off a match, the count alone")
    }

    @Test("at 80x24 every line of the detail pane can be reached; more is said on a line of its own")
    func detailScrolling() throws {
        // MONUC at 80x24 has a few lines; a short terminal leaves room for fewer.
        let state = try Fixture.state(width: 80, height: 16).after(.moveDown)
        let page = try #require(state.detailPage)
        #expect(page.content.lines.count > page.rows, "the pane does not fit at this size")
        let focused = state.typing([.tab])
        #expect(focused.detail.focus == .detail)
        var seen = Set<String>()
        var current = focused
        for _ in 0..<page.content.lines.count {
            let lines = render(current).lines
            let pane = lines[(lines.firstIndex { $0.hasPrefix("────") }! + 1)..<(lines.count - 2)]
            seen.formUnion(pane.map { $0.trimmingCharacters(in: .whitespaces) })
            #expect(!pane.dropLast().contains { $0.contains("more") }, "the marks take the last line only")
            current = current.typing([.pageDown])
        }
        let texts = page.content.lines.map { $0.map(\.text).joined().trimmingCharacters(in: .whitespaces) }
        for text in texts where !text.isEmpty {
            #expect(seen.contains { $0 == text || ($0.hasSuffix("…") && text.hasPrefix($0.dropLast())) }, "never shown: \(text)")
        }
        #expect(render(current).lines.contains { $0.contains("↑ more") })
        #expect(current.typing([.character("g")]).detailPage?.top == 0)
    }

    @Test("j and k in the pane move through its links and keep the highlighted one in view")
    func detailLinks() throws {
        let artemis = try Fixture.state(width: 80, height: 16).after(.moveDown).typing([.tab])
        for presses in [1, 2, 3, 4] {
            let moved = artemis.typing(Array(repeating: .character("j"), count: min(presses, 2))
                + Array(repeating: .character("k"), count: max(0, presses - 2)))
            let expected = presses <= 2 ? presses : 2 - (presses - 2)
            let page = try #require(moved.detailPage)
            #expect(moved.detail.linkCursor == expected)
            #expect((page.top..<(page.top + page.rows)).contains(page.content.linkLines[expected]))
        }
        let links = try #require(artemis.detailPage).content.linkRanges.count
        let past = artemis.typing(Array(repeating: .character("j"), count: 40))
        let end = try #require(past.detailPage)
        #expect(past.detail.linkCursor == links - 1)
        #expect(end.top == end.lastTop && end.lastTop > 0, "past the last link, j goes on to the pane's last line")
        #expect(past.typing(Array(repeating: .character("k"), count: 40)).detailPage?.top == 0)
        let tokyo = try Fixture.state(width: 80, height: 24).after(.moveDown, .moveDown, .moveDown).typing([.tab])
        #expect(tokyo.selectedID == "tokyo" && tokyo.detail.focus == .detail, "the pane takes the focus without links")
        #expect(tokyo.typing([.enter]).message?.text == "This event has no links")
    }

    @Test("a link reads as a sentence and wraps, so that its whole target can be read")
    func linkSentences() throws {
        let declaration = try Fixture.state(width: 60, height: 40).after(.moveDown)
        let lines = render(declaration).lines
        let first = try #require(lines.firstIndex { $0.contains("2 formalized by: Joint UN-EU Declaration") })
        #expect(lines[first + 1].hasPrefix("   Crisis Management"), "continued under it, indented")
        #expect(lines[first + 1].contains("24 Sep 2003"), "its dates after it")
        let pane = lines[(lines.firstIndex { $0.hasPrefix("────") }!)...]
        #expect(!pane.contains { $0.contains("…") }, "nothing in the pane is cut")
    }

    @Test("y hands the selected event's citation to the terminal's clipboard, display-safe")
    func citation() throws {
        let artemis = try Fixture.state(width: 80, height: 24).after(.moveDown)
        let copied = reduce(artemis, .copyCitation)
        #expect(copied.clipboard == "Operation Artemis, Jun–Sep 2003. section “UN and EU”. p. 63.")
        #expect(copied.state.message?.text == "Copied the citation of Operation Artemis to the clipboard")
        let hostile = try Fixture.state().typing("/hybrid".map { Key.character($0) } + [.enter])
        let text = try #require(reduce(hostile, .copyCitation).clipboard)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(text.hasPrefix("Hybrid ^[[31mmission<U+202E> in Darfur (UNAMID), since 2008"))
    }

    @Test("a click selects an event or a link; the wheel moves through the list")
    func mouse() throws {
        let state = try Fixture.state(width: 80, height: 24)
        #expect(state.after(.click(x: 30, y: 4)).selectedID == "decl-2003", "the third row under the header")
        #expect(state.after(.click(x: 30, y: 40)).selectedID == "monuc", "outside the screen, nothing")
        let artemis = state.after(.moveDown)
        let lines = render(artemis).lines
        let link = try #require(lines.firstIndex { $0.contains("2 formalized by:") })
        let clicked = artemis.after(.click(x: 10, y: link))
        #expect(clicked.detail.focus == .detail && clicked.detail.linkCursor == 1)
        #expect(clicked.typing([.enter]).selectedID == "decl-2003", "Enter follows the clicked link")
        #expect(state.after(.wheel(3)).selectedID == "tokyo" && state.after(.wheel(3), .wheel(-3)).selectedID == "monuc")
        #expect(state.typing([.character("o")]).after(.click(x: 30, y: 4)).selectedID == "monuc", "not through a picker")
    }

    @Test("a message takes a line of its own: the status keeps its counts, search and history")
    func messagesKeepTheStatus() throws {
        let wrapped = try Fixture.state(width: 80, height: 24)
            .typing("/mission".map { Key.character($0) } + [.enter]).after(.previousMatch)
        let lines = render(wrapped).lines
        #expect(lines[22] == " Search wrapped to the bottom")
        #expect(lines[23].contains("8 events · “mission” 3/3"))
        let both = try Fixture.state(width: 80, height: 24).after(.moveDown, .followLink(1), .followLink(1), .back)
        #expect(render(both).lines[23].contains("[ back · ] forward"))
    }

    @Test("Esc in the list clears the search and its highlight; an empty search clears it too")
    func clearingTheSearch() throws {
        /// Whether a title in the list is highlighted (the time strip below has the style too).
        func highlights(_ state: AppState) -> Bool {
            let screen = render(state)
            return screen.cells.prefix(screen.width * (screen.height - 2)).contains { $0.style == .match }
        }
        let searched = try Fixture.state(width: 80, height: 24).typing("/mission".map { Key.character($0) } + [.enter])
        #expect(highlights(searched))
        let cleared = searched.typing([.escape])
        #expect(cleared.search.pattern.isEmpty && cleared.search.text.isEmpty)
        #expect(!highlights(cleared), "no highlight is left")
        #expect(cleared.message?.text == "Search cleared")
        let emptied = searched.typing([.character("/"), .enter])
        #expect(emptied.search.pattern.isEmpty && !highlights(emptied))
        let fromLinks = searched.typing([.tab, .escape])
        #expect(fromLinks.detail.focus == .list && !fromLinks.search.pattern.isEmpty, "Esc first leaves the links")
    }

    @Test("matches narrow as a search is typed and widen again on Backspace")
    func narrowingSearch() throws {
        let state = try Fixture.state()
        let typed = state.typing("/m".map { Key.character($0) })
        let narrowed = typed.typing("ission".map { Key.character($0) })
        let direct = state.typing("/mission".map { Key.character($0) })
        #expect(narrowed.search.matches == direct.search.matches)
        #expect(narrowed.search.matches.count == 3)
        let widened = narrowed.typing(Array(repeating: .backspace, count: 6))
        #expect(widened.search.matches == typed.search.matches)
        #expect(widened.search.matches.count > narrowed.search.matches.count)
        let filtered = direct.typing([.enter, .character("o"), .character("e"), .character(" "), .enter])
        #expect(filtered.ids(filtered.search.matches) == ["artemis"], "matches follow the filter")
    }

    @Test("a long search goes on between keys and moves the selection when it ends")
    func searchInSlices() throws {
        let oneTurn = try Fixture.state().typing("/mission".map { Key.character($0) })
        let state = try Fixture.state(workSlice: 2).after(.moveDown)
        var running = Session(state).typing("/mission".map { Key.character($0) })
        #expect(running.work != nil)
        #expect(running.state.search.progress == 2.0 / 8, "the first of four slices of eight events")
        #expect(running.state.selectedID == "artemis", "the selection waits for the search")
        #expect(render(running.state).lines.last!.contains("searching… 25%"))
        var turns = 0
        while running.work != nil {
            running = running.idle()
            turns += 1
        }
        #expect(turns == 3)
        #expect(running.state.search.matches == oneTurn.search.matches)
        #expect(running.state.selectedID == "artemis", "Artemis is the first match from where the search began")
        #expect(render(running.state).lines.last!.contains("3 matching"))
        let accepted = Session(state).typing("/hybrid".map { Key.character($0) } + [.enter])
        #expect(accepted.state.search.progress == nil, "Enter ends the search at once")
        #expect(accepted.state.selectedID == "unamid")
        #expect(accepted.settled().state.selectedID == "unamid", "the work left behind is dropped")
        let warned = running.after([.forward]).idle()
        #expect(warned.state.message?.text == "Nothing to go forward to", "work between keys keeps the message")
        let replaced = Session(state).typing("/mission".map { Key.character($0) } + [.escape]).settled()
        #expect(replaced.state.search.matches.isEmpty && replaced.state.selectedID == "artemis",
                "a cancelled search's work is dropped")
    }

    @Test("the organization picker filters any-of or all-of, with bodies")
    func organizationFilter() throws {
        let state = try Fixture.state()
        let picked = state.typing([.character("o"), .character("e"), .character(" "), .enter])
        #expect(picked.filter.query.organizations == ["EU"])
        #expect(picked.ids(picked.list.events) == ["artemis", "decl-2003"])
        let cancelled = state.typing([.character("o"), .character(" "), .escape])
        #expect(cancelled.filter.query.organizations.isEmpty)
        let both = state.typing([.character("o"), .character(" "), .character("a"), .character(" "), .tab, .enter])
        #expect(both.filter.query.organizations == ["UN", "AU"])
        #expect(both.filter.query.organizationMatch == .all)
        #expect(both.ids(both.list.events) == ["unamid", "civ"], "the crisis through the Security Council")
        #expect(both.filterDescription == "UN, AU (all)")
        #expect(both.after(.clearFilters).list.events.count == 8)
        let body = state.typing([.character("o"), .character(" "), .enter])
        #expect(body.ids(body.list.events).contains("minusma"), "UN includes the Security Council")
    }

    @Test("filters by kind and by years, as the command line does, and says so")
    func kindsAndYears() throws {
        let state = try Fixture.state(width: 80, height: 24)
        let operationsRow = Event.Kind.allCases.firstIndex(of: .operation)!
        let operations = state.typing([.character("K")] + Array(repeating: .down, count: operationsRow)
                                      + [.character(" "), .enter])
        #expect(operations.ids(operations.list.events) == ["monuc", "artemis", "unamid", "afisma", "minusma"])
        #expect(render(operations).lines[0].contains("filter: operation"))
        let years = state.typing([.character("Y")] + "2003-2008".map { Key.character($0) } + [.enter])
        #expect(years.ids(years.list.events) == ["monuc", "artemis", "decl-2003", "tokyo", "unamid"])
        #expect(years.filterDescription == "2003–2008")
        #expect(render(years).lines[23].contains("5 of 8 events · 2003–2008"))
        let from = state.typing([.character("Y")] + "2010".map { Key.character($0) } + [.enter])
        #expect(from.filterDescription == "from 2010" && from.ids(from.list.events) == ["monuc", "unamid", "civ", "afisma", "minusma"])
        let wrong = state.typing([.character("Y")] + "2008-2003".map { Key.character($0) } + [.enter])
        #expect(wrong.message?.isWarning == true && wrong.filter.query.isEmpty)
        let cleared = years.typing([.character("Y"), .enter])
        #expect(cleared.filter.query.isEmpty, "an empty span is every year")
    }

    @Test(": goes to the first event from a year or date on, and [ comes back")
    func jumpToDate() throws {
        let state = try Fixture.state(width: 80, height: 24)
        let jumped = state.typing([.character(":")] + "2005".map { Key.character($0) } + [.enter])
        #expect(jumped.selectedID == "tokyo")
        #expect(jumped.typing([.character("[")]).selectedID == "monuc")
        let month = state.typing([.character(":")] + "2013-07".map { Key.character($0) } + [.enter])
        #expect(month.selectedID == "minusma")
        #expect(state.typing([.character(":")] + "2099".map { Key.character($0) } + [.enter]).message?.text == "No event from 2099 on")
        #expect(state.typing([.character(":"), .character("x"), .enter]).message?.isWarning == true)
        #expect(render(state.typing([.character(":"), .character("2")])).lines[23].hasPrefix(":2▏"))
    }

    @Test("pickers page, go to either end, and jump to what is typed")
    func pickerKeys() throws {
        func cursor(_ state: AppState) -> Int? {
            switch state.overlay {
            case .organizations(let picker): return picker.cursor.cursor
            case .chapters(let picker, _): return picker.cursor
            default: return nil
            }
        }
        let state = try Fixture.state(width: 80, height: 24)
        let picker = state.typing([.character("o")])
        #expect(cursor(picker.typing([.end])) == 5 && cursor(picker.typing([.end, .home])) == 0)
        #expect(cursor(picker.typing([.pageDown])) == 5, "a page holds the six of them")
        #expect(cursor(picker.typing([.character("e")])) == 3, "e: EU")
        #expect(cursor(picker.typing([.character("u"), .character("n"), .character("s")])) == 1, "uns: UNSC")
        #expect(cursor(picker.typing([.character("a"), .character("f")])) == 4, "af: African Union, by its name")
        #expect(cursor(picker.typing([.character("u"), .character("u")])) == 1, "u again: the next that starts with u")
        let missed = picker.typing([.character("z")])
        #expect(cursor(missed) == 0 && missed.message?.text == "Nothing starts with “z”")
        let ticked = picker.typing([.character("a"), .character(" "), .delete])
        guard case .organizations(let untick) = ticked.overlay else { Issue.record("the picker stays open"); return }
        #expect(untick.chosen.isEmpty)
        #expect(cursor(state.typing([.character("c"), .character("u"), .character("n")])) == 0, "chapters jump by title")
    }

    @Test("a jump to an event hidden by the filter asks first, and can clear the filter")
    func hiddenJump() throws {
        let auOnly = try Fixture.state().typing([.character("o"), .character("a"), .character(" "), .enter])
        let afisma = auOnly.typing([.character("G")])
        #expect(afisma.selectedID == "afisma")
        let asked = afisma.after(.followLink(1))
        #expect(asked.selectedID == "afisma")
        #expect(asked.message?.isWarning == true)
        #expect(asked.message?.text.hasPrefix("MINUSMA is hidden by the filter") == true)
        let stayed = asked.typing([.escape])
        #expect(stayed.selectedID == "afisma")
        #expect(stayed.filter.query.organizations == ["AU"])
        let cleared = asked.typing([.enter])
        #expect(cleared.selectedID == "minusma")
        #expect(cleared.filter.query.isEmpty)
        #expect(cleared.after(.back).selectedID == "afisma")
    }

    @Test("next and previous event of the same organization")
    func sameOrganization() throws {
        let tokyo = try Fixture.state().typing("/ivoire".map { Key.character($0) } + [.enter])
        #expect(tokyo.selectedID == "tokyo")
        #expect(tokyo.after(.nextOfOrganization).selectedID == "unamid")
        #expect(tokyo.after(.nextOfOrganization, .nextOfOrganization).selectedID == "civ")
        #expect(tokyo.after(.previousOfOrganization).message?.text == "No earlier AU event")
    }

    @Test("the overlap list leads to events at the same time")
    func overlaps() throws {
        let artemis = try Fixture.state().after(.moveDown)
        let listed = artemis.after(.showOverlapping)
        guard case .overlaps(_, let events) = listed.overlay else {
            Issue.record("w opens the overlap list")
            return
        }
        #expect(artemis.ids(events) == ["monuc", "decl-2003"])
        #expect(listed.after(.overlayDown, .overlayAccept).selectedID == "decl-2003")
    }

    @Test("choosing a chapter filters to its events")
    func chapters() throws {
        let chosen = try Fixture.state().typing([.character("c"), .enter])
        #expect(chosen.filter.query.chapter == "s-eu")
        #expect(chosen.ids(chosen.list.events) == ["artemis", "decl-2003"])
    }

    @Test("lanes scroll and zoom within the timeline's years")
    func lanes() throws {
        let lanes = try Fixture.state().after(.toggleLanes)
        #expect(lanes.view == .lanes)
        #expect(lanes.lanes.viewport.firstYear == 1999)
        let zoomed = lanes.after(.zoomIn)
        #expect(zoomed.lanes.viewport.span < lanes.lanes.viewport.span)
        #expect(zoomed.after(.scrollTimeLater).lanes.viewport.firstYear > zoomed.lanes.viewport.firstYear)
        #expect(zoomed.after(.zoomOut, .zoomOut, .zoomOut).lanes.viewport.span == lanes.lanes.viewport.span)
        #expect(lanes.after(.scrollTimeEarlier).lanes.viewport.firstYear == 1999, "cannot scroll before the first year")
    }

    @Test("while the terminal is too small, only q and a resize act")
    func tooSmall() throws {
        let tiny = try Fixture.state(width: 30, height: 8)
        for key in [Key.character("j"), .character("o"), .character("/"), .enter, .tab, .character("v")] {
            #expect(KeyMap.action(for: key, in: tiny) == nil, "\(key)")
        }
        #expect(tiny.typing([.character("q")]).isFinished)
        #expect(tiny.after(.resize(width: 80, height: 24)).typing([.character("j")]).selectedID == "artemis")
    }

    @Test("q and Ctrl-C quit from anywhere; other keys in overlays do not")
    func quitting() throws {
        let state = try Fixture.state()
        #expect(state.typing([.character("q")]).isFinished)
        #expect(state.typing([.character("/"), .controlC]).isFinished)
        #expect(state.typing([.character("o"), .controlC]).isFinished)
        #expect(!state.typing([.character("/"), .character("q")]).isFinished, "q is typed into a search")
        #expect(!state.typing([.character("o"), .character("q")]).isFinished, "in a picker q types, to jump")
    }

    @Test("at 80 columns nothing in the help is cut")
    func helpFitsEightyColumns() throws {
        var help = try Fixture.state(width: 80, height: 24).after(.showHelp)
        for _ in 0..<Help.lines.count {
            #expect(!render(help).lines.contains { $0.contains("…") }, "\(render(help).lines.joined(separator: "\n"))")
            help = help.after(.overlayDown)
        }
    }

    @Test("at 80 columns the pickers' titles and footers are whole", arguments: ["o", "K", "c", "w"])
    func pickerFrames(key: Character) throws {
        let state = try Fixture.state(width: 80, height: 24).after(.moveDown).typing([.character(key)])
        let frame = render(state).lines.filter { $0.contains("┌") || $0.contains("└") }
        #expect(frame.count == 2 && !frame.contains { $0.contains("…") }, "\(frame)")
    }

    @Test("the help lists every binding of the key map")
    func helpFromKeyMap() throws {
        let help = render(try Fixture.state(width: 100, height: 80).after(.showHelp)).lines.joined(separator: "\n")
        for group in KeyMap.helpGroups {
            #expect(help.contains(group.title))
            for binding in group.bindings {
                #expect(help.contains(binding.help), "\(binding.help)")
            }
        }
    }

    @Test("relations: counted a slice at a time, the cursor skips the diagonal, Enter lists the pair, Backspace comes back")
    func relationsView() throws {
        let sliced = try Fixture.state(width: 80, height: 24, workSlice: 3)
        let opened = reduce(sliced, .toggleRelations)
        #expect(opened.state.view == .relations && opened.state.relations.matrix == nil && opened.work != nil,
                "a slice counted, the rest left as work")
        var state = opened.state
        var work = opened.work
        while let pending = work { (state, work) = continueWork(state, pending) }
        let matrix = try #require(state.relations.matrix)
        #expect(matrix.organizations == ["UN", "EU", "AU", "ECOWAS"])
        #expect(state.relations.row == 0 && state.relations.column == 1)
        let moved = state.after(.moveDown)
        #expect(moved.relations.row == 1 && moved.relations.column == 2, "off the diagonal, further along")
        let listed = state.after(.scrollTimeLater, .followHighlighted)
        #expect(listed.view == .list && listed.filterDescription == "UN and AU, and links across")
        let story = try #require(state.timeline.pairStory("UN", "AU"))
        #expect(listed.list.events.count == story.events.count && story.events.count == 5,
                "the shared events and those linked across")
        #expect(story.entries.filter(\.isShared).count == matrix.cell("UN", "AU")?.events)
        let apart = state.after(.toggleBodies)
        #expect(apart.relations.bodies && apart.relations.matrix?.organizations.contains("UNSC") == true,
                "counted again with bodies on their own")
        #expect(listed.after(.back).view == .relations)
        #expect(state.after(.leave).view == .list)
    }

    @Test("Enter on a pair lists the shared events at once and adds those linked across between keys")
    func pairListedInSlices() throws {
        var state = try Fixture.state(width: 80, height: 24, workSlice: 4).after(.toggleRelations).after(.scrollTimeLater)
        let entered = reduce(state, .followHighlighted)
        #expect(entered.state.list.events.count == 2, "UN and AU share two events")
        #expect(entered.work != nil, "the links across are still being followed")
        state = entered.state
        var work = entered.work
        while let pending = work { (state, work) = continueWork(state, pending) }
        #expect(state.list.events.count == 5, "then the three events linked across join them")
        #expect(state.filterDescription == "UN and AU, and links across")
        let cleared = reduce(entered.state, .clearFilters)
        var after = cleared.state
        work = cleared.work
        while let pending = work { (after, work) = continueWork(after, pending) }
        #expect(after.list.events.count == 8, "a filter changed meanwhile ends the search")
    }

    @Test("trace: depth with + and -, Enter goes to the event with history, f keeps only the chain")
    func traceView() throws {
        let artemis = try Fixture.state(width: 80, height: 24).after(.moveDown, .toggleTrace)
        let trace = try #require(artemis.trace)
        #expect(artemis.view == .trace && trace.trace.steps.map { artemis.timeline.events[$0.event].id }
                == ["monuc", "artemis", "decl-2003", "unamid"])
        #expect(artemis.timeline.events[trace.trace.steps[trace.cursor].event].id == "artemis", "the cursor starts on it")
        #expect(artemis.after(.zoomOut).trace?.depth == 1)
        #expect(artemis.after(.zoomIn).trace?.depth == 3)
        let gone = artemis.after(.moveUp, .followHighlighted)
        #expect(gone.view == .list && gone.selectedID == "monuc")
        #expect(gone.after(.back).view == .trace, "Backspace returns to the trace")
        let chain = artemis.after(.filterToChain)
        #expect(chain.view == .list && chain.list.events.count == 4)
        #expect(chain.filterDescription == "chain of Operation Artemis")
        #expect(chain.after(.clearFilters).list.events.count == 8)
    }
}
