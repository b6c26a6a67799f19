import CNcurses
import Explorer

/// Copies a screen buffer to the curses screen, one run of same-styled cells at a time.
struct CursesPainter {
    let styles: CursesStyles

    func paint(_ screen: ScreenBuffer) {
        erase()
        for y in 0..<screen.height {
            var x = 0
            while x < screen.width {
                let style = screen[x, y].style
                var end = x
                var text = ""
                while end < screen.width, screen[end, y].style == style {
                    text += screen[end, y].text
                    end += 1
                }
                pk_attrset(styles.attributes(for: style))
                var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                wide.append(0)
                _ = mvaddnwstr(Int32(y), Int32(x), wide, Int32(wide.count - 1))
                x = end
            }
        }
        pk_attrset(pk_a_normal())
        refresh()
    }
}
