/// Loads a compact timeline (see `CompactLayout`). Every number that will be used as
/// an index, a count or a range is checked first, so that a damaged file is refused
/// with what is wrong and where, never read out of bounds.
enum CompactReader {
    static func load(_ file: OpenFile, name: String, searchable: Bool) -> Result<Timeline, LoadFailure> {
        do {
            return .success(try CompactFile(file, name: name).timeline(searchable: searchable))
        } catch let failure as LoadFailure {
            return .failure(failure)
        } catch {
            let problem = error as? CompactProblem ?? CompactProblem(section: nil, message: "\(error)")
            return .failure(LoadFailure(diagnostics: [
                Diagnostic(file: name, position: nil, field: problem.section, message: problem.message),
            ]))
        }
    }
}

/// What is wrong with a compact file, and in which section.
struct CompactProblem: Error {
    let section: String?
    let message: String
}
