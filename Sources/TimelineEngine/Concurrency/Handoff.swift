/// A value handed whole to work on another thread: taken out once, so that the work
/// holds the only reference and changes a large array in place instead of copying it.
final class Handoff<Value>: @unchecked Sendable {
    private var value: Value?

    init(_ value: consuming Value) { self.value = value }

    /// The value; call once.
    func take() -> Value {
        var taken: Value?
        swap(&taken, &value)
        return taken!
    }
}
