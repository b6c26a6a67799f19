/// A rectangle of the screen, in cells.
struct Rect: Equatable, Sendable {
    var x, y, width, height: Int

    /// The rectangle less `margin` cells on the left and right.
    func inset(horizontally margin: Int) -> Rect {
        Rect(x: x + margin, y: y, width: max(0, width - 2 * margin), height: height)
    }
}

/// A part of the screen: a value built from only the data it draws, which draws
/// itself into an area of a screen buffer (after ratatui's `Widget`).
protocol Widget {
    func render(into buffer: inout ScreenBuffer, area: Rect)
}
