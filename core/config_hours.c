/*
 * config_hours.c - the text of a day's opening hours in the hall config:
 * "closed", or ranges "HH:MM-HH:MM" separated by commas, in time order
 * ("07:30-12:00, 13:00-15:00": a lunch break between them). config.c
 * walks the groups; this file reads and writes the text of one day.
 */
#include "config.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static bool refuse(char *why, size_t len, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static bool refuse(char *why, size_t len, const char *fmt, ...)
{
    if (why && len) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(why, len, fmt, ap);
        va_end(ap);
    }
    return false;
}

/* Reads "HH:MM" at s (exactly five characters) into minutes; 24:00 only
 * when allow_24. */
static bool read_hhmm(const char *s, bool allow_24, int *minutes)
{
    if (!isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]) || s[2] != ':' ||
        !isdigit((unsigned char)s[3]) || !isdigit((unsigned char)s[4]))
        return false;
    int h = (s[0] - '0') * 10 + (s[1] - '0');
    int m = (s[3] - '0') * 10 + (s[4] - '0');
    if (m > 59 || h > 24 || (h == 24 && (m != 0 || !allow_24)))
        return false;
    *minutes = h * 60 + m;
    return true;
}

bool config_hours_parse(const char *text, calendar_hours_t *out, char *why, size_t whylen)
{
    memset(out, 0, sizeof *out);
    out->set = true;
    if (strcmp(text, "closed") == 0)
        return true;
    const char *p = text;
    for (;;) {
        while (*p == ' ')
            p++;
        int open, close;
        if (strlen(p) < 11 || p[5] != '-' || !read_hhmm(p, false, &open) ||
            !read_hhmm(p + 6, true, &close))
            return refuse(why, whylen,
                          "'%s' is not \"HH:MM-HH:MM\", ranges of them separated by commas "
                          "(\"07:30-12:00, 13:00-15:00\"), or \"closed\"",
                          text);
        if (close <= open)
            return refuse(why, whylen,
                          "'%.11s' closes before it opens (use \"closed\" for a day off)", p);
        if (out->n > 0 && open < out->range[out->n - 1].close_min)
            return refuse(why, whylen,
                          "'%.11s' opens before the range before it closes; write the ranges "
                          "of a day in time order, apart",
                          p);
        if (out->n == CALENDAR_RANGES_MAX)
            return refuse(why, whylen, "at most %d ranges a day", CALENDAR_RANGES_MAX);
        out->range[out->n++] = (calendar_range_t){open, close};
        p += 11;
        while (*p == ' ')
            p++;
        if (*p == '\0')
            return true;
        if (*p != ',')
            return refuse(why, whylen,
                          "'%s': separate the ranges with commas (\"07:30-12:00, 13:00-15:00\")",
                          text);
        p++;
    }
}

void config_hours_format(const calendar_hours_t *h, char *out, size_t len)
{
    if (!len)
        return;
    out[0] = '\0';
    if (h->n == 0) {
        snprintf(out, len, "closed");
        return;
    }
    size_t used = 0;
    for (size_t i = 0; i < h->n && used < len; i++) {
        const calendar_range_t *r = &h->range[i];
        int n = snprintf(out + used, len - used, "%s%02d:%02d-%02d:%02d", i ? ", " : "",
                         r->open_min / 60, r->open_min % 60, r->close_min / 60, r->close_min % 60);
        if (n < 0)
            break;
        used += (size_t)n;
    }
}
