import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TestSupport
import Testing
import TimelineEngine
@testable import ExportFormats
@testable import TimelineImport

/// Each export read back by a real reader: `import` for TimelineJS, an XML parser for
/// GraphML, Graphviz for DOT and Python's icalendar for iCalendar (where installed;
/// `.ci/run` installs them).
@Suite("Exports for other programs")
struct ExportFormatsTests {
    private let timeline: Timeline
    private let all: [Int]

    init() throws {
        timeline = try Fixture.timeline()
        all = Array(timeline.events.indices)
    }

    @Test("TimelineJS: every event, an open end and a year alone included, reads back through import as it was")
    func timelineJSRoundTrip() throws {
        let data = try TimelineJSExport.render(all, of: timeline, title: "Fixture")
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"), "hostile text is shown, not written raw")
        let back = try Importer.run(text, file: "t.json", options: ImportOptions(format: .timelinejs))
        #expect(back.report.exitCode == 0, "\(back.report.text)")
        #expect(back.events.map(\.id) == timeline.events.map(\.id))
        for (original, read) in zip(timeline.events, back.events) where original.id != "unamid" {
            #expect(read.title == original.title && read.summary == original.summary && read.dates == original.dates,
                    "\(original.id)")
            #expect(read.extra.isEmpty, "\(original.id): \(read.extra)")
        }
        let unamid = try #require(back.events.first { $0.id == "unamid" })
        #expect(unamid.dates == timeline.event(id: "unamid")?.dates && unamid.title.contains("^[[31m"))
        #expect(back.events.first { $0.id == "artemis" }?.organizationIDs == ["EU"], "the lead is the group")
    }

    @Test("CSV: every field, extra columns and sources included, comes back through import as it was")
    func csvRoundTrip() throws {
        var events = Array(timeline.events)
        events.append(Event(id: "hub-minusma", title: "=HYPERLINK(\"http://x\")", acronym: "MINUSMA", aliases: ["a, b"],
                            kind: .operation, dates: try EventDates(start: "../2013-07-01", end: nil),
                            participants: [.init(organization: "UN", role: .lead), .init(organization: "AU")],
                            summary: "Line one\nline two, \"quoted\"", links: [EventLink(type: .sameAs, target: "minusma")],
                            chapters: ["s-visions"], pages: [70], footnotes: [3], tags: ["hybrid"], source: .mixed,
                            sourceNote: "dates from the Data Hub", url: "https://peacekeeping.un.org/", wikidata: "Q1134286",
                            location: Location(latitude: 12.65, longitude: -8), sources: [SourceReference(
                                title: "Data Hub; operations", url: "https://psdata.un.org/", accessed: "2026-11-30")],
                            extra: [ExtraField(name: "Personnel", value: "-15,209"), ExtraField(name: "title", value: "x")]))
        let full = Timeline(events: events, organizations: timeline.organizations, chapters: timeline.chapters)
        let csv = try CSVExport.render(Array(full.events.indices), of: full)
        #expect(csv.contains(",\"'=HYPERLINK("), "a formula is not left for a spreadsheet to run")
        var options = ImportOptions(format: .csv)
        options.knownOrganizations = full.organizations
        options.knownChapters = full.chapters
        let back = try Importer.run(csv, file: "t.csv", options: options)
        #expect(back.report.exitCode == 0, "\(back.report.text)")
        for (read, original) in zip(back.events, full.events) { #expect(read == original, "\(original.id)") }
        #expect(back.events.count == full.events.count)
        #expect(Set(back.organizations.map(\.id)) == Set(full.events.flatMap(\.organizationIDs)).union(["UN"]))
    }

    @Test("iCalendar: all-day events with an exclusive end, folded lines, escaped text, and a real parser agrees")
    func iCalendar() throws {
        let text = try ICalendarExport.render(all, of: timeline, stamp: Date(timeIntervalSince1970: 0))
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") && !$0.contains("\u{1B}") })
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        let artemis = try #require(unfolded.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:artemis@") })
        #expect(artemis.contains("DTSTART;VALUE=DATE:20030601\r\nDTEND;VALUE=DATE:20031001\r\n"))
        #expect(artemis.contains("CATEGORIES:EU,UN") && artemis.contains("X-PEACEKEEPING-START:2003-06\r\nX-PEACEKEEPING-END:2003-09"))
        let minusma = try #require(unfolded.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:minusma@") })
        #expect(minusma.contains("DTSTART;VALUE=DATE:20130701\r\nDTEND;VALUE=DATE:20130702\r\n"), "open: its first day")
        #expect(minusma.contains("X-PEACEKEEPING-END:..") && minusma.contains("still going on"))
        #expect(ICalendarExport.text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne")
        #expect(ICalendarExport.folded(String(repeating: "é", count: 60)).components(separatedBy: "\r\n ")
            .allSatisfy { $0.utf8.count <= 75 }, "a fold never splits a character")

        guard Self.hasPython(module: "icalendar") else { return }
        let parsed = try Self.python("""
            import sys, icalendar
            calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
            for event in calendar.walk("VEVENT"):
                print(event["UID"], event.decoded("DTSTART"), event.decoded("DTEND"), str(event["SUMMARY"]), sep="|")
            """, input: text)
        let rows = parsed.split(separator: "\n")
        #expect(rows.count == timeline.events.count)
        #expect(rows.contains("artemis@peacekeeping-timeline|2003-06-01|2003-10-01|Operation Artemis"))
        #expect(rows.contains { $0.hasPrefix("tokyo@peacekeeping-timeline|2005-01-01|2006-01-01|東京 meeting on Côte d’Ivoire") })
    }

    @Test("GraphML parses as XML, with a node per event and an edge per link among them; organizations as nodes on request")
    func graphML() throws {
        let text = try GraphExport.graphML(all, of: timeline, organizations: true)
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        let links = all.reduce(0) { $0 + timeline.links(of: $1).count }
        let participants = timeline.events.reduce(0) { $0 + $1.participants.count }
        let organizations = Set(timeline.events.flatMap(\.organizationIDs)).count
        #expect(counter.counts["node"] == timeline.events.count + organizations)
        #expect(counter.counts["edge"] == links + participants)
        let some = [timeline.eventIndex(id: "artemis")!, timeline.eventIndex(id: "decl-2003")!]
        let part = try GraphExport.graphML(some, of: timeline, organizations: false)
        #expect(part.components(separatedBy: "<edge ").count - 1 == 1, "only the link between the two")
    }

    @Test("DOT: Graphviz draws it; quotes and controls in the data cannot break out", .enabled(if: hasDot))
    func dot() throws {
        let text = try GraphExport.dot(all, of: timeline, organizations: true)
        #expect(text.contains("\"artemis\" -> \"monuc\" [label=\"supports\"];"))
        #expect(!text.contains("\u{1B}"))
        let svg = try Self.run("/usr/bin/dot", ["-Tsvg"], input: text)
        #expect(svg.contains("<svg") && svg.contains("Operation Artemis"))
        #expect(GraphExport.quoted("a\"b\\c") == "\"a\\\"b\\\\c\"")
    }

    @Test("Markdown: decades, in-document links, and the data's markup characters escaped")
    func markdown() throws {
        let text = try MarkdownExport.render(all, of: timeline, title: "Fixture")
        #expect(text.contains("## 1990s") && text.contains("## 2000s") && text.contains("## 2010s"))
        #expect(text.contains("### <a id=\"event-artemis\"></a>Operation Artemis"))
        #expect(text.contains("- supports [MONUC](#event-monuc), Nov 1999–Jun 2010"))
        #expect(text.contains("In the text: UN and EU, pp. 63–64; pages 63"))
        #expect(!text.contains("\u{1B}") && text.contains("Hybrid ^\\[\\[31mmission\\<U+202E\\> in Darfur"))
    }

    @Test("SVG: well-formed XML at the width asked, a lane per organization, every event with its title on hover")
    func svg() throws {
        let text = SVGChart(width: 900).render(all, of: timeline, lanes: ["UN", "AU"])
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(text.contains(#"width="900""#))
        #expect(text.contains(">UN</text>") && text.contains(">AU</text>") && !text.contains(">EU</text>"))
        let inLanes = Set(timeline.events(ofOrganization: "UN", includingBodies: true)
            + timeline.events(ofOrganization: "AU", includingBodies: true))
        let hovers = inLanes.map { timeline.events[$0].title }
        for title in hovers where !title.contains("\u{1B}") { #expect(text.contains("<title>\(GraphExport.xml(title)) ("), "\(title)") }
        #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"))
        let everyone = SVGChart().render(all, of: timeline)
        #expect(everyone.contains(">UN</text>") && !everyone.contains(">UNSC</text>"), "bodies are folded into their lane")
    }

    static let hasDot = FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")

    private static func hasPython(module: String) -> Bool {
        (try? python("import \(module)", input: "")) != nil
    }

    private static func python(_ script: String, input: String) throws -> String {
        try run("/usr/bin/env", ["python3", "-c", script], input: input)
    }

    /// Runs a program with `input`; its output, or an error when it fails.
    private static func run(_ path: String, _ arguments: [String], input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return String(decoding: output, as: UTF8.self)
    }
}

/// Counts the elements of an XML document by name.
private final class ElementCounter: NSObject, XMLParserDelegate {
    var counts = [String: Int]()

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
    }
}
