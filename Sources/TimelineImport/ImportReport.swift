import TimelineEngine

/// What an import did with each row, for standard error: problems with their lines,
/// notes, and the counts at the end ("81 rows: 81 events, 0 skipped").
public struct ImportReport: Sendable {
    public let file: String
    public let rows: Int
    public private(set) var imported = 0
    public private(set) var skipped = 0
    /// Notes on the whole file (which column feeds which field...).
    public var notes: [String]
    /// One line per problem or note on a row, in the order of the file.
    public private(set) var rowLines: [String] = []

    init(file: String, rows: Int, notes: [String]) {
        self.file = file
        self.rows = rows
        self.notes = notes
    }

    mutating func record(_ drafts: [RowDraft], checked: CheckedRecords) {
        imported = checked.events.count
        skipped = rows - imported
        let problems = Dictionary(grouping: checked.problems) { problem in
            drafts.last { $0.line <= problem.position?.line ?? 0 }?.line ?? 0
        }
        // Problems of no row (a declaration made for the rows) come first.
        let firstRow = drafts.first?.line ?? .max
        rowLines += checked.problems.filter { ($0.position?.line ?? 0) < firstRow }.map(\.description)
        for draft in drafts {
            let refused = draft.refusal != nil || checked.refusedLines.contains(draft.line)
            for note in draft.notes where draft.refusal == nil { rowLines.append("\(file):\(draft.line): note: \(note)") }
            if let refusal = draft.refusal { rowLines.append("\(file):\(draft.line): \(refusal)") }
            rowLines += (problems[draft.line] ?? []).map(\.description)
            if refused { rowLines.append("\(file):\(draft.line): row skipped") }
        }
    }

    /// 0 when every row was imported, 3 when some were skipped, 1 when none could be.
    public var exitCode: Int32 { imported == 0 ? 1 : skipped > 0 ? 3 : 0 }

    /// The report as printed: file notes, row lines, then the counts.
    public var text: String {
        (notes.map { "\(file): \($0)" } + rowLines + ["\(rows) rows: \(imported) events, \(skipped) skipped"])
            .joined(separator: "\n")
    }
}
