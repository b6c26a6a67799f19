import Foundation
import TimelineEngine

/// What an import reads.
public enum ImportFormat: String, CaseIterable, Sendable {
    case csv, timelinejs
}

/// How a file is imported (see `peacekeeping import --help`).
public struct ImportOptions {
    public var format: ImportFormat
    /// Which column feeds which field, beyond those recognized by their headers.
    public var map: [ImportField: String] = [:]
    /// An organization added to every event.
    public var organization: String?
    /// Put before every id, so that the events can sit beside others.
    public var prefix = ""
    /// Every note on a row becomes a reason to skip it.
    public var strict = false
    /// A timeline whose events the imported ones may be (`same-as` links).
    public var alongside: Timeline?
    /// Organizations declared as these are when the rows name them (the chapter's), so
    /// that the import and the chapter load together.
    public var knownOrganizations: [Organization] = []
    /// Chapters and sections declared as these are when the rows name them.
    public var knownChapters: [Chapter] = []

    public init(format: ImportFormat) { self.format = format }
}

/// An imported file: the organizations and events made of it, ready to be written,
/// and the report of what happened to each row.
public struct ImportResult {
    public let organizations: [Organization]
    public let chapters: [Chapter]
    public let events: [Event]
    public let report: ImportReport
}

/// Turns a spreadsheet or a TimelineJS file into events, every row checked by the rules
/// of a data file (`TimelineLoader.check`).
public enum Importer {
    public static func run(_ text: String, file: String, options: ImportOptions) throws -> ImportResult {
        var (drafts, notes) = switch options.format {
        case .csv: try CSVImport.drafts(CSVTable(text: text), map: options.map)
        case .timelinejs: try TimelineJSImport.drafts(text)
        }
        var report = ImportReport(file: file, rows: drafts.count, notes: notes)
        assignIDs(&drafts, prefix: options.prefix)
        for index in drafts.indices {
            if drafts[index].text("source") == nil { drafts[index].set("source", text: "outside") }
            if drafts[index].text("start") == nil, let end = drafts[index].text("end") {
                // An unknown start: the event stands at its end.
                drafts[index].set("start", text: "/" + end)
                drafts[index].fields.removeAll { $0.0 == "end" }
            }
            if drafts[index].text("kind") == nil { drafts[index].set("kind", text: "operation") }
            if let organization = options.organization { drafts[index].name(organization: organization) }
            if let alongside = options.alongside, drafts[index].refusal == nil {
                if let id = drafts[index].text("id"), alongside.eventIndex(id: id) != nil {
                    drafts[index].refusal = "id '\(id)' is taken by an event of the timeline matched: give --prefix "
                        + "so that the imported events sit beside its own"
                } else {
                    link(&drafts[index], to: alongside)
                }
            }
            if options.strict, drafts[index].refusal == nil, !drafts[index].notes.isEmpty {
                drafts[index].refusal = drafts[index].notes.joined(separator: "; ") + " (--strict)"
            }
        }
        let usable = drafts.filter { $0.refusal == nil }
        let organizations = declarations(for: usable, known: options.knownOrganizations, notes: &notes)
        let checked = TimelineLoader.check(organizations: organizations, events: usable.map(\.record), file: file,
                                           alongside: options.alongside,
                                           chapters: chapters(namedBy: usable, known: options.knownChapters))
        report.notes = notes
        report.record(drafts, checked: checked)
        return ImportResult(organizations: checked.organizations, chapters: checked.chapters, events: checked.events,
                            report: report)
    }

