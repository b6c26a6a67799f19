import CNcurses
import Explorer

/// How each semantic style looks: colors where the terminal has them and NO_COLOR is
/// unset, otherwise bold, dim, reverse and underline only.
struct CursesStyles {
    let usesColor: Bool

    /// Color pairs: one for each palette color from 1, then the fixed ones after them.
    private static func pair(_ color: PaletteColor) -> Int16 { Int16(color.rawValue + 1) }
    private static let headerPair = Int16(PaletteColor.allCases.count + 1)
    private static let matchPair = headerPair + 1
    private static let warningPair = headerPair + 2
    private static let borderPair = headerPair + 3

    private static func cursesColor(_ color: PaletteColor) -> Int16 {
        switch color {
        case .cyan: Int16(COLOR_CYAN)
        case .green: Int16(COLOR_GREEN)
        case .magenta: Int16(COLOR_MAGENTA)
        case .yellow: Int16(COLOR_YELLOW)
        case .blue: Int16(COLOR_BLUE)
        case .red: Int16(COLOR_RED)
        }
    }

    /// Sets up colors if allowed; call once after curses starts.
    static func start(noColor: Bool) -> CursesStyles {
        guard !noColor, has_colors() else { return CursesStyles(usesColor: false) }
        start_color()
        use_default_colors()
        for color in PaletteColor.allCases { init_pair(pair(color), cursesColor(color), -1) }
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
        case .organization(let color):
            return usesColor ? pk_color_pair(Self.pair(color)) | bold : bold
        }
    }
}
