import Foundation
import Testing
import TimelineEngine
@testable import TimelineImport

/// A spreadsheet with the quirks real tables have, through `Importer`.
@Suite("Importing a spreadsheet")
struct CSVImportTests {
    /// `;`-separated with a byte-order mark and CRLF line ends: times of day on dates,
    /// an empty end, an empty start, an id with spaces and accents, decimal commas, a
    /// stray quote in a plain cell and in a quoted one, a cell of two places separated
    /// by `|`, a cell over two lines, a column with no field, an impossible date and an
    /// id used twice.
    static let operations = "\u{FEFF}" + [
        "Acronym;Mission name;Start date;End date;Country;Latitude;Longitude;Personnel;Notes",
        "UNMIS;United Nations Mission in Sudan;2005-03-24 00:00:00;2011-07-09 00:00:00;Sudan;15,5;32,53;10 519;",
        "MINUSCA;\"Mission in the \"\"CAR\"\"\";2014-04-10 00:00:00;;Central African Republic;4,36;18,55;17 420,5;",
        "Côte d'Ivoire op;Operation in Côte d'Ivoire;;2017-06-30;Côte d'Ivoire|Liberia;;;;\"a note",
        "over two lines\"",
        "UNEF I;The 5'2\" force;1956-11;1967-06;Egypt;;;;",
        "BAD;Bad dates;2003-13-01;;;;;;",
        "UNMIS;Second UNMIS;2005;2006;;;;;",
        "X;\"The \"Blue Helmets\" force\";1956;1967;Egypt;;;;",
    ].joined(separator: "\r\n") + "\r\n"

    private static func run(_ text: String, _ configure: (inout ImportOptions) throws -> Void = { _ in }) throws -> ImportResult {
        var options = ImportOptions(format: .csv)
        try configure(&options)
        return try Importer.run(text, file: "ops.csv", options: options)
    }

