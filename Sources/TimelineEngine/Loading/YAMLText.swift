import Yams

/// Reads YAML (and JSON, which is YAML's flow style) with positions for every node.
enum YAMLText {
    static func read(_ text: String, file: String) -> (ParsedDocument, [Diagnostic]) {
        let yaml: Yams.Parser
        let root: Node?
        do {
            yaml = try Yams.Parser(yaml: text)
            root = try yaml.singleRoot()
        } catch {
            return (ParsedDocument(), [SyntaxError.diagnostic(for: error, text: text, file: file)])
        }
        guard let root else {
            return (ParsedDocument(), [Diagnostic(file: file, position: nil,
                                                  message: "the file holds no timeline: expected a mapping with 'events'")])
        }
        // Nodes hold their anchors weakly; the parser keeps them alive, and so lets
        // the reader see (and refuse) anchored nodes.
        return withExtendedLifetime(yaml) { DocumentParser.read(root, file: file) }
    }
}
