import TimelineEngine

extension CSVText {
    /// Adds an event's text to the field being made.
    public mutating func append(_ text: EventText) {
        text.withUTF8 { append($0) }
    }

    /// Adds a list's items, joined by `;`, to the field being made.
    @inlinable
    public mutating func append(joined items: some Sequence<String>) {
        for (index, item) in items.enumerated() {
            if index > 0 { append(";") }
            append(item)
        }
    }

    /// Adds an event's pages or notes, joined by `;`, to the field being made.
    public mutating func append(joined numbers: EventNumbers) {
        append(joined: numbers.lazy.map(String.init))
    }

    /// Adds an event's texts, joined by `;`, to the field being made.
    public mutating func append(joined items: EventTexts) {
        for (index, item) in items.enumerated() {
            if index > 0 { append(";") }
            append(item)
        }
    }
}
