@testable import Explorer
import TestSupport
import Testing
import TimelineEngine

@Suite("The lanes cache")
struct LaneCacheTests {
    @Test("moving, scrolling and zooming reuse the lanes' coverage; a filter counts it again")
    func reuse() throws {
        let lanes = try Fixture.state(width: 100, height: 30).after(.toggleLanes)
        func coverage(_ state: AppState) -> [LaneCoverage?] {
            state.visibleLanes.map { state.lanes.coverage(of: $0, filterVersion: state.filter.version) }
        }
        #expect(coverage(lanes).allSatisfy { $0 != nil })
        for action in [Action.moveDown, .zoomIn, .scrollTimeLater] {
            let moved = reduce(lanes, action)
            #expect(moved.work == nil, "nothing to count again")
            #expect(coverage(moved.state) == coverage(lanes))
        }
        let filtered = lanes.after(.openOrganizationPicker, .overlayToggle, .overlayAccept)
        #expect(filtered.filter.version != lanes.filter.version)
        #expect(lanes.laneRasters().contains { $0?.cells.contains(.mark) == true }, "the declaration of 24 Sep 2003 is a mark")
    }

    @Test("lanes are counted a slice of events per turn, between keys")
    func countedInSlices() throws {
        let slow = Session(try Fixture.state(width: 100, height: 30, workSlice: 1)).after([.toggleLanes])
        let counted = Session(try Fixture.state(width: 100, height: 30)).after([.toggleLanes])
        #expect(counted.work == nil)
        #expect(slow.work != nil)
        #expect(slow.state.laneRasters().allSatisfy { $0 == nil }, "one event counted, no lane finished")
        #expect(render(slow.state).lines.contains { $0.contains("counting…") })
        var done = slow
        var turns = 1
        while done.work != nil {
            done = done.idle()
            turns += 1
        }
        let state = slow.state
        let events = state.visibleLanes.map { state.timeline.events(ofOrganization: state.timeline.organizations[$0.value].id).count }
        #expect(turns == events.reduce(0, +), "one event a turn")
        #expect(done.state.laneRasters() == counted.state.laneRasters())
        #expect(render(done.state).cells == render(counted.state).cells)
        let keyInBetween = slow.idle().after([.moveDown]).settled()
        #expect(keyInBetween.state.laneRasters() == counted.state.laneRasters(), "a key does not lose a count under way")
    }

    @Test("the legend says what the marks mean and how many lanes are out of sight, covering none")
    func legend() throws {
        let short = try Fixture.state(width: 80, height: 12).after(.toggleLanes, .toggleOpenedOut)
        let lines = render(short).lines
        let hidden = short.lanes.organizations.count - short.visibleLanes.count
        #expect(hidden > 0, "opened out, the lanes do not all fit in seven rows")
        #expect(lines[9].hasPrefix(" ━ span  ◆ one day  ▶ goes on") && lines[9].hasSuffix("↓ \(hidden) more"))
        #expect(!lines.dropLast(3).contains { $0.contains("more") }, "no lane is covered")
        let scrolled = short.after(.bottom, .moveUp)
        #expect(scrolled.lanes.viewport.topLane > 0)
        #expect(render(scrolled).lines[9].contains("↑ \(scrolled.lanes.viewport.topLane) more"), "lanes above, once scrolled")
    }

    @Test("opened out, a lane has a row per event in view, labelled, so overlapping events are apart")
    func openedOut() throws {
        let opened = try Fixture.state(width: 100, height: 30).after(.toggleLanes, .toggleOpenedOut)
        let lines = render(opened).lines
        let eu = try #require(lines.firstIndex { $0.hasPrefix("EU ") })
        #expect(lines[eu + 1].contains("Operation Artemis") && lines[eu + 2].contains("Joint UN-EU Declaration"),
                "Artemis and the declaration of 2003 on rows of their own")
        #expect(lines[eu + 2].contains("◆"), "the declaration is one day")
        #expect(opened.after(.toggleOpenedOut).lanes.isOpenedOut == false)
    }

    @Test("a lane drawn from its coverage has a bar, mark or arrow for each event", arguments: [
        [Action](), [.zoomIn], [.zoomIn, .zoomIn, .scrollTimeLater], [.zoomIn, .zoomIn, .zoomIn, .scrollTimeLater],
    ])
    func rasterMatchesEvents(actions: [Action]) throws {
        let state = try Fixture.state(width: 100, height: 30).after(.toggleLanes).after(actions)
        let scale = try #require(LaneScale(state.lanes.viewport, area: state.layout.main))
        for (lane, raster) in zip(state.visibleLanes, state.laneRasters()) {
            var expected = LaneRaster(width: scale.width)
            for event in state.timeline.events(ofOrganization: state.timeline.organizations[lane.value].id) {
                if let span = LaneSpan(state.timeline.span(of: event), scale) { expected.add(span) }
            }
            #expect(raster == expected, "lane \(state.timeline.organizations[lane.value].id)")
        }
    }

    @Test("a timeline of many centuries is counted on a coarser grid, within a megabyte a lane")
    func coarseGrid() {
        #expect(LaneGrid(bounds: 1945...2025).pointsPerYear == LaneGrid.finest)
        let wide = LaneGrid(bounds: 1...9999)
        #expect(wide.pointsPerYear < LaneGrid.finest)
        #expect(wide.count <= LaneGrid.maximumPoints + 1)
        let days = [DayStamp(year: 1, month: 1, day: 1), DayStamp(year: 1500, month: 6, day: 15),
                    DayStamp(year: 1500, month: 6, day: 16), DayStamp(year: 9999, month: 12, day: 31)]
        let points = days.map { wide.point($0) }
        #expect(points.first == 0)
        #expect(points == points.sorted())
        #expect(wide.point(days[3], end: true) < wide.count)
    }
}
