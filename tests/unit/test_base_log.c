/*
 * test_base_log.c - log lines when standard error is systemd's journal:
 * with JOURNAL_STREAM naming stderr, each line starts with its syslog
 * priority ("<3>" error .. "<7>" debug) and carries no time stamp, and a
 * message's line breaks become spaces (one event, one journal entry).
 * Standard error is a temporary file while a line is written (cmocka's
 * own messages still reach the terminal), read back after each line.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "log.h"

static char err_path[] = "/tmp/mpp-log-XXXXXX";
static int err_fd = -1; /* err_path, opened for appending */
static int real_stderr = -1;

/* Runs `stmt` with stderr pointing at err_path. */
#define CAPTURE(stmt)                                                                              \
    do {                                                                                           \
        fflush(stderr);                                                                            \
        dup2(err_fd, STDERR_FILENO);                                                               \
        stmt;                                                                                      \
        fflush(stderr);                                                                            \
        dup2(real_stderr, STDERR_FILENO);                                                          \
    } while (0)

/* Makes the temporary file and points JOURNAL_STREAM at it: it is stderr
 * whenever a line is written. */
static int setup(void **state)
{
    (void)state;
    int fd = mkstemp(err_path);
    if (fd < 0)
        return -1;
    close(fd);
    err_fd = open(err_path, O_WRONLY | O_APPEND);
    real_stderr = dup(STDERR_FILENO);
    struct stat st;
    if (err_fd < 0 || real_stderr < 0 || fstat(err_fd, &st) != 0)
        return -1;
    char v[64];
    snprintf(v, sizeof v, "%llu:%llu", (unsigned long long)st.st_dev,
             (unsigned long long)st.st_ino);
    return setenv("JOURNAL_STREAM", v, 1);
}

static int teardown(void **state)
{
    (void)state;
    close(err_fd);
    unlink(err_path);
    return 0;
}

/* The last line written to err_path (without its newline). */
static const char *last_line(void)
{
    static char buf[4096];
    FILE *fp = fopen(err_path, "r");
    assert_non_null(fp);
    size_t n = fread(buf, 1, sizeof buf - 1, fp);
    fclose(fp);
    buf[n] = '\0';
    assert_true(n > 0 && buf[n - 1] == '\n');
    buf[n - 1] = '\0';
    char *nl = strrchr(buf, '\n');
    return nl ? nl + 1 : buf;
}

static void test_priority_prefix(void **state)
{
    (void)state;
    log_set_level(LOG_LEVEL_DEBUG);
    CAPTURE(log_error("store", "disk %s", "full"));
    assert_string_equal(last_line(), "<3>ERROR store: disk full");
    CAPTURE(log_warn("plugin", "slow"));
    assert_string_equal(last_line(), "<4>WARN plugin: slow");
    CAPTURE(log_info("mppd", "ready on port %d", 8080));
    assert_string_equal(last_line(), "<6>INFO mppd: ready on port 8080");
    CAPTURE(log_debug("web", "x"));
    assert_string_equal(last_line(), "<7>DEBUG web: x");
}

static void test_one_line_per_message(void **state)
{
    (void)state;
    CAPTURE(log_error("plugin", "dukcapil.lua:3: %s", "unexpected symbol\nnear 'end'\r"));
    assert_string_equal(last_line(),
                        "<3>ERROR plugin: dukcapil.lua:3: unexpected symbol near 'end' ");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_priority_prefix),
        cmocka_unit_test(test_one_line_per_message),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
