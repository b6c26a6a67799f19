import Foundation
import TestSupport
import Testing

/// A user's own events beside the chapter's: `@chapter`, standard input, and
/// organizations declared in both places.
@Suite("Layering one's own events on the chapter")
struct LayeringTests {
    /// Refers to the chapter's EU and Artemis without declaring them, and declares the
    /// UN again exactly as the chapter does.
    private static let mine = """
        organizations:
          - {id: UN, name: United Nations, kind: global}
          - {id: MYORG, name: A research group, kind: regional}
        events:
          - id: my-note
            title: Field notes on Artemis
            kind: report
            start: 2004-03
            organizations: [EU, MYORG]
            links: [{type: related, target: artemis}]
        """

    @Test("@chapter and a file of one's own load together; the file uses the chapter's ids")
    func chapterAndMine() throws {
        let mine = try CommandRunner.file("mine.yaml", Self.mine)
        let chapterOnly = try CommandRunner.run(["list", "--count", "--data", "@chapter"])
        let both = try CommandRunner.run(["list", "--count", "--data", "@chapter", "--data", mine])
        #expect(both.status == 0, "\(both.stderr)")
        #expect(Int(both.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
                == Int(chapterOnly.stdout.trimmingCharacters(in: .whitespacesAndNewlines))! + 1)
        let shown = try CommandRunner.run(["show", "artemis", "--data", "@chapter", "--data", mine])
        #expect(shown.stdout.contains("Field notes on Artemis"), "the chapter's event shows the backlink from mine")
        let valid = try CommandRunner.run(["validate", "@chapter", mine])
        #expect(valid.status == 0, "\(valid.stderr)")
    }

    @Test("standard input is read with -, YAML or JSON, and named <stdin> in messages")
    func standardInput() throws {
        let listed = try CommandRunner.run(["list", "--data", "@chapter", "--data", "-", "--org", "MYORG"], input: Self.mine)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("my-note"))
        let broken = try CommandRunner.run(["validate", "-"], input: "events:\n  - id: a\n    title: A\n")
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("<stdin>:2:5: event 'a': field 'kind': missing required field"), "\(broken.stderr)")
        let twice = try CommandRunner.run(["validate", "-", "-"], input: "")
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("only once"))
    }

    @Test("an organization declared differently in two files is an error naming both places")
    func conflictingDeclaration() throws {
        let mine = try CommandRunner.file("mine.yaml", Self.mine.replacingOccurrences(of: "name: United Nations",
                                                                                     with: "name: The UN"))
        let output = try CommandRunner.run(["validate", "@chapter", mine])
        #expect(output.status == 1)
        #expect(output.stderr.contains("mine.yaml:2:5: field 'id': organization 'UN' is declared differently at "))
        #expect(output.stderr.contains("timeline.yaml:"), "the chapter's place is named too")
        let unknown = try CommandRunner.run(["list", "--data", "@book"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown built-in timeline '@book'"))
    }

    @Test("import writes a timeline that loads beside the chapter, reports on standard error, and exits 3 for a skipped row")
    func importThenLayer() throws {
        let csv = try CommandRunner.file("ops.csv", """
            Acronym,Mission name,Start date,End date,Country
            MINUSCA,UN mission in the Central African Republic,2014-04-10 00:00:00,,Central African Republic
            UNMIS,United Nations Mission in Sudan,2005-03-24,2011-07-09,Sudan
            BAD,Bad dates,2003-13-01,,
            """)
        let output = URL(fileURLWithPath: csv).deletingLastPathComponent().appendingPathComponent("ops.yaml").path
        let imported = try CommandRunner.run(["import", csv, "--organization", "UN", "--prefix", "hub-", "--match", "@chapter",
                                              "--output", output])
        #expect(imported.status == 3, "\(imported.stderr)")
        #expect(imported.stderr.contains("ops.csv:4:3: event 'hub-bad': field 'start': invalid date '2003-13-01'"))
        #expect(imported.stderr.hasSuffix("3 rows: 2 events, 1 skipped\n"))
        let valid = try CommandRunner.run(["validate", "@chapter", output])
        #expect(valid.status == 0, "\(valid.stderr)")
        let shown = try CommandRunner.run(["show", "minusca", "--data", "@chapter", "--data", output])
        #expect(shown.stdout.contains("same as: MINUSCA (hub-minusca, 10 Apr 2014; dates differ: this record has since Apr 2014)"),
                "\(shown.stdout)")
        let alone = try CommandRunner.run(["import", "-", "--from", "csv"], input: "title,start\nA,2003\n")
        #expect(alone.status == 0 && alone.stdout.hasPrefix("organizations: []\n"), "\(alone.stdout)")
        #expect(alone.stderr.contains("<stdin>: columns: title ← 'title', start ← 'start'"))
    }
}
