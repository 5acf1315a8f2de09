#ifndef GOVLENS_CNCURSESW_SHIM_H
#define GOVLENS_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Macros and mutable globals Swift cannot import, wrapped as functions. */

static inline WINDOW *govlens_stdscr(void) { return stdscr; }

static inline attr_t govlens_a_normal(void) { return A_NORMAL; }
static inline attr_t govlens_a_bold(void) { return A_BOLD; }
static inline attr_t govlens_a_dim(void) { return A_DIM; }
static inline attr_t govlens_a_underline(void) { return A_UNDERLINE; }
static inline attr_t govlens_a_reverse(void) { return A_REVERSE; }
static inline attr_t govlens_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

static inline int govlens_colors(void) { return COLORS; }
static inline int govlens_color_pairs(void) { return COLOR_PAIRS; }

static inline int govlens_key_f(int n) { return KEY_F(n); }

/* The C library's own width of a wide character, as ncurses will measure it. */
static inline int govlens_wcwidth(wchar_t c) { return wcwidth(c); }
#endif
