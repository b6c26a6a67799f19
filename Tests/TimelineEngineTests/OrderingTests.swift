import Testing
@testable import TimelineEngine

@Suite("Order keys and the id table")
struct OrderingTests {
    /// Keys for `count` rows with days and titles drawn from few values, so that many tie.
    private func keys(_ count: Int, seed: UInt64) -> OrderKeys {
        var random = seed
        func next(_ bound: UInt64) -> Int {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((random >> 33) % bound)
        }
        var keys = OrderKeys()
        for _ in 0..<count {
            let start = 19_000_101 + next(30)
            let span = TimeSpan(earliestStart: DayStamp(value: start), latestEnd: DayStamp(value: start + next(3)),
                                startLatestYear: 1900, isSingleDay: false)
            let title = Array("Title \(next(5))".utf8)
            keys.append(span: span, title: title.withUnsafeBufferPointer(OrderKeys.TitlePrefix.init))
        }
        return keys
    }

    private func isInOrder(_ keys: [OrderKeys.Key]) -> Bool {
        zip(keys, keys.dropFirst()).allSatisfy { !($1 < $0) }
    }

    @Test("keys come out in order, each row once", arguments: [0, 1, 17, 1000, 50_000])
    func sorting(count: Int) {
        var keys = keys(count, seed: UInt64(count))
        let sorted = keys.takeSorted()
        #expect(isInOrder(sorted))
        #expect(Set(sorted.map(\.row)) == Set((0..<count).map(Int32.init)))
    }

    @Test("sorted halves merge into one sorted whole; an unsorted half is sorted later")
    func merging() {
        var first = keys(3000, seed: 1), second = keys(2000, seed: 2)
        let secondKeys = second.keys
        first.sort()
        second.sort()
        first.append(taking: &second)
        #expect(second.keys.isEmpty)
        #expect(first.isSorted && isInOrder(first.keys))
        #expect(Set(first.keys.map(\.row)) == Set((0..<5000).map(Int32.init)))
        #expect(first.keys.filter { $0.row >= 3000 }.map(\.days).sorted() == secondKeys.map(\.days).sorted())

        var unsorted = keys(10, seed: 3), added = keys(10, seed: 4)
        unsorted.append(taking: &added)
        #expect(!unsorted.isSorted)
        #expect(unsorted.keys.map(\.row) == (0..<20).map(Int32.init))
        #expect(isInOrder(unsorted.takeSorted()))
    }

    /// Distinct hashes for `count` ids.
    private func ids(_ count: Int) -> [TextHash] {
        (0..<count).map { TextHash("event-\($0)") }
    }

    @Test("a table built in bulk finds every id, and none that is not there", arguments: [10, 100_000])
    func bulkTable(count: Int) throws {
        let ids = ids(count)
        let positions = (0..<Int32(count)).reversed().map { $0 }
        let table = try #require(IDTable(ids: ids, positions: positions, keepingFirst: false))
        for row in stride(from: 0, to: count, by: max(1, count / 97)) { #expect(table[ids[row]] == positions[row]) }
        #expect(table[TextHash("missing")] == nil)
        let asked = [ids[count - 1], TextHash("missing"), ids[0]]
        #expect(table.positions(ofCount: asked.count) { asked[$0].hash } == [positions[count - 1], -1, positions[0]])
    }

    @Test("a repeated id fails the table, or keeps its earlier position")
    func repeatedID() throws {
        var ids = ids(50_000)
        ids[40_000] = ids[7]
        let positions = (0..<Int32(50_000)).map { $0 }
        #expect(IDTable(ids: ids, positions: positions, keepingFirst: false) == nil)
        let table = try #require(IDTable(ids: ids, positions: positions.reversed(), keepingFirst: true))
        #expect(table[ids[7]] == positions.reversed()[40_000], "the lower of the two positions")
    }
}
