/// A JSON value read whole, for the small parts of a file (organizations, chapters)
/// that go through the same `DocumentParser` as YAML does.
indirect enum JSONTree: DocumentNode {
    case object([(key: String, value: JSONTree)])
    case array([JSONTree])
    /// A string, a number as written, `true` or `false`.
    case scalar(String)
    case null

    /// Nesting deeper than this is left to the positioned reader, which explains it.
    static let maximumDepth = 64

    /// Reads one value; nil on invalid JSON, a duplicate key or too deep a nesting.
    init?(_ scanner: inout JSONScanner, depth: Int = 0) {
        guard depth < Self.maximumDepth else { return nil }
        scanner.skipWhitespace()
        guard scanner.position < scanner.bytes.count else { return nil }
        switch scanner.bytes[scanner.position] {
        case UInt8(ascii: "{"):
            scanner.position += 1
            var pairs = [(key: String, value: JSONTree)]()
            if !scanner.next(UInt8(ascii: "}")) {
                repeat {
                    guard let key = scanner.string().map(scanner.text), !pairs.contains(where: { $0.key == key }),
                          scanner.colon(), let value = JSONTree(&scanner, depth: depth + 1) else { return nil }
                    pairs.append((key, value))
                } while scanner.next(UInt8(ascii: ","))
                guard scanner.next(UInt8(ascii: "}")) else { return nil }
            }
            self = .object(pairs)
        case UInt8(ascii: "["):
            scanner.position += 1
            var elements = [JSONTree]()
            if !scanner.next(UInt8(ascii: "]")) {
                repeat {
                    guard let element = JSONTree(&scanner, depth: depth + 1) else { return nil }
                    elements.append(element)
                } while scanner.next(UInt8(ascii: ","))
                guard scanner.next(UInt8(ascii: "]")) else { return nil }
            }
            self = .array(elements)
        case UInt8(ascii: "\""):
            guard let token = scanner.string() else { return nil }
            self = .scalar(scanner.text(token))
        default:
            if scanner.literal("null") {
                self = .null
            } else if scanner.literal("true") {
                self = .scalar("true")
            } else if scanner.literal("false") {
                self = .scalar("false")
            } else if let number = scanner.number() {
                self = .scalar(number)
            } else {
                return nil
            }
        }
    }

    var position: (line: Int, column: Int)? { nil }
    var isAnchored: Bool { false }

    var pairs: [(JSONTree, JSONTree)]? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.map { (.scalar($0.key), $0.value) }
    }

    var elements: [JSONTree]? {
        guard case .array(let elements) = self else { return nil }
        return elements
    }

    var text: String? {
        switch self {
        case .scalar(let text): text
        case .null: ""
        default: nil
        }
    }

    var isNull: Bool {
        guard case .null = self else { return false }
        return true
    }

    func scalar(forKey key: String) -> String? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.key == key }?.value.text
    }
}
