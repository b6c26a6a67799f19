import Foundation

/// Why an export could not be written.
public struct ExportWriteError: Error, CustomStringConvertible {
    public let description: String
}

/// Writes a file beside `path` under another name and renames it to `path` once
/// complete, so that a failure never leaves half a file or replaces a good one.
enum ReplacingFile {
    static func write(to path: String, _ body: (FileHandle) throws -> Void) throws {
        let temporary = path + ".partial"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw ExportWriteError(description: "\(path): cannot be written (no permission, or no such folder)")
        }
        do {
            try body(handle)
            try handle.close()
            guard rename(temporary, path) == 0 else {
                throw ExportWriteError(description: "\(path): cannot be replaced: \(String(cString: strerror(errno)))")
            }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }
}
