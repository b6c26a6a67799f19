import DefaultTimeline
import Foundation
import SyntheticTimeline
import TestSupport
import Testing
import Yams
@testable import TimelineEngine

/// The readers hold one set of rules: mutated documents are accepted or refused alike by
/// the fast JSON reader and the careful reader, and a document written as YAML or as
/// JSON gets the same messages.
@Suite("Readers agree")
struct ReaderAgreementTests {
    /// Documents to mutate: the test fixture, the chapter's dataset, and a generated one.
    private static func documents() throws -> [(name: String, json: Any)] {
        let chapter = try TimelineLoader.load(paths: [try DefaultTimeline.path().get()]).get()
        var generated = ""
        SyntheticTimeline(events: 60, seed: 7).write(.json) { generated += $0 }
        return try [("fixture", try TimelineExport.json(try Fixture.timeline())),
                    ("chapter", try TimelineExport.json(chapter)),
                    ("generated", Data(generated.utf8))].map { name, data in
            (name, try JSONSerialization.jsonObject(with: data))
        }
    }

    /// Values a field may be set to, each breaking some rule or keeping to it.
    private static var values: [Any] { [
        NSNull(), 7, 0, -1, "", " ", "\u{200B}", "x y", "Ké", "2003-02-30", "1900", "2003-13", "operatoin", "mixed",
        "/1951-07-12", "../2003-06", "../..",
        "lead", [Any](), ["EU"], ["EU", "EU"], [0], ["3"], [String: Any](), ["ZZ": "lead"],
        [["type": "supports", "target": "nope"]], [["type": "parallel"]], true,
        "https://example.org/a", "Q42", ["latitude": 1.5, "longitude": -200], ["latitude": 12.5, "longitude": -8],
        [["title": "A report", "url": "https://example.org", "accessed": "2026-11"]], [["url": "https://example.org"]],
        ["Region": "Africa", "Personnel": "15,209"], ["Region": ["Africa"]],
    ] }

    /// One rule-testing change to one event, organization or chapter of `document`.
    private static func mutate(_ document: Any, _ random: inout SplitMix64) -> Any {
        guard var root = document as? [String: Any] else { return document }
        let part = ["events", "events", "events", "organizations", "chapters"].randomElement(using: &random)!
        guard var items = root[part] as? [[String: Any]], !items.isEmpty else { return document }
        let index = Int.random(in: 0..<items.count, using: &random)
        var item = items[index]
        let keys = item.keys.sorted()
        switch Int.random(in: 0..<10, using: &random) {
        case 8, 9:
            let field = ["title", "summary", "acronym", "end", "places", "tags", "aliases", "subject", "name"]
                .randomElement(using: &random)!
            item[field] = ["Ké", "x y", NSNull(), ["Kraków"], "🇺🇳 \u{202E}rtl"].randomElement(using: &random)!
        case 7:
            let (field, value): (String, Any) = [
                ("url", "https://example.org/a?b=c"), ("wikidata", "Q42"), ("location", ["latitude": 12.5, "longitude": -8]),
                ("sources", [["title": "A report", "url": "https://example.org", "accessed": "2026-11"]]),
                ("extra", ["Region": "Africa", "Personnel": "15,209"]),
            ].randomElement(using: &random)!
            item[field] = value
        case 0: item.removeValue(forKey: keys.randomElement(using: &random)!)
        case 1: item["orgnaizations"] = [Any]()
        case 2: item["id"] = items[Int.random(in: 0..<items.count, using: &random)]["id"]
        case 3: item["links"] = [["type": "related", "target": item["id"] ?? "x"]]
        case 4:
            item["source"] = "mixed"
            item.removeValue(forKey: "sourceNote")
        case 5: item["roles"] = [(item["organizations"] as? [String])?.first ?? "EU": ["lead", "leader"].randomElement(using: &random)!]
        default:
            let field = (keys + DocumentSchema.event.fields).randomElement(using: &random)!
            item[field] = values.randomElement(using: &random)!
        }
        items[index] = item
        root[part] = items
        return root
    }

    /// The messages of a failed load without their places, which differ between YAML and JSON.
    private static func messages(_ result: Result<Timeline, LoadFailure>) -> [String] {
        guard case .failure(let failure) = result else { return [] }
        let place = try! Regex(#"[^\s']*:\d+:\d+"#)
        return failure.diagnostics.map {
            "\($0.eventID ?? "-") \($0.field ?? "-") \($0.message.replacing(place, with: "PLACE"))"
        }.sorted()
    }

    @Test("mutated documents are accepted or refused alike by every reader, with the same messages")
    func mutatedDocuments() throws {
        var random = SplitMix64(seed: 2026)
        var accepted = 0, fastAccepted = 0, refused = 0
        for (name, document) in try Self.documents() {
            for round in 0..<40 {
                let mutated = Self.mutate(document, &random)
                let json = try JSONSerialization.data(withJSONObject: mutated, options: [.sortedKeys])
                let careful = TimelineLoader.assemble([.init(name: "t.json", bytes: Array(json))])
                let fast = JSONTimelineLoader.load([.memory(Array(json))], names: ["t.json"])
                let context = "\(name) #\(round)"
                switch careful {
                case .success(let timeline):
                    accepted += 1
                    if let fast {
                        fastAccepted += 1
                        #expect(Array(fast.events) == Array(timeline.events), "\(context)")
                    }
                case .failure:
                    refused += 1
                    if fast != nil {
                        Issue.record("the fast reader took what the careful one refuses: \(context) \(Self.messages(careful))")
                    }
                }
                let yaml = try Yams.dump(object: Yams.load(yaml: String(decoding: json, as: UTF8.self)))
                let fromYAML = TimelineLoader.assemble([.init(name: "t.yaml", bytes: Array(yaml.utf8))])
                #expect(Self.messages(fromYAML) == Self.messages(careful), "\(context)")
                if case .success(let timeline) = fromYAML, case .success(let other) = careful {
                    #expect(Array(timeline.events) == Array(other.events), "\(context)")
                }
            }
        }
        #expect(accepted > 20 && fastAccepted > 10 && refused > 40,
                "the mutations both keep and break rules: \(accepted) kept (\(fastAccepted) by the fast reader), \(refused) broke")
    }

    @Test("the fast reader's bit set of required fields is the schema's")
    func requiredBits() {
        #expect(EventField.requiredBits == EventField.allCases.filter(\.isRequired).reduce(0) { $0 | 1 << $1.rawValue })
        #expect(DocumentSchema.event.required == ["id", "title", "kind", "start"])
    }

    @Test("a document cut short or with a byte changed is never taken by the fast reader alone")
    func damagedText() throws {
        var random = SplitMix64(seed: 11)
        let json = [UInt8](try TimelineExport.json(try Fixture.timeline()))
        for _ in 0..<150 {
            var damaged = json
            if Bool.random(using: &random) {
                damaged.removeLast(Int.random(in: 1..<json.count, using: &random))
            } else {
                damaged[Int.random(in: 0..<json.count, using: &random)] = [0x22, 0x2C, 0x7B, 0x5D, 0x30, 0x20, 0x5C, 0x00]
                    .randomElement(using: &random)!
            }
            let fast = JSONTimelineLoader.load([.memory(damaged)], names: ["t.json"])
            let careful = TimelineLoader.assemble([.init(name: "t.json", bytes: damaged)])
            guard let fast else { continue }
            guard case .success(let timeline) = careful else {
                Issue.record("the fast reader took what the careful one refuses: \(Self.messages(careful))")
                continue
            }
            #expect(Array(fast.events) == Array(timeline.events))
        }
    }
}
