import ArgumentParser
import TimelineEngine

/// Shell completions drawn from the timeline the command line being completed would
/// load (its `--data` files, or the built-in one): organization, chapter and event ids.
enum Completions {
    static let organizations = CompletionKind.custom { words, _, prefix in
        names(words, prefix) { $0.organizations.map(\.id) }
    }

    static let chapters = CompletionKind.custom { words, _, prefix in
        names(words, prefix) { $0.chapters.map(\.id) }
    }

    static let events = CompletionKind.custom { words, _, prefix in
        names(words, prefix) { timeline in
            // Read only as far as needed: a large timeline has more ids than a shell can show.
            var found = [String]()
            for event in timeline.events where event.id.hasPrefix(prefix) {
                found.append(event.id)
                if found.count == 500 { break }
            }
            return found
        }
    }

    static let kinds = CompletionKind.list(Event.Kind.allCases.map(\.rawValue))

    static let dataFiles = CompletionKind.file(extensions: ["yaml", "yml", "json", "pkt"])

    /// The names `list` gives for the timeline `words` would load, that start with `prefix`.
    private static func names(_ words: [String], _ prefix: String, _ list: (Timeline) -> [String]) -> [String] {
        var files = [String]()
        for (index, word) in words.enumerated() {
            if word == "--data", index + 1 < words.count { files.append(words[index + 1]) }
            if word.hasPrefix("--data=") { files.append(String(word.dropFirst("--data=".count))) }
        }
        guard let timeline = try? DataFiles.load(files.isEmpty ? [DataFiles.chapter] : files, searchable: false).get() else { return [] }
        return list(timeline).filter { $0.hasPrefix(prefix) }
    }
}
