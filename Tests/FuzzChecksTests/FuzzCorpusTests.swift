import Foundation
import FuzzChecks
import Testing
import TimelineEngine

/// Every input in the fuzzers' seed corpus (`Fuzz/Corpus/<target>`), and every input a
/// campaign found and added there, keeps its target's promises.
@Suite("Fuzz corpus")
struct FuzzCorpusTests {
    private static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Corpus")

    @Test("each target's corpus keeps its promises", arguments: FuzzTarget.allCases)
    func corpus(_ target: FuzzTarget) throws {
        let folder = Self.corpus.appendingPathComponent(target.rawValue)
        let inputs = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        #expect(inputs.count >= 3, "\(target.rawValue) has a seed corpus")
        for input in inputs {
            do {
                try target.check(Array(try Data(contentsOf: input)))
            } catch {
                Issue.record("\(input.lastPathComponent): \(error)")
            }
        }
    }

    @Test("a compact file resealed after a change gets past its checksums to the checks behind them")
    func resealed() throws {
        let original = Array(try Data(contentsOf: Self.corpus.appendingPathComponent("compact-reader/generated.compact")))
        // A letter of a title: only the text section's checksum can tell.
        var changed = original
        let title = changed.firstRange(of: Array("Task assessment".utf8))!
        changed[title.lowerBound] = UInt8(ascii: "M")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reseal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func load(_ bytes: [UInt8]) throws -> Result<Timeline, LoadFailure> {
            let path = folder.appendingPathComponent("t.compact").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return TimelineLoader.load(paths: [path])
        }
        guard case .failure(let damaged) = try load(changed) else {
            Issue.record("a changed compact file loaded")
            return
        }
        #expect(damaged.description.contains("do not match their checksum"))
        #expect(CompactLayout.resealed(original) == original, "a whole file's checksums are already right")
        let resealed = try load(CompactLayout.resealed(changed)).get()
        #expect(resealed.events.contains { $0.title == "Mask assessment regional Bunia" })
    }
}
