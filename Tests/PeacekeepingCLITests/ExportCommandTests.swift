import Foundation
import TestSupport
import Testing

/// `export` in every format, with the filters of `list`.
@Suite("The export command")
struct ExportCommandTests {
    @Test("a filtered JSON export loads on its own: links to events left out are dropped")
    func filteredJSON() throws {
        let fixture = try Fixture.file()
        let folder = URL(fileURLWithPath: fixture).deletingLastPathComponent()
        let output = folder.appendingPathComponent("eu.json").path
        let exported = try CommandRunner.run(["export", "--data", fixture, "--org", "EU", "--output", output])
        #expect(exported.status == 0, "\(exported.stderr)")
        let listed = try CommandRunner.run(["list", "--data", output, "--format", "csv"])
        let filtered = try CommandRunner.run(["list", "--data", fixture, "--org", "EU", "--format", "csv"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout == filtered.stdout, "what was filtered is what was exported")
    }

    @Test("jsonl gives one event per line; every format writes to --output and to standard output", arguments: [
        "jsonl", "timelinejs", "ics", "graphml", "dot", "markdown",
    ])
    func formats(format: String) throws {
        let fixture = try Fixture.file()
        let reproducible = ["SOURCE_DATE_EPOCH": "1700000000"]
        let printed = try CommandRunner.run(["export", "--data", fixture, "--format", format, "--kind", "operation"],
                                            environment: reproducible)
        #expect(printed.status == 0, "\(printed.stderr)")
        let output = URL(fileURLWithPath: fixture).deletingLastPathComponent().appendingPathComponent("out.\(format)").path
        let written = try CommandRunner.run(["export", "--data", fixture, "--format", format, "--kind", "operation",
                                             "--output", output], environment: reproducible)
        #expect(written.status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == printed.stdout)
        if format == "jsonl" {
            let lines = printed.stdout.split(separator: "\n")
            #expect(lines.count == 5, "five operations in the fixture")
            for line in lines {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                #expect(object?["kind"] as? String == "operation")
            }
        }
    }

    @Test("what searches loads the search index, from JSON and from a compact file; the rest loads without it")
    func searchIndexWhereNeeded() throws {
        let folder = try CommandRunner.folder()
        let json = folder.appendingPathComponent("fixture.json").path
        let compact = folder.appendingPathComponent("fixture.pkt").path
        #expect(try CommandRunner.run(["export", "--data", Fixture.file(), "--output", json]).status == 0)
        // Made from the JSON file, loaded without its index by list and export: a compact
        // file made from it must still hold the index.
        #expect(try CommandRunner.run(["export", "--data", json, "--format", "compact", "--output", compact]).status == 0)
        for data in [try Fixture.file(), json, compact] {
            let listed = try CommandRunner.run(["list", "--data", data, "--search", "ituri", "--format", "csv"])
            #expect(listed.status == 0, "\(listed.stderr)")
            #expect(listed.stdout.contains(",Operation Artemis,"), "\(data)")
            let exported = try CommandRunner.run(["export", "--data", data, "--search", "ituri", "--format", "jsonl"])
            #expect(exported.stdout.split(separator: "\n").count == 1, "\(data)")
            #expect(try CommandRunner.run(["list", "--data", data, "--count"]).stdout
                    == CommandRunner.run(["list", "--data", Fixture.file(), "--count"]).stdout)
            // Events named otherwise than by their ids (accents aside), which a load without
            // the index finds by reading every event.
            let shown = try CommandRunner.run(["show", "--data", data, "Unámid"])
            #expect(shown.status == 0, "\(data): \(shown.stderr)")
            #expect(shown.stdout.contains("UNAMID"), "\(data)")
            #expect(try CommandRunner.run(["trace", "--data", data, "Monúc"]).status == 0, "\(data)")
            let linked = try CommandRunner.run(["list", "--data", data, "--linked-to", "Monúc", "--count"])
            #expect(linked.status == 0, "\(data): \(linked.stderr)")
            let missing = try CommandRunner.run(["show", "--data", data, "monuk"])
            #expect(missing.stderr.contains("no event 'monuk' (did you mean 'monuc'?)"), "\(data): \(missing.stderr)")
        }
    }

    @Test("the same timeline gives the same compact file, run after run")
    func compactIsReproducible() throws {
        let folder = try CommandRunner.folder()
        let files = try (0..<3).map { run in
            let path = folder.appendingPathComponent("run\(run).pkt").path
            let exported = try CommandRunner.run(["export", "--data", Fixture.file(), "--format", "compact", "--output", path])
            #expect(exported.status == 0, "\(exported.stderr)")
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
        #expect(files[1] == files[0])
        #expect(files[2] == files[0])
    }

    @Test("compact takes no filter and needs --output")
    func compactRules() throws {
        let fixture = try Fixture.file()
        let filtered = try CommandRunner.run(["export", "--data", fixture, "--format", "compact", "--org", "EU", "--output", "/tmp/x.pkt"])
        #expect(filtered.status == 2)
        #expect(filtered.stderr.contains("writes the whole timeline"))
    }
}