    /// Gives each row a valid id, unique in the file, from its id, acronym or title;
    /// the original is kept as an alias when it had to change.
    private static func assignIDs(_ drafts: inout [RowDraft], prefix: String) {
        var used = Set<String>()
        let prefix = CellValues.identifier(prefix).isEmpty ? "" : CellValues.identifier(prefix) + (prefix.hasSuffix("-") ? "-" : "")
        for index in drafts.indices where drafts[index].refusal == nil {
            let original = drafts[index].text("id") ?? drafts[index].text("acronym") ?? drafts[index].text("title") ?? ""
            var id = CellValues.identifier(original)
            if id.isEmpty { id = "row-\(drafts[index].line)" }
            id = prefix + id
            var unique = id
            var number = 2
            while !used.insert(unique.lowercased()).inserted {
                unique = "\(id)-\(number)"
                number += 1
            }
            if unique != id { drafts[index].notes.append("id '\(id)' is taken by an earlier row: this one is '\(unique)'") }
            drafts[index].set("id", text: unique)
            if CellValues.identifier(original) != original.lowercased(), !original.isEmpty,
               original != drafts[index].text("acronym"), original != drafts[index].text("title") {
                drafts[index].set("aliases", texts: drafts[index].texts("aliases") + [original])
            }
        }
    }

    /// A `same-as` link to the event of `alongside` whose id, acronym or alias is the
    /// row's id, acronym or an alias, without regard to case.
    private static func link(_ draft: inout RowDraft, to alongside: Timeline) {
        let names = Set(([draft.text("id"), draft.text("acronym")].compactMap { $0 } + draft.texts("aliases")).map { $0.lowercased() })
        guard let match = alongside.events.first(where: { event in
            ([event.id, event.acronym].compactMap { $0 } + event.aliases).contains { names.contains($0.lowercased()) }
        }) else { return }
        draft.set("links", DocumentValue(.list([DocumentValue(.fields([
            ("type", .text("same-as", line: draft.line, column: draft.column)),
            ("target", .text(match.id, line: draft.line, column: draft.column)),
        ]), line: draft.line, column: draft.column)]), line: draft.line, column: draft.column))
    }

    /// The chapters the rows name, with the ones they are part of, as `known` declares them.
    private static func chapters(namedBy drafts: [RowDraft], known: [Chapter]) -> [Chapter] {
        var named = Set(drafts.flatMap { $0.texts("chapters") })
        var pending = Array(named)
        while let id = pending.popLast() {
            if let parent = known.first(where: { $0.id == id })?.parent, named.insert(parent).inserted {
                pending.append(parent)
            }
        }
        return known.filter { named.contains($0.id) }
    }

    /// The organizations the rows name: as `known` declares them, or new, named as the
    /// rows named them.
    private static func declarations(for drafts: [RowDraft], known: [Organization], notes: inout [String]) -> [DocumentValue] {
        var declared = [String: DocumentValue]()
        var order = [String]()
        var invented = [String]()
        for draft in drafts {
            func text(_ value: String) -> DocumentValue { .text(value, line: draft.line, column: draft.column) }
            /// Declares an organization, and the ones it belongs to or works within.
            func declare(_ id: String, name: String) {
                guard declared[id] == nil else { return }
                var fields: [(String, DocumentValue)]
                if let organization = known.first(where: { $0.id == id }) {
                    fields = [("id", text(id)), ("name", text(organization.name)), ("kind", text(organization.kind.rawValue))]
                    fields += [("parent", organization.parent), ("framework", organization.framework),
                               ("wikidata", organization.wikidata)].compactMap { key, value in value.map { (key, text($0)) } }
                    declared[id] = DocumentValue(.fields(fields), line: draft.line, column: draft.column)
                    for wider in [organization.parent, organization.framework].compactMap({ $0 }) { declare(wider, name: wider) }
                } else {
                    fields = [("id", text(id)), ("name", text(name)), ("kind", text("global"))]
                    invented.append(id)
                    declared[id] = DocumentValue(.fields(fields), line: draft.line, column: draft.column)
                }
                order.append(id)
            }
            for (id, name) in draft.organizations { declare(id, name: name) }
        }
        if !invented.isEmpty {
            notes.append("organizations declared with kind 'global' (edit their names and kinds as needed): "
                + invented.joined(separator: ", "))
        }
        return order.map { declared[$0]! }
    }
}
