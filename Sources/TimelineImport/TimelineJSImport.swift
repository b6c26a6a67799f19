import Foundation
import TimelineEngine
import Yams

/// The events of a TimelineJS file (its `events`, each with `start_date` and `end_date`
/// objects of year, month and day, `text.headline` and `text.text`, `group` and
/// `unique_id`) as drafts of events; groups become organizations, the text's HTML
/// becomes plain text, and fields with no place of their own are kept under `extra`.
/// An `edtf` field, which this program's export writes, gives the dates exactly; the
/// `display_date` written with it is left out, as it follows from them.
enum TimelineJSImport {
    static func drafts(_ text: String) throws -> (drafts: [RowDraft], notes: [String]) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw ImportError("is not a TimelineJS file: not valid JSON (\(error))")
        }
        guard let events = root?.mapping?["events"]?.sequence else {
            throw ImportError("is not a TimelineJS file: it has no list of events")
        }
        let drafts = events.map(draft)
        return (drafts, ["TimelineJS: \(drafts.count) events; groups become organizations"])
    }

    private static func draft(_ node: Node) -> RowDraft {
        let line = node.mark?.line ?? 1
        var draft = RowDraft(line: line, column: node.mark?.column ?? 1)
        guard let fields = node.mapping else {
            draft.refusal = "an event must be an object"
            return draft
        }
        func column(_ node: Node?) -> Int? { node?.mark?.column }
        if let start = fields["start_date"] {
            draft.set("start", text: date(start, into: &draft), column: column(start))
        } else {
            draft.refusal = "has no start_date"
        }
        if let end = fields["end_date"] { draft.set("end", text: date(end, into: &draft), column: column(end)) }
        // What this program's export adds: the dates exactly, which the date objects only approach.
        if let edtf = fields["edtf"]?.string {
            draft.refusal = nil
            draft.set("start", text: edtf, column: column(fields["edtf"]))
            draft.fields.removeAll { $0.0 == "end" }
        }
        if let headline = fields["text"]?.mapping?["headline"]?.string {
            draft.set("title", text: plainText(html: headline), column: column(fields["text"]))
        }
        if let body = fields["text"]?.mapping?["text"]?.string, !body.isEmpty {
            draft.set("summary", text: plainText(html: body), column: column(fields["text"]))
        }
        if let id = fields["unique_id"]?.string { draft.set("id", text: id, column: column(fields["unique_id"])) }
        if let group = fields["group"]?.string?.trimmingCharacters(in: .whitespaces), !group.isEmpty {
            draft.name(organization: group)
        }
        var extra = [(String, DocumentValue)]()
        for (key, value) in fields {
            guard let name = key.string, !["start_date", "end_date", "unique_id", "group", "edtf"].contains(name),
                  !(name == "display_date" && fields["edtf"] != nil) else { continue }
            for (path, text) in scalars(value, path: name) where !["text.headline", "text.text"].contains(path) {
                extra.append((path, .text(text, line: value.mark?.line ?? line, column: value.mark?.column ?? 1)))
            }
        }
        if !extra.isEmpty { draft.set("extra", DocumentValue(.fields(extra), line: line, column: draft.column)) }
        return draft
    }

    /// A TimelineJS date object as EDTF: `2003`, `2003-06`, `2003-06-12`.
    private static func date(_ node: Node, into draft: inout RowDraft) -> String {
        guard let fields = node.mapping, let yearText = fields["year"]?.string, let year = Int(yearText) else {
            draft.refusal = "a date needs a year"
            return ""
        }
        guard (0...9999).contains(year) else {
            draft.refusal = "year \(year) is outside 0 to 9999, the years a timeline holds"
            return ""
        }
        var text = String(format: "%04d", year)
        if let month = fields["month"]?.string.flatMap(Int.init) {
            text += String(format: "-%02d", month)
            if let day = fields["day"]?.string.flatMap(Int.init) { text += String(format: "-%02d", day) }
        }
        if fields["hour"]?.string != nil { draft.notes.append("the time of day of \(text) is dropped") }
        return text
    }

    /// Every scalar under `node`, with its path (`media.url`).
    private static func scalars(_ node: Node, path: String) -> [(String, String)] {
        if let text = node.string { return text.isEmpty ? [] : [(path, text)] }
        if let mapping = node.mapping {
            return mapping.flatMap { key, value in scalars(value, path: path + "." + (key.string ?? "?")) }
        }
        if let sequence = node.sequence {
            return sequence.enumerated().flatMap { index, value in scalars(value, path: "\(path)[\(index)]") }
        }
        return []
    }

    /// Text without its HTML tags, paragraphs and line breaks as new lines, and the
    /// common entities decoded.
    static func plainText(html: String) -> String {
        var text = html.replacing(/<\s*(br|\/p|\/div|\/li)\s*\/?>/.ignoresCase(), with: "\n")
        text = text.replacing(/<[^>]*>/, with: "")
        for (entity, character) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
                                    ("&rsquo;", "’"), ("&lsquo;", "‘"), ("&ldquo;", "“"), ("&rdquo;", "”"),
                                    ("&ndash;", "–"), ("&mdash;", "—"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
