import Foundation
import TimelineEngine

extension FuzzTarget {
    /// Inputs longer than this are left out: the point is the reader's rules, not its size.
    static let maximumInput = 1 << 16

    static func checkReader(_ bytes: [UInt8], name: String) throws(BrokenPromise) {
        guard bytes.count <= maximumInput else { return }
        let source = TimelineLoader.Source(name: name, bytes: bytes)
        switch TimelineLoader.load([source]) {
        case .success(let timeline):
            let events = Array(timeline.events)
            let exported: [UInt8]
            do {
                exported = name.hasSuffix(".json") ? Array(try TimelineExport.json(timeline))
                    : Array(try TimelineExport.yaml(timeline).utf8)
            } catch {
                throw BrokenPromise(message: "a timeline that loaded could not be exported: \(error)", input: bytes)
            }
            switch TimelineLoader.load([TimelineLoader.Source(name: name, bytes: exported)]) {
            case .success(let reloaded):
                try require(Array(reloaded.events) == events, "the exported timeline loads back different", bytes)
            case .failure(let failure):
                throw BrokenPromise(message: "the exported timeline does not load back: \(failure)", input: bytes)
            }
        case .failure(let failure):
            try require(!failure.diagnostics.isEmpty, "a load failed without saying why", bytes)
        }
    }

    static func checkReadersAgree(_ bytes: [UInt8]) throws(BrokenPromise) {
        guard bytes.count <= maximumInput else { return }
        let source = TimelineLoader.Source(name: "fuzz.json", bytes: bytes)
        guard let fast = TimelineLoader.readFast([source]) else { return }
        switch TimelineLoader.assemble([source]) {
        case .success(let careful):
            try require(Array(fast.events) == Array(careful.events), "the readers read different events", bytes)
            try require(fast.organizations == careful.organizations && fast.chapters == careful.chapters,
                    "the readers read different organizations or chapters", bytes)
        case .failure(let failure):
            throw BrokenPromise(message: "the fast reader took what the careful one refuses: \(failure)", input: bytes)
        }
    }

    static func checkRecheck(_ bytes: [UInt8]) throws(BrokenPromise) {
        guard bytes.count <= maximumInput else { return }
        let source = TimelineLoader.Source(name: "fuzz.json", bytes: bytes)
        guard TimelineLoader.readFast([source]) == nil, let rechecked = TimelineLoader.recheck(source) else { return }
        let ownMessage = rechecked.diagnostics.contains { $0.message.hasPrefix("syntax error: not JSON here") }
        switch TimelineLoader.assemble([source]) {
        case .success:
            try require(ownMessage, "the recheck refused what the careful reader takes: \(rechecked)", bytes)
        case .failure(let careful):
            // YAML reads on, or looks ahead, more or less far with what surrounds an event,
            // so the fault that stops it may be another, or placed elsewhere, when the
            // event is read on its own.
            func isSyntaxError(_ failure: LoadFailure) -> Bool {
                failure.diagnostics.count == 1 && ["syntax error", "duplicate keys", "cannot read the text"].contains {
                    failure.diagnostics[0].message.hasPrefix($0)
                }
            }
            try require(ownMessage || rechecked.diagnostics.map(\.description) == careful.diagnostics.map(\.description)
                            || (isSyntaxError(rechecked) && isSyntaxError(careful)),
                        "the recheck says\n\(rechecked)\nwhere the careful reader says\n\(careful)", bytes)
        }
    }

    static func checkFileLoader(_ bytes: [UInt8]) throws(BrokenPromise) {
        guard let (timeline, folder) = try loadFromDisk(bytes) else { return }
        let events = Array(timeline.events)
        let compact = folder + "/compact"
        do {
            try TimelineExport.compact(timeline, to: compact)
        } catch {
            throw BrokenPromise(message: "a timeline that loaded could not be written as a compact file: \(error)", input: bytes)
        }
        switch TimelineLoader.load(paths: [compact]) {
        case .success(let reloaded):
            try require(Array(reloaded.events) == events, "the compact file loads back different", bytes)
        case .failure(let failure):
            throw BrokenPromise(message: "the compact file does not load back: \(failure)", input: bytes)
        }
    }

    /// A compact file with forged checksums is read, every event with it, within bounds;
    /// it is not required to load back (see docs/fuzzing.md).
    static func checkCompactReader(_ bytes: [UInt8]) throws(BrokenPromise) {
        guard let (timeline, _) = try loadFromDisk(CompactLayout.resealed(bytes)) else { return }
        for event in timeline.events { _ = event.links.count + event.participants.count }
    }

    /// The timeline in `bytes`, written to a file and loaded from it, and the folder it is in.
    private static func loadFromDisk(_ bytes: [UInt8]) throws(BrokenPromise) -> (Timeline, String)? {
        guard bytes.count <= maximumInput else { return nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-file-loader-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let input = folder + "/input"
        guard FileManager.default.createFile(atPath: input, contents: Data(bytes)) else {
            throw BrokenPromise(message: "cannot write \(input)", input: bytes)
        }
        guard case .success(let timeline) = TimelineLoader.load(paths: [input]) else { return nil }
        return (timeline, folder)
    }
}
