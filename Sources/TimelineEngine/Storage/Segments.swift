import CPrefetch

/// A column kept as a few arrays one after another, so that joining the halves of a
/// large file moves arrays instead of copying their elements.
struct Segments<Element: Sendable>: Sendable, RandomAccessCollection {
    private var segments: [[Element]] = [[]]
    /// Where each segment starts.
    private var starts = [0]

    init() {}

    init(_ elements: [Element]) { segments = [elements] }

    var startIndex: Int { 0 }
    var endIndex: Int { starts[starts.count - 1] + segments[segments.count - 1].count }

    subscript(index: Int) -> Element {
        let segment = Self.segment(of: index, starts: starts)
        return segments[segment][index - starts[segment]]
    }

    /// The segment holding `index`, given where each starts.
    fileprivate static func segment<Starts: RandomAccessCollection<Int>>(of index: Int, starts: Starts) -> Int
    where Starts.Index == Int {
        // A column is one segment, or a few: they are searched from the last.
        var segment = starts.count - 1
        while index < starts[segment] { segment -= 1 }
        return segment
    }

    /// These segments as pointers into their arrays, for reading many elements from
    /// several threads (see `EventColumns`): valid while they are, unchanged, and until
    /// `deallocate()`.
    var unsafeBuffer: SegmentsBuffer<Element> {
        let buffers = UnsafeMutableBufferPointer<UnsafeBufferPointer<Element>>.allocate(capacity: segments.count)
        _ = buffers.initialize(from: segments.lazy.map { $0.withUnsafeBufferPointer { $0 } })
        let starts = UnsafeMutableBufferPointer<Int>.allocate(capacity: self.starts.count)
        _ = starts.initialize(from: self.starts)
        return SegmentsBuffer(segments: UnsafeBufferPointer(buffers), starts: UnsafeBufferPointer(starts))
    }

    /// Adds an element at the end of the last segment.
    mutating func append(_ element: Element) { segments[segments.count - 1].append(element) }

    mutating func reserveCapacity(_ count: Int) { segments[segments.count - 1].reserveCapacity(count) }

    /// Adds the elements of `other` after these, leaving it empty: its segments are moved, not copied.
    mutating func append(taking other: inout Segments) {
        var taken = Segments()
        swap(&taken, &other)
        for segment in taken.segments where !segment.isEmpty {
            let start = endIndex
            if segments[segments.count - 1].isEmpty {
                segments.removeLast()
                starts.removeLast()
            }
            segments.append(segment)
            starts.append(start)
        }
    }
}

/// The segments of a `Segments` as pointers (see `Segments.unsafeBuffer`).
struct SegmentsBuffer<Element: Sendable>: @unchecked Sendable {
    fileprivate let segments: UnsafeBufferPointer<UnsafeBufferPointer<Element>>
    fileprivate let starts: UnsafeBufferPointer<Int>

    subscript(index: Int) -> Element {
        let segment = Segments<Element>.segment(of: index, starts: starts)
        return segments[segment][index - starts[segment]]
    }

    /// Asks for the element at `index` to be brought into the cache (see `pk_prefetch`).
    func prefetch(_ index: Int) {
        let segment = Segments<Element>.segment(of: index, starts: starts)
        pk_prefetch(segments[segment].baseAddress! + (index - starts[segment]))
    }

    /// Frees the table of pointers (not the elements, which the segments own).
    func deallocate() {
        segments.deallocate()
        starts.deallocate()
    }
}
