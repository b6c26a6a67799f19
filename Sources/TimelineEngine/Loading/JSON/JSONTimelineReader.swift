/// Reads one JSON data file in a single pass straight into an `EventStore`: the fast
/// loader. It accepts only what it checks completely; on anything else it gives up
/// (returns nil) and the load starts again through the reader that explains problems.
struct JSONTimelineReader {
    /// The parts of a file other than events, read whole.
    struct Sections {
        var organizations: JSONTree?
        var chapters: JSONTree?
    }

    private static let fields = ByteChoices(EventField.allCases.map { ($0.name, $0) })
    private static let kinds = ByteChoices<Event.Kind>()
    private static let sources = ByteChoices<Event.Source>()
    private static let roles = ByteChoices<Event.Role>()
    private static let linkTypes = ByteChoices<LinkType>()
    private static let linkFields = ByteChoices<Bool>([("type", true), ("target", false)])
    private static let identifierBytes: [Bool] = (0..<256).map { byte in
        byte < 128 && DocumentSchema.identifierCharacters.contains(Unicode.Scalar(UInt8(byte)))
    }

    private var scanner: JSONScanner
    private let source: Int
    private let release: @Sendable (Range<Int>) -> Void
    /// The length from which an events array is read in two halves at once.
    private let splitAbove: Int
    /// How far the bytes read have been given back (see `OpenFile.withMappedBytes`).
    private var released: Int
    private var folder = SearchKey.Folder()
    private var expectedKeys = ExpectedKeys()
    private var participants = [EventStore.Participant]()
    private var roles = [(organization: UInt16, role: Event.Role)]()
    /// The string fields of the event being read, by `EventField` number.
    private var strings = [JSONScanner.StringToken?](repeating: nil, count: EventField.allCases.count)
    /// The fields of the event read before, as bits of `EventField` numbers.
    private var previousSeen: UInt32 = 0
    private let fields = Self.fields
    private let identifierBytes = Self.identifierBytes
    /// Whether texts are folded into the store's search index: not when the events are
    /// only checked (`sortEvents`), nor for a timeline that will not be searched.
    private let indexesSearch: Bool

    private init(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int? = nil, source: Int, splitAbove: Int = .max,
                 indexesSearch: Bool = true, release: @escaping @Sendable (Range<Int>) -> Void) {
        self.indexesSearch = indexesSearch
        scanner = JSONScanner(bytes)
        if let position { scanner.position = position }
        released = scanner.position
        self.source = source
        self.splitAbove = splitAbove
        self.release = release
    }

