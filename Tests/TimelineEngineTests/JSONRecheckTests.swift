import Foundation
import SyntheticTimeline
import Testing
@testable import TimelineEngine

/// A large JSON file the fast reader refuses is checked part by part (`JSONRecheck`): the
/// messages must be those of the careful reader reading the whole file.
@Suite("A large JSON file's problems")
struct JSONRecheckTests {
    /// A generated file's lines: the events array holds one event a line.
    private static let lines: [String] = {
        var text = ""
        SyntheticTimeline(events: 1200, seed: 4).write(.json) { text += $0 }
        return text.components(separatedBy: "\n")
    }()

    private static let firstEventLine = lines.firstIndex(of: "\"events\": [")! + 1

    /// The line of event `number`.
    private static func eventLine(_ number: Int) -> Int { firstEventLine + number }

    private static func edited(_ edits: [(line: Int, edit: (String) -> String)]) -> [String] {
        var lines = Self.lines
        for (line, edit) in edits { lines[line] = edit(lines[line]) }
        return lines
    }

    /// Puts `value` first in the event's list `field` (every generated event has each list).
    private static func prepending(_ value: String, to field: String, at line: Int) -> (line: Int, edit: (String) -> String) {
        (line, { text in
            text.contains("\"\(field)\": []") ? text.replacingOccurrences(of: "\"\(field)\": []", with: "\"\(field)\": [\(value)]")
                : text.replacingOccurrences(of: "\"\(field)\": [", with: "\"\(field)\": [\(value), ")
        })
    }

    static let faults: [(String, [String])] = [
        ("a misspelled field", edited([(eventLine(100), { $0.replacingOccurrences(of: "\"title\":", with: "\"titel\":") })])),
        ("an invalid date", edited([(eventLine(200), { $0.replacing(try! Regex(#""start": "[^"]*""#), with: #""start": "2003-02-30""#) })])),
        ("an undeclared organization", edited([(eventLine(300), {
            $0.replacingOccurrences(of: "\"organizations\": [", with: "\"organizations\": [\"ORG0O\", ")
        })])),
        ("a link to no event", edited([prepending(#"{"type": "supports", "target": "e1O"}"#, to: "links", at: eventLine(400))])),
        ("a duplicate id", edited([(eventLine(500), { $0.replacingOccurrences(of: "\"id\": \"e500\"", with: "\"id\": \"e10\"") })])),
        ("an undeclared chapter", edited([prepending(#""ch-none""#, to: "chapters", at: eventLine(550))])),
        ("a missing comma", edited([(eventLine(600), { $0.replacingOccurrences(of: "\", \"kind\"", with: "\" \"kind\"") })])),
        ("a raw DEL", edited([(eventLine(700), { $0.replacingOccurrences(of: "\"title\": \"", with: "\"title\": \"\u{7F}") })])),
        ("a bad organization", edited([(firstEventLine - 40, { $0.replacing(try! Regex(#""kind": "[a-z-]*""#), with: #""kind": "galactic""#) })])),
        ("several at once, and a link to an event refused", edited([
            (eventLine(100), { $0.replacingOccurrences(of: "\"title\":", with: "\"titel\":") }),
            prepending(#"{"type": "supports", "target": "e100"}"#, to: "links", at: eventLine(120)),
            prepending(#"{"type": "supports", "target": "e1O"}"#, to: "links", at: eventLine(400)),
            (eventLine(500), { $0.replacingOccurrences(of: "\"id\": \"e500\"", with: "\"id\": \"e10\"") }),
            (eventLine(300), { $0.replacingOccurrences(of: "\"organizations\": [", with: "\"organizations\": [\"ORG0O\", ") }),
        ])),
    ]

    @Test("each fault gets the careful reader's messages", arguments: faults)
    func sameMessages(fault: String, lines: [String]) throws {
        let bytes = Array(lines.joined(separator: "\n").utf8)
        let careful = TimelineLoader.assemble([.init(name: "big.json", bytes: bytes)])
        guard case .failure(let expected) = careful else {
            Issue.record("\(fault): the careful reader took the file")
            return
        }
        for splitAbove in [Int.max, 0] {
            let rechecked = bytes.withUnsafeBufferPointer { JSONRecheck.problems(in: $0, name: "big.json", splitAbove: splitAbove) }
            #expect(rechecked?.diagnostics.map(\.description) == expected.diagnostics.map(\.description), "\(fault)")
        }
        #expect(!expected.diagnostics.contains { $0.message.contains("'e100'") }, "a link to an event refused is not broken")
    }

    @Test("a missing brace is reported where the JSON breaks, not at the end of the file where the careful reader stops")
    func missingBrace() {
        let line = Self.eventLine(650)
        let lines = Self.edited([(line, { String($0.dropLast(2)) + "," })])
        let bytes = Array(lines.joined(separator: "\n").utf8)
        let rechecked = bytes.withUnsafeBufferPointer { JSONRecheck.problems(in: $0, name: "big.json") }
        #expect(rechecked?.diagnostics.map(\.description) == [
            "big.json:\(line + 2):3: syntax error: not JSON here; the event that starts at line \(line + 1) does not end before it "
                + "(a missing '}' or ']'?)",
        ])
    }

    @Test("a file cut short is reported as the careful reader reports it, read whole when small, else from the last event")
    func cutShort() {
        let text = Array(Self.lines.joined(separator: "\n").utf8)
        let cut = Array(text.prefix(text.count / 2))
        guard case .failure(let expected) = TimelineLoader.assemble([.init(name: "big.json", bytes: cut)]) else {
            Issue.record("the careful reader took a file cut short")
            return
        }
        #expect(cut.withUnsafeBufferPointer { JSONRecheck.problems(in: $0, name: "big.json") } == nil)
        let rechecked = cut.withUnsafeBufferPointer { JSONRecheck.problems(in: $0, name: "big.json", readWholeBelow: 0) }
        #expect(rechecked?.diagnostics.map(\.description) == expected.diagnostics.map(\.description))
    }

    @Test("a file only the careful reader takes is left to it, and loads")
    func onlyCareful() throws {
        // An id written with an escape: the fast reader leaves it to the careful one.
        let lines = Self.edited([(Self.eventLine(5), { $0.replacingOccurrences(of: "\"id\": \"e5\"", with: "\"id\": \"e\\u0035\"") })])
        let bytes = Array(lines.joined(separator: "\n").utf8)
        #expect(bytes.withUnsafeBufferPointer { JSONRecheck.problems(in: $0, name: "big.json") } == nil)
        let timeline = try TimelineLoader.load([.init(name: "big.json", bytes: bytes)]).get()
        #expect(timeline.events.count == 1200)
    }
}
