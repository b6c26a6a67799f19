import Explorer

/// Key presses on a loaded timeline, each one handled and its 200×50 frame rendered,
/// as the terminal layer does.
struct KeyPressBenchmark {
    let state: AppState

    /// The keys a user presses, in order: moves, pages, an organization filter toggled
    /// on and off, a search typed, a link followed and back, the lanes view.
    static let script: [(name: String, keys: [Key])] = [
        ("move", Array(repeating: .down, count: 50) + Array(repeating: .up, count: 10)),
        ("page", Array(repeating: .pageDown, count: 20) + Array(repeating: .pageUp, count: 5)),
        ("toggle organization filter", [.character("o"), .character(" "), .enter,
                                        .character("o"), .character(" "), .enter]),
        ("type a search character", "/mission ".map { Key.character($0) } + [.enter]),
        ("follow a link, go back", [.character("G"), .character("1"), .character("["),
                                    .character("g"), .character("1"), .character("[")]),
        ("lanes view: move, scroll, zoom", [.character("v")] + Array(repeating: .down, count: 10)
            + [.character("l"), .character("+"), .character("-"), .character("h"), .character("v")]),
    ]

    /// Milliseconds per key, by kind of key.
    func run() -> [(name: String, milliseconds: [Double])] {
        var state = self.state
        _ = render(state)
        return Self.script.map { step in
            var samples = [Double]()
            for key in step.keys {
                let (seconds, next) = Measure.time { () -> AppState in
                    let next = KeyMap.action(for: key, in: state).map { reduce(state, $0) } ?? state
                    _ = render(next)
                    return next
                }
                state = next
                samples.append(seconds * 1000)
            }
            return (step.name, samples)
        }
    }
}
