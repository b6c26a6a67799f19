#ifndef PEACEKEEPING_CNCURSES_SHIM_H
#define PEACEKEEPING_CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D flags, so wide-character curses is requested here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// C globals and function-like macros are not visible to Swift; these read them.
static inline WINDOW *pk_stdscr(void) { return stdscr; }
static inline int pk_lines(void) { return LINES; }
static inline FILE *pk_stdout(void) { return stdout; }
static inline FILE *pk_stdin(void) { return stdin; }
static inline int pk_cols(void) { return COLS; }
static inline attr_t pk_a_normal(void) { return A_NORMAL; }
static inline attr_t pk_a_bold(void) { return A_BOLD; }
static inline attr_t pk_a_dim(void) { return A_DIM; }
static inline attr_t pk_a_reverse(void) { return A_REVERSE; }
static inline attr_t pk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pk_color_pair(short pair) { return COLOR_PAIR(pair); }
static inline int pk_attrset(attr_t attributes) { return attrset((int)attributes); }

// Mouse buttons and the wheel, which ncurses reports as buttons 4 and 5.
static inline mmask_t pk_mouse_events(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline int pk_mouse_is_click(mmask_t state) { return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int pk_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int pk_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

#endif
