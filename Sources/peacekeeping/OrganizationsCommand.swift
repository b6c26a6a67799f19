import ArgumentParser
import TimelineEngine
import TimelineReports

/// `peacekeeping orgs`: the organizations a filter can name, with their events.
struct OrganizationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgs",
        abstract: "List the organizations --org can name, with how many events each takes part in.",
        discussion: """
            EVENTS counts an organization's own events; WITH BODIES adds its bodies' (what \
            --org counts).

            Examples:
              peacekeeping orgs
              peacekeeping orgs --format json | jq '.[] | select(.kind == "regional") | .id'
            """,
        aliases: ["organizations"]
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var output: TableOptions

    func run() throws {
        let timeline = try data.load(searchable: false)
        let rows = timeline.organizations.map { organization in
            Row(id: organization.id, name: organization.name, kind: organization.kind.rawValue, parent: organization.parent,
                framework: organization.framework, events: timeline.events(ofOrganization: organization.id).count,
                withBodies: timeline.events(ofOrganization: organization.id, includingBodies: true).count)
        }
        try output.print(rows, table: { width, styled in
            var table = TextTable(columns: [.init("ID", widest: 12), .init("NAME"), .init("KIND", widest: 12, narrowest: 8),
                                            .init("PART OF", widest: 12, narrowest: 7), .init("EVENTS", isNumeric: true),
                                            .init("WITH BODIES", isNumeric: true)],
                                  flexible: 1, width: width, styled: styled)
            table.yielding = [3, 2]
            table.flexibleRoom = 34
            return table
        }, cells: { row in
            [row.id, row.name, row.kind, row.parent ?? row.framework.map { "(\($0))" } ?? "", String(row.events),
             String(row.withBodies)]
        })
    }

    struct Row: Encodable {
        let id, name, kind: String
        let parent, framework: String?
        let events, withBodies: Int
    }
}
