import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an export could not be written.
public struct ExportWriteError: Error, CustomStringConvertible {
    public let description: String
}

/// Writes a file so that what stood at its path is never lost or half replaced: into a
/// temporary file of a name of its own beside the target, synced to disk, given the old
/// file's mode and owner, then renamed over it. A symlink is followed to its target. A
/// device or a FIFO is written straight into, as a shell redirection would.
public enum ReplacingFile {
    public static func write(to path: String, _ body: (FileHandle) throws -> Void) throws {
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path))
            .map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: path).deletingLastPathComponent()).path } ?? path
        var existing = stat()
        let exists = stat(target, &existing) == 0
        if exists && existing.st_mode & S_IFMT != S_IFREG {
            let descriptor = open(target, O_WRONLY)
            guard descriptor >= 0 else { throw failure(path, errno) }
            try writing(path) { try body(FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)) }
            return
        }
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        var template = Array("\(folder)/.\(URL(fileURLWithPath: target).lastPathComponent).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(path, errno) }
        let temporary = String(cString: template)
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            if exists {
                fchmod(descriptor, existing.st_mode & 0o7777)
                if existing.st_uid != geteuid() || existing.st_gid != getegid() {
                    _ = fchown(descriptor, existing.st_uid, existing.st_gid)
                }
            } else {
                let mask = umask(0o022)
                umask(mask)
                fchmod(descriptor, 0o666 & ~mask)
            }
            try writing(path) {
                try body(handle)
                try handle.synchronize()
            }
            guard rename(temporary, target) == 0 else { throw failure(path, errno) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Runs `body`, turning what the system says of a failed write into a plain message.
    private static func writing(_ path: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExportWriteError {
            throw error
        } catch {
            let error = error as NSError
            let code = error.domain == NSPOSIXErrorDomain ? Int32(error.code)
                : (error.userInfo[NSUnderlyingErrorKey] as? NSError).flatMap { $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil }
                ?? (error.code == CocoaError.fileWriteOutOfSpace.rawValue ? ENOSPC : EIO)
            throw failure(path, code)
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> ExportWriteError {
        let advice = switch code {
        case ENOSPC, EDQUOT: ": free some space, or write elsewhere"
        case EACCES, EPERM, EROFS: ": write somewhere you may write to"
        default: ""
        }
        return ExportWriteError(description: "\(path): \(String(cString: strerror(code)).lowercased()); nothing was replaced" + advice)
    }
}
