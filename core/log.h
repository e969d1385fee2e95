/*
 * log.h - one line per message on standard error, with time and level
 * (under systemd: with the syslog priority journald reads, see log.c).
 *
 * Messages below the configured level are dropped. Nothing personal (NIK,
 * phone numbers, passwords, tokens) is ever passed to these calls; callers
 * log ids and numbers only.
 */
#ifndef MPP_LOG_H
#define MPP_LOG_H

#include "config.h"

/* Sets the lowest level that is written (default LOG_LEVEL_INFO). */
void log_set_level(config_log_level_t level);

/* Writes "2026-11-27T08:00:00+0700 LEVEL module: message" on one line
 * (line breaks in the message become spaces); to systemd's journal
 * "<6>LEVEL module: message", the priority prefix journald reads. */
void log_write(config_log_level_t level, const char *module, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#define log_error(mod, ...) log_write(LOG_LEVEL_ERROR, mod, __VA_ARGS__)
#define log_warn(mod, ...) log_write(LOG_LEVEL_WARN, mod, __VA_ARGS__)
#define log_info(mod, ...) log_write(LOG_LEVEL_INFO, mod, __VA_ARGS__)
#define log_debug(mod, ...) log_write(LOG_LEVEL_DEBUG, mod, __VA_ARGS__)

#endif
