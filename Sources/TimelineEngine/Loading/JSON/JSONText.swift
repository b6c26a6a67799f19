/// Recognizes JSON data files, which go through the fast loader first.
enum JSONText {
    /// Whether the text starts like a JSON document.
    static func looksLikeJSON(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.first { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) } == UInt8(ascii: "{")
    }
}
