/// The help overlay's text, generated from the key map.
enum Help {
    struct Line: Equatable {
        let keys: String
        let text: String
        let isTitle: Bool
    }

    static let lines: [Line] = KeyMap.helpGroups.flatMap { group in
        [Line(keys: "", text: group.title, isTitle: true)]
            + group.bindings.map { Line(keys: $0.keyLabel, text: $0.help, isTitle: false) }
    }
}
