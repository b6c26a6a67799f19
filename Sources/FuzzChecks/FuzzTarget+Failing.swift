/// A promise the code under test broke, with the input that broke it.
public struct BrokenPromise: Error, CustomStringConvertible {
    public let message: String
    public let input: [UInt8]

    /// The message and the start of the input, escaped, to reproduce it by hand.
    public var description: String {
        let shown = input.prefix(400).map { byte in
            (0x20..<0x7F).contains(byte) && byte != UInt8(ascii: "\\") ? String(UnicodeScalar(byte))
                : "\\x" + String(byte, radix: 16)
        }.joined()
        return "\(message)\ninput (\(input.count) bytes): \(shown)"
    }
}

extension FuzzTarget {
    static func require(_ condition: Bool, _ message: @autoclosure () -> String, _ input: [UInt8]) throws(BrokenPromise) {
        if !condition { throw BrokenPromise(message: message(), input: input) }
    }
}
