import CNcurses
import Explorer

/// Turns what `get_wch` returns into the explorer's keys.
enum CursesKeys {
    /// What one read from the keyboard gave.
    enum Input {
        case key(Key)
        /// A click or a turn of the wheel, as the explorer takes it.
        case mouse(Action)
        case resize
        case nothing
    }

    static func read() -> Input {
        var code: wint_t = 0
        let result = get_wch(&code)
        if result == KEY_CODE_YES { return functionKey(Int32(code)) }
        guard result == OK else { return .nothing }
        switch code {
        case 3: return .key(.controlC)
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        default:
            guard code >= 32, let scalar = Unicode.Scalar(UInt32(code)) else { return .nothing }
            return .key(.character(Character(scalar)))
        }
    }

    private static func functionKey(_ code: Int32) -> Input {
        switch code {
        case KEY_RESIZE: .resize
        case KEY_MOUSE: mouse()
        case KEY_UP: .key(.up)
        case KEY_DOWN: .key(.down)
        case KEY_LEFT: .key(.left)
        case KEY_RIGHT: .key(.right)
        case KEY_NPAGE: .key(.pageDown)
        case KEY_PPAGE: .key(.pageUp)
        case KEY_HOME: .key(.home)
        case KEY_END: .key(.end)
        case KEY_ENTER: .key(.enter)
        case KEY_BACKSPACE: .key(.backspace)
        case KEY_DC: .key(.delete)
        case KEY_BTAB: .key(.backTab)
        default: .nothing
        }
    }

    /// The mouse event waiting: a click where it happened, or the wheel as three moves.
    private static func mouse() -> Input {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return .nothing }
        if pk_mouse_is_click(event.bstate) != 0 { return .mouse(.click(x: Int(event.x), y: Int(event.y))) }
        if pk_mouse_is_wheel_up(event.bstate) != 0 { return .mouse(.wheel(-3)) }
        if pk_mouse_is_wheel_down(event.bstate) != 0 { return .mouse(.wheel(3)) }
        return .nothing
    }
}
