import CSV
import Foundation

/// A spreadsheet read from CSV text: its header and its rows, each with the line it
/// starts on. The delimiter (`,`, `;` or tab) is the one the header line uses most; a
/// byte-order mark is dropped; a quote inside a quoted cell that does not end it is
/// taken as a character, as spreadsheets write it.
struct CSVTable {
    struct Row {
        /// The 1-based line the row starts on.
        let line: Int
        let cells: [String]
    }

    let header: [String]
    let rows: [Row]
    let delimiter: Unicode.Scalar

    static let delimiters: [Unicode.Scalar] = [",", ";", "\t"]

    init(text: String) throws {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        delimiter = Self.delimiters.max { Self.count($0, outsideQuotes: firstLine) < Self.count($1, outsideQuotes: firstLine) }!
        let reader = try CSVReader(string: Self.repairingStrayQuotes(text, delimiter: delimiter), hasHeaderRow: true,
                                   delimiter: delimiter)
        header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        var line = 2 + Self.lineBreaks(in: header)
        var rows = [Row]()
        while let cells = reader.next() {
            rows.append(Row(line: line, cells: cells))
            line += 1 + Self.lineBreaks(in: cells)
        }
        self.rows = rows.filter { !$0.cells.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    private static func count(_ delimiter: Unicode.Scalar, outsideQuotes line: Substring) -> Int {
        var inQuotes = false
        var count = 0
        for scalar in line.unicodeScalars {
            if scalar == "\"" { inQuotes.toggle() } else if scalar == delimiter, !inQuotes { count += 1 }
        }
        return count
    }

    private static func lineBreaks(in cells: [String]) -> Int {
        var count = 0
        for cell in cells {
            var previous: Unicode.Scalar = " "
            for scalar in cell.unicodeScalars {
                // A line ends at a line feed, or at a carriage return not followed by one.
                if scalar == "\n" || previous == "\r" { count += 1 }
                if scalar == "\n" { previous = " " } else { previous = scalar }
            }
            if previous == "\r" { count += 1 }
        }
        return count
    }

    /// Doubles a quote inside a quoted cell that is followed by neither a quote, the
    /// delimiter nor the end of a line: the CSV reader would drop the character after it.
    static func repairingStrayQuotes(_ text: String, delimiter: Unicode.Scalar) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var inQuotes = false
        var atCellStart = true
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            defer { index += 1 }
            if !inQuotes {
                if scalar == "\"" && atCellStart { inQuotes = true }
                atCellStart = scalar == delimiter || scalar == "\n" || scalar == "\r"
                result.append(scalar)
                continue
            }
            guard scalar == "\"" else {
                result.append(scalar)
                continue
            }
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if next == "\"" {
                result.append(contentsOf: ["\"", "\""])
                index += 1
            } else if next == nil || next == delimiter || next == "\n" || next == "\r" {
                result.append(scalar)
                inQuotes = false
            } else {
                result.append(contentsOf: ["\"", "\""])
            }
        }
        return String(result)
    }
}
