@testable import Explorer
import TestSupport
import Testing
import TimelineEngine

@Suite("Organization colors")
struct PaletteTests {
    @Test("bodies take their root's color; top-level organizations take the colors in turn")
    func colors() throws {
        let timeline = try Fixture.timeline()
        let palette = OrganizationPalette(timeline)
        #expect(palette.color(of: "UNSC") == palette.color(of: "UN"))
        let roots = timeline.organizations.filter { $0.parent == nil }.map { palette.color(of: $0.id) }
        #expect(roots == Array(PaletteColor.allCases.prefix(roots.count)))
        #expect(palette.color(of: "nobody") == PaletteColor.allCases[0])
    }

    @Test("a chain of thousands of parents is walked once")
    func longChain() throws {
        let count = 20_000
        let organizations = (0..<count).map { index in
            "  - {id: O\(index), name: O\(index), kind: body\(index == 0 ? "" : ", parent: O\(index - 1)")}"
        }
        let yaml = "organizations:\n" + organizations.joined(separator: "\n") + "\nevents: []\n"
        let timeline = try TimelineLoader.load([.init(name: "chain.yaml", bytes: Array(yaml.utf8))]).get()
        let palette = OrganizationPalette(timeline)
        #expect(palette.color(of: "O\(count - 1)") == palette.color(of: "O0"))
    }
}
