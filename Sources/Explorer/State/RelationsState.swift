import TimelineEngine

/// The relations view (`r`): the matrix of the organizations that share events, counted
/// a slice at a time, and the cell under the cursor, whose pair's story the pane tells.
struct RelationsState: Sendable {
    /// The count under way; nil once done (or before the view is first opened).
    var counter: RelationsCounter?
    var matrix: Relations?
    /// The cursor's organizations, as places in `matrix.organizations`.
    var row = 0
    var column = 1
    /// The first row of the matrix shown, when it does not fit.
    var top = 0
    /// Whether bodies stand on their own instead of counting as their organization.
    var bodies = false
    /// The events linked across a pair, still being found for the list (Enter), and the
    /// version of the filter they are for.
    var listing: (search: PairEventSearch, filterVersion: Int)?

    /// The organizations of the cell under the cursor.
    func pair(in matrix: Relations) -> (String, String)? {
        guard matrix.organizations.indices.contains(row), matrix.organizations.indices.contains(column), row != column else {
            return nil
        }
        return (matrix.organizations[row], matrix.organizations[column])
    }
}

/// The trace view (`t`): the chain of events linked to one, and a cursor on it.
struct TraceState: Sendable {
    let root: EventPosition
    var depth: Int
    var trace: Trace
    var cursor: Int

    static let initialDepth = 2
    static let deepest = 8
}
