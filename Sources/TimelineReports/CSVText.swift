import CSV
import Foundation

/// Rows as CSV text (RFC 4180 quoting, by the CSV package), each ending in a line
/// break, for every command that writes CSV.
public enum CSVText {
    public static func render(_ rows: [[String]]) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream)
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        let text = String(decoding: data, as: UTF8.self)
        return rows.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
    }
}
