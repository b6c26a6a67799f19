import Foundation
import TimelineEngine

/// How values as real tables hold them become values of a timeline.
enum CellValues {
    /// A valid id made from any text: accents folded, lower case, every run of other
    /// characters a `-`. `Côte d'Ivoire` → `cote-d-ivoire`.
    static func identifier(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") {
                result += "-"
            }
        }
        return String(result.drop { $0 == "-" || $0 == "." }.reversed().drop { $0 == "-" || $0 == "." }.reversed())
    }

    /// A date as EDTF: the day of a date with a time ("1997-12-19 00:00:00",
    /// "1997-12-19T00:00:00Z"), a day written D/M/Y when the day shows it (19/12/1997);
    /// anything else as it is, for the rules to judge.
    static func date(_ text: String) -> (date: String, note: String?) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let match = text.wholeMatch(of: /(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?/) {
            let day = String(match.1)
            return (day, text.hasSuffix("00:00:00") || text.hasSuffix("00:00") ? nil : "time of day dropped from '\(text)'")
        }
        if let match = text.wholeMatch(of: /(\d{1,2})[\/.](\d{1,2})[\/.](\d{4})/), let first = Int(match.1), let second = Int(match.2) {
            let (day, month) = first > 12 ? (first, second) : second > 12 ? (second, first) : (0, 0)
            guard day > 0 else { return (text, "'\(text)' could be day/month or month/day: write it YYYY-MM-DD") }
            return (String(format: "%@-%02d-%02d", String(match.3), month, day), nil)
        }
        return (text, nil)
    }

    /// The values of a cell that may hold several, split on `;` or `|`.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "|" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// `name:value` pairs separated by `;` (`EU:lead;UN:supported`), split at the first colon.
    static func pairs(_ text: String) -> [(String, String)] {
        list(text).map { item in
            guard let colon = item.firstIndex(of: ":") else { return (item, "") }
            return (item[..<colon].trimmingCharacters(in: .whitespaces),
                    item[item.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }

    /// A cell of sources as this program writes it: a JSON list of objects with a title
    /// and maybe a url and a date read; anything else, one source titled by the cell.
    static func sources(_ text: String, line: Int, column: Int) -> DocumentValue {
        func value(_ text: String) -> DocumentValue { .text(text, line: line, column: column) }
        guard let objects = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [[String: String]] else {
            return DocumentValue(.list([DocumentValue(.fields([("title", value(text))]), line: line, column: column)]),
                                 line: line, column: column)
        }
        return DocumentValue(.list(objects.map { object in
            DocumentValue(.fields(object.sorted { $0.key < $1.key }.map { ($0.key, value($0.value)) }), line: line, column: column)
        }), line: line, column: column)
    }

    /// A cell as written, without the quote a spreadsheet export puts before a text that
    /// a spreadsheet would otherwise run as a formula (`'=1+1`).
    static func unguarded(_ text: String) -> String {
        guard text.hasPrefix("'"), let next = text.dropFirst().first, "=+-@".contains(next) else { return text }
        return String(text.dropFirst())
    }

    /// A number that may be written with a decimal comma (`12,65`).
    static func number(_ text: String) -> String {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard text.filter({ $0 == "," }).count == 1, !text.contains(".") else { return text }
        return text.replacingOccurrences(of: ",", with: ".")
    }
}
