#ifndef PEACEKEEPING_CNCURSES_SHIM_H
#define PEACEKEEPING_CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D flags, so wide-character curses is requested here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>

// C globals and macros are not visible to Swift; these read them.
static inline WINDOW *pk_stdscr(void) { return stdscr; }
static inline int pk_lines(void) { return LINES; }
static inline int pk_cols(void) { return COLS; }

#endif
