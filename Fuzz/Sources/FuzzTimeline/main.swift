import Foundation
import FuzzChecks

/// The target named by `FUZZ_TARGET` (a `FuzzTarget` name); read once.
private let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("FUZZ_TARGET must name a target: \(names)\n".utf8))
        exit(2)
    }
    return target
}()

/// libFuzzer calls this with each input; a broken promise stops the run like a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = count == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: count))
    do {
        try target.check(bytes)
    } catch {
        fatalError("\(target.rawValue): \(error)")
    }
    return 0
}
