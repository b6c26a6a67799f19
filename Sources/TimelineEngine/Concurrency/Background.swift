import Dispatch

/// Work started on the other core now, its result collected later: how loading keeps
/// both cores busy without sharing anything while the work runs.
final class Background<Value>: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written by the work, read only after `group` says it is done.
    private var value: Value?

    /// Starts `work` on the other core; or does it at once, when it is too small to be
    /// worth a thread (`isWorthAThread` false).
    init(isWorthAThread: Bool = true, _ work: @escaping @Sendable () -> Value) {
        guard isWorthAThread else {
            value = work()
            return
        }
        DispatchQueue.global(qos: .userInitiated).async(group: group) { [self] in value = work() }
    }

    /// Waits for the work; its result, handed over once (nil afterwards), so that what
    /// it holds is freed as soon as the caller is done with it.
    func take() -> Value? {
        group.wait()
        defer { value = nil }
        return value
    }
}
