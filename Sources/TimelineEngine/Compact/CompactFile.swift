/// An open compact file, its header checked.
struct CompactFile {
    typealias Section = CompactLayout.Section

    let file: OpenFile
    let name: String
    let count: Int
    private let places: [Range<Int>]
    private let checksums: [UInt64]

    init(_ file: OpenFile, name: String) throws {
        self.file = file
        self.name = name
        let size = CompactLayout.headerSize
        guard let header = file.read(0..<min(size, file.byteCount)), header.count == size,
              CompactLayout.starts(header) else {
            throw CompactProblem(section: nil, message: "is too short to be a compact timeline")
        }
        let (version, sections, count, places, isWhole) = header.withUnsafeBytes { bytes in
            var reader = RecordReader(bytes: bytes, offset: CompactLayout.magic.count)
            let version = reader.read(UInt32.self)
            let sections = reader.read(UInt32.self)
            let count = reader.read(UInt64.self)
            let places = (0..<Section.allCases.count).map { _ in
                (reader.read(UInt64.self), reader.read(UInt64.self), reader.read(UInt64.self))
            }
            var checksum = SectionChecksum()
            checksum.add(UnsafeRawBufferPointer(rebasing: bytes[..<reader.offset]))
            return (version, sections, count, places, checksum.value == reader.read(UInt64.self))
        }
        guard version == CompactLayout.version else {
            throw CompactProblem(section: nil, message: "is a compact timeline of format \(version), "
                + "which this version cannot read (it reads format \(CompactLayout.version)): export it again")
        }
        guard sections == Section.allCases.count else {
            throw CompactProblem(section: nil, message: "says it has \(sections) sections where format \(version) has "
                + "\(Section.allCases.count): it is damaged")
        }
        guard isWhole else {
            throw CompactProblem(section: nil, message: "has a damaged header: its bytes do not match their checksum")
        }
        guard count <= UInt64(Int32.max) else { throw CompactProblem(section: nil, message: "claims \(count) events") }
        self.count = Int(count)
        checksums = places.map(\.2)
        self.places = try zip(Section.allCases, places).map { section, place in
            let (offset, length, _) = place
            guard offset >= UInt64(size), offset % 8 == 0, offset <= UInt64(file.byteCount),
                  length <= UInt64(file.byteCount) - offset else {
                throw CompactProblem(section: section.name, message: "lies outside the file: it is damaged or cut short")
            }
            return Int(offset)..<Int(offset + length)
        }
        // Sections follow one another (in the order they were written), each padded to 8
        // bytes, so a cut that takes only padding leaves every range inside the file; the
        // size itself tells that the file is not whole.
        var end = size
        for (section, place) in zip(Section.allCases, self.places).sorted(by: { $0.1.lowerBound < $1.1.lowerBound }) {
            guard place.lowerBound == end else {
                throw CompactProblem(section: section.name, message: "does not start where the section before it ends: it is damaged")
            }
            end = (place.upperBound + 7) / 8 * 8
        }
        guard end == file.byteCount else {
            throw CompactProblem(section: nil, message: "is \(file.byteCount) bytes long where its sections end at byte "
                + "\(end): it is damaged, cut short or added to")
        }
    }

