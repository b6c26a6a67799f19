import Foundation
import SyntheticTimeline
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What comes out at scale: a reader that stops early, a disk that fills up, and files
/// over 1 GiB, written by the program and read back by it.
@Suite("Output at scale")
struct OutputAtScaleTests {
    /// Bytes free where the tests write their files.
    private static func freeBytes() -> Int {
        var status = statvfs()
        guard statvfs(FileManager.default.temporaryDirectory.path, &status) == 0 else { return 0 }
        return Int(status.f_bavail) * Int(status.f_frsize)
    }

    @Test("a reader that stops early (| head) ends every listing and export quietly, with status 0", arguments: [
        ["list"], ["list", "--format", "csv"], ["list", "--format", "json"], ["list", "--format", "jsonl"],
        ["export"], ["export", "--format", "jsonl"], ["export", "--format", "csv"], ["export", "--format", "markdown"],
    ])
    func closedPipe(arguments: [String]) throws {
        let data = try CommandRunner.folder().appendingPathComponent("g.json").path
        let command = ([CommandRunner.quotedExecutable] + (arguments + ["--data", data]).map { "'\($0)'" }).joined(separator: " ")
        let output = try CommandRunner.shell("\(CommandRunner.quotedExecutable) generate --events 30000 > '\(data)' && "
            + "\(command) | head -c 100 > /dev/null; echo \"status ${PIPESTATUS[0]}\"")
        #expect(output.stdout == "status 0\n", "\(arguments)")
        #expect(output.stderr.isEmpty, "\(arguments): \(output.stderr)")
    }

    @Test("a disk that fills up while exporting: a plain message, status 1, the old file untouched")
    func fullDisk() throws {
        let mount = try CommandRunner.folder().appendingPathComponent("small").path
        let made = try CommandRunner.shell("mkdir -p '\(mount)' && mount -t tmpfs -o size=64k tmpfs '\(mount)' 2>/dev/null && echo mounted")
        try #require(made.stdout == "mounted\n", "a small file system can be mounted here (as root); skipped otherwise")
        defer { _ = try? CommandRunner.shell("umount '\(mount)'") }
        let target = mount + "/big.json"
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        let output = try CommandRunner.run(["export", "--output", target])
        #expect(output.status == 1)
        #expect(output.stderr.contains("\(target): no space left on device; nothing was replaced: free some space, or write elsewhere"),
                "\(output.stderr)")
        #expect(!output.stderr.contains("Domain") && !output.stderr.contains("Fatal"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount) == ["big.json"], "no temporary file is left")
    }

    @Test("a file over 1 GiB that is not a JSON timeline is refused at once, without reading it")
    func largeFileRefused() throws {
        let folder = try CommandRunner.folder()
        let zeros = folder.appendingPathComponent("disk.img").path
        let broken = folder.appendingPathComponent("broken.json").path
        // Sparse: they take no room on the disk, and reading them would take seconds.
        let output = try CommandRunner.shell("truncate -s 3G '\(zeros)' && printf '{\"events\": [' > '\(broken)' && truncate -s 1500M '\(broken)'"
            + " && \(CommandRunner.quotedExecutable) validate '\(zeros)'; echo \"status $?\"; \(CommandRunner.quotedExecutable) list --count --data '\(broken)'; echo \"status $?\"")
        #expect(output.stdout == "status 1\nstatus 1\n")
        #expect(output.stderr.contains("\(zeros): is larger than 1 GiB and not JSON"), "\(output.stderr)")
        // Its fault is found where it is, without the careful reader reading the whole file.
        #expect(output.stderr.contains("\(broken):1:13: the file holds a NUL byte"), "\(output.stderr)")
    }

    @Test("a timeline over 1 GiB is exported, and the export loads back")
    func largeRoundTrip() throws {
        try #require(Self.freeBytes() > 3 << 30, "3 GiB free for two files over 1 GiB; skipped otherwise")
        let folder = try CommandRunner.folder()
        let input = folder.appendingPathComponent("large.json").path
        let export = folder.appendingPathComponent("export.json").path
        defer { try? FileManager.default.removeItem(at: folder) }
        // One event's summary takes the room, so that the file is quick to make and to read.
        FileManager.default.createFile(atPath: input, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: input))
        try handle.write(contentsOf: Data(#"{"organizations": [], "events": [{"id": "long", "title": "Long", "kind": "report", "start": "2001", "summary": ""#.utf8))
        let words = Data(String(repeating: "word ", count: 1 << 20).utf8)
        for _ in 0..<(((1 << 30) + (1 << 22)) / words.count) { try handle.write(contentsOf: words) }
        try handle.write(contentsOf: Data(#""}, {"id": "short", "title": "Short", "kind": "report", "start": "2002", "links": [{"type": "related", "target": "long"}]}]}"#.utf8))
        try handle.close()

        let exported = try CommandRunner.run(["export", "--data", input, "--output", export])
        #expect(exported.status == 0, "\(exported.stderr)")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: export)[.size] as? Int)
        #expect(size > 1 << 30)
        let listed = try CommandRunner.run(["list", "--format", "csv", "--data", export])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.split(separator: "\n").map { String($0.prefix { $0 != "," }) } == ["id", "long", "short"])
        let shown = try CommandRunner.run(["show", "short", "--data", export])
        #expect(shown.stdout.contains("long"), "the link to the large event is kept")
    }
}
