import TimelineEngine
/// Rows of a spreadsheet as drafts of events: each mapped column feeds its field, every
/// other column is kept under `extra`.
enum CSVImport {
    static func drafts(_ table: CSVTable, map: [ImportField: String]) throws -> (drafts: [RowDraft], notes: [String]) {
        let columns = try ImportField.columns(of: table.header, map: map)
        guard columns[.title] != nil || columns[.acronym] != nil || columns[.id] != nil else {
            throw ImportError("no column gives the events' titles: name one with --map title=COLUMN (the columns are "
                + table.header.map { "'\($0)'" }.joined(separator: ", ") + ")")
        }
        guard columns[.start] != nil || columns[.end] != nil else {
            throw ImportError("no column gives the events' dates: name one with --map start=COLUMN (the columns are "
                + table.header.map { "'\($0)'" }.joined(separator: ", ") + ")")
        }
        let mapped = Set(columns.values)
        let extraNames = Self.extraNames(table.header)
        var notes = ["columns: " + ImportField.allCases.compactMap { field in
            columns[field].map { "\(field.rawValue) ← '\(table.header[$0])'" }
        }.joined(separator: ", ")]
        let kept = table.header.indices.filter { !mapped.contains($0) }
        if !kept.isEmpty { notes.append("kept under extra: " + kept.map { "'\(extraNames[$0])'" }.joined(separator: ", ")) }
        if columns[.kind] == nil { notes.append("no kind column: every event is an operation (--map kind=COLUMN)") }

        let drafts = table.rows.map { row in
            var draft = RowDraft(line: row.line)
            if row.cells.count != table.header.count {
                draft.notes.append("has \(row.cells.count) cells where the header has \(table.header.count)")
            }
            func cell(_ field: ImportField) -> (text: String, column: Int)? {
                guard let column = columns[field], column < row.cells.count else { return nil }
                let text = CellValues.unguarded(row.cells[column]).trimmingCharacters(in: .whitespacesAndNewlines)
                    .replacingOccurrences(of: "\r\n", with: "\n")
                return text.isEmpty ? nil : (text, column + 1)
            }
            for field in ImportField.allCases {
                guard let (text, column) = cell(field) else { continue }
                switch field {
                case .start, .end:
                    let (date, note) = CellValues.date(text)
                    if let note { draft.notes.append(note) }
                    draft.set(field.rawValue, text: date, column: column)
                case .organizations:
                    for name in CellValues.list(text) { draft.name(organization: name) }
                case .kind:
                    draft.set(field.rawValue, text: text.lowercased(), column: column)
                case .roles:
                    draft.set("roles", DocumentValue(.fields(CellValues.pairs(text).map { organization, role in
                        (organization, .text(role, line: row.line, column: column))
                    }), line: row.line, column: column))
                case .links:
                    draft.set("links", DocumentValue(.list(CellValues.pairs(text).map { type, target in
                        DocumentValue(.fields([("type", .text(type, line: row.line, column: column)),
                                               ("target", .text(target, line: row.line, column: column))]),
                                      line: row.line, column: column)
                    }), line: row.line, column: column))
                case .sources:
                    draft.set("sources", CellValues.sources(text, line: row.line, column: column))
                case .latitude, .longitude:
                    break
                case _ where field.isList:
                    draft.set(field.rawValue, texts: CellValues.list(text), column: column)
                default:
                    draft.set(field.rawValue, text: text, column: column)
                }
            }
            if let latitude = cell(.latitude), let longitude = cell(.longitude) {
                draft.set("location", DocumentValue(.fields([
                    ("latitude", .text(CellValues.number(latitude.text), line: row.line, column: latitude.column)),
                    ("longitude", .text(CellValues.number(longitude.text), line: row.line, column: longitude.column)),
                ]), line: row.line, column: latitude.column))
            }
            let extra = kept.compactMap { column -> (String, DocumentValue)? in
                guard column < row.cells.count, !row.cells[column].isEmpty else { return nil }
                let name = extraNames[column].hasPrefix(ImportField.extraPrefix)
                    ? String(extraNames[column].dropFirst(ImportField.extraPrefix.count)) : extraNames[column]
                return (name, .text(CellValues.unguarded(row.cells[column]).replacingOccurrences(of: "\r\n", with: "\n"),
                                                  line: row.line, column: column + 1))
            }
            if !extra.isEmpty { draft.set("extra", DocumentValue(.fields(extra), line: row.line, column: 1)) }
            return draft
        }
        return (drafts, notes)
    }

    /// Each column's name under `extra`: its header, made unique, or its number.
    private static func extraNames(_ header: [String]) -> [String] {
        var seen = [String: Int]()
        return header.enumerated().map { index, name in
            let base = name.isEmpty ? "column \(index + 1)" : name
            seen[base, default: 0] += 1
            return seen[base]! == 1 ? base : "\(base) (\(seen[base]!))"
        }
    }
}
