import Testing
@testable import TimelineEngine

@Suite("The search index")
struct SearchIndexTests {
    /// An index of `count` entries numbered from `first`, each holding its number in words.
    private func index(_ count: Int, from first: Int) -> SearchIndex {
        var index = SearchIndex()
        var folder = SearchKey.Folder()
        for number in first..<(first + count) {
            Array("entry \(number) \(number % 7 == 0 ? "Seventh" : "other")".utf8).withUnsafeBufferPointer {
                index.add($0, folder: &folder)
            }
            index.closeEvent()
        }
        return index
    }

    @Test("entries across chunks and joined indexes are found where they are",
          arguments: [SearchIndex.chunkEvents, SearchIndex.chunkEvents + 100])
    func chunks(firstCount: Int) {
        var joined = index(firstCount, from: 0)
        joined.append(contentsOf: index(SearchIndex.chunkEvents * 2 + 5, from: firstCount))
        let total = firstCount + SearchIndex.chunkEvents * 2 + 5
        #expect(joined.count == total)
        let seventh = SearchPattern("seventh")
        var found = [Int]()
        let range = 5..<(total - 3)
        joined.forEachEntry(in: range, holding: seventh) { found.append($0) }
        #expect(found == range.filter { $0 % 7 == 0 })
        for entry in [0, firstCount - 1, firstCount, firstCount + SearchIndex.chunkEvents, total - 1] {
            #expect(joined.contains(entry, all: SearchPattern("entry \(entry)")))
            #expect(!joined.contains(entry, all: SearchPattern("entry \(entry + 1)")))
        }
    }

    @Test("the texts of one event are kept apart, and punctuation separates words")
    func textsApart() {
        var index = SearchIndex()
        var folder = SearchKey.Folder()
        for text in ["Peace", "keeping—Côte d’Ivoire.", "", "ÉLECTIONS"] {
            Array(text.utf8).withUnsafeBufferPointer { index.add($0, folder: &folder) }
        }
        index.closeEvent()
        #expect(index.contains(0, all: SearchPattern("peace keeping cote ivoire elections")))
        #expect(!index.contains(0, all: SearchPattern("peacekeeping")))
        #expect(!index.contains(0, all: SearchPattern("keepingcote")))
        #expect(!index.contains(0, all: SearchPattern("ivoireelections")))
    }
}
