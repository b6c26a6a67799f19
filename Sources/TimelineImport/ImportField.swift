/// The timeline fields a column of a spreadsheet can feed.
public enum ImportField: String, CaseIterable, Sendable {
    case id, title, acronym, aliases, kind, start, end, organizations, roles, places, summary, links, chapters,
         pages, footnotes, tags, source, sourceNote, url, wikidata, latitude, longitude, sources

    /// Header names recognized without `--map`, compared without case, spaces, `_` or `-`.
    var headerNames: [String] {
        switch self {
        case .id: ["id", "uniqueid", "identifier", "key", "code"]
        case .title: ["title", "name", "missionname", "operationname", "fullname", "headline"]
        case .acronym: ["acronym", "abbreviation", "shortname", "mission", "missionacronym"]
        case .aliases: ["aliases", "alias", "alsoknownas", "othernames"]
        case .kind: ["kind", "type", "eventtype"]
        case .start: ["start", "startdate", "begin", "begindate", "from", "date", "datestart", "startyear"]
        case .end: ["end", "enddate", "to", "until", "dateend", "endyear"]
        case .organizations: ["organizations", "organization", "organisations", "organisation", "orgs", "group"]
        case .places: ["places", "place", "country", "countries", "location"]
        case .summary: ["summary", "description", "text", "notes", "note", "mandate"]
        case .url: ["url", "link", "website", "webpage"]
        case .wikidata: ["wikidata", "qid", "wikidataid"]
        case .latitude: ["latitude", "lat"]
        case .longitude: ["longitude", "lon", "lng", "long"]
        case .tags: ["tags", "tag", "labels"]
        case .roles: ["roles"]
        case .links: ["links"]
        case .chapters: ["chapters", "sections"]
        case .pages: ["pages"]
        case .footnotes: ["footnotes"]
        case .source: ["source"]
        case .sourceNote: ["sourcenote"]
        case .sources: ["sources"]
        }
    }

    /// Whether a cell may hold several values, split on `;` or `|`.
    var isList: Bool { [.aliases, .organizations, .places, .tags, .chapters, .pages, .footnotes].contains(self) }

    /// The prefix of a column kept under `extra` in a spreadsheet this program writes.
    public static let extraPrefix = "extra."

    /// A header name as compared.
    static func key(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter { !" _-.".unicodeScalars.contains($0) })
    }

    /// Which column feeds each field: those `map` names, then the recognized headers; a
    /// column feeds one field at most. `id` falls back on the acronym's column.
    static func columns(of header: [String], map: [ImportField: String]) throws -> [ImportField: Int] {
        var columns = [ImportField: Int]()
        for (field, name) in map {
            guard let column = header.firstIndex(where: { $0 == name }) ?? header.firstIndex(where: { key($0) == key(name) })
            else {
                throw ImportError("--map \(field.rawValue)=\(name): the file has no column '\(name)'; its columns are "
                    + header.map { "'\($0)'" }.joined(separator: ", "))
            }
            columns[field] = column
        }
        for field in allCases where columns[field] == nil {
            let taken = Set(columns.values)
            columns[field] = header.indices.first { !taken.contains($0) && field.headerNames.contains(key(header[$0])) }
        }
        return columns
    }

    /// Parses `--map id=Acronym,start=Start date`.
    public static func parseMap(_ text: String) throws -> [ImportField: String] {
        var map = [ImportField: String]()
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else {
                throw ImportError("--map takes FIELD=COLUMN pairs separated by commas, not '\(pair)'")
            }
            guard let field = ImportField(rawValue: parts[0]) else {
                throw ImportError("--map: unknown field '\(parts[0])'; fields: "
                    + allCases.map(\.rawValue).joined(separator: ", "))
            }
            map[field] = parts[1]
        }
        return map
    }
}

/// An import that cannot start: a wrong option, an unreadable file.
public struct ImportError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
