/// Recognizes JSON data files, which go through the fast loader first.
enum JSONText {
    /// Whether the text starts like a JSON document. A tab before it is left to the
    /// careful reader, which refuses it as YAML does (a fuzz finding: no token may
    /// start there with a tab before it), so that both readers say the same of a file.
    static func looksLikeJSON(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.first { ![0x20, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) } == UInt8(ascii: "{")
    }
}
