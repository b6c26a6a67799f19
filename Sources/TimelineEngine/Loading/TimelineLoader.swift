import Foundation

/// Loads timelines from YAML or JSON files, merges several into one, and checks
/// everything, reporting every problem rather than the first.
public enum TimelineLoader {
    /// The largest data file read whole into memory (by the careful reader, which takes
    /// YAML and explains every problem), so that a wrong path to a disk image fails at
    /// once. A JSON file of any size is mapped and read by the fast reader.
    public static let maximumFileSize = 1 << 30

    /// A data file's name (as shown in messages) and its bytes.
    public struct Source: Sendable {
        public let name: String
        public let bytes: [UInt8]

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }

        /// Reads a file, or returns the diagnostic that says why it cannot be read.
        public static func read(path: String) -> Result<Source, Diagnostic> {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return .failure(Diagnostic(file: path, position: nil, message: "no such file"))
            }
            guard !isDirectory.boolValue else {
                return .failure(Diagnostic(file: path, position: nil, message: "is a folder, not a data file"))
            }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                return .failure(Diagnostic(file: path, position: nil, message: "cannot be opened for reading"))
            }
            defer { try? handle.close() }
            // Said before reading, not after a gigabyte has been read in vain.
            if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, size > maximumFileSize {
                return .failure(Diagnostic(file: path, position: nil, message: "is larger than 1 GiB: not a timeline data file"))
            }
            do {
                let data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
                guard data.count <= maximumFileSize else {
                    return .failure(Diagnostic(file: path, position: nil,
                                               message: "is larger than 1 GiB: not a timeline data file"))
                }
                return .success(Source(name: path, bytes: [UInt8](data)))
            } catch {
                return .failure(Diagnostic(file: path, position: nil, message: "cannot be read: \(error.localizedDescription)"))
            }
        }
    }

    /// Reads, checks and merges the files at `paths`.
    ///
    /// JSON files are read by the fast loader, straight from the files, which stay open so
    /// that an event's text is read when it is shown. If any file is not JSON the fast
    /// loader fully accepts, the positioned reader explains every problem with its
    /// place: in the parts of a single JSON file that need it (`JSONRecheck`), or else in
    /// every file, read again.
    ///
    /// A timeline that will not be searched is loaded without its search index
    /// (`searchable: false`): the folded text of every event, which takes about a
    /// quarter of a large load's time and half its memory. Searching it is a programming
    /// error.
    public static func load(paths: [String], searchable: Bool = true) -> Result<Timeline, LoadFailure> {
        let files = paths.compactMap(OpenFile.init(path:))
        let openings = files.map { $0.read(0..<min($0.byteCount, 256)) ?? [] }
        if let compact = openings.firstIndex(where: CompactLayout.starts) {
            guard paths.count == 1 else {
                return .failure(LoadFailure(diagnostics: [Diagnostic(file: files[compact].path, position: nil, message:
                    "is a compact timeline, which is loaded on its own: export the merged timeline instead")]))
            }
            return CompactReader.load(files[compact], name: paths[0], searchable: searchable)
        }
        if files.count == paths.count,
           openings.allSatisfy(JSONText.looksLikeJSON) {
            if let shortage = MemoryCheck.shortage(for: files, perByte: MemoryCheck.fastPerByte) { return .failure(shortage) }
            let timeline = JSONTimelineLoader.load(files.map { .file($0) }, names: paths, searchable: searchable)
            // Read from files that changed meanwhile, the timeline, or the reason it failed, is not theirs.
            let changed = files.filter { !$0.isUnchanged }
            guard changed.isEmpty else {
                return .failure(LoadFailure(diagnostics: changed.map {
                    Diagnostic(file: $0.path, position: nil, message: "changed on disk while it was being read: load it again")
                }))
            }
            if let timeline { return .success(timeline) }
        }
        // The files hold something the fast reader does not take (often a mistake to point out).
        // One JSON file is checked part by part, at about the cost of loading it.
        if paths.count == 1, files.count == 1, JSONText.looksLikeJSON(openings[0]),
           let failure = JSONRecheck.problems(in: files[0], name: paths[0]) {
            return .failure(failure)
        }
        let large = zip(files, openings).filter { file, _ in file.byteCount > maximumFileSize }
        guard large.isEmpty else {
            return .failure(LoadFailure(diagnostics: large.map { file, opening in
                Diagnostic(file: file.path, position: nil, message: JSONText.looksLikeJSON(opening)
                    ? "is larger than 1 GiB and holds something the fast JSON reader does not take; the reader that says "
                        + "what and where takes files up to 1 GiB: find the fault with a JSON checker (jq empty \(file.path)), or split the file"
                    : "is larger than 1 GiB and not JSON: only a JSON timeline may be that large (not a timeline data file?)")
            }))
        }
        if let shortage = MemoryCheck.shortage(for: files, perByte: MemoryCheck.carefulPerByte,
                                               doing: "check it closely for what the fast reader did not take") {
            return .failure(shortage)
        }
        var sources = [Source]()
        var diagnostics = [Diagnostic]()
        for path in paths {
            switch Source.read(path: path) {
            case .success(let source): sources.append(source)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        switch assemble(sources) {
        case .success(let timeline) where diagnostics.isEmpty: return .success(timeline)
        case .success: return .failure(LoadFailure(diagnostics: diagnostics))
        case .failure(let failure): return .failure(LoadFailure(diagnostics: diagnostics + failure.diagnostics))
        }
    }

    /// Checks and merges already-read sources into one timeline, JSON ones through the
    /// fast loader first (see `load(paths:searchable:)`).
    public static func load(_ sources: [Source], searchable: Bool = true) -> Result<Timeline, LoadFailure> {
        if let compact = sources.first(where: { CompactLayout.starts($0.bytes) }) {
            return .failure(LoadFailure(diagnostics: [Diagnostic(file: compact.name, position: nil, message:
                "is a compact timeline, which is loaded on its own from a file: name the file")]))
        }
        if let timeline = readFast(sources, searchable: searchable) { return .success(timeline) }
        if sources.count == 1, let failure = recheck(sources[0]) { return .failure(failure) }
        return assemble(sources)
    }

    /// The timeline the fast reader makes of sources that are all JSON it fully accepts;
    /// nil for any other sources.
    package static func readFast(_ sources: [Source], searchable: Bool = true) -> Timeline? {
        guard sources.allSatisfy({ JSONText.looksLikeJSON($0.bytes) }) else { return nil }
        return JSONTimelineLoader.load(sources.map { .memory($0.bytes) }, names: sources.map(\.name), searchable: searchable)
    }

    /// The problems of a JSON source the fast reader refused, found part by part
    /// (`JSONRecheck`); nil for YAML, or when the whole source must be read carefully.
    package static func recheck(_ source: Source) -> LoadFailure? {
        guard JSONText.looksLikeJSON(source.bytes) else { return nil }
        return source.bytes.withUnsafeBufferPointer { JSONRecheck.problems(in: $0, name: source.name) }
    }

    /// Checks and merges sources through the careful reader alone, which reads YAML and
    /// JSON alike and explains every problem.
    package static func assemble(_ sources: [Source]) -> Result<Timeline, LoadFailure> {
        var merged = ParsedDocument()
        var diagnostics = [Diagnostic]()
        func add(_ read: (ParsedDocument, [Diagnostic])) {
            diagnostics += read.1
            merged.organizations += read.0.organizations
            merged.chapters += read.0.chapters
            merged.events += read.0.events
        }
        for source in sources {
            switch SourceText.decode(source.bytes, file: source.name) {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let text):
                let read = YAMLText.read(text, file: source.name)
                add((read.document, read.diagnostics))
            }
        }
        merged.dropRepeatedDeclarations()
        diagnostics += ReferenceChecker.check(merged)
        guard diagnostics.isEmpty else { return .failure(LoadFailure(diagnostics: inFileOrder(diagnostics, files: sources.map(\.name)))) }
        return .success(Timeline(events: merged.events.map(\.value),
                                 organizations: merged.organizations.map(\.value),
                                 chapters: merged.chapters.map(\.value)))
    }

    /// Sorts diagnostics by file (in the order given), then line and column.
    static func inFileOrder(_ diagnostics: [Diagnostic], files: [String]) -> [Diagnostic] {
        let fileOrder = Dictionary(files.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return diagnostics.enumerated().sorted { lhs, rhs in
            func key(_ item: (offset: Int, element: Diagnostic)) -> (Int, Int, Int, Int) {
                (fileOrder[item.element.file] ?? 0, item.element.position?.line ?? 0,
                 item.element.position?.column ?? 0, item.offset)
            }
            return key(lhs) < key(rhs)
        }.map(\.element)
    }
}
