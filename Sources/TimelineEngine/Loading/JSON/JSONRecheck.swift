/// Says what is wrong with a JSON file the fast reader refused at about the cost of
/// loading it, instead of reading it all again through the careful reader (a tree of
/// every value: minutes and gigabytes for a million events).
///
/// The fast reader reads the file again, keeping the events it accepts and going past
/// those it refuses. The careful reader then reads an excerpt: the top-level members
/// (organizations, chapters), the refused events, and the accepted events that a check
/// of references involves (unknown organizations or chapters, duplicate ids, links to
/// no event), each where it is in the file, so that its messages are the ones a careful
/// reading of the whole file gives.
enum JSONRecheck {
    /// The most refused events read by the careful reader: past them, a file wrong
    /// throughout would cost what reading it all costs, to say the same thing many times.
    static let mostRefused = 1000

    /// Below this size, a file whose JSON breaks in its last 64 KiB (what is read on
    /// from the break) is read whole by the careful reader, in about a second at most.
    static let wholeReadingBelow = 4 << 20

    /// The file's problems; nil when this finds none (it does not take every file the
    /// careful reader does) and the careful reader must read the whole file.
    static func problems(in file: OpenFile, name: String) -> LoadFailure? {
        file.withMappedBytes { raw, release in
            problems(in: raw.assumingMemoryBound(to: UInt8.self), name: name, release: release)
        } ?? nil
    }

    /// `release` is given the stretches of bytes read, as the fast reader gives them, to
    /// be read again from the file only if an event there is involved.
    static func problems(in bytes: UnsafeBufferPointer<UInt8>, name: String, splitAbove: Int = SecondHalf.minimumBytes,
                         readWholeBelow: Int = wholeReadingBelow,
                         release: @escaping @Sendable (Range<Int>) -> Void = { _ in }) -> LoadFailure? {
        var store = EventStore()
        var organizationNames = JSONTimelineReader.Names()
        var chapterNames = JSONTimelineReader.Names()
        var events = JSONTimelineReader.SortedEvents()
        var numbered = true
        let members = topLevelMembers(bytes) { start in
            guard let sorted = JSONTimelineReader.sortEvents(bytes, from: start, splitAbove: splitAbove, release: release,
                                                             into: &store, organizations: &organizationNames,
                                                             chapters: &chapterNames) else {
                numbered = false
                return nil
            }
            events = sorted
            return sorted.end
        }
        guard numbered else { return nil }
        if let broken = events.brokenElement, let breakPosition = events.breakPosition {
            return brokenJSON(bytes, name: name, members: members ?? [], element: broken, at: breakPosition,
                              readWholeBelow: readWholeBelow).map(LoadFailure.init(diagnostics:))
        }
        guard let members, events.breakPosition == nil else { return nil }
        if events.refused.count > mostRefused {
            let found = read(bytes, name: name, members: members, elements: Array(events.refused.prefix(mostRefused)))
            let rest = Diagnostic(file: name, position: nil, message: "\(events.refused.count - mostRefused) more events "
                + "have problems, and references are not checked: fix the problems above, and check the file again")
            return LoadFailure(diagnostics: TimelineLoader.inFileOrder(found.diagnostics, files: [name]) + [rest])
        }
        let first = read(bytes, name: name, members: members, elements: events.refused)
        let involved = InvolvedEvents(store: store, accepted: events.accepted, bytes: bytes,
                                      organizationNames: organizationNames.names, chapterNames: chapterNames.names,
                                      checked: first.document)
        let found = involved.elements.isEmpty ? first
            : read(bytes, name: name, members: members,
                   elements: (events.refused + involved.elements).sorted { $0.lowerBound < $1.lowerBound })
        var document = found.document
        document.dropRepeatedDeclarations()
        let diagnostics = found.diagnostics + ReferenceChecker.check(document, otherEvents: involved.others)
        guard !diagnostics.isEmpty else { return nil }
        return LoadFailure(diagnostics: TimelineLoader.inFileOrder(diagnostics, files: [name]))
    }

