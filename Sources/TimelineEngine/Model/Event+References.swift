extension Event {
    /// What the event says beyond the chapter, a line each, as `show` and the detail
    /// pane print them: its web page, Wikidata item, place on the map, sources, then
    /// its extra fields as `name: value`.
    public var referenceLines: [String] {
        var lines = [String]()
        if let url { lines.append("web: " + url) }
        if let wikidata { lines.append("Wikidata: " + wikidata) }
        if let location { lines.append("location: " + location.plainText) }
        for source in sources {
            let details = [source.url, source.accessed.map { "read " + $0 }].compactMap { $0 }
            lines.append("source: " + source.title + (details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")"))
        }
        lines += extra.map { "\($0.name): \($0.value)" }
        return lines
    }
}

extension Location {
    /// `12.65° N, 8.00° W`.
    public var plainText: String {
        func degrees(_ value: Double, _ positive: String, _ negative: String) -> String {
            let magnitude = abs(value)
            let rounded = (magnitude * 100).rounded() / 100
            let whole = Int(rounded), hundredths = Int((rounded * 100).rounded()) % 100
            return "\(whole).\(hundredths < 10 ? "0" : "")\(hundredths)° " + (value < 0 ? negative : positive)
        }
        return degrees(latitude, "N", "S") + ", " + degrees(longitude, "E", "W")
    }
}
