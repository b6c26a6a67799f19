import Foundation
import TestSupport
import Testing

@Suite("The relations and trace commands")
struct RelationsCommandTests {
    private func json(_ arguments: [String]) throws -> [String: Any] {
        let output = try CommandRunner.run(arguments)
        #expect(output.status == 0, "\(output.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    }

    @Test("the matrix and a pair's story as JSON, in the shapes README gives; CSV and text too")
    func relations() throws {
        let fixture = try Fixture.file()
        let matrix = try json(["relations", "--data", fixture, "--format", "json"])
        #expect(matrix["organizations"] as? [String] == ["UN", "EU", "AU", "ECOWAS"])
        let cells = try #require(matrix["cells"] as? [[String: Any]])
        let unEU = try #require(cells.first { $0["a"] as? String == "UN" && $0["b"] as? String == "EU" })
        #expect(unEU["events"] as? Int == 2)
        #expect(unEU["links"] as? Int == 3, "artemis→monuc, decl-2003→artemis, unamid→artemis")
        #expect((unEU["modes"] as? [String: Int])?["institutional"] == 3, "the declaration, the event it formalizes, the link")
        let story = try json(["relations", "un", "European Union", "--data", fixture, "--format", "json"])
        #expect(story["organizations"] as? [String] == ["UN", "EU"])
        let events = try #require(story["events"] as? [[String: Any]])
        #expect(events.map { $0["id"] as? String } == ["monuc", "artemis", "decl-2003", "unamid"])
        #expect(events.map { $0["shared"] as? Bool } == [false, true, true, false])
        #expect(events[1]["modes"] as? [String] == ["support", "institutional"])
        let csv = try CommandRunner.run(["relations", "--data", fixture, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("a,b,events,links,sequential,parallel,integrated,support,institutional\n"))
        let text = try CommandRunner.run(["relations", "--data", fixture])
        #expect(text.stdout.contains("UN–EU  2 events"))
        #expect(try CommandRunner.run(["relations", "UN", "--data", fixture]).status == 2)
    }

    @Test("a trace as JSON, with negative depths before the event, and as DOT for Graphviz")
    func trace() throws {
        let fixture = try Fixture.file()
        let trace = try json(["trace", "MINUSMA", "--data", fixture, "--format", "json"])
        #expect(trace["root"] as? String == "minusma")
        let events = try #require(trace["events"] as? [[String: Any]])
        #expect(events.map { $0["id"] as? String } == ["afisma", "minusma"])
        #expect(events.map { $0["depth"] as? Int } == [-1, 0])
        #expect((trace["links"] as? [[String: String]]) == [["source": "afisma", "target": "minusma", "type": "hands-over-to"]])
        let dot = try CommandRunner.run(["trace", "artemis", "--data", fixture, "--format", "dot", "--depth", "1"])
        #expect(dot.stdout.contains("\"artemis\" -> \"monuc\" [label=\"supports\"];"))
    }
}
