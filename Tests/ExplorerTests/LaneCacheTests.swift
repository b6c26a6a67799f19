@testable import Explorer
import Testing

@Suite("The lanes cache")
struct LaneCacheTests {
    @Test("moving keeps the drawn lanes; a filter, scroll or zoom redraws them")
    func reuse() throws {
        let lanes = try ExplorerFixture.state(width: 100, height: 30).after(.toggleLanes)
        let cache = try #require(lanes.laneCache)
        #expect(lanes.after(.moveDown).laneCache?.key == cache.key)
        #expect(lanes.after(.zoomIn).laneCache?.key != cache.key)
        #expect(lanes.after(.openOrganizationPicker, .overlayToggle, .overlayAccept).laneCache?.key != cache.key)
        var uncached = lanes
        uncached.laneCache = nil
        #expect(uncached.laneRasters() == cache.rasters, "the cache holds what would be drawn")
        #expect(cache.rasters.contains { $0.cells.contains(.mark) }, "the declaration of 24 Sep 2003 is a mark")
    }
}
