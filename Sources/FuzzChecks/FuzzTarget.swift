import TimelineEngine

/// What the fuzzers check: each target takes any bytes and throws when the code under
/// test breaks one of its promises (the fuzzer then stops, as on a crash). Crashes,
/// hangs and memory blow-ups are caught by libFuzzer itself.
///
/// `Fuzz/` builds these into a libFuzzer binary; `swift test` runs each over its seed
/// corpus in `Fuzz/Corpus`, so that an input once found stays a regression test.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// JSON through the loader: whatever loads is exported and loads back the same.
    case jsonReader = "json-reader"
    /// YAML through the careful reader, with the same round trip.
    case yamlReader = "yaml-reader"
    /// The fast JSON reader takes nothing the careful reader refuses, and reads the same events.
    case readersAgree = "readers-agree"
    /// A JSON file the fast reader refuses, checked part by part, gets the messages the
    /// careful reader gives for the whole file; a syntax error may be placed elsewhere in
    /// the broken event, and where the JSON breaks and YAML reads on, the message is its own.
    case recheckAgrees = "recheck-agrees"
    /// EDTF dates: the shortcut for plain dates agrees with the full rules, and a date's
    /// first day is not after its last.
    case edtf
    /// A file of any kind (compact, JSON, YAML) loaded from disk; whatever loads is
    /// written as a compact file and loads back the same.
    case fileLoader = "file-loader"
    /// A compact file, its checksums made to match again after the fuzzer's changes
    /// (`CompactLayout.resealed`), so that they reach the reader's other checks: it is
    /// refused, or read whole, never out of bounds.
    case compactReader = "compact-reader"
    /// Text made display-safe keeps nothing a terminal acts on, and fits the widths it is cut to.
    case displayText = "display-text"

    /// Runs the target on one input.
    public func check(_ bytes: [UInt8]) throws(BrokenPromise) {
        switch self {
        case .jsonReader: try Self.checkReader(bytes, name: "fuzz.json")
        case .yamlReader: try Self.checkReader(bytes, name: "fuzz.yaml")
        case .readersAgree: try Self.checkReadersAgree(bytes)
        case .recheckAgrees: try Self.checkRecheck(bytes)
        case .edtf: try Self.checkDates(bytes)
        case .fileLoader: try Self.checkFileLoader(bytes)
        case .compactReader: try Self.checkCompactReader(bytes)
        case .displayText: try Self.checkDisplayText(bytes)
        }
    }
}
