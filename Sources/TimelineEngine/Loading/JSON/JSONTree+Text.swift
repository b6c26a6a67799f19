extension JSONTree {
    /// The value as compact JSON text.
    var json: String {
        switch self {
        case .object(let pairs): "{" + pairs.map { Self.quoted($0.key) + ":" + $0.value.json }.joined(separator: ",") + "}"
        case .array(let elements): "[" + elements.map(\.json).joined(separator: ",") + "]"
        case .scalar(let text): Self.quoted(text)
        case .null: "null"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A reference field of `event` (see `EventField.isReference`) as a value; nil when
    /// the event does not have it. Numbers are written as text, which the readers take.
    static func reference(_ field: EventField, of event: Event) -> JSONTree? {
        switch field {
        case .url: event.url.map(JSONTree.scalar)
        case .wikidata: event.wikidata.map(JSONTree.scalar)
        case .location: event.location.map {
            .object([("latitude", .scalar(String($0.latitude))), ("longitude", .scalar(String($0.longitude)))])
        }
        case .sources: event.sources.isEmpty ? nil : .array(event.sources.map { source in
            .object([("title", JSONTree.scalar(source.title))] + [("url", source.url), ("accessed", source.accessed)]
                .compactMap { key, value in value.map { (key, JSONTree.scalar($0)) } })
        })
        case .extra: event.extra.isEmpty ? nil : .object(event.extra.map { ($0.name, .scalar($0.value)) })
        default: nil
        }
    }
}
