import Algorithms

/// A small JSON document made of parts of a large one, each at the line and column it has
/// there, so that what the careful reader says of the excerpt is placed in the file.
struct JSONExcerpt {
    private(set) var text: [UInt8] = [UInt8(ascii: "{")]
    private var line = 1
    /// The parts, in the order added: the excerpt's line each starts on, the file's line
    /// there, and how many lines it covers.
    private var parts: [(excerptLine: Int, fileLine: Int, lines: Int)] = []
    private let bytes: UnsafeBufferPointer<UInt8>
    private let places: [Int: (line: Int, column: Int)]

    /// An excerpt of `bytes` that will hold the parts at `ranges`.
    init(of bytes: UnsafeBufferPointer<UInt8>, parts ranges: [Range<Int>]) {
        self.bytes = bytes
        places = Self.places(of: ranges.map(\.lowerBound).sorted(), in: bytes)
    }

    /// Adds JSON of its own (brackets, commas, keys) on a line of its own.
    mutating func add(_ syntax: String) {
        text.append(0x0A)
        text += syntax.utf8
        line += 1
    }

    /// Adds a part of the file, starting on a line of its own at the column it has there.
    mutating func add(part range: Range<Int>) {
        let place = places[range.lowerBound]!
        text.append(0x0A)
        line += 1
        text += repeatElement(UInt8(ascii: " "), count: place.column - 1)
        let part = UnsafeBufferPointer(rebasing: bytes[range])
        text.append(contentsOf: part)
        let breaks = part.indices.reduce(0) { $0 + (SourceText.endsLine(part, at: $1) ? 1 : 0) }
        parts.append((line, place.line, breaks + 1))
        line += breaks
    }

    /// Where a place in the excerpt is in the file: a place on a line of the excerpt's
    /// own is put at the start of the next part; one past the last part (its end), after it.
    func filePosition(of position: SourcePosition) -> SourcePosition {
        guard let last = parts.last else { return position }
        let index = parts.partitioningIndex { $0.excerptLine + $0.lines > position.line }
        let part = index < parts.endIndex ? parts[index] : last
        guard position.line >= part.excerptLine else {
            return SourcePosition(file: position.file, line: part.fileLine, column: 1)
        }
        return SourcePosition(file: position.file, line: part.fileLine + position.line - part.excerptLine, column: position.column)
    }

    /// The line and column (in Unicode scalars, as editors count) of each offset, in one
    /// pass over the bytes up to the last.
    static func places(of offsets: [Int], in bytes: UnsafeBufferPointer<UInt8>) -> [Int: (line: Int, column: Int)] {
        var places = [Int: (line: Int, column: Int)]()
        var line = 1
        // A byte-order mark is not part of the first line, for the careful reader (see `SourceText`).
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var index = lineStart
        for offset in offsets {
            while index < offset {
                if SourceText.endsLine(bytes, at: index) {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
            let column = bytes[lineStart..<offset].reduce(1) { ($1 & 0xC0) == 0x80 ? $0 : $0 + 1 }
            places[offset] = (line, column)
        }
        return places
    }
}

extension Diagnostic {
    /// The same problem with its position moved by `place` (from an excerpt to its file).
    func placed(_ place: (SourcePosition) -> SourcePosition) -> Diagnostic {
        Diagnostic(file: file, position: position.map(place), eventID: eventID, field: field, message: message)
    }
}

extension ParsedDocument {
    /// The same document with every position moved by `place` (from an excerpt to its file).
    func placed(_ place: (SourcePosition) -> SourcePosition) -> ParsedDocument {
        func moved<Value>(_ items: [Located<Value>]) -> [Located<Value>] {
            items.map { Located(value: $0.value, position: place($0.position), fields: $0.fields.mapValues(place)) }
        }
        return ParsedDocument(organizations: moved(organizations), chapters: moved(chapters), events: moved(events))
    }
}
