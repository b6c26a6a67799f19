import CPrefetch

/// Many short lists kept in two arrays (the compressed sparse row layout), so that a
/// million events' places or links cost two allocations instead of a million.
struct FlatLists<Element: Sendable>: Sendable {
    private(set) var items: [Element] = []
    /// Where each list ends in `items`; it starts where the previous one ends.
    private var ends: [UInt32] = []

    init() {}

    /// Lists already laid out: `ends[i]` is where list `i` ends in `items`.
    init(items: [Element], ends: [UInt32]) {
        self.items = items
        self.ends = ends
    }

    var count: Int { ends.count }

    subscript(list: Int) -> ArraySlice<Element> {
        items[indices(of: list)]
    }

    /// Where a list's items are in `items`.
    func indices(of list: Int) -> Range<Int> {
        (list == 0 ? 0 : Int(ends[list - 1]))..<Int(ends[list])
    }

    /// These lists as pointers into their arrays, for reading many lists from several
    /// threads (see `EventColumns`): valid while these lists are, unchanged.
    var unsafeBuffer: ListsBuffer<Element> {
        items.withUnsafeBufferPointer { items in ends.withUnsafeBufferPointer { ListsBuffer(items: items, ends: $0) } }
    }

    /// Calls `body` with the items of `list`, read in place.
    func withList<Result>(_ list: Int, _ body: (UnsafeBufferPointer<Element>) -> Result) -> Result {
        items.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[indices(of: list)])) }
    }

    /// Adds an item to the list being built; `closeList` ends it.
    mutating func append(_ item: Element) { items.append(item) }

    mutating func closeList() { ends.append(UInt32(items.count)) }

    mutating func appendList(_ list: some Sequence<Element>) {
        items.append(contentsOf: list)
        closeList()
    }

    /// Adds the lists of `other` after these, leaving it empty so that its memory is freed at once.
    mutating func append(taking other: inout FlatLists) {
        appendEnds(of: other)
        items.append(contentsOf: other.items)
        other = FlatLists()
    }

    /// Adds the lists of `other` after these, each item passed through `transform`, leaving it empty.
    mutating func append(taking other: inout FlatLists, _ transform: (Element) -> Element) {
        appendEnds(of: other)
        items.append(contentsOf: other.items.lazy.map(transform))
        other = FlatLists()
    }

    private mutating func appendEnds(of other: FlatLists) {
        let base = UInt32(items.count)
        ends.append(contentsOf: other.ends.lazy.map { $0 + base })
    }

    /// Where each list ends when lists of these lengths are laid out one after another.
    static func ends(ofLengths lengths: [UInt32]) -> [UInt32] {
        var total: UInt32 = 0
        return lengths.map { length in
            total += length
            return total
        }
    }

    mutating func reserveCapacity(lists: Int, items itemCount: Int) {
        ends.reserveCapacity(lists)
        items.reserveCapacity(itemCount)
    }

    /// Rewrites every item in place.
    mutating func updateItems(_ update: (inout Element) -> Void) {
        for index in items.indices { update(&items[index]) }
    }
}

/// The lists of a `FlatLists` as pointers into its arrays (see `FlatLists.unsafeBuffer`).
struct ListsBuffer<Element: Sendable>: @unchecked Sendable {
    let items: UnsafeBufferPointer<Element>
    /// Where each list ends in `items`.
    let ends: UnsafeBufferPointer<UInt32>

    subscript(list: Int) -> UnsafeBufferPointer<Element> {
        UnsafeBufferPointer(rebasing: items[start(of: list)..<Int(ends[list])])
    }

    private func start(of list: Int) -> Int { list == 0 ? 0 : Int(ends[list - 1]) }

    /// Asks for part of `list` to be brought into the cache (see `pk_prefetch`).
    func prefetch(_ part: ListPart, of list: Int) {
        switch part {
        case .bounds:
            pk_prefetch(ends.baseAddress! + max(list - 1, 0))
        case .items:
            let start = start(of: list)
            if start < items.count { pk_prefetch(items.baseAddress! + start) }
        }
    }
}

/// What of a list is asked for ahead (`ListsBuffer.prefetch(_:of:)`): where it starts
/// and ends, or, once those are read, its first items.
enum ListPart {
    case bounds, items
}

extension FlatLists {
    /// Drops every list after the first `count`, and any item added to a list not closed.
    mutating func keepFirst(_ count: Int) {
        ends.removeSubrange(count...)
        items.removeSubrange(Int(ends.last ?? 0)...)
    }
}