    @Test("every quirk of a real table is read, and only the broken row is skipped, by its line")
    func quirks() throws {
        let result = try Self.run(Self.operations) { $0.organization = "UN" }
        let events = Dictionary(uniqueKeysWithValues: result.events.map { ($0.id, $0) })
        #expect(result.events.map(\.id) == ["unmis", "minusca", "cote-d-ivoire-op", "unef-i", "unmis-2", "x"])
        let unmis = try #require(events["unmis"])
        #expect(unmis.dates.edtfText == "2005-03-24/2011-07-09", "the time of day is dropped")
        #expect(unmis.location == Location(latitude: 15.5, longitude: 32.53), "decimal commas")
        #expect(unmis.extra == [ExtraField(name: "Personnel", value: "10 519")], "a column with no field is kept")
        #expect(unmis.source == .outside && unmis.organizationIDs == ["UN"] && unmis.kind == .operation)
        #expect(events["minusca"]?.title == "Mission in the \"CAR\"")
        #expect(events["minusca"]?.dates.endText == "", "an empty end is an unknown end")
        let ivoire = try #require(events["cote-d-ivoire-op"])
        #expect(ivoire.dates.startBound == .unknown && ivoire.dates.plainText == "?–30 Jun 2017", "an empty start")
        #expect(ivoire.acronym == "Côte d'Ivoire op", "the original id is kept")
        #expect(ivoire.places == ["Côte d'Ivoire", "Liberia"])
        #expect(ivoire.summary == "a note\nover two lines")
        #expect(events["unef-i"]?.title == "The 5'2\" force", "a quote in a plain cell is a character")
        #expect(events["x"]?.title == "The \"Blue Helmets\" force", "a stray quote in a quoted cell loses nothing")
        #expect(events["x"]?.dates.edtfText == "1956/1967")
        let report = result.report
        #expect(report.rows == 7 && report.imported == 6 && report.skipped == 1)
        #expect(report.rowLines == [
            "ops.csv:7:3: event 'bad': field 'start': invalid date '2003-13-01': the month must be 01 to 12",
            "ops.csv:7: row skipped",
            "ops.csv:8: note: id 'unmis' is taken by an earlier row: this one is 'unmis-2'",
        ], "lines count the cell over two lines")
        #expect(report.text.hasSuffix("\n7 rows: 6 events, 1 skipped"))
        #expect(report.exitCode == 3)
    }

    @Test("the delimiter is the one the header uses: comma, semicolon or tab read alike", arguments: [",", "\t"])
    func delimiters(delimiter: String) throws {
        let rows = [["id", "title", "start_date", "end_date", "organizations", "aliases"],
                    ["a1", "First", "2003-06", "2003-09", "EU;UN", "One|Uno"],
                    ["b2", delimiter == "," ? "\"Second, with a comma\"" : "Second, with a comma", "2004", "", "AU", ""]]
        let text = rows.map { $0.joined(separator: delimiter) }.joined(separator: "\n")
        let semicolons = ["id;title;start_date;end_date;organizations;aliases", "a1;First;2003-06;2003-09;EU|UN;One|Uno",
                          "b2;Second, with a comma;2004;;AU;"].joined(separator: "\n")
        let events = try Self.run(text).events
        #expect(events == (try Self.run(semicolons).events))
        #expect(events.map(\.title) == ["First", "Second, with a comma"])
        #expect(events.first?.organizationIDs == ["EU", "UN"] && events.first?.aliases == ["One", "Uno"])
    }

    @Test("--map names the columns headers do not; without a date column the import says which columns there are")
    func columns() throws {
        let text = "Code,Mission,Began,Region\nK1,Korea force,1950,Asia"
        let mapped = try Self.run(text) { $0.map = try ImportField.parseMap("id=Code,title=Mission,start=Began") }
        #expect(mapped.events.map(\.id) == ["k1"])
        #expect(mapped.events.first?.extra == [ExtraField(name: "Region", value: "Asia")])
        #expect(throws: ImportError.self) { try Self.run(text) { $0.map = try ImportField.parseMap("title=Name") } }
        do {
            _ = try Self.run(text)
            Issue.record("a table without a date column must be refused")
        } catch let error as ImportError {
            #expect(error.description.contains("--map start=COLUMN") && error.description.contains("'Began'"))
        }
        #expect(throws: ImportError.self) { try ImportField.parseMap("when=Began") }
    }

    @Test("--strict skips a row with a note; --prefix goes before every id; ids become valid, the original an alias")
    func options() throws {
        let text = "id,title,start\nOpération Ünited 1,First,1997-12-19 14:30:00\nB 2,Second,1998"
        let plain = try Self.run(text)
        #expect(plain.events.map(\.id) == ["operation-united-1", "b-2"])
        #expect(plain.events.first?.aliases == ["Opération Ünited 1"])
        #expect(plain.report.rowLines.first == "ops.csv:2: note: time of day dropped from '1997-12-19 14:30:00'")
        #expect(plain.report.exitCode == 0)
        let strict = try Self.run(text) { $0.strict = true }
        #expect(strict.events.map(\.id) == ["b-2"])
        #expect(strict.report.exitCode == 3)
        #expect(try Self.run(text) { $0.prefix = "hub-" }.events.map(\.id) == ["hub-operation-united-1", "hub-b-2"])
        let nothing = try Self.run("id,title,start\na,A,someday")
        #expect(nothing.events.isEmpty && nothing.report.exitCode == 1)
    }

    @Test("organizations are declared as the chapter declares them; --match links a row to the event it is")
    func layering() throws {
        let un = Organization(id: "UN", name: "United Nations", kind: .global, wikidata: "Q1065")
        let chapter = Timeline(events: [Event(id: "monuc", title: "UN Organization Mission in the DR Congo", acronym: "MONUC",
                                              kind: .operation, dates: try EventDates(start: "1999-11", end: "2010-06"),
                                              participants: [.init(organization: "UN")])],
                               organizations: [un], chapters: [])
        let text = "acronym,title,start,end,organizations\nMONUC,Mission in the Congo,1999-11-30,2010-06-30,UN;Local group"
        let result = try Self.run(text) {
            $0.prefix = "hub-"
            $0.alongside = chapter
            $0.knownOrganizations = chapter.organizations
        }
        #expect(result.organizations.first == un, "declared alike, so the import and the chapter load together")
        #expect(result.organizations.last?.name == "Local group" && result.organizations.last?.id == "local-group")
        #expect(result.events.first?.links == [EventLink(type: .sameAs, target: "monuc")])
        let clash = try Self.run(text) { $0.alongside = chapter }
        #expect(clash.events.isEmpty)
        #expect(clash.report.rowLines.first?.contains("give --prefix") == true)

        let yaml = try TimelineExport.yaml(organizations: result.organizations, events: result.events)
        let json = try TimelineExport.json(organizations: result.organizations, events: result.events)
        let chapterJSON = try TimelineExport.json(chapter)
        for (name, bytes) in [("i.yaml", Array(yaml.utf8)), ("i.json", [UInt8](json))] {
            let layered = try TimelineLoader.load([.init(name: "c.json", bytes: [UInt8](chapterJSON)),
                                                   .init(name: name, bytes: bytes)]).get()
            #expect(layered.events.count == 2 && layered.organizations.count == 2, "\(name)")
            #expect(layered.events.first { $0.acronym == "MONUC" && $0.id != "monuc" } == result.events.first)
        }
    }
}
