/// What a piece of the screen means. The terminal layer decides how each looks:
/// colors where the terminal has them, bold, reverse and underline otherwise.
public enum Style: Hashable, Sendable {
    case normal
    case dim
    case title
    case header
    /// The selected row of the focused list.
    case selected
    /// The selected row of a list that does not have the focus.
    case selectedInactive
    /// Text that matches the search.
    case match
    case status
    case message
    case warning
    case border
    /// An organization's tag or lane bar, in its color.
    case organization(PaletteColor)
}
