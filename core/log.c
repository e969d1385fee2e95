/*
 * log.c - writes log lines to standard error (see log.h).
 */
#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <time.h>

static config_log_level_t log_level = LOG_LEVEL_INFO;

static const char *const level_names[] = {"ERROR", "WARN", "INFO", "DEBUG"};

void log_set_level(config_log_level_t level) { log_level = level; }

config_log_level_t log_get_level(void) { return log_level; }

void log_write(config_log_level_t level, const char *module, const char *fmt, ...)
{
    if (level > log_level)
        return;
    char stamp[40];
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S%z", &tm);

    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    /* one fprintf per line so concurrent threads do not interleave */
    fprintf(stderr, "%s %s %s: %s\n", stamp, level_names[level], module, line);
}
