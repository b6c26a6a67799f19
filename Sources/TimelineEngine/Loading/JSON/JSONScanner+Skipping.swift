extension JSONScanner {
    /// Moves past one value, checked as the fast reader checks JSON (strings, numbers,
    /// nesting) but kept nowhere; false where it stops being JSON, with `position` there.
    mutating func skipValue(depth: Int = 0) -> Bool {
        guard depth < JSONTree.maximumDepth else { return false }
        skipWhitespace()
        guard position < bytes.count else { return false }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            position += 1
            if next(UInt8(ascii: "}")) { return true }
            repeat {
                guard string() != nil, colon(), skipValue(depth: depth + 1) else { return false }
            } while next(UInt8(ascii: ","))
            return next(UInt8(ascii: "}"))
        case UInt8(ascii: "["):
            position += 1
            if next(UInt8(ascii: "]")) { return true }
            repeat {
                guard skipValue(depth: depth + 1) else { return false }
            } while next(UInt8(ascii: ","))
            return next(UInt8(ascii: "]"))
        case UInt8(ascii: "\""):
            return string() != nil
        default:
            return literal("null") || literal("true") || literal("false") || number() != nil
        }
    }
}
