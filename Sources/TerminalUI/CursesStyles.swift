import CNcurses
import Explorer

/// How each semantic style looks: colors where the terminal has them and NO_COLOR is
/// unset, otherwise bold, dim, reverse and underline only.
struct CursesStyles {
    let usesColor: Bool

    /// Color pairs: 1–6 for organizations, then the fixed ones below.
    private static let organizationColors: [Int16] = [
        Int16(COLOR_CYAN), Int16(COLOR_GREEN), Int16(COLOR_MAGENTA),
        Int16(COLOR_YELLOW), Int16(COLOR_BLUE), Int16(COLOR_RED),
    ]
    private static let headerPair: Int16 = 7
    private static let matchPair: Int16 = 8
    private static let warningPair: Int16 = 9
    private static let borderPair: Int16 = 10

    /// Sets up colors if allowed; call once after curses starts.
    static func start(noColor: Bool) -> CursesStyles {
        guard !noColor, has_colors() else { return CursesStyles(usesColor: false) }
        start_color()
        use_default_colors()
        for (offset, color) in organizationColors.enumerated() {
            init_pair(Int16(offset + 1), color, -1)
        }
        init_pair(headerPair, Int16(COLOR_CYAN), -1)
        init_pair(matchPair, Int16(COLOR_BLACK), Int16(COLOR_YELLOW))
        init_pair(warningPair, Int16(COLOR_WHITE), Int16(COLOR_RED))
        init_pair(borderPair, Int16(COLOR_BLUE), -1)
        return CursesStyles(usesColor: true)
    }

    func attributes(for style: Style) -> attr_t {
        let bold = pk_a_bold(), dim = pk_a_dim(), reverse = pk_a_reverse(), underline = pk_a_underline()
        switch style {
        case .normal: return pk_a_normal()
        case .dim: return dim
        case .title: return bold
        case .header: return usesColor ? bold | pk_color_pair(Self.headerPair) : bold | underline
        case .selected: return reverse | bold
        case .selectedInactive: return usesColor ? reverse | dim : underline
        case .match: return usesColor ? pk_color_pair(Self.matchPair) | bold : underline | bold
        case .status: return reverse
        case .message: return reverse | bold
        case .warning: return usesColor ? pk_color_pair(Self.warningPair) | bold : reverse | bold | underline
        case .border: return usesColor ? pk_color_pair(Self.borderPair) : dim
        case .organization(let slot):
            return usesColor ? pk_color_pair(Int16(slot % Style.organizationPalette + 1)) | bold : bold
        }
    }
}