    /// The timeline, with its search index if `searchable`.
    func timeline(searchable: Bool) throws -> Timeline {
        let damage = Background(isWorthAThread: file.byteCount > 1 << 20) { [self] in damagedSection() }
        let (organizations, chapters) = try document()
        var store = EventStore()
        store.rows = Segments(try rows())
        let spanLengths = store.rows.map { Int($0.span.count) }
        store.spans = try spans()
        let positionByID = try ids()
        store.aliases = try textLists(.aliasEnds, .aliases, spanLengths)
        store.places = try textLists(.placeEnds, .places, spanLengths)
        store.tags = try textLists(.tagEnds, .tags, spanLengths)
        store.participants = try lists(.participantEnds, .participants, size: CompactLayout.RecordSize.participant) { record, _ -> EventStore.Participant? in
            let organization = record.read(UInt16.self)
            guard Int(organization) < organizations.count, let role = Self.value(CompactLayout.roles, record.read(UInt8.self)) else {
                return nil
            }
            return EventStore.Participant(organization: organization, role: role)
        }
        store.chapters = try lists(.chapterEnds, .chapters, size: CompactLayout.RecordSize.chapter) { record, _ -> UInt16? in
            let chapter = record.read(UInt16.self)
            return Int(chapter) < chapters.count ? chapter : nil
        }
        store.pages = try numbers(.pageEnds, .pages)
        store.footnotes = try numbers(.footnoteEnds, .footnotes)
        let links = try lists(.linkEnds, .links, size: CompactLayout.RecordSize.link) { record, position -> CompactLink? in
            let target = record.read(Int32.self)
            guard target >= 0, Int(target) < count, Int(target) != position,
                  let type = Self.value(CompactLayout.linkTypes, record.read(UInt32.self)) else { return nil }
            return CompactLink(event: target, type: type, isBacklink: false)
        }
        store.references = try references(spanLengths)
        if searchable { store.search = try search() }
        let inOrder = (0..<Int32(count)).map { $0 }
        let order = Timeline.Order(rows: inOrder, positions: inOrder, spans: store.spans, participants: store.participants,
                                   organizationCount: organizations.count)
        store.spans = []
        if let damage = damage.take() ?? nil { throw damage }
        return Timeline(ordered: &store, order: order, positionByID: positionByID, outgoing: links,
                        text: TextStore(sources: [.file(file)]), organizations: organizations, chapters: chapters)
    }

    // MARK: Sections

    private func document() throws -> ([Organization], [Chapter]) {
        let text = String(decoding: try bytes(.document), as: UTF8.self)
        var (document, diagnostics, _) = YAMLText.read(text, file: name)
        document.events = []
        diagnostics += ReferenceChecker.check(document)
        guard diagnostics.isEmpty else { throw LoadFailure(diagnostics: diagnostics) }
        return (document.organizations.map(\.value), document.chapters.map(\.value))
    }

    /// The rows, whose texts follow one another and fill the text section exactly.
    private func rows() throws -> [EventStore.Row] {
        let text = places[Section.text.rawValue]
        var textEnd: UInt64 = 0
        let rows = try records(.rows, size: CompactLayout.RecordSize.row, count: count) { record, position in
            let offset = record.read(UInt64.self)
            let length = record.read(UInt32.self)
            let kind = Self.value(CompactLayout.kinds, record.read(UInt8.self))
            let source = Self.value(CompactLayout.sources, record.read(UInt8.self))
            _ = record.read(UInt16.self)
            let id = record.readRange(), title = record.readRange(), acronym = record.readRange()
            let summary = record.readRange(), sourceNote = record.readRange()
            let start = record.readRange(), end = record.readRange()
            /// Whether a range lies in the event's text, or is absent and may be.
            func fits(_ range: TextRange, optional: Bool = false) -> Bool {
                range.isAbsent ? optional : range.range.upperBound <= Int(length)
            }
            guard let kind, let source, offset == textEnd, UInt64(length) <= UInt64(text.count) - offset,
                  fits(id), fits(title), fits(start), fits(acronym, optional: true), fits(summary, optional: true),
                  fits(sourceNote, optional: true), fits(end, optional: true) else {
                throw CompactProblem(section: Section.rows.name, message: "event \(position + 1) is damaged")
            }
            textEnd += UInt64(length)
            return EventStore.Row(span: TextSpan(source: 0, offset: text.lowerBound + Int(offset), count: Int(length)),
                                  id: id, title: title, acronym: acronym, summary: summary, sourceNote: sourceNote,
                                  start: start, end: end, kind: kind, source: source)
        }
        guard textEnd == UInt64(text.count) else {
            throw CompactProblem(section: Section.text.name, message: "holds \(text.count) bytes where its events have \(textEnd)")
        }
        return rows
    }

