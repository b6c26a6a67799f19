/// Events visited through jumps, as in a browser.
public struct History: Sendable, Equatable {
    public internal(set) var back: [EventPosition] = []
    public internal(set) var forward: [EventPosition] = []
}
