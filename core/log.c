/*
 * log.c - writes log lines to standard error (see log.h).
 *
 * When standard error is systemd's journal (JOURNAL_STREAM names it), each
 * line starts with its syslog priority ("<3>" error ... "<7>" debug), which
 * journald reads as the entry's priority (journalctl -p err), and leaves
 * the time out: the journal stamps every entry itself.
 */
#include "log.h"
#include "civil/localtime.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static config_log_level_t log_level = LOG_LEVEL_INFO;

static const char *const level_names[] = {"ERROR", "WARN", "INFO", "DEBUG"};
static const char *const level_prio[] = {"<3>", "<4>", "<6>", "<7>"}; /* sd-daemon(3) */

void log_set_level(config_log_level_t level)
{
    log_level = level;
}

/* True when stderr is still the stream systemd connected to the journal
 * (JOURNAL_STREAM is "device:inode" of it). Looked up once. */
static int log_to_journal(void)
{
    static atomic_int journal = -1;
    int j = atomic_load(&journal);
    if (j < 0) {
        j = 0;
        const char *e = getenv("JOURNAL_STREAM");
        unsigned long long dev, ino;
        struct stat st;
        if (e && sscanf(e, "%llu:%llu", &dev, &ino) == 2 && fstat(STDERR_FILENO, &st) == 0 &&
            (unsigned long long)st.st_dev == dev && (unsigned long long)st.st_ino == ino)
            j = 1;
        atomic_store(&journal, j);
    }
    return j;
}

void log_write(config_log_level_t level, const char *module, const char *fmt, ...)
{
    if (level > log_level)
        return;
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    /* one message, one line (a plugin's error text may hold line breaks) */
    for (char *p = line; *p; p++)
        if (*p == '\n' || *p == '\r')
            *p = ' ';

    /* one fprintf per line so concurrent threads do not interleave */
    if (log_to_journal()) {
        fprintf(stderr, "%s%s %s: %s\n", level_prio[level], level_names[level], module, line);
        return;
    }
    char stamp[40];
    time_t now = time(NULL);
    struct tm tm;
    local_time(now, &tm);
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S%z", &tm);
    fprintf(stderr, "%s %s %s: %s\n", stamp, level_names[level], module, line);
}
