/// How two organizations worked together, as the chapter tells it: one after the other,
/// side by side, as one, one supporting the other, or building the relationship itself.
public enum CooperationMode: String, Sendable, CaseIterable, Comparable {
    /// One hands over to the other (AFISMA to MINUSMA).
    case sequential
    /// Side by side (Artemis alongside MONUC).
    case parallel
    /// As one operation (the hybrid UNAMID).
    case integrated
    /// One supports the other (UNSOA for AMISOM).
    case support
    /// Declarations, meetings, offices, agreements: the relationship itself.
    case institutional

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The mode a link of this type shows, if any.
    public static func mode(of link: LinkType) -> CooperationMode? {
        switch link {
        case .handsOverTo: .sequential
        case .parallel: .parallel
        case .hybrid: .integrated
        case .supports: .support
        case .formalizes: .institutional
        case .modeledOn, .contests, .authorizes, .related, .sameAs: nil
        }
    }

    /// The mode a tag names, if any.
    public static func mode(ofTag tag: String) -> CooperationMode? {
        switch tag {
        case "sequential": .sequential
        case "parallel", "co-deployment": .parallel
        case "integrated", "hybrid": .integrated
        case "operational-support", "capacity-building", "support": .support
        case "consultation", "information-sharing", "institutional": .institutional
        default: nil
        }
    }

    /// The mode an event's kind shows, if any.
    public static func mode(of kind: Event.Kind) -> CooperationMode? {
        switch kind {
        case .missionSupport: .support
        case .declaration, .meeting, .institution, .treaty, .policy: .institutional
        case .operation, .report, .decision, .crisis, .period: nil
        }
    }

    /// The mode a role shows, if any.
    public static func mode(of role: Event.Role) -> CooperationMode? {
        switch role {
        case .supporting, .supported: .support
        case .lead, .partner, .authorizing, .participant: nil
        }
    }
}

/// A set of modes as bits of their places in `CooperationMode.allCases`, so that a
/// million events are classed without making a set for each.
struct ModeBits: Sendable, Equatable {
    var bits: UInt8 = 0

    mutating func insert(_ mode: CooperationMode?) {
        guard let mode else { return }
        bits |= 1 << CooperationMode.allCases.firstIndex(of: mode)!
    }

    var modes: Set<CooperationMode> {
        Set(CooperationMode.allCases.enumerated().filter { bits & 1 << $0.offset != 0 }.map(\.element))
    }
}

/// How many shared events and links show each mode.
public struct ModeCounts: Sendable, Equatable {
    private var counts = [Int](repeating: 0, count: CooperationMode.allCases.count)

    public init() {}

    public subscript(mode: CooperationMode) -> Int { counts[CooperationMode.allCases.firstIndex(of: mode)!] }

    mutating func add(_ modes: ModeBits) {
        var bits = modes.bits
        while bits != 0 {
            counts[bits.trailingZeroBitCount] += 1
            bits &= bits - 1
        }
    }

    /// The modes present, most first.
    public var present: [(mode: CooperationMode, count: Int)] {
        CooperationMode.allCases.map { ($0, self[$0]) }.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
    }

    public var total: Int { counts.reduce(0, +) }
}

extension Timeline {
    /// The modes an event shows: from its kind, tags, roles and the types of its links
    /// both ways. The rules are those README's "Relations" section gives.
    public func modes(of position: Int) -> Set<CooperationMode> { modeBits(of: position).modes }

    func modeBits(of position: Int) -> ModeBits {
        let row = Int(rows[position])
        var modes = ModeBits()
        modes.insert(CooperationMode.mode(of: store.rows[row].kind))
        for participant in store.participants[row] { modes.insert(CooperationMode.mode(of: participant.role)) }
        for link in outgoing[position] { modes.insert(CooperationMode.mode(of: link.type)) }
        for link in incoming[position] { modes.insert(CooperationMode.mode(of: link.type)) }
        // Tags are text, read only for the events that have some.
        if !store.tags[row].isEmpty {
            for tag in events[position].tags { modes.insert(CooperationMode.mode(ofTag: tag)) }
        }
        return modes
    }
}
