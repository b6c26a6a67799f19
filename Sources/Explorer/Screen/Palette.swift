import TimelineEngine

/// The colors organizations are told apart by. The terminal layer gives each one a
/// color pair, so this list alone decides how many there are.
public enum PaletteColor: Int, CaseIterable, Hashable, Sendable {
    case cyan, green, magenta, yellow, blue, red
}

/// Each organization's color, worked out once for a timeline. An organization's bodies
/// take its color (DPKO that of the UN); top-level organizations take the colors in
/// turn, so that two neighbours in the timeline's order never share one.
struct OrganizationPalette: Sendable {
    private let colors: [PaletteColor]
    private let indexByID: [String: Int]

    init(_ timeline: Timeline) {
        let organizations = timeline.organizations
        var indexByID = [String: Int]()
        for (index, organization) in organizations.enumerated() { indexByID[organization.id] = index }
        // Each root is found once: a chain of parents is walked only as far as an
        // organization whose root is already known.
        var roots = [Int?](repeating: nil, count: organizations.count)
        for start in organizations.indices where roots[start] == nil {
            var chain = [start]
            var onChain: Set = [start]
            var current = start
            while roots[current] == nil, let parent = organizations[current].parent.flatMap({ indexByID[$0] }),
                  onChain.insert(parent).inserted {
                chain.append(parent)
                current = parent
            }
            let root = roots[current] ?? current
            for member in chain { roots[member] = root }
        }
        var turn = [Int: PaletteColor]()
        for (index, root) in roots.enumerated() where root == index {
            turn[index] = PaletteColor.allCases[turn.count % PaletteColor.allCases.count]
        }
        colors = roots.map { turn[$0 ?? 0] ?? .cyan }
        self.indexByID = indexByID
    }

    func color(of organization: OrganizationIndex) -> PaletteColor { colors[organization.value] }

    /// The color of an organization named by id; an unknown id gets the first color.
    func color(of id: String) -> PaletteColor { indexByID[id].map { colors[$0] } ?? .cyan }
}
