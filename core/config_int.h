/*
 * config_int.h - what the readers of the hall config share inside core/
 * (config.c, config_read.c, config_groups.c): libconfig's handle under
 * another name, the state of one load, the typed getters and the readers
 * of the optional groups. Nothing outside these files includes it.
 *
 * Each getter looks up member `name` of group `g`. An absent member leaves
 * the output alone and returns 0 (every setting is optional); a present one
 * of the wrong type or out of range is reported as "FILE:LINE: setting:
 * what is wrong" into the load's error buffer, and the getter returns -1.
 */
#ifndef MPP_CONFIG_INT_H
#define MPP_CONFIG_INT_H

/* libconfig names its handle `config_t`, as we name ours; rename theirs
 * so both headers can be used together. */
#define config_t libconfig_t
#include <libconfig.h>
#undef config_t

#include <stdbool.h>
#include <stddef.h>

#include "config.h"

/* State of one load: where errors go and what relative paths hang from. */
typedef struct load_ctx {
    const char *path;          /* the file named by the caller (borrowed) */
    char dir[CONFIG_PATH_MAX]; /* its directory, "." when it has none */
    char *err;                 /* caller's buffer, may be NULL */
    size_t errlen;
} load_ctx_t;

/* Line of `s`, or of the nearest ancestor that has one. */
int cfg_setting_line(const config_setting_t *s);
/* Name of `file` as the reader should see it: an @include is kept by the
 * name written in the file, relative to the config file's folder, which
 * is joined to it (into buf). NULL is the config file itself. */
const char *cfg_shown_file(const load_ctx_t *ctx, const char *file, char *buf, size_t len);
/* The file that setting `s` was read from, as cfg_shown_file names it. */
const char *cfg_setting_file(const load_ctx_t *ctx, const config_setting_t *s, char *buf,
                             size_t len);
/* Reports "FILE:LINE: NAME: message" about setting `s`; returns -1. */
int cfg_fail(load_ctx_t *ctx, const config_setting_t *s, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Refuses any member of group `g` whose name is not in the NULL-ended list
 * `known`, naming the closest known one. */
int cfg_check_names(load_ctx_t *ctx, const config_setting_t *g, const char *const *known);
/* The group `name` of g into *out (NULL when absent), its names checked
 * against `known`. */
int cfg_get_group(load_ctx_t *ctx, const config_setting_t *g, const char *name,
                  config_setting_t **out, const char *const *known);
/* A whole number from min to max. */
int cfg_get_int(load_ctx_t *ctx, const config_setting_t *g, const char *name, long long min,
                long long max, int *out);
/* true or false. */
int cfg_get_bool(load_ctx_t *ctx, const config_setting_t *g, const char *name, bool *out);
/* Copies string setting `s` into buf (size len), refusing other types and
 * values that do not fit. */
int cfg_copy_string(load_ctx_t *ctx, const config_setting_t *s, char *buf, size_t len);
/* Like cfg_get_int for strings; *found (may be NULL) tells whether the
 * member was there. */
int cfg_get_string(load_ctx_t *ctx, const config_setting_t *g, const char *name, char *buf,
                   size_t len, const config_setting_t **found);
/* Whether s is an agency id: lower-case letters, digits and '-'. */
bool cfg_valid_agency_id(const char *s);
/* Joins a path from the file (setting s, never empty) with the file's
 * directory into out. */
int cfg_resolve_path(load_ctx_t *ctx, const config_setting_t *s, const char *value, char *out,
                     size_t len);
/* The list or array `name` of g and its length, at most max: 1 when there
 * is one, 0 when it is absent, -1 after reporting what is wrong. */
int cfg_get_list(load_ctx_t *ctx, const config_setting_t *g, const char *name, size_t max,
                 const config_setting_t **list, int *n);
/* Reads a list or array of strings into rows of `width` bytes, at most
 * max; each is checked by `valid` and described by `what` when it fails. */
int cfg_get_string_list(load_ctx_t *ctx, const config_setting_t *g, const char *name, char *rows,
                        size_t width, size_t max, size_t *count, bool (*valid)(const char *),
                        const char *what);
/* name = [ "ADDRESS" or "ADDRESS/BITS", ... ] into at most max (<= 64)
 * networks. */
int cfg_get_net_list(load_ctx_t *ctx, const config_setting_t *g, const char *name,
                     config_net_t *out, size_t max, size_t *count);

/* The optional groups (config_groups.c), each read into cfg and checked.
 * notify = { kind; url; headers = ( "Name: value", ... ); headers_file;
 * hmac_key_file; timeout; rate_per_second; connections; quiet_hours;
 * max_attempts; give_up_hours; keep_days; forget_days; ca_file; near;
 * near_minutes; wa_language; wa_prefix; }: the gateway and its secret
 * files are checked by the hall when it opens (docs/notify.md). */
int cfg_load_notify(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg);
/* pause_reasons = ( { id = "ishoma"; name = "..."; max_minutes = 60; }, ... );
 * why a counter may be paused; listed, a pause must name one. */
int cfg_load_pause_reasons(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg);
/* alerts = { wait_multiple = 2.0; wait_floor_minutes = 15; no_counter_minutes = 5; }; */
int cfg_load_alerts(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg);
/* bookings = { keep_days = 30; per_phone_per_day = 3; }; */
int cfg_load_bookings(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg);
/* storage = { map_mb; }: the size the store may grow to. */
int cfg_load_storage(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg);
/* log = { level; }: the least level written. */
int cfg_load_log(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg);
/* zones = ( {...}, ... ); read after the counters, whose agencies it names. */
int cfg_load_zones(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg);
/* export = { nats; hall; creds_file; nkey; nkey_seed_file; ca_file;
 * cert_file; key_file; tls; window; ack_timeout_ms; outage_hours;
 * warn_after_s; } (docs/export.md): nats and hall go together. */
int cfg_load_export(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg);
/* board = { announce_max_age = 60; announce_queue = 10; sentence = "full"; }; */
int cfg_load_board(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg);

#endif
