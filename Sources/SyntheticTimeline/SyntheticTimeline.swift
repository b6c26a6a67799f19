/// Writes deterministic synthetic timelines for benchmarks: about fifty organizations
/// (some bodies of others), dates from 1945 to 2025 at mixed precision with open ends and
/// uncertainty, titles and summaries of realistic length with non-ASCII letters, and a
/// few links per event. The same size and seed always give the same bytes.
public struct SyntheticTimeline {
    public enum Format: String, CaseIterable, Sendable { case json, yaml }

    public let events: Int
    public let seed: UInt64

    public init(events: Int, seed: UInt64 = 1) {
        self.events = events
        self.seed = seed
    }

    static let organizationCount = 50
    static let bodyCount = 10
    static let chapterCount = 6

    /// Produces the file in pieces of about a megabyte, handing each to `write`.
    public func write(_ format: Format, to write: @escaping (String) -> Void) {
        var random = SplitMix64(seed: seed)
        var writer = ChunkWriter(flush: write)
        let style = RecordStyle(format: format)
        writer.append(style.open("organizations", first: true))
        for index in 0..<Self.organizationCount {
            writer.append(style.item(organization(index), first: index == 0))
        }
        writer.append(style.close() + style.open("chapters"))
        for index in 0..<Self.chapterCount {
            writer.append(style.item(chapter(index), first: index == 0))
        }
        writer.append(style.close() + style.open("events"))
        for index in 0..<events {
            writer.append(style.item(event(index, &random), first: index == 0))
        }
        writer.append(style.close(last: true))
        writer.finish()
    }

    // MARK: Records, as ordered key–value lists of JSON values

    func organization(_ index: Int) -> [(String, JSONValue)] {
        let id = Self.organizationID(index)
        let isBody = index >= Self.organizationCount - Self.bodyCount
        let kinds = ["global", "regional", "sub-regional", "alliance"]
        var fields: [(String, JSONValue)] = [
            ("id", .text(id)),
            ("name", .text("\(Words.organizationPrefixes[index % Words.organizationPrefixes.count]) "
                + Words.places[index % Words.places.count])),
            ("kind", .text(isBody ? "body" : kinds[index % kinds.count])),
        ]
        fields.append(("parent", isBody ? .text(Self.organizationID(index % 8)) : .null))
        return fields
    }

    func chapter(_ index: Int) -> [(String, JSONValue)] {
        [("id", .text("c\(index)")), ("kind", .text("section")),
         ("title", .text("Section \(index + 1): \(Words.places[index])")),
         ("firstPage", .number(10 * index + 1)), ("lastPage", .number(10 * index + 10))]
    }

    func event(_ index: Int, _ random: inout SplitMix64) -> [(String, JSONValue)] {
        let (start, end) = SyntheticDates.span(&random)
        let organizationCount = Int.random(in: 1...3, using: &random)
        let organizations = (0..<organizationCount).map { _ in
            Self.organizationID(Int.random(in: 0..<Self.organizationCount, using: &random))
        }
        let unique = organizations.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let roles = ["lead", "partner", "supported", "supporting", "participant"]
        let linkTypes = ["supports", "hands-over-to", "parallel", "hybrid", "formalizes", "related"]
        let links: [JSONValue] = index == 0 ? [] : (0..<Int.random(in: 0...3, using: &random)).map { _ in
            .object([("type", .text(linkTypes.randomElement(using: &random)!)),
                     ("target", .text("e\(Int.random(in: 0..<index, using: &random))"))])
        }
        let page = Int.random(in: 1...60, using: &random)
        return [
            ("id", .text("e\(index)")),
            ("title", .text(Words.sentence(words: Int.random(in: 3...8, using: &random), &random))),
            ("kind", .text(["operation", "declaration", "meeting", "report", "decision", "crisis"]
                .randomElement(using: &random)!)),
            ("start", .text(start)),
            ("end", .text(end)),
            ("places", .array([.text(Words.places.randomElement(using: &random)!)])),
            ("organizations", .array(unique.map { .text($0) })),
            ("roles", .object(unique.map { ($0, .text(roles.randomElement(using: &random)!)) })),
            ("summary", .text(Words.sentence(words: Int.random(in: 15...40, using: &random), &random) + ".")),
            ("links", .array(links)),
            ("chapters", .array([.text("c\((page - 1) / 10)")])),
            ("pages", .array([.number(page)])),
        ]
    }

    static func organizationID(_ index: Int) -> String {
        index < 10 ? "ORG0\(index)" : "ORG\(index)"
    }
}
