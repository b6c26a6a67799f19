import ArgumentParser
import TimelineEngine
import TimelineReports

/// `peacekeeping chapters`: the chapters and sections --chapter can name, with their events.
struct ChaptersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapters",
        abstract: "List the chapters and sections --chapter can name, with how many events each discusses.",
        discussion: """
            A section's count takes in its subsections' events (what --chapter counts).

            Examples:
              peacekeeping chapters
              peacekeeping chapters --format json
            """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var output: TableOptions

    func run() throws {
        let timeline = try data.load(searchable: false)
        let counts = timeline.eventCountsByChapter()
        let rows = timeline.chapters.enumerated().map { index, chapter in
            Row(id: chapter.id, kind: chapter.kind.rawValue, title: chapter.title, subject: chapter.subject, parent: chapter.parent,
                firstPage: chapter.pages?.lowerBound, lastPage: chapter.pages?.upperBound, events: counts[index])
        }
        try output.print(rows, table: { width, styled in
            TextTable(columns: [.init("ID", widest: 16), .init("KIND", widest: 10), .init("TITLE"),
                                .init("PAGES", widest: 8), .init("EVENTS", isNumeric: true)],
                      flexible: 2, width: width, styled: styled)
        }, cells: { row in
            let pages = row.firstPage.map { first in row.lastPage.map { $0 == first ? "\(first)" : "\(first)–\($0)" } ?? "\(first)" } ?? ""
            let title = row.title + (row.subject.map { ": " + $0 } ?? "")
            return [row.id, row.kind, (row.parent == nil ? "" : "  ") + title, pages, String(row.events)]
        })
    }

    struct Row: Encodable {
        let id, kind, title: String
        let subject, parent: String?
        let firstPage, lastPage: Int?
        let events: Int
    }
}
