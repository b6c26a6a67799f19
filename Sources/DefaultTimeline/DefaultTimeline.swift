import Foundation

/// Finds the embedded default timeline: `timeline.yaml` from `Resources/`, which the
/// build copies into a resource folder beside the executable.
///
/// `Bundle.module` would trap when that folder is missing (a binary copied on its
/// own); this looks for it and says where it looked instead.
public enum DefaultTimeline {
    static let bundleName = "PeacekeepingTimeline_DefaultTimeline.resources"
    static let fileName = "timeline.yaml"

    /// The embedded timeline's path, or an explanation naming the places searched.
    public static func path() -> Result<String, DefaultTimelineMissing> {
        let candidates = searchFolders().map { $0.appendingPathComponent(bundleName).appendingPathComponent(fileName).path }
        if let found = candidates.first(where: FileManager.default.isReadableFile(atPath:)) {
            return .success(found)
        }
        return .failure(DefaultTimelineMissing(searched: candidates))
    }

    private static func searchFolders() -> [URL] {
        var folders = [URL]()
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            folders.append(executable.deletingLastPathComponent())
        }
        folders.append(Bundle.main.bundleURL)
        var unique = [URL]()
        for folder in folders where !unique.contains(folder.standardizedFileURL) {
            unique.append(folder.standardizedFileURL)
        }
        return unique
    }
}

/// The embedded timeline could not be found: the binary was moved without its resources.
public struct DefaultTimelineMissing: Error, CustomStringConvertible {
    public let searched: [String]

    public var description: String {
        "the embedded timeline is missing (looked for " + searched.joined(separator: ", ")
            + "); keep the resource folder beside the executable, or pass --data FILE"
    }
}
