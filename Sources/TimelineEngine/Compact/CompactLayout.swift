/// The compact timeline format: a timeline already ordered, checked and indexed,
/// written as little-endian columns so that it loads without parsing.
///
/// A header (magic, version, event count, the offset, length and checksum of each
/// section in `Section` order, then its own checksum) is followed by the sections, each
/// 8-byte aligned. Events are in timeline order; strings stay as written in the file
/// they were loaded from, copied into `text`, and every range into them is checked
/// when the file is loaded.
package enum CompactLayout {
    static let magic = Array("PKTIMELN".utf8)
    /// 2: search text folds apostrophes to a mark of their own (`SearchKey.apostrophe`).
    /// 3: each section has a checksum (`SectionChecksum`), padding included, and so has the header.
    /// 4: the fields most events lack (url, wikidata, location, sources, extra) in `references`.
    static let version: UInt32 = 4

    enum Section: Int, CaseIterable {
        /// Organizations and chapters, as a JSON document.
        case document
        case rows, spans
        case idEnds, ids
        case aliasEnds, aliases, placeEnds, places, tagEnds, tags
        case participantEnds, participants
        case chapterEnds, chapters
        case pageEnds, pages, footnoteEnds, footnotes
        case linkEnds, links
        /// The fields most events lack (see `ReferenceFields`): position, field, text range.
        case references
        /// Each event's folded search text ends here, in `searchText`.
        case searchEnds, searchText
        /// The events' own text, which rows' spans point into.
        case text

        var name: String { String(describing: self) }
    }

    static let headerSize = 24 + 24 * Section.allCases.count + 8

    /// Bytes per record of the fixed-size sections.
    enum RecordSize {
        /// Span offset and length, kind, source, then seven text ranges.
        static let row = 72
        /// Earliest start, latest end, latest start year, single day.
        static let span = 16
        static let end = 4
        static let textRange = 8
        /// Organization, role.
        static let participant = 4
        static let chapter = 2
        static let number = 4
        /// Target position, type.
        static let link = 8
        /// Position, field, text range.
        static let reference = 16
    }

    /// Enumerations are stored as their place in these lists (`allCases` makes a new
    /// array at every call, too slow for a million rows).
    static let kinds = Array(Event.Kind.allCases)
    static let sources = Array(Event.Source.allCases)
    static let roles = Array(Event.Role.allCases)
    static let linkTypes = Array(LinkType.allCases)

    /// Whether `bytes` begin like a compact timeline.
    static func starts(_ bytes: some Collection<UInt8>) -> Bool { bytes.starts(with: magic) }
}

/// Little-endian bytes being written.
struct ByteSink {
    var bytes = [UInt8]()

    mutating func append<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ range: TextRange) {
        append(range.offset)
        append(range.packedCount)
    }
}

/// Little-endian fields read from one record.
struct RecordReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    mutating func read<Value: FixedWidthInteger>(_: Value.Type = Value.self) -> Value {
        defer { offset += MemoryLayout<Value>.size }
        return Value(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Value.self))
    }

    mutating func readRange() -> TextRange {
        TextRange(offset: read(UInt32.self), packedCount: read(UInt32.self))
    }
}