    /// Reads a whole file, its events into `store`; `release` is given the stretches of
    /// bytes read, which are not needed again.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, source: Int, into store: inout EventStore,
                     organizations: inout Names, chapters: inout Names, splitAbove: Int, indexesSearch: Bool,
                     release: @escaping @Sendable (Range<Int>) -> Void) -> Sections? {
        var reader = JSONTimelineReader(bytes, source: source, splitAbove: splitAbove, indexesSearch: indexesSearch,
                                        release: release)
        return reader.document(into: &store, organizations: &organizations, chapters: &chapters)
    }

    private mutating func document(into store: inout EventStore, organizations: inout Names, chapters: inout Names) -> Sections? {
        var sections = Sections()
        var sawEvents = false
        guard scanner.next(UInt8(ascii: "{")) else { return nil }
        repeat {
            guard let key = scanner.string(), scanner.colon() else { return nil }
            switch scanner.text(key) {
            case "organizations" where sections.organizations == nil:
                sections.organizations = JSONTree(&scanner)
                guard sections.organizations != nil else { return nil }
            case "chapters" where sections.chapters == nil:
                sections.chapters = JSONTree(&scanner)
                guard sections.chapters != nil else { return nil }
            case "events" where !sawEvents:
                sawEvents = true
                guard scanner.next(UInt8(ascii: "[")) else { return nil }
                if !scanner.next(UInt8(ascii: "]")) {
                    guard events(into: &store, organizations: &organizations, chapters: &chapters) else { return nil }
                }
            default:
                return nil
            }
        } while scanner.next(UInt8(ascii: ","))
        guard scanner.next(UInt8(ascii: "}")), scanner.isAtEnd, sawEvents else { return nil }
        return sections
    }

    // MARK: Events

    /// Reads the events of the array up to its closing bracket. A long array is read in
    /// two halves at once: another reader starts at what looks like an event near the
    /// middle, and its events are taken only if this reader, arriving there, finds that
    /// an event does start exactly there; otherwise this reader reads on alone.
    private mutating func events(into store: inout EventStore, organizations: inout Names, chapters: inout Names) -> Bool {
        let second = SecondHalf(of: scanner.bytes, after: scanner.position, source: source, minimumBytes: splitAbove,
                                indexesSearch: indexesSearch, release: release)
        defer { _ = second?.finish() }
        repeat {
            scanner.skipWhitespace()
            if let second, scanner.position == second.start {
                // Sorted on this core while the second reader sorts its own; joined by a merge.
                store.orderKeys.sort()
                guard var half = second.finish(),
                      half.move(into: &store, organizations: &organizations, chapters: &chapters) else { return false }
                scanner.position = half.end
                return true
            }
            guard event(into: &store, organizations: &organizations, chapters: &chapters) else { return false }
            releaseBehind()
        } while scanner.next(UInt8(ascii: ","))
        return scanner.next(UInt8(ascii: "]"))
    }

    /// The events from `start` to the end of the array, for `SecondHalf`; the position
    /// after the closing bracket, or nil if they are not all accepted.
    static func remainingEvents(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, source: Int, indexesSearch: Bool,
                                release: @escaping @Sendable (Range<Int>) -> Void,
                                into store: inout EventStore, organizations: inout Names, chapters: inout Names) -> Int? {
        var reader = JSONTimelineReader(bytes, at: start, source: source, indexesSearch: indexesSearch, release: release)
        repeat {
            guard reader.event(into: &store, organizations: &organizations, chapters: &chapters) else { return nil }
            reader.releaseBehind()
        } while reader.scanner.next(UInt8(ascii: ","))
        return reader.scanner.next(UInt8(ascii: "]")) ? reader.scanner.position : nil
    }

    /// The elements of an events array, sorted by whether this reader accepts them.
    struct SortedEvents {
        /// Where the accepted events are, in the order of the store's rows.
        var accepted: [Range<Int>] = []
        var refused: [Range<Int>] = []
        /// The position after the closing bracket; nil where the array stops being JSON.
        var end: Int?
        /// Where the array stops being JSON, and where the element holding that place starts.
        var breakPosition: Int?
        var brokenElement: Int?
    }

    /// Reads the events of the array whose first element is at `start`, keeping those it
    /// accepts in `store` and going on past those it refuses, for `JSONRecheck`. A long
    /// array is read in two halves at once, as `events` reads it. Nil if there are too
    /// many organizations or chapters to number.
    static func sortEvents(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, splitAbove: Int,
                           release: @escaping @Sendable (Range<Int>) -> Void, into store: inout EventStore,
                           organizations: inout Names, chapters: inout Names) -> SortedEvents? {
        var reader = JSONTimelineReader(bytes, at: start, source: 0, indexesSearch: false, release: release)
        var sorted = SortedEvents()
        if reader.scanner.next(UInt8(ascii: "]")) {
            sorted.end = reader.scanner.position
            return sorted
        }
        reader.scanner.skipWhitespace()
        let middle = bytes.count - start < splitAbove ? nil
            : SecondHalf.eventStart(in: bytes, first: reader.scanner.position, from: start + (bytes.count - start) / 2)
        nonisolated(unsafe) let shared = bytes
        let second = middle.map { middle in
            Background {
                var half = SecondHalf.Events()
                var reader = JSONTimelineReader(shared, at: middle, source: 0, indexesSearch: false, release: release)
                let sorted = reader.sortElements(stoppingAt: nil, into: &half.store, organizations: &half.organizations,
                                                 chapters: &half.chapters)
                return (sorted, half)
            }
        }
        // Waited for on every path: it reads bytes that are valid only until this returns.
        defer { _ = second?.take() }
        sorted = reader.sortElements(stoppingAt: middle, into: &store, organizations: &organizations, chapters: &chapters)
        guard let second, let middle, sorted.end == middle, var (rest, half) = second.take() else { return sorted }
        guard half.move(into: &store, organizations: &organizations, chapters: &chapters) else { return nil }
        rest.accepted = sorted.accepted + rest.accepted
        rest.refused = sorted.refused + rest.refused
        return rest
    }

    /// Sorts the elements from here to the end of the array (`end` after its closing
    /// bracket), or to `stop`, where an element must start (`end` is then `stop`).
    private mutating func sortElements(stoppingAt stop: Int?, into store: inout EventStore,
                                       organizations: inout Names, chapters: inout Names) -> SortedEvents {
        var sorted = SortedEvents()
        repeat {
            scanner.skipWhitespace()
            let elementStart = scanner.position
            if elementStart == stop {
                sorted.end = stop
                return sorted
            }
            if event(into: &store, organizations: &organizations, chapters: &chapters) {
                sorted.accepted.append(elementStart..<scanner.position)
                releaseBehind()
                continue
            }
            store.discardUnfinishedEvent()
            previousSeen = ~0 >> (32 - EventField.allCases.count)
            scanner.position = elementStart
            guard scanner.skipValue() else {
                (sorted.breakPosition, sorted.brokenElement) = (scanner.position, elementStart)
                return sorted
            }
            sorted.refused.append(elementStart..<scanner.position)
        } while scanner.next(UInt8(ascii: ","))
        if scanner.next(UInt8(ascii: "]")) { sorted.end = scanner.position } else { sorted.breakPosition = scanner.position }
        return sorted
    }

    /// Gives back the bytes read so far, four megabytes at a time.
    private mutating func releaseBehind() {
        guard scanner.position - released >= 1 << 22 else { return }
        release(released..<scanner.position)
        released = scanner.position
    }

    private mutating func event(into store: inout EventStore, organizations: inout Names, chapters: inout Names) -> Bool {
        guard scanner.next(UInt8(ascii: "{")) else { return false }
        let spanStart = scanner.position - 1
        let row = store.count
        var seen: UInt32 = 0
        // Only the fields the previous event had hold a string to clear.
        while previousSeen != 0 {
            strings[previousSeen.trailingZeroBitCount] = nil
            previousSeen &= previousSeen - 1
        }
        var kind: Event.Kind?
        var source = Event.Source.chapter
        participants.removeAll(keepingCapacity: true)
        roles.removeAll(keepingCapacity: true)
        if !scanner.next(UInt8(ascii: "}")) {
            var keyNumber = 0
            repeat {
                guard let field = key(keyNumber), seen & 1 << field.rawValue == 0, scanner.colon() else {
                    return false
                }
                keyNumber += 1
                seen |= 1 << field.rawValue
                if field.isNullable, scanner.literal("null") { continue }
                switch field {
                case .id, .title, .start, .acronym, .summary, .sourceNote, .end:
                    guard let token = scanner.string() else { return false }
                    strings[field.rawValue] = token
                case .kind:
                    guard let value = choice(Self.kinds) else { return false }
                    kind = value
                case .source:
                    guard let value = choice(Self.sources) else { return false }
                    source = value
                case .aliases: guard list(into: &store.aliases, { $0.text(from: spanStart) }) else { return false }
                case .places: guard list(into: &store.places, { $0.text(from: spanStart) }) else { return false }
                case .tags: guard list(into: &store.tags, { $0.text(from: spanStart) }) else { return false }
                case .organizations: guard participants(&organizations) else { return false }
                case .roles: guard roles(&organizations) else { return false }
                case .links: guard list(into: &store.links, { $0.link() }) else { return false }
                case .chapters: guard list(into: &store.chapters, { $0.name(&chapters) }) else { return false }
                case .pages: guard list(into: &store.pages, { $0.positiveNumber() }) else { return false }
                case .footnotes: guard list(into: &store.footnotes, { $0.positiveNumber() }) else { return false }
                case .url, .wikidata, .location, .sources, .extra:
                    guard reference(field, row: row, spanStart: spanStart, into: &store.references) else { return false }
                }
            } while scanner.next(UInt8(ascii: ","))
            guard scanner.next(UInt8(ascii: "}")) else { return false }
        }
        previousSeen = seen
        func missing(_ field: EventField) -> Bool { seen & 1 << field.rawValue == 0 }
        if missing(.aliases) { store.aliases.closeList() }
        if missing(.places) { store.places.closeList() }
        if missing(.tags) { store.tags.closeList() }
        if missing(.links) { store.links.closeList() }
        if missing(.chapters) { store.chapters.closeList() }
        if missing(.pages) { store.pages.closeList() }
        if missing(.footnotes) { store.footnotes.closeList() }
        guard seen & EventField.requiredBits == EventField.requiredBits,
              let id = strings[EventField.id.rawValue], let title = strings[EventField.title.rawValue],
              let start = strings[EventField.start.rawValue], let kind,
              !DocumentSchema.needsSourceNote(source) || strings[EventField.sourceNote.rawValue] != nil,
              isIdentifier(id), !isBlank(title),
              applyRoles() else { return false }
        let idHash = TextHash(scanner.content(id))
        guard !store.links[row].contains(where: { $0.target == idHash }),
              let span = Self.timeSpan(start, strings[EventField.end.rawValue], in: scanner) else {
            return false
        }
        store.participants.appendList(participants)
        let strings = self.strings
        func range(_ field: EventField) -> TextRange {
            strings[field.rawValue].map { Self.relative($0, to: spanStart) } ?? .absent
        }
        store.rows.append(EventStore.Row(
            span: TextSpan(source: self.source, offset: spanStart, count: scanner.position - spanStart),
            id: range(.id), title: range(.title), acronym: range(.acronym), summary: range(.summary),
            sourceNote: range(.sourceNote), start: range(.start), end: range(.end), kind: kind, source: source))
        store.spans.append(span)
        store.ids.append(idHash)
        store.orderKeys.append(span: span, title: withText(title, OrderKeys.TitlePrefix.init))
        if indexesSearch {
            fold(title, into: &store.search)
            if let acronym = strings[EventField.acronym.rawValue] { fold(acronym, into: &store.search) }
            for range in store.aliases[row] { fold(Self.absolute(range, from: spanStart), into: &store.search) }
            for range in store.places[row] { fold(Self.absolute(range, from: spanStart), into: &store.search) }
            if let summary = strings[EventField.summary.rawValue] { fold(summary, into: &store.search) }
            store.search.closeEvent()
        }
        return true
    }

    // MARK: Fields

    /// The event's key number `number`: the one expected there, or any field's name.
    private mutating func key(_ number: Int) -> EventField? {
        if let expected = expectedKeys.take(number, from: &scanner) { return expected }
        guard let key = scanner.string(), !key.isEscaped, let field = fields.value(of: scanner.content(key)) else { return nil }
        expectedKeys.record(field, at: number)
        return field
    }

    private mutating func choice<Value>(_ choices: ByteChoices<Value>) -> Value? {
        guard let token = scanner.string(), !token.isEscaped else { return nil }
        return choices.value(of: scanner.content(token))
    }

    private mutating func participants(_ names: inout Names) -> Bool {
        array { reader in
            guard let organization = reader.name(&names),
                  !reader.participants.contains(where: { $0.organization == organization }) else { return false }
            reader.participants.append(EventStore.Participant(organization: organization, role: .participant))
            return true
        }
    }

    private mutating func roles(_ names: inout Names) -> Bool {
        guard scanner.next(UInt8(ascii: "{")) else { return false }
        guard !scanner.next(UInt8(ascii: "}")) else { return true }
        repeat {
            guard let organization = name(&names), !roles.contains(where: { $0.organization == organization }),
                  scanner.colon(), let role = choice(Self.roles) else { return false }
            roles.append((organization, role))
        } while scanner.next(UInt8(ascii: ","))
        return scanner.next(UInt8(ascii: "}"))
    }

    /// Gives each participant its role; a role for an organization not listed is refused.
    private mutating func applyRoles() -> Bool {
        for (organization, role) in roles {
            guard let index = participants.firstIndex(where: { $0.organization == organization }) else { return false }
            participants[index].role = role
        }
        return true
    }

    private mutating func link() -> EventStore.PendingLink? {
        guard scanner.next(UInt8(ascii: "{")) else { return nil }
        var type: LinkType?
        var target: TextHash?
        repeat {
            guard let key = scanner.string(), !key.isEscaped, let isType = Self.linkFields.value(of: scanner.content(key)),
                  scanner.colon() else { return nil }
            if isType {
                guard type == nil, let value = choice(Self.linkTypes) else { return nil }
                type = value
            } else {
                guard target == nil, let token = scanner.string(), !token.isEscaped else { return nil }
                target = TextHash(scanner.content(token))
            }
        } while scanner.next(UInt8(ascii: ","))
        guard scanner.next(UInt8(ascii: "}")), let type, let target else { return nil }
        return EventStore.PendingLink(type: type, target: target)
    }

    /// A field most events lack, checked by the careful reader's rules, and kept as its JSON text.
    /// Kept out of line: inlined, it slowed the reading of every event.
    @inline(never)
    private mutating func reference(_ field: EventField, row: Int, spanStart: Int, into references: inout ReferenceFields) -> Bool {
        scanner.skipWhitespace()
        let start = scanner.position
        guard let tree = JSONTree(&scanner), NodeReader<JSONTree>.isValidReference(field, tree) else { return false }
        references.append(row: row, field: field, range: TextRange(offset: start - spanStart, count: scanner.position - start))
        return true
    }

    private mutating func positiveNumber() -> Int32? {
        scanner.positiveInteger().flatMap { $0 <= Int(Int32.max) ? Int32($0) : nil }
    }

    /// Reads a JSON array into the next list of `lists`, one item per element; false
    /// when an element is refused.
    private mutating func list<Item>(into lists: inout FlatLists<Item>, _ item: (inout Self) -> Item?) -> Bool {
        let done = array { reader in
            guard let next = item(&reader) else { return false }
            lists.append(next)
            return true
        }
        lists.closeList()
        return done
    }

    /// Reads a JSON array, calling `element` for each element.
    private mutating func array(_ element: (inout Self) -> Bool) -> Bool {
        guard scanner.next(UInt8(ascii: "[")) else { return false }
        guard !scanner.next(UInt8(ascii: "]")) else { return true }
        repeat {
            guard element(&self) else { return false }
        } while scanner.next(UInt8(ascii: ","))
        return scanner.next(UInt8(ascii: "]"))
    }

    /// A string of an event, as a range from the start of the event's text.
    private mutating func text(from spanStart: Int) -> TextRange? {
        scanner.string().map { Self.relative($0, to: spanStart) }
    }

    private mutating func name(_ names: inout Names) -> UInt16? {
        guard let token = scanner.string(), !token.isEscaped else { return nil }
        return names.index(of: scanner.content(token))
    }

    // MARK: Checks and text

    private func isIdentifier(_ token: JSONScanner.StringToken) -> Bool {
        !token.isEscaped && !token.range.isEmpty && scanner.content(token).allSatisfy { identifierBytes[Int($0)] }
    }

    /// Whether a required text holds nothing but white space. A visible ASCII character
    /// settles it at once; other texts are decoded and trimmed as the slow reader does.
    private func isBlank(_ token: JSONScanner.StringToken) -> Bool {
        if !token.isEscaped, scanner.content(token).contains(where: { $0 > 0x20 && $0 < 0x7F }) { return false }
        return scanner.text(token).showsNothing
    }

    private static func timeSpan(_ start: JSONScanner.StringToken, _ end: JSONScanner.StringToken?,
                                 in scanner: JSONScanner) -> TimeSpan? {
        guard !start.isEscaped, end?.isEscaped != true,
              let dates = try? EventDates.Parsed(start: scanner.content(start),
                                                 end: end.map(scanner.content) ?? UnsafeBufferPointer(start: nil, count: 0))
        else { return nil }
        return TimeSpan(start: dates.start, end: dates.end)
    }

    private mutating func fold(_ token: JSONScanner.StringToken, into index: inout SearchIndex) {
        guard token.isEscaped else { return index.add(scanner.content(token), folder: &folder) }
        var text = scanner.text(token)
        text.withUTF8 { index.add($0, folder: &folder) }
    }

    private func withText<Result>(_ token: JSONScanner.StringToken, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard token.isEscaped else { return body(scanner.content(token)) }
        var text = scanner.text(token)
        return text.withUTF8(body)
    }

    private static func relative(_ token: JSONScanner.StringToken, to spanStart: Int) -> TextRange {
        TextRange(offset: token.range.lowerBound - spanStart, count: token.range.count, isEscaped: token.isEscaped)
    }

    private static func absolute(_ range: TextRange, from spanStart: Int) -> JSONScanner.StringToken {
        JSONScanner.StringToken(range: (spanStart + Int(range.offset))..<(spanStart + Int(range.offset) + range.count),
                                isEscaped: range.isEscaped)
    }
}
