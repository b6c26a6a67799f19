/// The events the fast reader accepted from a large file (see `JSONRecheck`) that a check
/// of references needs to see in full: those naming an organization or chapter not
/// declared, those sharing an id, and those linking to no event. The others are known
/// to the check by their ids alone.
struct InvolvedEvents {
    /// Where the involved events are in the file, in file order.
    let elements: [Range<Int>]
    let others: ReferenceChecker.OtherEvents

    /// `store` holds the accepted events, read from `accepted` in `bytes`, with
    /// organizations and chapters numbered in the order of their names; `checked` is what
    /// the careful reader made of the rest of the file.
    init(store: EventStore, accepted: [Range<Int>], bytes: UnsafeBufferPointer<UInt8>,
         organizationNames: [String], chapterNames: [String], checked: ParsedDocument) {
        func undeclared(_ names: [String], _ declared: [String]) -> Set<UInt16> {
            let known = Set(declared)
            return Set(names.indices.filter { !known.contains(names[$0]) }.map { UInt16($0) })
        }
        let unknownOrganizations = undeclared(organizationNames, checked.organizations.map(\.value.id))
        let unknownChapters = undeclared(chapterNames, checked.chapters.map(\.value.id))
        func id(_ row: Int) -> UnsafeBufferPointer<UInt8> {
            let range = store.rows[row].id.range
            return UnsafeBufferPointer(rebasing: bytes[(accepted[row].lowerBound + range.lowerBound)..<(accepted[row].lowerBound + range.upperBound)])
        }
        let checkedIDs = Set(checked.events.map { TextHash($0.value.id) })
        var firstRow = [TextHash: Int](minimumCapacity: store.count)
        var involved = [Bool](repeating: false, count: store.count)
        for row in 0..<store.count {
            let hash = store.ids[row]
            if let earlier = firstRow[hash] {
                if id(earlier).elementsEqual(id(row)) { (involved[earlier], involved[row]) = (true, true) }
            } else {
                firstRow[hash] = row
            }
            if checkedIDs.contains(hash)
                || store.participants[row].contains(where: { unknownOrganizations.contains($0.organization) })
                || store.chapters[row].contains(where: unknownChapters.contains) {
                involved[row] = true
            }
        }
        for row in 0..<store.count where !involved[row] {
            involved[row] = store.links[row].contains { firstRow[$0.target] == nil && !checkedIDs.contains($0.target) }
        }
        elements = involved.indices.filter { involved[$0] }.map { accepted[$0] }
        let ids = firstRow
        others = ReferenceChecker.OtherEvents(
            contains: { ids[TextHash($0)] != nil },
            ids: { ids.values.sorted().map { String(decoding: id($0), as: UTF8.self) } })
    }
}
