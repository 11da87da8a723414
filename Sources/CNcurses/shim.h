// The C boundary with ncursesw: wide-character curses, with the macros Swift cannot import
// wrapped in static inline functions, and the C library's wcwidth (the width ncurses draws
// with). Nothing else lives here.
#ifndef PLANNER_CNCURSES_SHIM_H
#define PLANNER_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <signal.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *planner_stdscr(void) { return stdscr; }
static inline int planner_lines(void) { return LINES; }
static inline int planner_cols(void) { return COLS; }
static inline int planner_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int planner_a_bold(void) { return (int)A_BOLD; }
static inline int planner_a_reverse(void) { return (int)A_REVERSE; }
static inline int planner_a_underline(void) { return (int)A_UNDERLINE; }
static inline int planner_a_dim(void) { return (int)A_DIM; }
static inline int planner_a_normal(void) { return (int)A_NORMAL; }
static inline int planner_key_resize(void) { return KEY_RESIZE; }
static inline int planner_err(void) { return ERR; }
static inline int planner_attron(int a) { return attron(a); }
static inline int planner_attroff(int a) { return attroff(a); }
/// The C library's cell width of a character under the calling thread's LC_CTYPE (what
/// ncurses lays wide characters out with); -1 for non-printable ones.
extern int wcwidth(wchar_t c);
static inline int planner_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }
static inline int planner_addwstr_at(int y, int x, const wchar_t *s) { return mvaddwstr(y, x, s); }
static inline int planner_clrtoeol_at(int y, int x) { move(y, x); return clrtoeol(); }
static inline int planner_getmaxy(void) { return getmaxy(stdscr); }
static inline int planner_getmaxx(void) { return getmaxx(stdscr); }


/// Mouse: clicks, double clicks and the wheel (buttons 4 and 5), reported as KEY_MOUSE.
static inline int planner_key_mouse(void) { return KEY_MOUSE; }
static inline void planner_mouse_on(void) {
    mmask_t mask = BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    mask |= BUTTON5_PRESSED;
#endif
    mousemask(mask, NULL);
}
/// The pending mouse event: its cell and kind (1 click, 2 double click, 3 wheel up,
/// 4 wheel down, 0 anything else); ERR when there is none.
static inline int planner_getmouse(int *y, int *x, int *kind) {
    MEVENT e;
    if (getmouse(&e) != OK) return ERR;
    *y = e.y;
    *x = e.x;
    *kind = 0;
    if (e.bstate & BUTTON1_DOUBLE_CLICKED) *kind = 2;
    else if (e.bstate & BUTTON1_CLICKED) *kind = 1;
    else if (e.bstate & BUTTON4_PRESSED) *kind = 3;
#ifdef BUTTON5_PRESSED
    else if (e.bstate & BUTTON5_PRESSED) *kind = 4;
#endif
    return OK;
}

#endif
