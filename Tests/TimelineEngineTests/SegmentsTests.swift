import Testing
@testable import TimelineEngine

@Suite("Columns in segments")
struct SegmentsTests {
    @Test("joined columns read as one, and keep growing at the end")
    func joining() {
        var first = Segments<Int>(), second = Segments<Int>(), empty = Segments<Int>()
        for value in 0..<5 { first.append(value) }
        for value in 5..<12 { second.append(value) }
        first.append(taking: &empty)
        first.append(taking: &second)
        #expect(second.isEmpty)
        first.append(12)
        var third = Segments(Array(13..<20))
        first.append(taking: &third)
        #expect(Array(first) == Array(0..<20))
        #expect(first.count == 20 && first[4] == 4 && first[5] == 5 && first[12] == 12 && first[19] == 19)

        let pointers = first.unsafeBuffer
        defer { pointers.deallocate() }
        #expect((0..<20).map { pointers[$0] } == Array(0..<20), "read through pointers, segment by segment")

        var fromEmpty = Segments<Int>(), added = Segments([1, 2])
        fromEmpty.append(taking: &added)
        #expect(Array(fromEmpty) == [1, 2])
    }
}