    /// The spans, which must be real days, in timeline order.
    private func spans() throws -> [TimeSpan] {
        var previous = (Int32.min, Int32.min)
        return try records(.spans, size: CompactLayout.RecordSize.span, count: count) { record, position in
            let start = record.read(Int32.self), end = record.read(Int32.self)
            let startLatestYear = record.read(Int32.self), isSingleDay = record.read(UInt32.self)
            guard Self.isDay(start), Self.isDay(end) || end == Int32(DayStamp.distantFuture.value), start <= end,
                  (0...9999).contains(startLatestYear), isSingleDay <= 1 else {
                throw CompactProblem(section: Section.spans.name, message: "event \(position + 1) has impossible dates")
            }
            guard (start, end) >= previous else {
                throw CompactProblem(section: Section.spans.name, message: "event \(position + 1) is out of timeline order")
            }
            previous = (start, end)
            return TimeSpan(earliestStart: DayStamp(value: Int(start)), latestEnd: DayStamp(value: Int(end)),
                            startLatestYear: Int(startLatestYear), isSingleDay: isSingleDay == 1)
        }
    }

    private func ids() throws -> IDTable {
        let ends = try self.ends(.idEnds, items: places[Section.ids.rawValue].count)
        let bytes = try self.bytes(.ids)
        var table = IDTable(capacity: count)
        try bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for (position, end) in ends.enumerated() {
                let id = UnsafeBufferPointer(rebasing: bytes[start..<Int(end)])
                guard !id.isEmpty, table.insert(TextHash(id), position: Int32(position)) else {
                    throw CompactProblem(section: Section.ids.name,
                                         message: "event \(position + 1) has no id, or the id of another event")
                }
                start = Int(end)
            }
        }
        return table
    }

    /// Lists of text ranges, each inside its event's text.
    private func textLists(_ endsSection: Section, _ itemsSection: Section, _ spanLengths: [Int]) throws -> FlatLists<TextRange> {
        try lists(endsSection, itemsSection, size: CompactLayout.RecordSize.textRange) { record, position -> TextRange? in
            let range = record.readRange()
            return !range.isAbsent && range.range.upperBound <= spanLengths[position] ? range : nil
        }
    }

    /// The fields most events lack, in timeline order, each a range of its event's text.
    private func references(_ spanLengths: [Int]) throws -> ReferenceFields {
        let size = CompactLayout.RecordSize.reference
        let place = places[Section.references.rawValue]
        var previous = 0
        let entries = try records(.references, size: size, count: place.count / size) { record, index in
            let position = Int(record.read(UInt32.self))
            let field = EventField(rawValue: Int(record.read(UInt32.self)))
            let range = record.readRange()
            guard position >= previous, position < count, let field, field.isReference, !range.isAbsent,
                  range.range.upperBound <= spanLengths[position] else {
                throw CompactProblem(section: Section.references.name, message: "entry \(index + 1) is damaged")
            }
            previous = position
            return ReferenceFields.Entry(row: Int32(position), field: field, range: range)
        }
        return ReferenceFields(entries: entries)
    }

    private func numbers(_ endsSection: Section, _ itemsSection: Section) throws -> FlatLists<Int32> {
        try lists(endsSection, itemsSection, size: CompactLayout.RecordSize.number) { record, _ -> Int32? in
            let number = record.read(Int32.self)
            return number > 0 ? number : nil
        }
    }

    private func search() throws -> SearchIndex {
        let textPlace = places[Section.searchText.rawValue]
        let ends = try records(.searchEnds, size: 8, count: count) { record, position in
            let end = record.read(UInt64.self)
            guard end <= UInt64(textPlace.count) else {
                throw CompactProblem(section: Section.searchEnds.name, message: "event \(position + 1) is damaged")
            }
            return Int(end)
        }
        guard zip(ends, ends.dropFirst()).allSatisfy({ $0 <= $1 }), ends.last ?? 0 == textPlace.count else {
            throw CompactProblem(section: Section.searchEnds.name, message: "the search text is damaged")
        }
        var chunks = [SearchIndex.Chunk]()
        for first in stride(from: 0, to: count, by: SearchIndex.chunkEvents) {
            let entries = first..<min(count, first + SearchIndex.chunkEvents)
            let start = first == 0 ? 0 : ends[first - 1]
            let end = ends[entries.upperBound - 1]
            guard end - start < Int(Int32.max) else {
                throw CompactProblem(section: Section.searchText.name, message: "the search text is too long")
            }
            chunks.append(SearchIndex.Chunk(storage: try read(textPlace.lowerBound + start..<textPlace.lowerBound + end,
                                                              section: .searchText),
                                            starts: [0] + entries.map { Int32(ends[$0] - start) }))
        }
        return SearchIndex(chunks: chunks)
    }

    // MARK: Reading

    /// The first section whose bytes, padding included, do not give its checksum.
    private func damagedSection() -> CompactProblem? {
        for section in Section.allCases {
            let place = places[section.rawValue]
            var checksum = SectionChecksum()
            let end = (place.upperBound + 7) / 8 * 8
            for start in stride(from: place.lowerBound, to: end, by: 1 << 20) {
                guard let bytes = file.read(start..<min(end, start + (1 << 20))) else {
                    return CompactProblem(section: section.name, message: "could not be read: the file changed while it was loading")
                }
                bytes.withUnsafeBytes { checksum.add($0) }
            }
            if checksum.value != checksums[section.rawValue] {
                return CompactProblem(section: section.name, message: "is damaged: its bytes do not match their checksum")
            }
        }
        return nil
    }

    /// Lists in two sections, each item decoded by `item` (given the position of the
    /// event it belongs to), which returns nil for an item that is not valid.
    private func lists<Item>(_ endsSection: Section, _ itemsSection: Section, size: Int,
                             item: (inout RecordReader, Int) throws -> Item?) throws -> FlatLists<Item> {
        let itemCount = places[itemsSection.rawValue].count / size
        let ends = try self.ends(endsSection, items: itemCount)
        var owner = 0
        let items = try records(itemsSection, size: size, count: itemCount) { record, index in
            while Int(ends[owner]) <= index { owner += 1 }
            guard let value = try item(&record, owner) else {
                throw CompactProblem(section: itemsSection.name, message: "event \(owner + 1) has an invalid item")
            }
            return value
        }
        return FlatLists(items: items, ends: ends)
    }

    /// Where each event's list ends: one per event, never decreasing, the last at `items`.
    private func ends(_ section: Section, items: Int) throws -> [UInt32] {
        var previous: UInt32 = 0
        let ends = try records(section, size: CompactLayout.RecordSize.end, count: count) { record, position in
            let end = record.read(UInt32.self)
            guard end >= previous, Int(end) <= items else {
                throw CompactProblem(section: section.name, message: "event \(position + 1) is damaged")
            }
            previous = end
            return end
        }
        guard Int(ends.last ?? 0) == items else {
            throw CompactProblem(section: section.name, message: "the lists do not add up")
        }
        return ends
    }

    /// The records of a section, which must hold exactly `count` of them, read a block at a time.
    private func records<Record>(_ section: Section, size: Int, count: Int,
                                 _ decode: (inout RecordReader, Int) throws -> Record) throws -> [Record] {
        let place = places[section.rawValue]
        guard place.count == count * size else {
            throw CompactProblem(section: section.name, message: "holds \(place.count) bytes where \(count * size) were expected")
        }
        var records = [Record]()
        records.reserveCapacity(count)
        let perBlock = max(1, (1 << 20) / size)
        for first in stride(from: 0, to: count, by: perBlock) {
            let last = min(count, first + perBlock)
            let block = try read(place.lowerBound + first * size..<place.lowerBound + last * size, section: section)
            try block.withUnsafeBytes { bytes in
                for index in first..<last {
                    var record = RecordReader(bytes: bytes, offset: (index - first) * size)
                    records.append(try decode(&record, index))
                }
            }
        }
        return records
    }

    private func bytes(_ section: Section) throws -> [UInt8] {
        try read(places[section.rawValue], section: section)
    }

    private func read(_ range: Range<Int>, section: Section) throws -> [UInt8] {
        guard let bytes = file.read(range) else {
            throw CompactProblem(section: section.name, message: "could not be read: the file changed while it was loading")
        }
        return bytes
    }

    /// The value stored as `index` (see `CompactLayout.kinds`), if there is one.
    private static func value<Value>(_ values: [Value], _ index: some FixedWidthInteger) -> Value? {
        values.indices.contains(Int(index)) ? values[Int(index)] : nil
    }

    /// Whether a stamp is a day of years 0 to 9999 (`yyyymmdd`).
    private static func isDay(_ stamp: Int32) -> Bool {
        let month = stamp / 100 % 100, day = stamp % 100
        return (0...99_991_231).contains(stamp) && (1...12).contains(month) && (1...31).contains(day)
    }
}
