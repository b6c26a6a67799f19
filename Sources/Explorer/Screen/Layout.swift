/// Where each part of the screen goes for a given size.
///
/// Wide terminals put the detail beside the list; narrower ones put it below.
/// Below the minimum size only a message is shown.
struct Layout: Equatable {

    static let minimumWidth = 50
    static let minimumHeight = 12
    static let sideBySideWidth = 110

    let width: Int
    let height: Int

    var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    var isSideBySide: Bool { width >= Self.sideBySideWidth }

    /// The title bar.
    var titleRow: Int { 0 }
    var titleBar: Rect { Rect(x: 0, y: titleRow, width: width, height: 1) }
    /// The line under the main area: the time strip, or the lanes' selection line.
    var strip: Rect { Rect(x: 0, y: stripRow, width: width, height: 1) }
    var statusBar: Rect { Rect(x: 0, y: statusRow, width: width, height: 1) }
    /// Between the header and the time strip.
    var main: Rect { Rect(x: 0, y: 1, width: width, height: height - 3) }
    var stripRow: Int { height - 2 }
    var statusRow: Int { height - 1 }

    /// The event list, below its column header.
    var list: Rect {
        let main = self.main
        if isSideBySide {
            return Rect(x: 0, y: main.y, width: width * 11 / 20, height: main.height)
        }
        return Rect(x: 0, y: main.y, width: width, height: max(4, main.height * 9 / 20))
    }

    /// The detail of the selected event.
    var detail: Rect {
        let main = self.main
        let list = self.list
        if isSideBySide {
            return Rect(x: list.width + 1, y: main.y, width: width - list.width - 1, height: main.height)
        }
        return Rect(x: 0, y: list.y + list.height, width: width, height: main.height - list.height)
    }

    /// Rows of events the list shows (one row is its column header).
    var listRows: Int { max(1, list.height - 1) }
}
