import DefaultTimeline
import Foundation
import SyntheticTimeline
import TestSupport
import Testing
@testable import TimelineEngine

@Suite("The compact format")
struct CompactFormatTests {
    private static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("pk-\(UUID().uuidString)-\(name)").path
    }

    private static func chapterTimeline() throws -> Timeline {
        try TimelineLoader.load(paths: [try DefaultTimeline.path().get()]).get()
    }

    /// Writes `timeline` compact, loads it back, and removes the file.
    private static func roundTrip(_ timeline: Timeline) throws -> Timeline {
        let path = temporaryPath("round.pkt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try TimelineExport.compact(timeline, to: path)
        return try TimelineLoader.load(paths: [path]).get()
    }

    private static func expectSame(_ loaded: Timeline, _ original: Timeline) {
        #expect(Array(loaded.events) == Array(original.events))
        #expect(loaded.organizations == original.organizations)
        #expect(loaded.chapters == original.chapters)
        #expect(loaded.yearRange == original.yearRange)
        #expect(loaded.eventCountsByChapter() == original.eventCountsByChapter())
        for position in original.events.indices {
            #expect(loaded.links(of: position) == original.links(of: position))
            #expect(loaded.backlinks(of: position) == original.backlinks(of: position))
            #expect(loaded.eventIndex(id: original.events[position].id) == position)
        }
        for query in [TimelineQuery(text: "darfur hybrid"), TimelineQuery(text: "cote d'ivoire"),
                      TimelineQuery(organizations: ["AU"]), TimelineQuery(organizations: ["UN"], includeBodies: false)] {
            #expect(loaded.select(query) == original.select(query))
        }
    }

    @Test("the chapter's timeline comes back the same from a compact file")
    func chapterRoundTrip() throws {
        let original = try Self.chapterTimeline()
        Self.expectSame(try Self.roundTrip(original), original)
    }

    @Test("a generated timeline of more than one search chunk comes back the same")
    func generatedRoundTrip() throws {
        let path = Self.temporaryPath("generated.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var text = ""
        SyntheticTimeline(events: SearchIndex.chunkEvents + 500).write(.json) { text += $0 }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let original = try TimelineLoader.load(paths: [path]).get()
        let loaded = try Self.roundTrip(original)
        #expect(loaded.events.count == original.events.count)
        for position in stride(from: 0, to: original.events.count, by: 97) {
            #expect(loaded.events[position] == original.events[position])
        }
        for query in [TimelineQuery(text: "krakow brigade"), TimelineQuery(organizations: ["ORG03"], text: "mission")] {
            #expect(loaded.select(query) == original.select(query))
        }
    }

    @Test("text with escapes, read by the fast JSON reader, comes back the same")
    func escapedText() throws {
        let path = Self.temporaryPath("escapes.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let json = try TimelineExport.json(try Fixture.timeline())
        try String(decoding: json, as: UTF8.self).replacingOccurrences(of: "Artemis", with: "Art\\u00e9mis \\\"1\\\"")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let original = try TimelineLoader.load(paths: [path]).get()
        #expect(original.events.contains { $0.title == "Operation Artémis \"1\"" })
        Self.expectSame(try Self.roundTrip(original), original)
    }

    @Test("a compact file is loaded on its own, not merged")
    func notMerged() throws {
        let path = Self.temporaryPath("alone.pkt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try TimelineExport.compact(try Self.chapterTimeline(), to: path)
        guard case .failure(let failure) = TimelineLoader.load(paths: [path, try DefaultTimeline.path().get()]) else {
            Issue.record("merging a compact file must fail")
            return
        }
        #expect(failure.description.contains("\(path): is a compact timeline, which is loaded on its own"))
    }

    @Test("a damaged or cut compact file is refused with its section; it never crashes")
    func damage() throws {
        let good = Self.temporaryPath("good.pkt")
        let bad = Self.temporaryPath("bad.pkt")
        defer {
            try? FileManager.default.removeItem(atPath: good)
            try? FileManager.default.removeItem(atPath: bad)
        }
        try TimelineExport.compact(try Self.chapterTimeline(), to: good)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: good)))
        var generator = SplitMix64(seed: 7)
        let flips = Array(0..<CompactLayout.headerSize) + (0..<300).map { _ in Int.random(in: 0..<bytes.count, using: &generator) }
        var refused = 0
        for offset in flips {
            var damaged = bytes
            damaged[offset] ^= 0xFF
            refused += try Self.loadSafely(damaged, at: bad) ? 0 : 1
        }
        for length in [0, 7, CompactLayout.headerSize - 1, CompactLayout.headerSize, bytes.count / 2, bytes.count - 1] {
            #expect(try !Self.loadSafely(Array(bytes.prefix(length)), at: bad), "cut at \(length)")
        }
        #expect(refused == flips.count, "every change is noticed")
    }

    @Test("a section's checksum is the same however its bytes are split, and changes with any one byte")
    func checksum() {
        var generator = SplitMix64(seed: 11)
        let bytes = (0..<1000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        func sum(_ bytes: [UInt8], pieces: [Int]) -> UInt64 {
            var checksum = SectionChecksum()
            var start = 0
            for end in pieces.sorted() + [bytes.count] {
                bytes[start..<end].withUnsafeBytes { checksum.add($0) }
                start = end
            }
            return checksum.value
        }
        let whole = sum(bytes, pieces: [])
        for _ in 0..<50 {
            let cuts = (0..<Int.random(in: 1...9, using: &generator)).map { _ in Int.random(in: 0...bytes.count, using: &generator) }
            #expect(sum(bytes, pieces: cuts) == whole, "cut at \(cuts.sorted())")
        }
        for offset in bytes.indices {
            var changed = bytes
            changed[offset] ^= 1 << UInt8(offset % 8)
            #expect(sum(changed, pieces: []) != whole, "byte \(offset)")
        }
        #expect(sum(bytes + [0], pieces: []) != whole, "a zero added at the end")
    }

    @Test("any one byte changed anywhere in a compact file, padding included, is refused; text names its section")
    func everyByteIsChecked() throws {
        let good = Self.temporaryPath("fixture.pkt")
        let bad = Self.temporaryPath("changed.pkt")
        defer {
            try? FileManager.default.removeItem(atPath: good)
            try? FileManager.default.removeItem(atPath: bad)
        }
        let original = try Fixture.timeline()
        try TimelineExport.compact(original, to: good)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: good)))
        for offset in bytes.indices {
            var changed = bytes
            changed[offset] &+= 1
            #expect(try !Self.loadSafely(changed, at: bad), "byte \(offset) of \(bytes.count) changed")
        }
        // A letter of a summary changed is still valid text: only the checksum tells.
        let summary = try #require(original.events.first { !$0.summary.isEmpty }?.summary)
        let word = Array(summary.utf8.prefix(8))
        let text = Self.offset(of: .text, in: bytes)
        let start = try #require(bytes.indices.first { $0 >= text && bytes[$0...].starts(with: word) })
        var changed = bytes
        changed[start] = changed[start] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        try Data(changed).write(to: URL(fileURLWithPath: bad))
        guard case .failure(let failure) = TimelineLoader.load(paths: [bad]) else {
            Issue.record("a changed summary must be refused")
            return
        }
        #expect(failure.description == "\(bad): field 'text': is damaged: its bytes do not match their checksum")
    }

    @Test("a compact file loaded without its search index has all the rest")
    func withoutSearchIndex() throws {
        let path = Self.temporaryPath("bare.pkt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try TimelineExport.compact(try Fixture.timeline(), to: path)
        let bare = try TimelineLoader.load(paths: [path], searchable: false).get()
        let indexed = try TimelineLoader.load(paths: [path]).get()
        #expect(!bare.isSearchable)
        #expect(indexed.isSearchable)
        #expect(!indexed.select(TimelineQuery(text: "darfur hybrid")).isEmpty)
        #expect(try TimelineExport.json(bare) == TimelineExport.json(indexed))
    }

    @Test("another format, or a damaged count of sections, is said plainly")
    func formatMessages() throws {
        let path = Self.temporaryPath("format.pkt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try TimelineExport.compact(try Self.chapterTimeline(), to: path)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        func message(changing offset: Int, to value: UInt8) throws -> String {
            var changed = bytes
            changed[offset] = value
            try Data(changed).write(to: URL(fileURLWithPath: path))
            guard case .failure(let failure) = TimelineLoader.load(paths: [path]) else { return "loaded" }
            return failure.description
        }
        let magic = CompactLayout.magic.count
        #expect(try message(changing: magic, to: 1) == "\(path): is a compact timeline of format 1, which this version "
            + "cannot read (it reads format \(CompactLayout.version)): export it again")
        #expect(try message(changing: magic + 4, to: 3) == "\(path): says it has 3 sections where format "
            + "\(CompactLayout.version) has \(CompactLayout.Section.allCases.count): it is damaged")
    }

    @Test("a file whose size is not where its sections end is refused, even when only padding is lost")
    func sizeMustMatchSections() throws {
        let path = Self.temporaryPath("size.pkt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try TimelineExport.compact(try Self.chapterTimeline(), to: path)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.count % 8 == 0)
        for changed in [bytes + [0], bytes + Array(repeating: 0, count: 8), Array(bytes.dropLast())] {
            try Data(changed).write(to: URL(fileURLWithPath: path))
            guard case .failure(let failure) = TimelineLoader.load(paths: [path]) else {
                Issue.record("a file of \(changed.count) bytes instead of \(bytes.count) must be refused")
                continue
            }
            // A cut may also leave a section outside the file, which is said first.
            if changed.count > bytes.count {
                #expect(failure.description == "\(path): is \(changed.count) bytes long where its sections end at byte "
                    + "\(bytes.count): it is damaged, cut short or added to")
            } else {
                #expect(failure.description.hasPrefix("\(path): "), "\(failure)")
            }
        }
    }

    @Test("a range outside its event's text is refused, naming the section and the event")
    func rangeOutsideText() throws {
        let path = Self.temporaryPath("range.pkt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try TimelineExport.compact(try Self.chapterTimeline(), to: path)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let rows = Self.offset(of: .rows, in: bytes)
        // The second event's title: its count, after the span (16 bytes) and the id range.
        let titleCount = rows + CompactLayout.RecordSize.row + 16 + 8 + 4
        bytes.replaceSubrange(titleCount..<titleCount + 4, with: [0xFF, 0xFF, 0x00, 0x00])
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        guard case .failure(let failure) = TimelineLoader.load(paths: [path]) else {
            Issue.record("the damaged file must be refused")
            return
        }
        #expect(failure.description == "\(path): field 'rows': event 2 is damaged")
    }

    /// Where `section` starts in a compact file, as its header says.
    private static func offset(of section: CompactLayout.Section, in bytes: [UInt8]) -> Int {
        let place = 24 + 24 * section.rawValue
        return bytes[place..<place + 8].reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    /// Loads `bytes` as a file; if it loads, reads every event and searches it.
    /// Whether it loaded; a refusal must name the file.
    private static func loadSafely(_ bytes: [UInt8], at path: String) throws -> Bool {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        switch TimelineLoader.load(paths: [path]) {
        case .success(let timeline):
            for position in timeline.events.indices {
                _ = timeline.events[position]
                _ = timeline.links(of: position) + timeline.backlinks(of: position)
            }
            _ = timeline.select(TimelineQuery(text: "union"))
            return true
        case .failure(let failure):
            #expect(failure.diagnostics.allSatisfy { $0.file == path }, "\(failure)")
            return false
        }
    }
}
