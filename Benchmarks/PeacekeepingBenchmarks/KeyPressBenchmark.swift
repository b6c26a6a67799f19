import Explorer

/// Key presses on a loaded timeline, each one handled and its 200×50 frame rendered,
/// as the terminal layer does.
struct KeyPressBenchmark {
    let state: AppState

    /// The keys a user presses, in order: moves, pages, an organization filter toggled
    /// on and off, a search typed, a link followed and back, the lanes view, and the lanes
    /// opened out into a row per event.
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
        ("lanes opened out: open, move, zoom", [.character("v"), .character("e")] + Array(repeating: .down, count: 5)
            + [.character("+"), .character("l"), .character("-"), .character("e"), .character("v")]),
        ("relations view: open, move", [.character("r")] + Array(repeating: .down, count: 5)
            + [.character("l"), .character("l")]),
        ("relations: list a pair, back", [.enter, .backspace, .escape]),
        ("trace view: open, move, depth, go", [.character("g"), .character("t"), .down, .up, .character("+"),
                                               .character("-"), .enter, .backspace, .character("t")]),
    ]

    /// Milliseconds per key, by kind of key, then per turn of the work that goes on
    /// between keys (a long search), as when keys come at a human pace.
    func run() -> [(name: String, milliseconds: [Double])] {
        var state = self.state
        var work: Work?
        _ = render(state)
        var between = [Double]()
        func handle(_ step: () -> (state: AppState, work: Work?)) -> Double {
            let (seconds, next) = Measure.time { () -> (state: AppState, work: Work?) in
                let next = step()
                _ = render(next.state)
                return next
            }
            state = next.state
            work = next.work
            return seconds * 1000
        }
        let keys = Self.script.map { step in
            (step.name, step.keys.map { key in
                let milliseconds = handle {
                    guard let action = KeyMap.action(for: key, in: state) else { return (state, work) }
                    let next = reduce(state, action)
                    return (next.state, work?.merged(with: next.work) ?? next.work)
                }
                while let pending = work { between.append(handle { continueWork(state, pending) }) }
                return milliseconds
            })
        }
        return between.isEmpty ? keys : keys + [("work between keys, per turn", between)]
    }
}