    /// Where an event stops being JSON. The careful reader reads the event on from its
    /// start, as it would in the whole file; if it stops there too, its message is given.
    /// If it reads on (YAML takes a brace where JSON wants a key, as when a '}' is
    /// missing), it would stop only at the end of the file, so the place the JSON breaks
    /// is given instead. Nil when it reads to the end of the file: the file is YAML, not
    /// JSON, and only the careful reader reading it all can say what is wrong with it.
    private static func brokenJSON(_ bytes: UnsafeBufferPointer<UInt8>, name: String, members: [Range<Int>],
                                   element: Int, at breakPosition: Int, readWholeBelow: Int) -> [Diagnostic]? {
        let tail = element..<min(bytes.count, max(breakPosition, element) + 65_536)
        // A small file is read whole at little cost, and so as YAML reads it, whatever
        // its top level turns out to be (`{…}: x` is a mapping with a mapping for key).
        if tail.upperBound == bytes.count, bytes.count < readWholeBelow { return nil }
        let found = read(bytes, name: name, members: members, elements: [tail], closing: false)
        // YAML took the rest of the file: the careful reader reads it as YAML, all of it.
        if found.parsed, tail.upperBound == bytes.count { return nil }
        let places = JSONExcerpt.places(of: [element, breakPosition], in: bytes)
        let (start, place) = (places[element]!, places[breakPosition]!)
        if found.diagnostics.contains(where: { ($0.position?.line ?? .max) <= place.line + 1 }) {
            return TimelineLoader.inFileOrder(found.diagnostics, files: [name])
        }
        return [Diagnostic(file: name, position: SourcePosition(file: name, line: place.line, column: place.column),
                           message: "syntax error: not JSON here; the event that starts at line \(start.line) does not end "
                               + "before it (a missing '}' or ']'?)")]
    }

    /// The top-level members other than `events`, each from its key to the end of its
    /// value; the events array's elements are given to `readEvents`, which returns where
    /// the array ends. Nil where the file stops being JSON outside the events, or when
    /// `events` is missing or not an array; the members before the events when the
    /// events stop being JSON.
    private static func topLevelMembers(_ bytes: UnsafeBufferPointer<UInt8>,
                                        readEvents: (Int) -> Int?) -> [Range<Int>]? {
        var scanner = JSONScanner(bytes)
        var members = [Range<Int>]()
        var sawEvents = false
        guard scanner.next(UInt8(ascii: "{")) else { return nil }
        repeat {
            scanner.skipWhitespace()
            let keyStart = scanner.position
            guard let key = scanner.string(), scanner.colon() else { return nil }
            if !sawEvents, scanner.content(key).elementsEqual("events".utf8) {
                sawEvents = true
                guard scanner.next(UInt8(ascii: "[")) else { return nil }
                guard let end = readEvents(scanner.position) else { return members }
                scanner.position = end
            } else {
                guard scanner.skipValue() else { return nil }
                members.append(keyStart..<scanner.position)
            }
        } while scanner.next(UInt8(ascii: ","))
        return sawEvents && scanner.next(UInt8(ascii: "}")) && scanner.isAtEnd ? members : nil
    }

    /// What the careful reader finds in an excerpt of the members and elements, placed in
    /// the file; `parsed`, whether the excerpt is YAML at all.
    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, name: String, members: [Range<Int>], elements: [Range<Int>],
                             closing: Bool = true) -> (document: ParsedDocument, diagnostics: [Diagnostic], parsed: Bool) {
        var excerpt = JSONExcerpt(of: bytes, parts: members + elements)
        for member in members {
            excerpt.add(part: member)
            excerpt.add(",")
        }
        excerpt.add("\"events\": [")
        for (index, element) in elements.enumerated() {
            if index > 0 { excerpt.add(",") }
            excerpt.add(part: element)
        }
        if closing { excerpt.add("]}") }
        let placed = { (position: SourcePosition) in excerpt.filePosition(of: position) }
        switch SourceText.decode(excerpt.text, file: name) {
        case .failure(let diagnostic):
            return (ParsedDocument(), [diagnostic.placed(placed)], false)
        case .success(let text):
            let read = YAMLText.read(text, file: name)
            return (read.document.placed(placed), read.diagnostics.map { $0.placed(placed) }, read.parsed)
        }
    }
}
