import Foundation
import TestSupport
import Testing

@Suite("The peacekeeping command line")
struct CommandLineTests {
    private func fixture() throws -> String { try Fixture.file() }

    @Test("list prints the events in order as an aligned table")
    func listTable() throws {
        let output = try CommandRunner.run(["list", "--data", fixture()])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines.dropFirst().map { String($0.prefix { $0 != " " }) }
                == ["monuc", "artemis", "decl-2003", "tokyo", "unamid", "civ", "afisma", "minusma"])
        #expect(lines[2].contains("Jun–Sep 2003"))
        #expect(lines[5].contains("since 2008"))
    }

    @Test("text from the data never reaches the terminal raw")
    func displaySafety() throws {
        for arguments in [["list"], ["show", "unamid"]] {
            let output = try CommandRunner.run(arguments + ["--data", fixture()])
            #expect(output.status == 0)
            #expect(!output.stdout.contains("\u{1B}"))
            #expect(!output.stdout.contains("\u{202E}"))
            #expect(output.stdout.contains("Hybrid ^[[31mmission<U+202E> in Darfur"))
        }
    }

    @Test("diagnostics and errors quote hostile data display-safe; CSV keeps it for files")
    func hostileDiagnostics() throws {
        let hostile = try CommandRunner.file("hostile.yaml", """
            events:
              - id: "a\\e]0;pwned\\a"
                title: "T\\e[2J"
                kind: operation
                start: 2003
                orgnaizations: [X]
            """)
        let validate = try CommandRunner.run(["validate", hostile])
        #expect(validate.status == 1)
        #expect(!validate.stderr.contains("\u{1B}") && !validate.stderr.contains("\u{07}"))
        #expect(validate.stderr.contains("event 'a^[]0;pwned^G'"))
        let show = try CommandRunner.run(["show", "a\u{1B}[31m", "--data", try fixture()])
        #expect(show.status == 1 && !show.stderr.contains("\u{1B}"))
        let csv = try CommandRunner.run(["list", "--data", try fixture(), "--format", "csv"])
        #expect(csv.stdout.contains("Hybrid \u{1B}[31mmission\u{202E} in Darfur"), "a file gets the data as it is")
    }

    @Test("a huge title is cut in the table, not padded into every row; CSV keeps it whole")
    func hugeTitle() throws {
        let title = String(repeating: "peace", count: 200_000)
        let data = try CommandRunner.file("huge.yaml", Fixture.yaml.replacingOccurrences(of: "title: MINUSMA", with: "title: \(title)"))
        let table = try CommandRunner.run(["list", "--data", data])
        #expect(table.status == 0)
        #expect(table.stdout.utf8.count < 2_000, "\(table.stdout.utf8.count) bytes")
        #expect(table.stdout.contains("peacepeac…  operation"))
        #expect(try CommandRunner.run(["list", "--data", data, "--format", "csv"]).stdout.contains(title))
    }

    @Test("filters compose; --count counts")
    func filters() throws {
        let data = try fixture()
        let eu = try CommandRunner.run(["list", "--data", data, "--org", "EU", "--format", "csv"])
        #expect(eu.stdout.split(separator: "\n").count == 3)
        #expect(eu.stdout.contains(",Operation Artemis,"))
        let both = try CommandRunner.run(["list", "--data", data, "--org", "UN", "--org", "AU", "--all-orgs", "--count"])
        #expect(both.stdout == "2\n", "UNAMID, and the crisis in Côte d’Ivoire through the Security Council")
        let search = try CommandRunner.run(["list", "--data", data, "--search", "ITURI", "--from", "2003", "--count"])
        #expect(search.stdout == "1\n")
    }

    @Test("list --format json gives the export's event records")
    func listJSON() throws {
        let output = try CommandRunner.run(["list", "--data", fixture(), "--org", "EU", "--format", "json"])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(records.map { $0["id"] as? String } == ["artemis", "decl-2003"])
        #expect(records.first?["organizations"] as? [String] == ["EU", "UN"])
    }

    @Test("show prints one event with links, backlinks and references")
    func show() throws {
        let data = try fixture()
        let artemis = try CommandRunner.run(["show", "artemis", "--data", data])
        #expect(artemis.status == 0)
        #expect(artemis.stdout.contains("Jun–Sep 2003"))
        #expect(artemis.stdout.contains("EU (European Union, lead)"))
        #expect(artemis.stdout.contains("1. supports: MONUC"))
        #expect(artemis.stdout.contains("section: UN and EU (pp. 63–64)"))
        let monuc = try CommandRunner.run(["show", "monuc", "--data", data])
        #expect(monuc.stdout.contains("1. supported by: Operation Artemis (artemis, Jun–Sep 2003)"))
        let missing = try CommandRunner.run(["show", "artemiss", "--data", data])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no event 'artemiss' (did you mean 'artemis'?)"))
        for name in ["MONUC", "Monuc", "artemis"] {
            #expect(try CommandRunner.run(["show", name, "--data", data]).status == 0, "\(name): ids in any case, acronyms")
        }
        let org = try CommandRunner.run(["list", "--org", "european union", "--org", "au", "--count", "--data", data])
        #expect(org.status == 0 && org.stdout == "6\n", "organizations by id or name, in any case")
        let typo = try CommandRunner.run(["list", "--org", "ecowass", "--data", data])
        #expect(typo.status == 2)
        #expect(typo.stderr.hasPrefix("Error: no organization 'ecowass' (did you mean 'ECOWAS'?)\nUsage: peacekeeping list "),
                "the usage line is the command's own: \(typo.stderr)")
    }

    @Test("validate: 0 when valid, 1 with positioned messages when not, 2 for usage errors")
    func validateExitCodes() throws {
        let valid = try CommandRunner.run(["validate", fixture()])
        #expect(valid.status == 0)
        #expect(valid.stdout.contains("valid: 8 events"))
        let broken = try CommandRunner.file("broken.yaml", "events:\n  - id: a\n    title: A\n    kind: operation\n    start: 2003-02-29\n    orgnaizations: [UN]\n")
        let invalid = try CommandRunner.run(["validate", broken])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("\(broken):5:12: event 'a': field 'start': invalid date '2003-02-29'"))
        #expect(invalid.stderr.contains("\(broken):6:5: event 'a': field 'orgnaizations': unknown field (did you mean 'organizations'?)"))
        #expect(try CommandRunner.run(["validate"]).status == 2)
        #expect(try CommandRunner.run(["list", "--no-such-option"]).status == 2)
        #expect(try CommandRunner.run(["list", "--data", fixture(), "--org", "NOPE"]).status == 2)
    }

    @Test("a broken --data file stops every command with its diagnostics")
    func brokenData() throws {
        let broken = try CommandRunner.file("broken.json", "{\"events\": [}")
        let output = try CommandRunner.run(["list", "--data", broken])
        #expect(output.status == 1)
        #expect(output.stderr.contains("\(broken):1:13: syntax error"))
        #expect(output.stdout.isEmpty)
    }

    @Test("an export loads back and lists the same")
    func exportRoundTrip() throws {
        let data = try fixture()
        let export = try CommandRunner.run(["export", "--format", "json", "--data", data])
        #expect(export.status == 0)
        let exported = try CommandRunner.file("export.json", export.stdout)
        #expect(try CommandRunner.run(["validate", exported]).status == 0)
        let original = try CommandRunner.run(["list", "--data", data, "--format", "json"])
        let reloaded = try CommandRunner.run(["list", "--data", exported, "--format", "json"])
        #expect(original.stdout == reloaded.stdout)
        let again = try CommandRunner.run(["export", "--data", exported])
        #expect(again.stdout == export.stdout)
        let file = URL(fileURLWithPath: exported).deletingLastPathComponent().appendingPathComponent("file.json").path
        #expect(try CommandRunner.run(["export", "--data", data, "--output", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) + "\n" == export.stdout, "--output writes what goes to standard output")
    }

    @Test("export --output follows a symlink, keeps the file's mode, writes into devices, and leaves nothing behind")
    func safeOutput() throws {
        let data = try fixture()
        let expected = try CommandRunner.run(["export", "--data", data]).stdout
        let folder = URL(fileURLWithPath: try CommandRunner.file("old.json", "old")).deletingLastPathComponent()
        let target = folder.appendingPathComponent("old.json").path
        let link = folder.appendingPathComponent("link.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "old.json")
        chmod(target, 0o640)
        #expect(try CommandRunner.run(["export", "--data", data, "--output", link]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "old.json", "the link stays a link")
        #expect(try String(contentsOfFile: target, encoding: .utf8) + "\n" == expected)
        #expect((try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int) == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.json", "old.json"],
                "no temporary file is left")
        #expect(try CommandRunner.run(["export", "--data", data, "--output", "/dev/null"]).status == 0)
        var device = stat()
        #expect(stat("/dev/null", &device) == 0 && device.st_mode & S_IFMT == S_IFCHR, "a device stays a device")
        let full = try CommandRunner.run(["export", "--data", data, "--output", "/dev/full"])
        #expect(full.status == 1)
        #expect(full.stderr.contains("/dev/full: no space left on device"), "\(full.stderr)")
        #expect(!full.stderr.contains("Error Domain") && !full.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test("a failed write to standard output says so and fails", arguments: [
        ["list"], ["list", "--format", "json"], ["list", "--format", "csv"], ["list", "--count"], ["show", "artemis"],
        ["export"], ["validate"], ["generate", "--events", "10"],
    ])
    func fullOutput(arguments: [String]) throws {
        let data = try fixture()
        let command = arguments + (arguments == ["validate"] ? [data] : arguments.first == "generate" ? [] : ["--data", data])
        let output = try CommandRunner.shell(CommandRunner.quotedExecutable + " "
            + command.map { "'\($0)'" }.joined(separator: " ") + " > /dev/full")
        #expect(output.status == 1, "\(arguments)")
        #expect(output.stderr == "peacekeeping: cannot write to standard output: no space left on device\n", "\(arguments)")
    }

    @Test("a closed pipe ends the command quietly, with status 0")
    func closedPipe() throws {
        let output = try CommandRunner.shell(CommandRunner.quotedExecutable
            + " generate --events 200000 | head -c 100 > /dev/null; echo \"status ${PIPESTATUS[0]}\"")
        #expect(output.stdout == "status 0\n")
        #expect(output.stderr.isEmpty)
    }

    @Test("a file too large for the memory allowed is refused with a plain message, not a trap")
    func memoryLimit() throws {
        let folder = try CommandRunner.folder().path
        let program = CommandRunner.quotedExecutable
        let output = try CommandRunner.shell("cd '\(folder)' && \(program) generate --events 150000 > big.json"
            + " && sed 's/\"kind\": \"operation\"/\"kind\": \"operashun\"/' big.json > typo.json"
            + " && \(program) generate --events 150000 --format yaml > big.yaml"
            + " && (ulimit -v 250000; \(program) validate big.json); echo \"status $?\""
            + " && (ulimit -v 1000000; \(program) validate typo.json > /dev/null); echo \"status $?\""
            + " && (ulimit -v 1000000; \(program) validate big.yaml); echo \"status $?\"")
        #expect(output.stdout == "status 1\nstatus 1\nstatus 1\n")
        #expect(output.stderr.contains("big.json: not enough memory to load it: this takes about"), "\(output.stderr)")
        // A JSON file is checked part by part, within the memory loading it takes.
        #expect(output.stderr.contains("typo.json:62:74: event 'e0': field 'kind': unknown value 'operashun'"), "\(output.stderr)")
        #expect(output.stderr.contains("more events have problems, and references are not checked"), "\(output.stderr)")
        #expect(output.stderr.contains("big.yaml: not enough memory to check it closely"), "\(output.stderr)")
        #expect(!output.stderr.contains("Fatal error"))
    }

    @Test("a data file cut short while it loads: a message and status 1, not a bus error")
    func cutWhileLoading() throws {
        let folder = try CommandRunner.folder().path
        let program = CommandRunner.quotedExecutable
        // The load of 150,000 events takes seconds on a debug build; the file is cut in its
        // first tenths, and again while its first dates are read.
        for delay in ["1", "0.2"] {
            let output = try CommandRunner.shell("cd '\(folder)' && \(program) generate --events 150000 > big.json;"
                + " { \(program) list --count --data big.json; echo \"status $?\"; } & sleep \(delay); truncate -s 100000 big.json; wait")
            #expect(output.stdout == "status 1\n", "cut after \(delay) s: \(output.stderr)")
            #expect(output.stderr.contains("big.json: changed on disk while it was being read: load it again"), "\(output.stderr)")
        }
    }

    @Test("an export into a FIFO reaches whoever reads it")
    func fifoOutput() throws {
        let data = try fixture()
        let folder = try CommandRunner.folder()
        let fifo = folder.appendingPathComponent("pipe").path
        let copy = folder.appendingPathComponent("copy.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "cat '\(fifo)' > '\(copy)'"]
        try reader.run()
        #expect(try CommandRunner.run(["export", "--data", data, "--output", fifo]).status == 0)
        reader.waitUntilExit()
        #expect(try String(contentsOfFile: copy, encoding: .utf8) + "\n" == CommandRunner.run(["export", "--data", data]).stdout)
    }

    @Test("two exports to one path at the same time each leave a whole timeline")
    func concurrentExports() throws {
        let big = try CommandRunner.file("big.json", try CommandRunner.run(["generate", "--events", "20000"]).stdout)
        let output = URL(fileURLWithPath: big).deletingLastPathComponent().appendingPathComponent("out.json").path
        let exports = (0..<2).map { _ in
            let process = Process()
            process.executableURL = CommandRunner.executable
            process.arguments = ["export", "--data", big, "--output", output]
            return process
        }
        for process in exports { try process.run() }
        for process in exports { process.waitUntilExit() }
        #expect(exports.allSatisfy { $0.terminationStatus == 0 })
        #expect(try CommandRunner.run(["validate", output]).stdout.contains("valid: 20000 events"))
    }

    @Test("a compact export lists the same, validates, and needs --output")
    func compactExport() throws {
        let data = try fixture()
        let compact = URL(fileURLWithPath: data).deletingLastPathComponent().appendingPathComponent("timeline.pkt").path
        let export = try CommandRunner.run(["export", "--data", data, "--format", "compact", "--output", compact])
        #expect(export.status == 0)
        #expect(try CommandRunner.run(["validate", compact]).status == 0)
        let original = try CommandRunner.run(["list", "--data", data, "--format", "json"])
        #expect(try CommandRunner.run(["list", "--data", compact, "--format", "json"]).stdout == original.stdout)
        let missing = try CommandRunner.run(["export", "--data", data, "--format", "compact"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--format compact writes a file: name it with --output"))
        let over = try CommandRunner.run(["export", "--data", data, "--format", "compact", "--output", data])
        #expect(over.status == 1)
        #expect(over.stderr.contains("would replace \(data), the timeline being exported"))
        #expect(try CommandRunner.run(["validate", data]).status == 0, "the data file is untouched")
        let nowhere = try CommandRunner.run(["export", "--data", data, "--format", "compact", "--output", "/nonexistent/x.pkt"])
        #expect(nowhere.status == 1)
        #expect(nowhere.stderr.contains("/nonexistent/x.pkt: no such file or directory; nothing was replaced"))
    }

    @Test("the embedded timeline works out of the box; a binary copied alone says what is missing")
    func embeddedTimeline() throws {
        let output = try CommandRunner.run([])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("ID"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("peacekeeping")
        try FileManager.default.copyItem(at: CommandRunner.executable, to: copy)
        let alone = try CommandRunner.run(["list"], executable: copy)
        #expect(alone.status == 1)
        #expect(alone.stderr.contains("the embedded timeline is missing"))
        #expect(alone.stderr.contains(folder.path))
    }

    @Test("every command's help has examples, and each works as written")
    func helpExamples() throws {
        let folder = try Self.exampleFolder()
        let binaries = CommandRunner.executable.deletingLastPathComponent().path
        for command in [[], ["list"], ["show"], ["orgs"], ["chapters"], ["validate"], ["export"], ["import"], ["generate"]] {
            let help = try CommandRunner.run(command + ["--help"], environment: ["COLUMNS": "200"])
            #expect(help.status == 0)
            let examples = help.stdout.components(separatedBy: "Examples:\n").dropFirst().first?
                .split(separator: "\n").prefix { $0.hasPrefix("  peacekeeping") }.map { $0.trimmingCharacters(in: .whitespaces) } ?? []
            #expect(!examples.isEmpty, "\(command)")
            // An example that pipes into jq or Graphviz runs where they are installed (.ci/run installs them).
            for example in examples where ["jq", "dot"].allSatisfy({ tool in
                !example.contains("| \(tool) ") || FileManager.default.isExecutableFile(atPath: "/usr/bin/\(tool)")
            }) {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/bash")
                process.arguments = ["-o", "pipefail", "-c", example]
                process.currentDirectoryURL = folder
                process.environment = ProcessInfo.processInfo.environment.merging(["PATH": binaries + ":/usr/bin:/bin"]) { $1 }
                process.standardInput = FileHandle.nullDevice
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "\(example)")
            }
        }
    }

    /// A folder holding the files the examples name as a user's own.
    private static func exampleFolder() throws -> URL {
        let folder = URL(fileURLWithPath: try CommandRunner.file("my-timeline.yaml", Fixture.yaml)).deletingLastPathComponent()
        let mine = """
            organizations:
              - {id: UN, name: United Nations, kind: global}
            events:
              - {id: my-event, title: My own event, kind: report, start: 2004, organizations: [UN]}
            """
        let csv = "Acronym,Mission name,Start date,End date\nMINUSMA,Mission in Mali,2013-04-25,2023-06-30\n"
        let timelineJS = #"{"events": [{"start_date": {"year": 2003}, "text": {"headline": "An event"}, "unique_id": "e1"}]}"#
        let chapter = try CommandRunner.run(["export"]).stdout
        let files = ["mine.yaml": mine, "my-events.yaml": mine, "additions.yaml": mine, "operations.yaml": mine,
                     "exported.json": chapter, "chapter.json": chapter, "events.json": chapter,
                     "operations.csv": csv, "ops.csv": csv, "table.csv": "Mission,Began\nKorea,1950\n",
                     "timeline.json": timelineJS]
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }
}
