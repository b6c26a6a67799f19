#ifndef PEACEKEEPING_TERMINAL_WIDTH_H
#define PEACEKEEPING_TERMINAL_WIDTH_H

// The C library's wcwidth, which Swift's Glibc module does not export.
int pk_wcwidth(unsigned int scalar);

// Makes LC_CTYPE a UTF-8 locale if it is not one: the environment's, else C.UTF-8.
// wcwidth calls every character beyond ASCII unprintable in the "C" locale a process
// starts in. Returns whether LC_CTYPE is UTF-8 afterwards.
int pk_use_utf8_ctype(void);

#endif
