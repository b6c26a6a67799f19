import Foundation
import TimelineEngine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output, written in blocks of 64 KiB with every write checked: a closed pipe
/// (`| head`) ends the program at once with status 0 and no message, as `cat` and `grep`
/// are expected to; any other failed write (a full disk) ends it with a plain message and
/// status 1, instead of a trap or a silent success.
enum StandardOutput {
    nonisolated(unsafe) private static var pending = [UInt8]()
    private static let blockSize = 1 << 16

    /// Lets a closed pipe come back as an error from `write`, not a signal that kills.
    static func start() { signal(SIGPIPE, SIG_IGN) }

    static func write(_ text: String) { append(text.utf8) }

    /// A block as large as those gathered is written as it is, after what is pending,
    /// rather than copied in first.
    static func write(_ data: Data) {
        guard data.count >= blockSize else { return append(data) }
        flush()
        data.withUnsafeBytes { writeAll($0) }
    }

    static func line(_ text: String) { write(text + "\n") }

    /// A value as indented JSON with sorted keys, on lines of its own.
    static func json(_ value: some Encodable) throws {
        write(try TimelineExport.encodeJSON(value))
        line("")
    }

    /// Writes what is pending; called before the program ends.
    static func flush() {
        pending.withUnsafeBytes { writeAll($0) }
        pending.removeAll(keepingCapacity: true)
    }

    private static func writeAll(_ bytes: UnsafeRawBufferPointer) {
        var written = 0
        while written < bytes.count {
            let result = systemWrite(UnsafeRawBufferPointer(rebasing: bytes[written...]))
            if result < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(0) }
                let reason = String(cString: strerror(errno)).lowercased()
                FileHandle.standardError.write(Data("peacekeeping: cannot write to standard output: \(reason)\n".utf8))
                exit(1)
            }
            written += result
        }
    }

    private static func append(_ bytes: some Sequence<UInt8>) {
        pending += bytes
        if pending.count >= blockSize { flush() }
    }

    private static func systemWrite(_ bytes: UnsafeRawBufferPointer) -> Int {
        #if canImport(Glibc)
        Glibc.write(STDOUT_FILENO, bytes.baseAddress, bytes.count)
        #else
        Darwin.write(STDOUT_FILENO, bytes.baseAddress, bytes.count)
        #endif
    }
}
