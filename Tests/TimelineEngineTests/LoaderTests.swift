import Foundation
import TestSupport
import Testing
import Yams
@testable import TimelineEngine

@Suite("Loading and validation")
struct LoaderTests {
    private func diagnostics(_ text: String, name: String = "t.yaml") -> [Diagnostic] {
        guard case .failure(let failure) = Fixture.load(text, name: name) else { return [] }
        return failure.diagnostics
    }

    private func describe(_ text: String, name: String = "t.yaml") -> [String] {
        diagnostics(text, name: name).map(\.description)
    }

    private let header = "organizations:\n  - {id: EU, name: European Union, kind: regional}\nevents:\n"

    @Test("every problem is reported with file, line, column, event and field")
    func everyProblem() {
        let text = header + """
              - id: a
                title: A
                kind: operation
                start: 2003-06-31
                orgnaizations: [EU]
              - id: b
                title: B
                kind: operashun
                start: 2003
                end: 2002
                organizations: [EUU]
                links: [{type: supports, target: nowhere}]
                chapters: [missing]
            """
        #expect(describe(text) == [
            "t.yaml:7:12: event 'a': field 'start': invalid date '2003-06-31': Jun 2003 has no day 31",
            "t.yaml:8:5: event 'a': field 'orgnaizations': unknown field (did you mean 'organizations'?); known fields: "
                + DocumentSchema.event.fields.joined(separator: ", "),
            "t.yaml:11:11: event 'b': field 'kind': unknown value 'operashun' (did you mean 'operation'?); expected one of: "
                + Event.Kind.allCases.map(\.rawValue).joined(separator: ", "),
            "t.yaml:13:10: event 'b': field 'end': invalid date '2002': the end comes before the start '2003'",
            "t.yaml:14:21: event 'b': field 'organizations[0]': unknown organization 'EUU' (did you mean 'EU'?)",
            "t.yaml:15:38: event 'b': field 'links[0].target': unknown event 'nowhere'",
            "t.yaml:16:16: event 'b': field 'chapters[0]': unknown chapter 'missing'",
        ])
    }

    @Test("wrong types and missing fields are named")
    func typesAndMissingFields() {
        let text = header + """
              - id: a
                title: [not, text]
                kind: operation
                pages: [62, sixty]
              - title: no id
                kind: operation
                start: 2003
            """
        let found = describe(text)
        #expect(found.contains("t.yaml:5:12: event 'a': field 'title': expected text, found a list"))
        #expect(found.contains("t.yaml:4:5: event 'a': field 'start': missing required field"))
        #expect(found.contains("t.yaml:7:17: event 'a': field 'pages[1]': expected a positive whole number up to 2147483647, found 'sixty'"))
        #expect(found.contains("t.yaml:8:5: field 'id': missing required field"))
    }

    @Test("ids must be unique across merged files, and links may cross files")
    func mergingFiles() throws {
        let first = TimelineLoader.Source(name: "a.yaml", bytes: Array((header + """
              - {id: one, title: One, kind: operation, start: 2003, organizations: [EU]}
            """).utf8))
        let second = TimelineLoader.Source(name: "b.yaml", bytes: Array("""
            events:
              - {id: two, title: Two, kind: operation, start: 2004, organizations: [EU], links: [{type: related, target: one}]}
            """.utf8))
        let merged = try TimelineLoader.load([first, second]).get()
        #expect(merged.events.map(\.id) == ["one", "two"])
        #expect(merged.backlinks(of: 0).map(\.label) == ["related to"])

        let clash = TimelineLoader.Source(name: "c.yaml", bytes: Array("""
            events:
              - {id: one, title: Again, kind: operation, start: 2005}
            """.utf8))
        guard case .failure(let failure) = TimelineLoader.load([first, clash]) else {
            Issue.record("a duplicate id across files must fail")
            return
        }
        #expect(failure.diagnostics.map(\.description) == [
            "c.yaml:2:5: event 'one': field 'id': duplicate event id 'one', first defined at a.yaml:4:5",
        ])
    }

    @Test("an organization or chapter declared alike in two files is one; declared differently, an error", arguments: [
        "json", "yaml",
    ])
    func repeatedDeclarations(format: String) throws {
        func source(_ name: String, organization: String) -> TimelineLoader.Source {
            let json = #"{"organizations": [\#(organization)], "chapters": [{"id": "s1", "kind": "section", "title": "One"}], "#
                + #""events": [{"id": "\#(name)", "title": "T", "kind": "report", "start": "2003", "organizations": ["AU"]}]}"#
            let text = format == "json" ? json : try! Yams.dump(object: Yams.load(yaml: json))
            return .init(name: "\(name).\(format)", bytes: Array(text.utf8))
        }
        let au = #"{"id": "AU", "name": "African Union", "kind": "regional"}"#
        let merged = try TimelineLoader.load([source("a", organization: au), source("b", organization: au)]).get()
        #expect(merged.organizations.map(\.id) == ["AU"])
        #expect(merged.chapters.map(\.id) == ["s1"])
        #expect(merged.select(TimelineQuery(organizations: ["AU"])).count == 2)
        let other = au.replacingOccurrences(of: "regional", with: "sub-regional")
        guard case .failure(let failure) = TimelineLoader.load([source("a", organization: au), source("b", organization: other)])
        else {
            Issue.record("a conflicting declaration must fail")
            return
        }
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics.first?.file == "b.\(format)", "the second place is where the error is")
        #expect(failure.diagnostics.first?.message.contains("organization 'AU' is declared differently at a.\(format):") == true)
    }

    @Test("JSON syntax errors keep their line and column")
    func jsonSyntax() {
        let text = "{\"events\": [\n  {\"id\": \"a\", \"title\": \"A\"},\n  {\"id\": \"b\" \"title\": \"B\"}\n]}\n"
        let found = diagnostics(text, name: "t.json")
        #expect(found.count == 1)
        #expect(found.first?.position == SourcePosition(file: "t.json", line: 3, column: 14))
        #expect(found.first?.message.hasPrefix("syntax error") == true)
    }

    @Test("a JSON file that parses but does not validate still gets positions")
    func jsonSemanticErrors() {
        let text = "{\"events\": [{\"id\": \"a\", \"title\": \"A\", \"kind\": \"operation\", \"start\": \"2003\",\n \"orgnaizations\": []}]}"
        #expect(describe(text, name: "t.json").first?.hasPrefix("t.json:2:2: event 'a': field 'orgnaizations': unknown field") == true)
    }

    @Test("duplicate keys are refused, with their place", arguments: [
        "{\"events\": [{\"id\": \"a\", \"title\": \"A\", \"kind\": \"operation\", \"start\": \"2003\", \"title\": \"B\"}]}",
        "{\"events\": [], \"events\": []}",
    ])
    func duplicateKeys(text: String) {
        let source = TimelineLoader.Source(name: "t.json", bytes: Array(text.utf8))
        guard case .failure(let failure) = TimelineLoader.load([source]) else {
            Issue.record("loading must refuse duplicate keys")
            return
        }
        #expect(failure.diagnostics.first?.message.contains("duplicate keys") == true)
        #expect(failure.diagnostics.first?.position?.line == 1)
    }

    @Test("JSON and YAML describe the same timeline")
    func jsonEqualsYaml() throws {
        let json = """
            {"organizations": [{"id": "EU", "name": "European Union", "kind": "regional", "parent": null}],
             "chapters": [],
             "events": [{"id": "a", "title": "A \\u00e9/\\/", "kind": "operation", "start": "2003",
                         "end": "", "organizations": ["EU"], "roles": {"EU": "lead"}, "pages": [60]}]}
            """
        let timeline = try Fixture.load(json, name: "t.json").get()
        #expect(timeline.events.first?.title == "A é//")
        #expect(timeline.events.first?.participants == [Event.Participant(organization: "EU", role: .lead)])
    }

    @Test("hostile files get a clear error, quickly", arguments: [
        ("", "the file is empty"),
        ("   \n\n", "the file is empty"),
        ("# only a comment\n", "the file holds no timeline"),
        ("events: [\"a\u{0}b\"]", "NUL byte"),
        ("- a\n- b\n", "expected a mapping of fields"),
    ])
    func hostileText(text: String, expected: String) {
        let found = diagnostics(text)
        #expect(found.count == 1)
        #expect(found.first?.description.contains(expected) == true, "\(found)")
    }

    @Test("deep nesting is refused by the parser, not by a stack overflow, and said plainly")
    func deepNesting() {
        let found = diagnostics(String(repeating: "[", count: 100_000))
        #expect(found.map(\.message) == ["syntax error: lists and mappings are nested too deeply (while parsing)"])
        let deep = String(repeating: "[", count: 3_000) + String(repeating: "]", count: 3_000)
        #expect(describe("{\"events\": [" + deep + "]}", name: "t.json")
                == ["t.json:1:1: syntax error: lists and mappings are nested too deeply (while parsing)"])
    }

    @Test("invalid UTF-8 is reported at its position")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("events:\n  - id: caf".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        guard case .failure(let failure) = TimelineLoader.load([.init(name: "bad.yaml", bytes: bytes)]) else {
            Issue.record("invalid UTF-8 must fail")
            return
        }
        #expect(failure.diagnostics.map(\.description) == ["bad.yaml:2:12: invalid UTF-8: data files must be UTF-8 text"])
    }

    @Test("anchors and aliases are refused, so an alias bomb cannot expand")
    func aliasBomb() {
        var text = "lol: &a [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            text += "l\(level): &l\(level) [" + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 9).joined(separator: ",") + "]\n"
        }
        text += "events: *l12\n"
        let clock = ContinuousClock()
        var found = [Diagnostic]()
        let elapsed = clock.measure { found = diagnostics(text) }
        #expect(found.contains { $0.field == "events" && $0.message.contains("anchors and aliases") })
        #expect(elapsed < .seconds(5), "refusing aliases must not expand them")
    }

    @Test("a huge single line loads in linear time")
    func hugeLine() throws {
        let summary = String(repeating: "word ", count: 400_000)
        let text = "events: [{id: a, title: A, kind: report, start: 2003, summary: \"\(summary)\"}]"
        let timeline = try Fixture.load(text).get()
        #expect(timeline.events.first?.summary.count == summary.count)
    }

    @Test("an organization's parent must exist and not loop")
    func organizationParents() {
        let text = """
            organizations:
              - {id: A, name: A, kind: body, parent: B}
              - {id: B, name: B, kind: body, parent: A}
              - {id: C, name: C, kind: body, parent: Z}
            events: []
            """
        let found = describe(text)
        #expect(found.contains("t.yaml:2:42: field 'parent': organizations cannot be their own parent, directly or not"))
        #expect(found.contains("t.yaml:4:42: field 'parent': unknown organization 'Z'"))
    }

    @Test("an organization's framework must exist and is not its parent: its events stay its own")
    func organizationFrameworks() throws {
        let organizations = """
            organizations:
              - {id: AU, name: African Union, kind: regional}
              - {id: AUPSC, name: AU Peace and Security Council, kind: body, parent: AU}
              - {id: ECOWAS, name: Economic Community of West African States, kind: sub-regional, framework: AU}

            """
        let broken = organizations + """
              - {id: X, name: X, kind: regional, framework: AUU}
              - {id: Y, name: Y, kind: regional, framework: Y}
            events: []
            """
        #expect(describe(broken) == [
            "t.yaml:5:49: field 'framework': unknown organization 'AUU' (did you mean 'AU'?)",
            "t.yaml:6:49: field 'framework': an organization cannot be its own framework",
        ])
        let events = organizations + """
            events:
              - {id: council, title: Communiqué, kind: decision, start: 2013, organizations: [AUPSC]}
              - {id: ecomog, title: ECOMOG, kind: operation, start: 1990, organizations: [ECOWAS]}
            """
        let timeline = try Fixture.load(events).get()
        #expect(timeline.organization(id: "ECOWAS")?.framework == "AU")
        #expect(timeline.organization(id: "ECOWAS")?.nameWithFramework == "Economic Community of West African States, AU framework")
        #expect(Fixture.ids(timeline.events(ofOrganization: "AU", includingBodies: true), in: timeline) == ["council"])
        #expect(Fixture.ids(timeline.events(ofOrganization: "ECOWAS", includingBodies: true), in: timeline) == ["ecomog"])
    }

    @Test("long chains of parents load in linear time; a body's bodies count, and a long loop is found")
    func longParentChains() throws {
        let count = 5_000
        func chain(closingLoop: Bool) -> String {
            let organizations = (0..<count).map { index in
                let parent = index > 0 ? ", parent: O\(index - 1)" : (closingLoop ? ", parent: O\(count - 1)" : "")
                return "  - {id: O\(index), name: O\(index), kind: body\(parent)}"
            }
            return "organizations:\n" + organizations.joined(separator: "\n")
                + "\nevents: [{id: deep, title: Deep, kind: report, start: 2003, organizations: [O\(count - 1)]}]\n"
        }
        let timeline = try Fixture.load(chain(closingLoop: false)).get()
        #expect(timeline.events(ofOrganization: "O0", includingBodies: true).count == 1)
        #expect(timeline.events(ofOrganization: "O0").isEmpty)
        let loop = describe(chain(closingLoop: true))
        #expect(loop.count == count)
        #expect(loop.allSatisfy { $0.hasSuffix("field 'parent': organizations cannot be their own parent, directly or not") })
    }

    @Test("did you mean: the distance stops past three edits, and a suggestion looks only near the name")
    func boundedSuggestions() throws {
        let distance = { (a: String, b: String) in FieldNames.distance(Array(a), Array(b), atMost: 3) }
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("artemis", "artmeis") == 1, "a swap of neighbours is one edit")
        #expect(distance("monuc", "minurcat") == nil, "more than three edits apart")
        let long = String(repeating: "x", count: 20_000)
        #expect(distance(long, long + "y") == 1 && distance(long, String(long.dropLast(10))) == nil)
        let ids = (0..<5_000).map { "event-\(String($0 * 7919 % 100_000))" }
        let names = FieldNames(ids)
        #expect(names.suggestion(for: "evnet-\(7919)") == "event-7919", "a typo near the start")
        #expect(names.suggestion(for: "event-79919") == nil || names.suggestion(for: "event-79919")!.hasPrefix("event-7"))
        #expect(names.suggestion(for: "EVENT-15838") == "event-15838", "case aside")
        let links = (0..<2_000).map { "  - {id: e\($0), title: E, kind: report, start: 2003, links: [{type: related, target: e\($0)x}]}" }
        let found = describe("events:\n" + links.joined(separator: "\n"))
        #expect(found.count == 2_000)
        #expect(found.allSatisfy { $0.contains("(did you mean 'e") })
    }

    @Test("more organizations or chapters than a timeline holds are refused with a message, not a crash")
    func tooManyOrganizations() throws {
        let count = ReferenceChecker.maximumCount + 1
        let organizations = (0..<count).map { "{\"id\": \"O\($0)\", \"name\": \"O\", \"kind\": \"regional\"}" }
        let json = "{\"organizations\": [" + organizations.joined(separator: ",\n") + "], \"events\": []}"
        let found = describe(json, name: "t.json")
        #expect(found == ["t.json:\(count):1: a timeline holds at most \(count - 1) organizations; this one has \(count)"])
    }

    @Test("a page past 2^31 is refused by both readers, not cut; an empty end is an unknown end in both")
    func pagesAndEmptyEnds() throws {
        let field = #""pages": [3000000000]"#
        let json = #"{"events": [{"id": "a", "title": "T", "kind": "report", "start": "2003", "# + field + "}]}"
        let yaml = #"events: [{"id": "a", "title": "T", "kind": "report", "start": "2003", "# + field + "}]"
        for (text, name) in [(json, "t.json"), (yaml, "t.yaml")] {
            #expect(describe(text, name: name).contains {
                $0.contains("field 'pages[0]': expected a positive whole number up to 2147483647, found '3000000000'")
            }, "\(name)")
            let emptyEnd = text.replacingOccurrences(of: field, with: #""end": """#)
            #expect(try Fixture.load(emptyEnd, name: name).get().events[0].dates.plainText == "2003", "\(name)")
        }
    }

    @Test("the fast reader refuses what the careful reader refuses: a raw DEL, C1 control, NEL, line separator or U+FFFE, a line break before a colon, a tab before the document", arguments: [
        ("{\"events\": [{\"id\": \"a\", \"title\": \"T\u{7F}\", \"kind\": \"report\", \"start\": \"2003\"}]}",
         "t.json:1:36: cannot read the text: control characters are not allowed"),
        ("{\"events\": [{\"id\": \"a\", \"title\": \"Next\u{85}line\", \"kind\": \"report\", \"start\": \"2003\"}]}",
         "t.json:1:39: a raw U+0085 (next line), which YAML reads as a line break and JSON as a character: write it escaped (\\u0085)"),
        ("{\"events\": [{\"id\": \"a\", \"title\": \"Line\u{2028}separator\", \"kind\": \"report\", \"start\": \"2003\"}]}",
         "t.json:1:39: a raw U+2028 (line separator), which YAML reads as a line break and JSON as a character: write it escaped (\\u2028)"),
        ("{\"events\": [{\"id\": \"a\", \"title\": \"CSI\u{9B}2J\", \"kind\": \"report\", \"start\": \"2003\"}]}",
         "t.json:1:38: cannot read the text: control characters are not allowed"),
        ("{\"events\": [{\"id\": \"a\", \"title\": \"Not a character \u{FFFE}\", \"kind\": \"report\", \"start\": \"2003\"}]}",
         "t.json:1:51: cannot read the text: control characters are not allowed"),
        ("{\"events\": [{\"id\"\n: \"a\", \"title\": \"T\", \"kind\": \"report\", \"start\": \"2003\"}]}",
         "t.json:2:1: syntax error: did not find expected ',' or '}' (while parsing a flow mapping)"),
        ("\t{\"events\": []}",
         "t.json:1:1: syntax error: found character that cannot start any token (while scanning for the next token)"),
    ])
    func readersAgree(text: String, message: String) {
        #expect(describe(text, name: "t.json") == [message])
        #expect(describe(text + "\n# a comment: only the careful reader reads this\n", name: "t.json") == [message])
    }

    @Test("a raw U+FEFF inside a text is kept by both readers")
    func byteOrderMarkInText() throws {
        let text = "{\"events\": [{\"id\": \"a\", \"title\": \"Zero\u{FEFF}width\", \"kind\": \"report\", \"start\": \"2003\"}]}"
        let fast = try Fixture.load(text, name: "t.json").get()
        let careful = try Fixture.load(text + "\n# a comment: only the careful reader reads this\n", name: "t.json").get()
        #expect(fast.events[0].title == "Zero\u{FEFF}width")
        #expect(careful.events[0].title == fast.events[0].title)
    }

    @Test("a title made only of zero-width characters or spaces is refused by both readers")
    func invisibleTitle() {
        let title = "\u{200B}\u{2060} \u{200D}"
        let json = "{\"events\": [{\"id\": \"a\", \"title\": \"\(title)\", \"kind\": \"report\", \"start\": \"2003\"}]}"
        let yaml = "events:\n  - {id: a, title: \"\(title)\", kind: report, start: \"2003\"}"
        for (text, name) in [(json, "t.json"), (yaml, "t.yaml")] {
            #expect(describe(text, name: name).contains { $0.contains("field 'title': must not be empty (nothing in it shows") },
                    "\(name): \(describe(text, name: name))")
        }
    }

    @Test("an export loads back as the same timeline")
    func exportRoundTrip() throws {
        let timeline = try Fixture.timeline()
        let json = try TimelineExport.json(timeline)
        let reloaded = try TimelineLoader.load([.init(name: "export.json", bytes: [UInt8](json))]).get()
        #expect(Array(reloaded.events) == Array(timeline.events))
        #expect(reloaded.organizations == timeline.organizations)
        #expect(reloaded.chapters == timeline.chapters)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let event = try #require((object["events"] as? [[String: Any]])?.first { $0["id"] as? String == "artemis" })
        #expect(event["start"] as? String == "2003-06")
        #expect(event["end"] as? String == "2003-09")
        #expect(event["organizations"] as? [String] == ["EU", "UN"])
        #expect(event["pages"] as? [Int] == [63])
        #expect((event["links"] as? [[String: String]]) == [["type": "supports", "target": "monuc"]])
        let organization = try #require((object["organizations"] as? [[String: Any]])?.first)
        #expect(Set(organization.keys) == ["id", "name", "kind", "parent"])
        let member = try #require((object["organizations"] as? [[String: Any]])?.first { $0["id"] as? String == "ECOWAS" })
        #expect(member["framework"] as? String == "AU")
    }
}
