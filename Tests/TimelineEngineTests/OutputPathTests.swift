import Foundation
import SyntheticTimeline
import Testing
@testable import TimelineEngine

/// What writing many events rests on: the bytes they are made into, the order they are
/// measured in, and the file pages given back as they are written.
@Suite("Writing many events")
struct OutputPathTests {
    @Test("output bytes grow from a small start and are handed over whole")
    func outputBytes() {
        var bytes = OutputBytes(capacity: 3)
        var expected = [UInt8]()
        for round in 0..<200 {
            bytes.append(UInt8(round % 251))
            expected.append(UInt8(round % 251))
            bytes.append("é\"")
            expected += "é\"".utf8
            bytes.append(repeating: 0x20, count: round % 7)
            expected += Array(repeating: 0x20, count: round % 7)
            let run = (0..<round).map { UInt8($0 % 256) }
            run.withUnsafeBufferPointer { bytes.append($0) }
            expected += run
        }
        #expect(bytes.count == expected.count)
        #expect(Array(bytes.data()) == expected)
    }

    @Test("events in the order stored: each once, rows rising")
    func storageOrder() throws {
        let timeline = try Self.generated(events: 3_000)
        #expect(timeline.rows != timeline.rows.sorted(), "the generated file is not in timeline order")
        let all = timeline.storageOrder(of: Array(timeline.events.indices))
        #expect(all.map { timeline.rows[$0] } == Array(0..<Int32(timeline.events.count)))
        let some = [2_999, 5, 17, 5, 1_200]
        let ordered = timeline.storageOrder(of: some)
        #expect(Set(ordered) == Set(some) && ordered.count == 4)
        #expect(ordered.map { timeline.rows[$0] } == ordered.map { timeline.rows[$0] }.sorted())
    }

    @Test("a file in timeline order gives its pages back as its events are written, and writes what it holds")
    func pagesGivenBack() throws {
        let generated = try Self.generated(events: 20_000)
        let exported = try TimelineExport.json(generated)
        #expect(exported.count > 16 << 20, "larger than the stretch given back at once")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pk-ordered-\(UUID().uuidString).json").path
        try exported.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let ordered = try TimelineLoader.load(paths: [path]).get()

        let floors = ordered.storedFloors(ofBlocksOf: Array(ordered.events.indices))
        #expect(floors == floors.sorted() && floors.last! > floors.first!, "in timeline order, each block reads further on")
        #expect(generated.storedFloors(ofBlocksOf: Array(generated.events.indices)).dropLast(2)
                    .allSatisfy { $0 < generated.events.count / 100 }, "in another order, rows near the first are read till near the end")
        #expect(try TimelineExport.json(ordered) == exported)
        var lines = Data(), expectedLines = Data()
        try TimelineExport.writeJSONLines(events: Array(ordered.events.indices), of: ordered) { lines.append($0) }
        try TimelineExport.writeJSONLines(events: Array(generated.events.indices), of: generated) { expectedLines.append($0) }
        #expect(lines == expectedLines)
    }

    @Test("the columns read through pointers hold what the store's arrays hold")
    func columnsThroughPointers() throws {
        let timeline = try Self.generated(events: 3_000)
        try timeline.text.withBatch { batch in
            let reading = EventReading(timeline: timeline, batch: batch)
            // The pointers are the reading's: it must outlive their use.
            defer { withExtendedLifetime(reading) {} }
            let columns = reading.columns
            #expect(Array(columns.rowOfPosition) == timeline.rows)
            for row in 0..<timeline.store.count {
                #expect(columns.rows[row].span == timeline.store.rows[row].span && columns.rows[row].title == timeline.store.rows[row].title)
                #expect(Array(columns.aliases[row]) == Array(timeline.store.aliases[row]))
                #expect(Array(columns.places[row]) == Array(timeline.store.places[row]))
                #expect(Array(columns.tags[row]) == Array(timeline.store.tags[row]))
                #expect(columns.participants[row].map(\.organization) == timeline.store.participants[row].map(\.organization))
                #expect(Array(columns.chapters[row]) == Array(timeline.store.chapters[row]))
                #expect(Array(columns.pages[row]) == Array(timeline.store.pages[row]))
                #expect(Array(columns.footnotes[row]) == Array(timeline.store.footnotes[row]))
            }
            for position in timeline.events.indices {
                #expect(columns.outgoing[position].map(\.event) == timeline.outgoing[position].map(\.event))
            }
        }
        #expect(timeline.outgoing.items.count > 1_000, "links to compare")
    }

    private static func generated(events: Int) throws -> Timeline {
        var text = ""
        SyntheticTimeline(events: events).write(.json) { text += $0 }
        return try TimelineLoader.load([.init(name: "g.json", bytes: Array(text.utf8))]).get()
    }
}
