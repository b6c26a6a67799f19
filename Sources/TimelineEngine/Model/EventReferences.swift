/// A point on the map, in degrees.
public struct Location: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// A work a researcher drew on for an event: a report, a web page, a dataset.
public struct SourceReference: Sendable, Hashable {
    public var title: String
    public var url: String?
    /// When a web source was read, as an EDTF date (`2026-11-30`).
    public var accessed: String?

    public init(title: String, url: String? = nil, accessed: String? = nil) {
        self.title = title
        self.url = url
        self.accessed = accessed
    }
}

/// A field kept as it was, such as a spreadsheet column with no field of its own.
public struct ExtraField: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
