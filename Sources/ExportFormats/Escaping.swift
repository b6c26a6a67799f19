extension String {
    /// The text with each of some ASCII characters replaced, in one pass over its bytes;
    /// the text itself when it holds none of them (nearly always).
    func replacing(_ replacements: [UInt8: String]) -> String {
        guard utf8.contains(where: { replacements[$0] != nil }) else { return self }
        var result = [UInt8]()
        result.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            if let replacement = replacements[byte] { result += replacement.utf8 } else { result.append(byte) }
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// The replacements that make text safe in XML and HTML.
let markupEscapes: [UInt8: String] = [UInt8(ascii: "&"): "&amp;", UInt8(ascii: "<"): "&lt;", UInt8(ascii: ">"): "&gt;",
                                      UInt8(ascii: "\""): "&quot;", UInt8(ascii: "'"): "&apos;"]
