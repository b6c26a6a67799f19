import DefaultTimeline
import Foundation
import Testing
import TimelineEngine

/// Checks on the embedded timeline drawn from the handbook chapter.
@Suite("The chapter's dataset")
struct ChapterDatasetTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func timeline() throws -> Timeline {
        let path = try DefaultTimeline.path().get()
        return try TimelineLoader.load(paths: [path]).get()
    }

    @Test("it loads and validates, with well over sixty events")
    func validates() throws {
        let timeline = try timeline()
        #expect(timeline.events.count > 60)
    }

    @Test("every event has a page of the chapter, or says it comes from outside it")
    func pageReferences() throws {
        for event in try timeline().events {
            #expect(!event.pages.isEmpty || event.source == .outside, "\(event.id)")
            #expect(event.pages.allSatisfy { (60...72).contains($0) }, "\(event.id)")
            #expect(event.footnotes.allSatisfy { (1...60).contains($0) }, "\(event.id)")
            if event.source != .chapter {
                #expect(event.sourceNote != nil, "\(event.id) must say what comes from outside")
            }
            #expect(!event.summary.isEmpty, "\(event.id)")
        }
    }

    @Test("an event cites a section only with a page inside that section")
    func sectionsMatchPages() throws {
        let timeline = try timeline()
        for event in timeline.events {
            for id in event.chapters {
                guard let pages = timeline.chapter(id: id)?.pages else { continue }
                #expect(event.pages.contains(where: pages.contains), "\(event.id) cites \(id) (\(pages))")
            }
        }
    }

    @Test("every organization and every chapter is used")
    func everythingUsed() throws {
        let timeline = try timeline()
        let organizations = Set(timeline.events.flatMap(\.organizationIDs))
        let cited = Set(timeline.events.flatMap(\.chapters))
        for organization in timeline.organizations {
            #expect(organizations.contains(organization.id), "\(organization.id) is used by no event")
        }
        for chapter in timeline.chapters {
            #expect(!cited.isDisjoint(with: timeline.chapterFamily(chapter.id)), "\(chapter.id) is cited by no event")
        }
        let handbook = timeline.chapters.filter { $0.kind == .handbook }.compactMap(\.number)
        #expect(handbook == [14, 30, 52, 53, 54, 59, 66, 72])
    }

    @Test("every operation of several organizations has the chapter's type")
    func operationTypes() throws {
        let types: Set = ["sequential", "parallel", "integrated"]
        for event in try timeline().events where event.kind == .operation && event.participants.count > 1 {
            #expect(!types.isDisjoint(with: event.tags), "\(event.id) needs sequential, parallel or integrated")
        }
    }

    @Test("facts taken from the chapter hold", arguments: [
        ("artemis", "Jun–Sep 2003", ["EU", "FR", "UN"]),
        ("un-eu-declaration-2003", "24 Sep 2003", ["UN", "EU"]),
        ("un-eu-statement-2007", "7 Jun 2007", ["UN", "EU", "AU"]),
        ("un-nato-declaration-2008", "23 Sep 2008", ["UN", "NATO"]),
        ("un-au-jtf", "since Sep 2010", ["UNSG", "AUC"]),
        ("high-level-meetings", "1993–2006", ["UN", "OAU", "AU", "CIS", "ECOWAS", "ECCAS", "EU", "IGAD", "LAS", "NATO", "OAS", "OSCE", "SADC"]),
        ("oas-dominican-republic", "1965–66", ["OAS", "UN"]),
        ("eufor-tchad-rca", "2008–09", ["EU", "UN"]),
        ("psc-communique-371", "25 Apr 2013", ["AUPSC"]),
        ("a-65-762", "28 Feb 2011", ["OIOS", "DPKO", "DFS", "UNGA"]),
        ("eu-plan-of-action-2012", "13 Jun 2012", ["EEAS", "UN"]),
        ("covenant-article-21", "1919", ["LoN"]),
        ("arab-league-pact", "22 Mar 1945", ["LAS"]),
    ])
    func facts(id: String, dates: String, organizations: [String]) throws {
        let event = try #require(try timeline().event(id: id))
        #expect(event.dates.plainText == dates)
        #expect(event.organizationIDs == organizations)
    }

    @Test("links taken from the chapter hold, both ways", arguments: [
        ("artemis", "supports", "monuc"),
        ("eufor-rd-congo", "supports", "monuc"),
        ("eufor-tchad-rca", "supports", "minurcat"),
        ("eufor-tchad-rca", "hands over to", "minurcat"),
        ("afisma", "hands over to", "minusma"),
        ("un-eu-declaration-2003", "formalizes", "artemis"),
        ("un-nato-declaration-2008", "modeled on", "un-eu-declaration-2003"),
        ("psc-communique-371", "contests", "unsc-resolution-2100"),
        ("unsoa", "supports", "amisom"),
        ("unmik", "hands over to", "eulex-kosovo"),
        ("eulex-kosovo", "runs parallel to", "unmik"),
    ])
    func links(from: String, label: String, to: String) throws {
        let timeline = try timeline()
        let source = try #require(timeline.eventIndex(id: from))
        let target = try #require(timeline.eventIndex(id: to))
        #expect(timeline.links(of: source).contains { $0.event == target && $0.label == label })
        let inverse = try #require(LinkType.allCases.first { $0.forwardLabel == label }).inverseLabel
        #expect(timeline.backlinks(of: target).contains { $0.event == source && $0.label == inverse })
    }

    @Test("an event drawn wholly from the chapter carries no note on outside sources")
    func chapterEventsHaveNoSourceNote() throws {
        for event in try timeline().events where event.source == .chapter {
            #expect(event.sourceNote == nil, "\(event.id) is marked chapter but has a sourceNote")
        }
    }

    @Test("every UN operation starts in the month of the resolution that established it, named in its note")
    func unOperationDates() throws {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        let resolution = /resolution \d+ \(\d{1,2} ([A-Z][a-z]+) (\d{4})\)/
        let operations = try timeline().events.filter { event in
            [.operation, .missionSupport].contains(event.kind)
                && event.participants.contains { $0.organization == "UN" && $0.role == .lead }
        }
        #expect(Set(operations.map(\.id)).isSuperset(of: ["unprofor", "monuc", "minurcat", "unamid", "minusma", "minusca"]))
        for event in operations {
            let note = try #require(event.sourceNote, "\(event.id) must name its resolution")
            let match = try #require(note.firstMatch(of: resolution), "\(event.id): no resolution with its date")
            let month = try #require(months.firstIndex(of: String(match.1))) + 1
            #expect(event.dates.start.text == "\(match.2)-" + (month < 10 ? "0" : "") + "\(month)", "\(event.id)")
        }
    }

    @Test("the sub-regional organizations work within the AU's framework without counting as the AU")
    func subRegionalOrganizations() throws {
        let timeline = try timeline()
        for id in ["ECOWAS", "ECCAS", "SADC", "EASF", "NARC"] {
            let organization = try #require(timeline.organization(id: id))
            #expect(organization.parent == nil && organization.framework == "AU", "\(id)")
        }
        let au = Set(timeline.events(ofOrganization: "AU", includingBodies: true).map { timeline.events[$0].id })
        #expect(!au.contains("ecowas-liberia") && !au.contains("micopax"))
        #expect(au.contains("psc-communique-371"))
    }

    @Test("the sections follow the chapter's three parts, and the closing pages have their own")
    func sections() throws {
        let timeline = try timeline()
        for id in ["un-eu", "un-au", "un-nato"] { #expect(timeline.chapter(id: id)?.parent == "advances", "\(id)") }
        for id in ["market", "visions", "obstacles"] { #expect(timeline.chapter(id: id)?.parent == "challenges", "\(id)") }
        #expect(timeline.chapter(id: "conclusion")?.pages == 72...72)
    }

    @Test("the coverage table names real events, with their pages and notes, and every event of the chapter")
    func coverage() throws {
        let timeline = try timeline()
        let rows = try CoverageRow.rows(of: String(contentsOf: Self.coverage, encoding: .utf8))
        #expect(rows.count > 100)
        for row in rows {
            let event = try #require(timeline.event(id: row.event), "line \(row.line): no event '\(row.event)'")
            #expect(Set(row.pages).isSubset(of: event.pages), "line \(row.line): pages \(row.pages) of \(row.event)")
            #expect(Set(row.notes).isSubset(of: event.footnotes), "line \(row.line): notes \(row.notes) of \(row.event)")
        }
        let covered = Set(rows.map(\.event))
        for event in timeline.events where event.source != .outside {
            #expect(covered.contains(event.id), "\(event.id) is in no row of the coverage table")
        }
    }

    @Test("UNAMID is the hybrid: one operation run by the UN and the AU")
    func hybrid() throws {
        let unamid = try #require(try timeline().event(id: "unamid"))
        #expect(unamid.tags.contains("integrated"))
        #expect(Set(unamid.participants.filter { $0.role == .lead }.map(\.organization)) == ["UN", "AU"])
        #expect(unamid.chapters.contains("ch66"))
    }

    @Test("no sentence of the chapter is copied (copycheck)",
          .enabled(if: FileManager.default.fileExists(atPath: copycheck.path)))
    func ownWords() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.copycheck.path, "--fail-at", "12", "Resources", "README.md"]
        process.currentDirectoryURL = Self.packageRoot
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "run ../shared/tools/copycheck to see the copied runs")
    }

    static let coverage = packageRoot.appendingPathComponent("Resources/coverage.md")
    static let copycheck = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/copycheck")
}

/// A row of `Resources/coverage.md`: `| 63, 64 | 23, 24 | item | `artemis` |`.
struct CoverageRow {
    let line: Int
    let pages: [Int]
    let notes: [Int]
    let event: String

    static func rows(of text: String) throws -> [CoverageRow] {
        try text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 4, let event = cells[3].wholeMatch(of: /`([a-z0-9-]+)`/) else { return nil }
            return CoverageRow(line: offset + 1, pages: try numbers(cells[0]), notes: try numbers(cells[1]),
                               event: String(event.1))
        }
    }

    private static func numbers(_ cell: String) throws -> [Int] {
        guard cell != "—" else { return [] }
        return try cell.split(separator: ", ").map { try #require(Int($0), "not a number: \($0)") }
    }
}
