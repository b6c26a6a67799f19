/// "1 event", "2 events": a count with its noun, plural when it is not one.
public func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
