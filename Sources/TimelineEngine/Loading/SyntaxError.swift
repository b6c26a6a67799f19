import Yams

/// Turns the YAML parser's errors into diagnostics with a file, line and column.
enum SyntaxError {
    static func diagnostic(for error: Error, text: String, file: String) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return Diagnostic(file: file, position: nil, message: "cannot read the file: \(error)")
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            return Diagnostic(file: file, position: SourcePosition(file: file, line: mark.line, column: mark.column),
                              message: "syntax error: \(plain(problem))\(detail)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(file: file,
                              position: SourcePosition(file: file, line: context.mark.line, column: context.mark.column),
                              message: "duplicate keys in one mapping: \(duplicates.joined(separator: ", "))")
        case let .reader(problem, offset, _, _):
            // The reader counts its offset in characters (Unicode scalars), not bytes.
            let position = offset.map { scalars in
                let index = text.unicodeScalars.index(text.startIndex, offsetBy: min(scalars, text.unicodeScalars.count))
                return SourceText.position(of: text.utf8.distance(from: text.startIndex, to: index), in: Array(text.utf8)[...], file: file)
            }
            return Diagnostic(file: file, position: position, message: "cannot read the text: \(problem)")
        default:
            return Diagnostic(file: file, position: nil, message: "cannot read the file: \(yamlError)")
        }
    }

    /// The parser's words, less its own function names, which mean nothing to a reader.
    private static func plain(_ problem: String) -> String {
        problem.hasPrefix("Maximum nesting level reached") ? "lists and mappings are nested too deeply" : problem
    }
}
