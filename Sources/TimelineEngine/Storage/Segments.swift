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
        // A column is one segment, or a few: they are searched from the last.
        var segment = segments.count - 1
        while index < starts[segment] { segment -= 1 }
        return segments[segment][index - starts[segment]]
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
