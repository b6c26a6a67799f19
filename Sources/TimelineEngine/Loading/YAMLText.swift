import Yams

/// Reads YAML (and JSON, which is YAML's flow style) with positions for every node.
enum YAMLText {
    /// The document and its problems; `parsed`, whether the text is YAML at all (false
    /// after a syntax error, when the document is empty).
    static func read(_ text: String, file: String) -> (document: ParsedDocument, diagnostics: [Diagnostic], parsed: Bool) {
        let yaml: Yams.Parser
        let root: Node?
        do {
            yaml = try Yams.Parser(yaml: text)
            root = try yaml.singleRoot()
        } catch {
            return (ParsedDocument(), [SyntaxError.diagnostic(for: error, text: text, file: file)], false)
        }
        guard let root else {
            return (ParsedDocument(), [Diagnostic(file: file, position: nil,
                                                  message: "the file holds no timeline: expected a mapping with 'events'")], true)
        }
        // Nodes hold their anchors weakly; the parser keeps them alive, and so lets
        // the reader see (and refuse) anchored nodes.
        let (document, diagnostics) = withExtendedLifetime(yaml) { DocumentParser.read(root, file: file) }
        return (document, diagnostics, true)
    }
}
