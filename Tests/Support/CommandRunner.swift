import Foundation

/// Runs the built `peacekeeping` executable as a user's shell would.
public struct CommandRunner {
    public struct Output {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// The executable SwiftPM built beside this test bundle.
    public static let executable: URL = {
        let folder = Bundle.main.executableURL!.deletingLastPathComponent()
        return folder.appendingPathComponent("peacekeeping")
    }()

    /// Runs the command with `input` on its standard input (nothing when nil).
    public static func run(_ arguments: [String], executable: URL = executable,
                    environment: [String: String] = [:], input: String? = nil) throws -> Output {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out")
        let errURL = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let input {
            let inURL = folder.appendingPathComponent("in")
            try Data(input.utf8).write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: try String(contentsOf: outURL, encoding: .utf8),
                      stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    /// Writes `text` to a new temporary file with this name and returns its path.
    /// The executable's path, quoted for a shell script.
    public static var quotedExecutable: String { "'\(executable.path)'" }

    /// Runs a bash script (which names the program as `quotedExecutable`), without Swift's
    /// backtraces, so that a crash shows as its status alone.
    public static func shell(_ script: String) throws -> Output {
        try run(["-c", script], executable: URL(fileURLWithPath: "/bin/bash"), environment: ["SWIFT_BACKTRACE": "enable=no"])
    }

    /// A new empty folder for a test's files.
    public static func folder() throws -> URL {
        URL(fileURLWithPath: try file("placeholder", "")).deletingLastPathComponent()
    }

    public static func file(_ name: String, _ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
