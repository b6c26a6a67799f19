import Foundation
import TestSupport
import Testing

/// What a user asks before filtering: the version, the organizations and chapters with
/// their counts, and one event or the problems of a file as JSON for scripts.
@Suite("Commands for finding one's way")
struct DiscoveryCommandTests {
    private func json(_ arguments: [String]) throws -> Any {
        let output = try CommandRunner.run(arguments)
        return try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    }

    @Test("--version names the program and its compact format")
    func version() throws {
        let output = try CommandRunner.run(["--version"])
        #expect(output.status == 0 && output.stdout.hasPrefix("peacekeeping ") && output.stdout.contains("compact format"))
    }

    @Test("orgs and chapters count what --org and --chapter select", arguments: ["orgs", "chapters"])
    func counts(command: String) throws {
        let fixture = try Fixture.file()
        let rows = try #require(try json([command, "--data", fixture, "--format", "json"]) as? [[String: Any]])
        #expect(!rows.isEmpty)
        for row in rows {
            let id = try #require(row["id"] as? String)
            let option = command == "orgs" ? "--org" : "--chapter"
            let listed = try CommandRunner.run(["list", "--data", fixture, option, id, "--count"])
            let counted = command == "orgs" ? row["withBodies"] : row["events"]
            #expect(Int(listed.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) == counted as? Int, "\(id)")
        }
        let table = try CommandRunner.run([command, "--data", fixture])
        #expect(table.stdout.split(separator: "\n").count == rows.count + 1)
    }

    @Test("show and validate speak JSON for scripts")
    func jsonOutputs() throws {
        let fixture = try Fixture.file()
        let artemis = try #require(try json(["show", "ARTEMIS", "--data", fixture, "--format", "json"]) as? [String: Any])
        #expect(artemis["id"] as? String == "artemis" && artemis["organizations"] as? [String] == ["EU", "UN"])
        let broken = try CommandRunner.file("broken.yaml", "events:\n  - {id: a, title: A, kind: operatoin, start: 2003}\n")
        let output = try CommandRunner.run(["validate", "--format", "json", broken])
        #expect(output.status == 1)
        let problems = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(problems.count == 1)
        #expect(problems.first?["line"] as? Int == 2 && problems.first?["field"] as? String == "kind")
        #expect((problems.first?["message"] as? String)?.contains("did you mean 'operation'") == true)
        let valid = try CommandRunner.run(["validate", "--format", "json", fixture])
        #expect(valid.status == 0 && valid.stdout == "[]\n")
    }

    @Test("completion scripts for bash, zsh and fish; their completions come from the timeline being named")
    func completions() throws {
        for shell in ["bash", "zsh", "fish"] {
            let script = try CommandRunner.run(["--generate-completion-script", shell])
            #expect(script.status == 0 && script.stdout.contains("---completion"), "\(shell)")
        }
        // The call the scripts make for `peacekeeping list --data FILE --org E<Tab>`.
        let fixture = try Fixture.file()
        let organizations = try CommandRunner.run(["---completion", "list", "--", "--org", "5", "1",
                                                   "peacekeeping", "list", "--data", fixture, "--org", "E"])
        #expect(organizations.stdout.split(separator: "\n") == ["EU", "ECOWAS"])
        let events = try CommandRunner.run(["---completion", "show", "--", "id", "2", "2", "peacekeeping", "show", "mi"])
        #expect(events.stdout.contains("minusma\n") && !events.stdout.contains("artemis"), "the built-in timeline by default")
    }
}
