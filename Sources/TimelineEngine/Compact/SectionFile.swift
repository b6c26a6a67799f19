import Foundation

/// The compact file being written: its sections one after another, each 8-byte
/// aligned, and the header with their places written last.
struct SectionFile {
    let handle: FileHandle
    private var places = [(offset: UInt64, length: UInt64, checksum: UInt64)](repeating: (0, 0, 0),
                                                                               count: CompactLayout.Section.allCases.count)
    private var offset = UInt64(CompactLayout.headerSize)

    init(handle: FileHandle) throws {
        self.handle = handle
        try handle.write(contentsOf: Data(count: CompactLayout.headerSize))
    }

    /// Writes one section, whose bytes `body` appends.
    mutating func section(_ section: CompactLayout.Section, _ body: (inout SectionOutput) throws -> Void) throws {
        var output = SectionOutput(handle: handle)
        try body(&output)
        let length = output.length
        output.append(bytes: repeatElement(0, count: Int((8 - length % 8) % 8)))
        try output.finish()
        places[section.rawValue] = (offset, length, output.checksum.value)
        offset += output.length
    }

    /// Writes lists as two sections: where each ends, then their items.
    mutating func lists<Item>(_ endsSection: CompactLayout.Section, _ itemsSection: CompactLayout.Section,
                              _ lists: FlatLists<Item>, _ order: [Int], item: (inout SectionOutput, Item) -> Void) throws {
        try section(endsSection) { output in
            var end: UInt32 = 0
            for list in order {
                end += UInt32(lists.indices(of: list).count)
                output.append(end)
            }
        }
        try section(itemsSection) { output in
            for list in order {
                for value in lists[list] { item(&output, value) }
            }
        }
    }

    /// Writes the header, now that every section has its place.
    mutating func finish(events: Int) throws {
        var header = ByteSink()
        header.bytes += CompactLayout.magic
        header.append(CompactLayout.version)
        header.append(UInt32(places.count))
        header.append(UInt64(events))
        for place in places {
            header.append(place.offset)
            header.append(place.length)
            header.append(place.checksum)
        }
        var checksum = SectionChecksum()
        header.bytes.withUnsafeBytes { checksum.add($0) }
        header.append(checksum.value)
        try handle.seek(toOffset: 0)
        try handle.write(contentsOf: header.bytes)
    }
}

/// The bytes of one section, passed on to the file a few megabytes at a time.
struct SectionOutput {
    let handle: FileHandle
    private var sink = ByteSink()
    /// Bytes appended so far.
    private(set) var length: UInt64 = 0
    /// The checksum of the bytes written so far, padding included.
    private(set) var checksum = SectionChecksum()
    private var failure: Error?

    init(handle: FileHandle) { self.handle = handle }

    mutating func append<Value: FixedWidthInteger>(_ value: Value) {
        sink.append(value)
        appended(MemoryLayout<Value>.size)
    }

    mutating func append(_ range: TextRange) {
        sink.append(range)
        appended(CompactLayout.RecordSize.textRange)
    }

    mutating func append(bytes: some Collection<UInt8>) {
        sink.bytes += bytes
        appended(bytes.count)
    }

    private mutating func appended(_ count: Int) {
        length += UInt64(count)
        if sink.bytes.count >= 1 << 22 { write() }
    }

    private mutating func write() {
        sink.bytes.withUnsafeBytes { checksum.add($0) }
        do {
            try handle.write(contentsOf: sink.bytes)
        } catch {
            failure = failure ?? error
        }
        sink.bytes.removeAll(keepingCapacity: true)
    }

    /// Writes what is left; throws the first write that failed.
    mutating func finish() throws {
        write()
        if let failure { throw failure }
    }
}
