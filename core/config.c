/*
 * config.c - reads the hall configuration (see config.h) with libconfig.
 *
 * The file is parsed whole, then walked group by group: every name must be
 * known, every value must have the right type and range. The first problem
 * is reported as "FILE:LINE: setting: what is wrong" and the caller's
 * config is left untouched; only a file that passes every check is copied
 * out. Relative paths in the file are taken from the file's directory.
 */

/* libconfig names its handle `config_t`, as we name ours; rename theirs
 * inside this file so both headers can be used together. */
#define config_t libconfig_t
#include <libconfig.h>
#undef config_t

#include "config.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "text.h"
#include <strings.h>
#include <sys/stat.h>

#define ZONEINFO_DIR "/usr/share/zoneinfo"

/* State of one load: where errors go and what relative paths hang from. */
typedef struct load_ctx {
    const char *path;          /* the file named by the caller (borrowed) */
    char dir[CONFIG_PATH_MAX]; /* its directory, "." when it has none */
    char *err;                 /* caller's buffer, may be NULL */
    size_t errlen;
} load_ctx_t;

void config_defaults(config_t *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    snprintf(cfg->listen, sizeof cfg->listen, "%s", "");
    cfg->port = 8080;
    snprintf(cfg->data_dir, sizeof cfg->data_dir, "%s", "data");
    snprintf(cfg->plugins_dir, sizeof cfg->plugins_dir, "%s", "plugins");
    snprintf(cfg->web_dir, sizeof cfg->web_dir, "%s", "web");
    snprintf(cfg->timezone, sizeof cfg->timezone, "%s", "Asia/Jakarta");
    snprintf(cfg->hall_name, sizeof cfg->hall_name, "%s", "Mal Pelayanan Publik");
    cfg->n_counters = 0;
    for (int d = 0; d < 7; d++)
        cfg->hours[d] = (calendar_hours_t){.set = true, .n = 1, .range = {{0, 1440}}};
    cfg->carry_over = false;
    cfg->print_timeout_s = 120;
    cfg->n_origins = 0; /* the same origin is always allowed */
    cfg->rate_issue_per_min = 30;
    cfg->rate_booking_per_min = 10;
    cfg->booking_keep_days = 30;
    cfg->booking_per_phone_day = 3;
    cfg->notify_timeout_s = 10;
    cfg->notify_connections = 4;
    snprintf(cfg->notify_quiet, sizeof cfg->notify_quiet, "21:00-06:00");
    cfg->notify_max_attempts = 8;
    cfg->notify_give_up_h = 24;
    cfg->notify_keep_days = 7;
    cfg->notify_forget_days = 30;
    cfg->notify_near = 3;
    snprintf(cfg->notify_wa_language, sizeof cfg->notify_wa_language, "id");
    snprintf(cfg->notify_wa_prefix, sizeof cfg->notify_wa_prefix, "mpp_");
    cfg->alert_wait_multiple = 2.0;
    cfg->alert_wait_floor_min = 15;
    cfg->alert_no_counter_min = 5;
    cfg->export_window = 256;
    cfg->export_ack_timeout_ms = 5000;
    cfg->export_outage_hours = 72;
    cfg->export_warn_after_s = 300;
    cfg->rate_login_per_min = 10;
    cfg->conns_per_ip = 100;
    config_net_parse("127.0.0.1", &cfg->rate_allow[0]);
    config_net_parse("::1", &cfg->rate_allow[1]);
    cfg->n_rate_allow = 2;
    cfg->max_body = 65536;
    cfg->map_mb = 64;
    cfg->session_idle_s = 8 * 3600;
    cfg->session_max_s = 12 * 3600;
    cfg->log_level = LOG_LEVEL_INFO;
    cfg->board_max_age_s = 60;
    cfg->board_queue_max = 10;
}

/* ---- error reporting ------------------------------------------------ */

/* Writes the dotted name of `s` ("server.port", "counters[2].agency") into
 * buf. The root has the empty name. */
static void setting_path(const config_setting_t *s, char *buf, size_t len)
{
    if (len == 0)
        return;
    buf[0] = '\0';
    if (s == NULL || config_setting_is_root(s))
        return;
    char parent[256];
    setting_path(config_setting_parent(s), parent, sizeof parent);
    const char *name = config_setting_name(s);
    if (name != NULL)
        snprintf(buf, len, "%s%s%s", parent, parent[0] ? "." : "", name);
    else
        snprintf(buf, len, "%s[%d]", parent, config_setting_index(s));
}

/* Line of `s`, or of the nearest ancestor that has one. */
static int setting_line(const config_setting_t *s)
{
    for (; s != NULL; s = config_setting_parent(s))
        if (config_setting_source_line(s) > 0)
            return config_setting_source_line(s);
    return 0;
}

/* Name of `file` as the reader should see it. libconfig keeps an @include
 * by the name written in the file, which is relative to the include
 * directory (the config file's own); join the two. */
static const char *shown_file(const load_ctx_t *ctx, const char *file, char *buf, size_t len)
{
    if (file == NULL)
        return ctx->path;
    if (strcmp(file, ctx->path) == 0 || file[0] == '/' || strcmp(ctx->dir, ".") == 0)
        return file;
    snprintf(buf, len, "%s/%s", ctx->dir, file);
    return buf;
}

static const char *setting_file(const load_ctx_t *ctx, const config_setting_t *s, char *buf,
                                size_t len)
{
    for (; s != NULL; s = config_setting_parent(s))
        if (config_setting_source_file(s) != NULL)
            return shown_file(ctx, config_setting_source_file(s), buf, len);
    return ctx->path;
}

/* Writes "FILE:LINE: message" about setting `s` into the caller's buffer. */
static void report(load_ctx_t *ctx, const config_setting_t *s, const char *msg)
{
    char file[2 * CONFIG_PATH_MAX];
    if (ctx->err != NULL && ctx->errlen > 0)
        snprintf(ctx->err, ctx->errlen, "%s:%d: %s", setting_file(ctx, s, file, sizeof file),
                 setting_line(s), msg);
}

/* Reports "FILE:LINE: NAME: message" about setting `s`; returns -1. */
__attribute__((format(printf, 3, 4))) static int fail(load_ctx_t *ctx, const config_setting_t *s,
                                                      const char *fmt, ...)
{
    char name[256], msg[512], line[800];
    setting_path(s, name, sizeof name);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(line, sizeof line, "%s%s%s", name, name[0] ? ": " : "", msg);
    report(ctx, s, line);
    return -1;
}

/* ---- typed getters ---------------------------------------------------
 * Each looks up member `name` of group `g`. An absent member leaves the
 * output alone and returns 0 (every setting is optional); a present one of
 * the wrong type or out of range is an error. */

/* Refuses any member of group `g` whose name is not in the NULL-ended
 * list `known`. */
static int check_names(load_ctx_t *ctx, const config_setting_t *g, const char *const *known)
{
    int n = config_setting_length(g);
    for (int i = 0; i < n; i++) {
        const config_setting_t *m = config_setting_get_elem(g, (unsigned)i);
        const char *name = config_setting_name(m);
        bool found = false;
        for (const char *const *k = known; *k != NULL && !found; k++)
            found = strcmp(name, *k) == 0;
        if (found)
            continue;
        const char *close = text_suggest(name, known);
        char where[256];
        setting_path(g, where, sizeof where);
        char msg[400];
        int off = snprintf(msg, sizeof msg, "unknown setting '%s'", name);
        if (where[0])
            off += snprintf(msg + off, sizeof msg - (size_t)off, " in %s", where);
        if (close != NULL)
            snprintf(msg + off, sizeof msg - (size_t)off, " (did you mean '%s'?)", close);
        /* the unknown name and its group are already in the message */
        report(ctx, m, msg);
        return -1;
    }
    return 0;
}

static int get_group(load_ctx_t *ctx, const config_setting_t *g, const char *name,
                     config_setting_t **out, const char *const *known)
{
    *out = config_setting_get_member(g, name);
    if (*out == NULL)
        return 0;
    if (!config_setting_is_group(*out))
        return fail(ctx, *out, "must be a group: %s = { ... };", name);
    return check_names(ctx, *out, known);
}

static int get_int(load_ctx_t *ctx, const config_setting_t *g, const char *name, long long min,
                   long long max, int *out)
{
    const config_setting_t *s = config_setting_get_member(g, name);
    if (s == NULL)
        return 0;
    int type = config_setting_type(s);
    if (type != CONFIG_TYPE_INT && type != CONFIG_TYPE_INT64)
        return fail(ctx, s, "must be a whole number (without quotes)");
    long long v = config_setting_get_int64(s);
    if (v < 0 && min == 0)
        return fail(ctx, s, "%lld is negative; it must be 0 or more", v);
    if (v < min || v > max)
        return fail(ctx, s, "%lld is out of range (%lld..%lld)", v, min, max);
    *out = (int)v;
    return 0;
}

static int get_bool(load_ctx_t *ctx, const config_setting_t *g, const char *name, bool *out)
{
    const config_setting_t *s = config_setting_get_member(g, name);
    if (s == NULL)
        return 0;
    if (config_setting_type(s) != CONFIG_TYPE_BOOL)
        return fail(ctx, s, "must be true or false");
    *out = config_setting_get_bool(s) != 0;
    return 0;
}

/* Copies string setting `s` into buf (size len), refusing other types and
 * values that do not fit. */
static int copy_string(load_ctx_t *ctx, const config_setting_t *s, char *buf, size_t len)
{
    if (config_setting_type(s) != CONFIG_TYPE_STRING)
        return fail(ctx, s, "must be a text in double quotes");
    const char *v = config_setting_get_string(s);
    if (strlen(v) >= len)
        return fail(ctx, s, "is too long (at most %zu characters)", len - 1);
    memcpy(buf, v, strlen(v) + 1);
    return 0;
}

/* Like get_int for strings; *found tells whether the member was there. */
static int get_string(load_ctx_t *ctx, const config_setting_t *g, const char *name, char *buf,
                      size_t len, const config_setting_t **found)
{
    const config_setting_t *s = config_setting_get_member(g, name);
    if (found != NULL)
        *found = s;
    if (s == NULL)
        return 0;
    return copy_string(ctx, s, buf, len);
}

/* ---- value checks ---------------------------------------------------- */

static bool is_ip_literal(const char *s)
{
    unsigned char buf[16];
    return inet_pton(AF_INET, s, buf) == 1 || inet_pton(AF_INET6, s, buf) == 1;
}

/* Checks "http(s)://host[:port]" at the start of url; *rest gets what
 * follows. Host is a DNS name, an IPv4 address or a bracketed IPv6 one. */
static bool parse_http_authority(const char *url, const char **rest)
{
    const char *p;
    if (strncasecmp(url, "http://", 7) == 0)
        p = url + 7;
    else if (strncasecmp(url, "https://", 8) == 0)
        p = url + 8;
    else
        return false;
    if (*p == '[') {
        const char *end = strchr(p, ']');
        if (end == NULL || (size_t)(end - p - 1) >= 64)
            return false;
        char inner[64];
        memcpy(inner, p + 1, (size_t)(end - p - 1));
        inner[end - p - 1] = '\0';
        unsigned char addr[16];
        if (inet_pton(AF_INET6, inner, addr) != 1)
            return false;
        p = end + 1;
    } else {
        const char *h = p;
        while (isalnum((unsigned char)*p) || *p == '.' || *p == '-')
            p++;
        if (p == h || *h == '.' || *h == '-' || p[-1] == '-')
            return false;
    }
    if (*p == ':') {
        p++;
        long port = 0;
        const char *d = p;
        while (isdigit((unsigned char)*p) && p - d < 6)
            port = port * 10 + (*p++ - '0');
        if (p == d || port < 1 || port > 65535)
            return false;
    }
    *rest = p;
    return true;
}

static bool valid_origin(const char *s)
{
    const char *rest;
    return parse_http_authority(s, &rest) && *rest == '\0';
}

/* http(s)://host[:port] followed by nothing or by a path. */
static bool valid_public_url(const char *s)
{
    const char *rest;
    if (!parse_http_authority(s, &rest))
        return false;
    if (*rest != '\0' && *rest != '/')
        return false;
    for (; *rest; rest++)
        if (isspace((unsigned char)*rest) || *rest == '?' || *rest == '#' ||
            !isprint((unsigned char)*rest))
            return false;
    return true;
}

static bool valid_agency_id(const char *s)
{
    if (*s == '\0')
        return false;
    for (; *s; s++)
        if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-'))
            return false;
    return true;
}

/* An IANA zone name that names a file under ZONEINFO_DIR. */
static bool valid_timezone(const char *s)
{
    if (*s == '\0' || *s == '/' || strstr(s, "..") != NULL)
        return false;
    for (const char *p = s; *p; p++)
        if (!(isalnum((unsigned char)*p) || strchr("_+-/", *p) != NULL))
            return false;
    char file[sizeof ZONEINFO_DIR + 64];
    snprintf(file, sizeof file, "%s/%s", ZONEINFO_DIR, s);
    struct stat st;
    return stat(file, &st) == 0 && S_ISREG(st.st_mode);
}

/* Parses "HH:MM" (two digits each) into minutes after midnight. "24:00"
 * is taken only when allow_24 is set. */
/* Joins a path from the file with the file's directory. */
static int resolve_path(load_ctx_t *ctx, const config_setting_t *s, const char *value, char *out,
                        size_t len)
{
    int n;
    if (value[0] == '\0')
        return fail(ctx, s, "must not be empty");
    if (value[0] == '/' || strcmp(ctx->dir, ".") == 0)
        n = snprintf(out, len, "%s", value);
    else if (strcmp(ctx->dir, "/") == 0)
        n = snprintf(out, len, "/%s", value);
    else
        n = snprintf(out, len, "%s/%s", ctx->dir, value);
    if (n < 0 || (size_t)n >= len)
        return fail(ctx, s, "the path is too long (at most %zu characters)", len - 1);
    return 0;
}

/* ---- the groups ------------------------------------------------------ */

static int load_hall(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"name", "public_url", "timezone", NULL};
    config_setting_t *g;
    const config_setting_t *s;
    if (get_group(ctx, root, "hall", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    if (get_string(ctx, g, "name", cfg->hall_name, sizeof cfg->hall_name, &s) < 0)
        return -1;
    if (s != NULL && cfg->hall_name[0] == '\0')
        return fail(ctx, s, "must not be empty");
    if (get_string(ctx, g, "public_url", cfg->public_url, sizeof cfg->public_url, &s) < 0)
        return -1;
    if (s != NULL) {
        if (!valid_public_url(cfg->public_url))
            return fail(ctx, s,
                        "'%s' is not an http:// or https:// address "
                        "(like \"https://mpp.example.go.id\")",
                        cfg->public_url);
        size_t n = strlen(cfg->public_url);
        while (n > 0 && cfg->public_url[n - 1] == '/')
            cfg->public_url[--n] = '\0';
    }
    if (get_string(ctx, g, "timezone", cfg->timezone, sizeof cfg->timezone, &s) < 0)
        return -1;
    if (s != NULL && !valid_timezone(cfg->timezone))
        return fail(ctx, s,
                    "unknown time zone '%s' (expected a name under %s, like \"Asia/Jakarta\")",
                    cfg->timezone, ZONEINFO_DIR);
    return 0;
}

/* Reads a list or array of strings into rows of `width` bytes; each is
 * checked by `valid` and described by `what` when it fails. */
/* The list or array `name` of g and its length, at most max: 1 when there
 * is one, 0 when it is absent, -1 after reporting what is wrong. */
static int get_list(load_ctx_t *ctx, const config_setting_t *g, const char *name, size_t max,
                    const config_setting_t **list, int *n)
{
    const config_setting_t *s = config_setting_get_member(g, name);
    if (s == NULL)
        return 0;
    if (!config_setting_is_array(s) && !config_setting_is_list(s))
        return fail(ctx, s, "must be a list in brackets: %s = [ \"...\", \"...\" ];", name);
    *n = config_setting_length(s);
    if ((size_t)*n > max)
        return fail(ctx, s, "has %d entries; at most %zu are allowed", *n, max);
    *list = s;
    return 1;
}

static int get_string_list(load_ctx_t *ctx, const config_setting_t *g, const char *name, char *rows,
                           size_t width, size_t max, size_t *count, bool (*valid)(const char *),
                           const char *what)
{
    const config_setting_t *s = NULL;
    int n = 0, rc = get_list(ctx, g, name, max, &s, &n);
    if (rc <= 0)
        return rc;
    for (int i = 0; i < n; i++) {
        const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);
        char *row = rows + (size_t)i * width;
        if (copy_string(ctx, e, row, width) < 0)
            return -1;
        if (!valid(row))
            return fail(ctx, e, "'%s' is not %s", row, what);
    }
    *count = (size_t)n;
    return 0;
}

static bool is_net(const char *s)
{
    config_net_t n;
    return config_net_parse(s, &n);
}

/* name = [ "ADDRESS" or "ADDRESS/BITS", ... ] into at most max (<= 64)
 * networks. */
static int get_net_list(load_ctx_t *ctx, const config_setting_t *g, const char *name,
                        config_net_t *out, size_t max, size_t *count)
{
    char rows[64][64];
    size_t n = 0;
    if (get_string_list(ctx, g, name, &rows[0][0], sizeof rows[0], max < 64 ? max : 64, &n, is_net,
                        "an IP address or network (like \"192.168.1.20\", \"192.168.1.0/24\" "
                        "or \"::1\")") < 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        config_net_parse(rows[i], &out[i]);
    if (config_setting_get_member(g, name))
        *count = n;
    return 0;
}

static bool valid_listen(const char *s)
{
    if (*s == '\0' || is_ip_literal(s))
        return true;
    for (; *s; s++)
        if (!(isalnum((unsigned char)*s) || *s == '.' || *s == '-' || *s == '_'))
            return false;
    return true;
}

/* server.tls = { cert = "hall.crt"; key = "hall.key"; }: both files, both
 * readable, paths relative to the config file. */
static int load_tls(load_ctx_t *ctx, const config_setting_t *server, config_t *cfg)
{
    static const char *const known[] = {"cert", "key", NULL};
    config_setting_t *g;
    if (get_group(ctx, server, "tls", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    struct {
        const char *name;
        char *out;
    } files[] = {{"cert", cfg->tls_cert}, {"key", cfg->tls_key}};
    for (size_t i = 0; i < 2; i++) {
        char value[CONFIG_PATH_MAX];
        const config_setting_t *s;
        if (get_string(ctx, g, files[i].name, value, sizeof value, &s) < 0)
            return -1;
        if (s == NULL)
            return fail(ctx, g, "needs both cert and key (PEM files)");
        if (resolve_path(ctx, s, value, files[i].out, CONFIG_PATH_MAX) < 0)
            return -1;
        if (access(files[i].out, R_OK) != 0)
            return fail(ctx, s, "cannot read %s: %s", files[i].out, strerror(errno));
    }
    return 0;
}

static int load_server(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"listen",   "port", "origins", "trusted_proxies",
                                        "max_body", "tls",  NULL};
    config_setting_t *g;
    const config_setting_t *s;
    if (get_group(ctx, root, "server", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    if (get_string(ctx, g, "listen", cfg->listen, sizeof cfg->listen, &s) < 0)
        return -1;
    if (s != NULL && !valid_listen(cfg->listen))
        return fail(ctx, s, "'%s' is not an address to listen on (\"\" for all, or an IP address)",
                    cfg->listen);
    if (get_int(ctx, g, "port", 1, 65535, &cfg->port) < 0)
        return -1;
    if (get_string_list(ctx, g, "origins", &cfg->origins[0][0], sizeof cfg->origins[0],
                        CONFIG_MAX_ORIGINS, &cfg->n_origins, valid_origin,
                        "an Origin of the form http(s)://host[:port] with no path") < 0)
        return -1;
    if (get_net_list(ctx, g, "trusted_proxies", cfg->proxies, CONFIG_MAX_PROXIES, &cfg->n_proxies) <
        0)
        return -1;
    int max_body = (int)cfg->max_body;
    if (get_int(ctx, g, "max_body", 1024, 64 * 1024 * 1024, &max_body) < 0)
        return -1;
    cfg->max_body = (size_t)max_body;
    return load_tls(ctx, g, cfg);
}

static int load_paths(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"data", "plugins", "web", NULL};
    struct {
        const char *name;
        char *out;
    } paths[] = {{"data", cfg->data_dir}, {"plugins", cfg->plugins_dir}, {"web", cfg->web_dir}};
    config_setting_t *g;
    if (get_group(ctx, root, "paths", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        char value[CONFIG_PATH_MAX];
        const config_setting_t *s;
        if (get_string(ctx, g, paths[i].name, value, sizeof value, &s) < 0)
            return -1;
        if (s != NULL && resolve_path(ctx, s, value, paths[i].out, CONFIG_PATH_MAX) < 0)
            return -1;
    }
    return 0;
}

/* index = struct tm weekday, 0 = Sunday */
static const char *const weekday_keys[7] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

/* Reads the weekday keys (mon..sun) of group g into days; an absent one
 * stays unset. *any tells whether one was there. */
static int read_days(load_ctx_t *ctx, const config_setting_t *g, calendar_hours_t days[7],
                     bool *any)
{
    *any = false;
    for (int d = 0; d < 7; d++) {
        const config_setting_t *s = config_setting_get_member(g, weekday_keys[d]);
        if (s == NULL)
            continue;
        char why[200];
        if (config_setting_type(s) != CONFIG_TYPE_STRING)
            return fail(ctx, s,
                        "must be \"HH:MM-HH:MM\" or \"closed\" in double quotes (several "
                        "ranges separated by commas)");
        if (!config_hours_parse(config_setting_get_string(s), &days[d], why, sizeof why))
            return fail(ctx, s, "%s", why);
        *any = true;
    }
    return 0;
}

static uint32_t parse_date(const char *s);

/* special = ( { from; to; name; source; closed | mon..sun; }, ... ) of the
 * hall (agency "") or one agency: periods of the same scope may not
 * overlap. */
static int load_specials(load_ctx_t *ctx, const config_setting_t *g, const char *agency,
                         config_t *cfg)
{
    static const char *const known[] = {"from", "to",  "name", "source", "closed", "sun", "mon",
                                        "tue",  "wed", "thu",  "fri",    "sat",    NULL};
    const config_setting_t *list = config_setting_get_member(g, "special");
    if (list == NULL)
        return 0;
    if (!config_setting_is_list(list))
        return fail(ctx, list,
                    "must be a list in parentheses: special = ( { from = \"2027-02-08\"; to = "
                    "\"2027-03-09\"; name = \"Ramadan 1448 H\"; mon = \"08:00-14:00\"; } );");
    size_t first = cfg->n_specials;
    for (int i = 0; i < config_setting_length(list); i++) {
        const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
        if (!config_setting_is_group(e))
            return fail(ctx, e,
                        "must be a group: { from = \"YYYY-MM-DD\"; to = ...; name = ...; }");
        if (cfg->n_specials >= CONFIG_MAX_SPECIALS)
            return fail(ctx, e, "more than %d special periods", CONFIG_MAX_SPECIALS);
        config_special_t *sp = &cfg->specials[cfg->n_specials];
        memset(sp, 0, sizeof *sp);
        snprintf(sp->agency, sizeof sp->agency, "%s", agency);
        char from[16] = "", to[16] = "";
        const config_setting_t *fs, *ts;
        bool closed = false, any;
        if (check_names(ctx, e, known) < 0 ||
            get_string(ctx, e, "from", from, sizeof from, &fs) < 0 ||
            get_string(ctx, e, "to", to, sizeof to, &ts) < 0 ||
            get_string(ctx, e, "name", sp->name, sizeof sp->name, NULL) < 0 ||
            get_string(ctx, e, "source", sp->source, sizeof sp->source, NULL) < 0 ||
            get_bool(ctx, e, "closed", &closed) < 0 || read_days(ctx, e, sp->days, &any) < 0)
            return -1;
        if (fs == NULL)
            return fail(ctx, e, "a special period needs its first day: from = \"YYYY-MM-DD\"");
        if (!(sp->from = parse_date(from)))
            return fail(ctx, fs, "'%s' is not a date \"YYYY-MM-DD\"", from);
        if (ts != NULL && !(sp->to = parse_date(to)))
            return fail(ctx, ts, "'%s' is not a date \"YYYY-MM-DD\"", to);
        if (ts == NULL)
            sp->to = sp->from;
        if (sp->to < sp->from)
            return fail(ctx, ts, "the period ends (%s) before it begins (%s)", to, from);
        if (!sp->name[0])
            return fail(ctx, e,
                        "a special period needs its name (what the kiosk shows): "
                        "name = \"Ramadan 1448 H\"");
        if (closed && any)
            return fail(ctx, e, "give either closed = true or the hours of its days, not both");
        if (!closed && !any)
            return fail(ctx, e,
                        "give the hours of its days (mon = \"08:00-14:00\"; ...) or closed = true");
        for (int d = 0; closed && d < 7; d++)
            sp->days[d].set = true; /* n 0: closed */
        for (size_t j = first; j < cfg->n_specials; j++)
            if (cfg->specials[j].from <= sp->to && sp->from <= cfg->specials[j].to)
                return fail(ctx, e,
                            "this period overlaps the period '%s'; one day has one set of "
                            "hours",
                            cfg->specials[j].name);
        cfg->n_specials++;
    }
    return 0;
}

/* agencies = { <agency> = { mon..sun; special = (...); }; }: an agency's
 * own hours, within the hall's. */
static int load_agency_hours(load_ctx_t *ctx, const config_setting_t *hours, config_t *cfg)
{
    static const char *const names[] = {"sun", "mon", "tue",     "wed", "thu",
                                        "fri", "sat", "special", NULL};
    const config_setting_t *g = config_setting_get_member(hours, "agencies");
    if (g == NULL)
        return 0;
    if (!config_setting_is_group(g))
        return fail(ctx, g, "must be a group: agencies = { pln = { fri = \"08:00-11:00\"; }; };");
    for (int i = 0; i < config_setting_length(g); i++) {
        const config_setting_t *a = config_setting_get_elem(g, (unsigned)i);
        const char *id = config_setting_name(a);
        if (!config_setting_is_group(a))
            return fail(ctx, a, "must be a group of the agency's hours");
        if (!valid_agency_id(id) || strlen(id) >= sizeof cfg->agency_hours[0].agency)
            return fail(ctx, a, "'%s' is not an agency id", id);
        if (!config_has_agency(cfg, id))
            return fail(ctx, a, "the hall config gives agency '%s' no counter", id);
        if (cfg->n_agency_hours >= CONFIG_MAX_AGENCY_HOURS)
            return fail(ctx, a, "more than %d agencies with hours of their own",
                        CONFIG_MAX_AGENCY_HOURS);
        config_agency_hours_t *ah = &cfg->agency_hours[cfg->n_agency_hours++];
        memset(ah, 0, sizeof *ah);
        snprintf(ah->agency, sizeof ah->agency, "%s", id);
        bool any;
        if (check_names(ctx, a, names) < 0 || read_days(ctx, a, ah->days, &any) < 0 ||
            load_specials(ctx, a, id, cfg) < 0)
            return -1;
    }
    return 0;
}

static int load_hours(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"sun",           "mon",     "tue",      "wed",
                                        "thu",           "fri",     "sat",      "carry_over",
                                        "print_timeout", "special", "agencies", NULL};
    config_setting_t *g;
    if (get_group(ctx, root, "hours", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    calendar_hours_t days[7] = {{0}};
    bool any;
    if (read_days(ctx, g, days, &any) < 0)
        return -1;
    for (int d = 0; d < 7; d++)
        if (days[d].set)
            cfg->hours[d] = days[d];
    if (load_specials(ctx, g, "", cfg) < 0 || load_agency_hours(ctx, g, cfg) < 0)
        return -1;
    if (get_bool(ctx, g, "carry_over", &cfg->carry_over) < 0)
        return -1;
    return get_int(ctx, g, "print_timeout", 10, 3600, &cfg->print_timeout_s);
}

static int load_counters(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"number", "agency", NULL};
    const config_setting_t *list = config_setting_get_member(root, "counters");
    if (list == NULL)
        return 0;
    if (!config_setting_is_list(list))
        return fail(
            ctx, list,
            "must be a list in parentheses: counters = ( { number = 1; agency = \"...\"; } );");
    int n = config_setting_length(list);
    if ((size_t)n > CONFIG_MAX_COUNTERS)
        return fail(ctx, list, "has %d counters; at most %d are allowed", n, CONFIG_MAX_COUNTERS);
    const config_setting_t *seen[1000] = {0};
    for (int i = 0; i < n; i++) {
        const config_setting_t *c = config_setting_get_elem(list, (unsigned)i);
        config_counter_t *out = &cfg->counters[i];
        if (!config_setting_is_group(c))
            return fail(ctx, c, "must be a group: { number = 1; agency = \"...\"; }");
        if (check_names(ctx, c, known) < 0)
            return -1;
        const config_setting_t *num = config_setting_get_member(c, "number");
        const config_setting_t *agency = config_setting_get_member(c, "agency");
        if (num == NULL)
            return fail(ctx, c, "a counter needs its number");
        if (agency == NULL)
            return fail(ctx, c, "a counter needs its agency");
        out->number = 0;
        if (get_int(ctx, c, "number", 1, 999, &out->number) < 0)
            return -1;
        if (seen[out->number] != NULL)
            return fail(ctx, num, "counter %d is listed twice (first at line %d)", out->number,
                        setting_line(seen[out->number]));
        seen[out->number] = num;
        if (copy_string(ctx, agency, out->agency, sizeof out->agency) < 0)
            return -1;
        if (!valid_agency_id(out->agency))
            return fail(ctx, agency,
                        "'%s' is not an agency id (only a-z, 0-9 and '-', like \"bpjs-kes\")",
                        out->agency);
    }
    cfg->n_counters = (size_t)n;
    return 0;
}

static int load_rate_limits(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"issue_per_minute",
                                        "login_per_minute",
                                        "booking_per_minute",
                                        "connections_per_ip",
                                        "allow",
                                        NULL};
    config_setting_t *g;
    if (get_group(ctx, root, "rate_limits", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    /* 0 = no limit */
    if (get_int(ctx, g, "issue_per_minute", 0, 100000, &cfg->rate_issue_per_min) < 0 ||
        get_int(ctx, g, "login_per_minute", 0, 100000, &cfg->rate_login_per_min) < 0 ||
        get_int(ctx, g, "booking_per_minute", 0, 100000, &cfg->rate_booking_per_min) < 0 ||
        get_int(ctx, g, "connections_per_ip", 0, 100000, &cfg->conns_per_ip) < 0)
        return -1;
    return get_net_list(ctx, g, "allow", cfg->rate_allow, CONFIG_MAX_ALLOW, &cfg->n_rate_allow);
}

static int load_sessions(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"idle_minutes", "max_hours", NULL};
    config_setting_t *g;
    if (get_group(ctx, root, "sessions", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    int idle_min = cfg->session_idle_s / 60, max_h = cfg->session_max_s / 3600;
    if (get_int(ctx, g, "idle_minutes", 1, 7 * 24 * 60, &idle_min) < 0 ||
        get_int(ctx, g, "max_hours", 1, 30 * 24, &max_h) < 0)
        return -1;
    if (idle_min * 60 > max_h * 3600) {
        const config_setting_t *s = config_setting_get_member(g, "idle_minutes");
        return fail(ctx, s != NULL ? s : g,
                    "%d minutes idle is longer than the %d hour limit of sessions.max_hours",
                    idle_min, max_h);
    }
    cfg->session_idle_s = idle_min * 60;
    cfg->session_max_s = max_h * 3600;
    return 0;
}

/* plugin_options = { <agency> = { <name> = <int|bool|string>; ... }; ... };
 * The plugin decides what a name means and checks its range; the config
 * only keeps typed values. */
static int load_plugin_options(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    const config_setting_t *g = config_setting_get_member(root, "plugin_options");
    if (g == NULL)
        return 0;
    if (!config_setting_is_group(g))
        return fail(ctx, g, "must be a group: plugin_options = { dukcapil = { ... }; };");
    for (int i = 0; i < config_setting_length(g); i++) {
        const config_setting_t *a = config_setting_get_elem(g, (unsigned)i);
        const char *agency = config_setting_name(a);
        if (!config_setting_is_group(a))
            return fail(ctx, a, "must be a group of the agency's options");
        if (!valid_agency_id(agency) || strlen(agency) >= sizeof cfg->options[0].agency)
            return fail(ctx, a, "'%s' is not an agency id", agency);
        for (int j = 0; j < config_setting_length(a); j++) {
            const config_setting_t *o = config_setting_get_elem(a, (unsigned)j);
            if (cfg->n_options >= CONFIG_MAX_OPTIONS)
                return fail(ctx, o, "more than %d plugin options", CONFIG_MAX_OPTIONS);
            config_option_t *opt = &cfg->options[cfg->n_options];
            memset(opt, 0, sizeof *opt);
            snprintf(opt->agency, sizeof opt->agency, "%s", agency);
            if (strlen(config_setting_name(o)) >= sizeof opt->name)
                return fail(ctx, o, "the option name is too long");
            snprintf(opt->name, sizeof opt->name, "%s", config_setting_name(o));
            opt->line = setting_line(o);
            char buf[CONFIG_PATH_MAX];
            const char *file = setting_file(ctx, o, buf, sizeof buf);
            size_t flen = strlen(file);
            snprintf(opt->file, sizeof opt->file, "%s",
                     flen < sizeof opt->file ? file : file + flen - (sizeof opt->file - 1));
            switch (config_setting_type(o)) {
            case CONFIG_TYPE_INT:
            case CONFIG_TYPE_INT64:
                opt->kind = CONFIG_OPT_INT;
                opt->integer = config_setting_get_int64(o);
                break;
            case CONFIG_TYPE_BOOL:
                opt->kind = CONFIG_OPT_BOOL;
                opt->boolean = config_setting_get_bool(o) != 0;
                break;
            case CONFIG_TYPE_STRING:
                opt->kind = CONFIG_OPT_STRING;
                if (copy_string(ctx, o, opt->text, sizeof opt->text) < 0)
                    return -1;
                break;
            default:
                return fail(ctx, o, "a plugin option is a whole number, true/false or a string");
            }
            cfg->n_options++;
        }
    }
    return 0;
}

const config_option_t *config_option_find(const config_t *cfg, const char *agency, const char *name)
{
    for (size_t i = 0; i < cfg->n_options; i++)
        if (strcmp(cfg->options[i].agency, agency) == 0 && strcmp(cfg->options[i].name, name) == 0)
            return &cfg->options[i];
    return NULL;
}

/* storage = { map_mb = N; }: the LMDB map a new data folder starts with,
 * in MiB, and the least an existing one is opened with. */
/* "YYYY-MM-DD" of a real calendar day to YYYYMMDD; 0 when it is not one. */
static uint32_t parse_date(const char *s)
{
    int y, m, d;
    char tail;
    if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || s[4] != '-' ||
        s[7] != '-' || y < 2000 || y > 2200 || m < 1 || m > 12 || d < 1)
        return 0;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > days[m - 1] + (m == 2 && leap))
        return 0;
    return (uint32_t)(y * 10000 + m * 100 + d);
}

/* calendar = { closed = ( { date = "2026-12-25"; name = "..."; source = "..."; }, ... ); };
 * the dates the hall is closed besides its weekly hours: no slots are
 * offered for booking on them. */
static int load_calendar(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"closed", NULL}, *const day_known[] = {"date", "name",
                                                                               "source", NULL};
    config_setting_t *g;
    if (get_group(ctx, root, "calendar", &g, known) < 0)
        return -1;
    const config_setting_t *list = g ? config_setting_get_member(g, "closed") : NULL;
    if (list == NULL)
        return 0;
    if (!config_setting_is_list(list))
        return fail(ctx, list,
                    "must be a list in parentheses: closed = ( { date = \"2026-12-25\"; name = "
                    "\"...\"; source = \"...\"; } );");
    int n = config_setting_length(list);
    if ((size_t)n > CONFIG_MAX_HOLIDAYS)
        return fail(ctx, list, "has %d dates; at most %d are allowed", n, CONFIG_MAX_HOLIDAYS);
    for (int i = 0; i < n; i++) {
        const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
        config_holiday_t *h = &cfg->holidays[i];
        char date[16] = "";
        if (!config_setting_is_group(e))
            return fail(ctx, e, "must be a group: { date = \"2026-12-25\"; name = \"...\"; }");
        const config_setting_t *ds;
        if (check_names(ctx, e, day_known) < 0 ||
            get_string(ctx, e, "date", date, sizeof date, &ds) < 0 ||
            get_string(ctx, e, "name", h->name, sizeof h->name, NULL) < 0 ||
            get_string(ctx, e, "source", h->source, sizeof h->source, NULL) < 0)
            return -1;
        if (ds == NULL || !(h->ymd = parse_date(date)))
            return fail(ctx, ds ? ds : e, "a closed day needs its date as \"YYYY-MM-DD\"");
        if (!h->name[0])
            return fail(ctx, e, "a closed day needs its name (what the citizen is told)");
    }
    cfg->n_holidays = (size_t)n;
    return 0;
}

/* Whether s looks like "Name: value" (the hall checks the names it refuses). */
/* A header line: "Name: value". */
static bool header_line(const char *s)
{
    const char *colon = strchr(s, ':');
    return colon && colon > s && !strpbrk(s, "\r\n");
}

/* Whether a header line carries a secret: an Authorization, or a name
 * with Key, Token or Secret in it. Those belong in notify.headers_file. */
static bool header_secret(const char *s)
{
    char name[64];
    size_t len = strcspn(s, ":");
    snprintf(name, sizeof name, "%.*s", (int)(len < 63 ? len : 63), s);
    for (char *p = name; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return strcmp(name, "authorization") == 0 || strstr(name, "key") || strstr(name, "token") ||
           strstr(name, "secret");
}

/* notify = { kind; url; headers = ( "Name: value", ... ); headers_file;
 * hmac_key_file; timeout; rate_per_second; connections; quiet_hours; max_attempts;
 * give_up_hours; keep_days; forget_days; ca_file; near; near_minutes;
 * wa_language; wa_prefix; }: the gateway and its secret files are checked
 * by the hall when it opens (docs/notify.md, docs/operations.md). */
static int load_notify(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"kind",
                                        "url",
                                        "headers",
                                        "headers_file",
                                        "hmac_key_file",
                                        "timeout",
                                        "quiet_hours",
                                        "max_attempts",
                                        "give_up_hours",
                                        "keep_days",
                                        "forget_days",
                                        "ca_file",
                                        "near",
                                        "near_minutes",
                                        "rate_per_second",
                                        "wa_language",
                                        "wa_prefix",
                                        "connections",
                                        NULL};
    config_setting_t *g;
    if (get_group(ctx, root, "notify", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    static const struct {
        const char *key;
        size_t at;
    } files[] = {{"ca_file", offsetof(config_t, notify_ca_file)},
                 {"headers_file", offsetof(config_t, notify_headers_file)},
                 {"hmac_key_file", offsetof(config_t, notify_hmac_key_file)}};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        const config_setting_t *f = NULL;
        char given[CONFIG_PATH_MAX] = "";
        if (get_string(ctx, g, files[i].key, given, sizeof given, &f) < 0 ||
            (f && resolve_path(ctx, f, given, (char *)cfg + files[i].at, CONFIG_PATH_MAX) < 0))
            return -1;
    }
    char kind[32] = "webhook";
    const config_setting_t *k = NULL;
    if (get_string(ctx, g, "kind", kind, sizeof kind, &k) < 0)
        return -1;
    if (strcmp(kind, "webhook") != 0 && strcmp(kind, "whatsapp_cloud") != 0)
        return fail(ctx, k,
                    "notify.kind \"%s\": expected \"webhook\" (any SMS/WhatsApp gateway "
                    "taking the contract's JSON) or \"whatsapp_cloud\"",
                    kind);
    cfg->notify_whatsapp = strcmp(kind, "whatsapp_cloud") == 0;
    if (get_string(ctx, g, "url", cfg->notify_url, sizeof cfg->notify_url, NULL) < 0 ||
        get_string_list(ctx, g, "headers", &cfg->notify_headers[0][0],
                        sizeof cfg->notify_headers[0], 8, &cfg->n_notify_headers, header_line,
                        "a header line \"Name: value\"") < 0 ||
        get_int(ctx, g, "timeout", 1, 120, &cfg->notify_timeout_s) < 0 ||
        get_int(ctx, g, "rate_per_second", 0, 100000, &cfg->notify_rate_per_s) < 0 ||
        get_int(ctx, g, "connections", 1, 16, &cfg->notify_connections) < 0 ||
        get_string(ctx, g, "quiet_hours", cfg->notify_quiet, sizeof cfg->notify_quiet, NULL) < 0 ||
        get_int(ctx, g, "max_attempts", 1, 100, &cfg->notify_max_attempts) < 0 ||
        get_int(ctx, g, "give_up_hours", 1, 720, &cfg->notify_give_up_h) < 0 ||
        get_int(ctx, g, "keep_days", 1, 365, &cfg->notify_keep_days) < 0 ||
        get_int(ctx, g, "forget_days", 1, 3650, &cfg->notify_forget_days) < 0 ||
        get_int(ctx, g, "near", 0, 50, &cfg->notify_near) < 0 ||
        get_int(ctx, g, "near_minutes", 0, 240, &cfg->notify_near_minutes) < 0 ||
        get_string(ctx, g, "wa_language", cfg->notify_wa_language, sizeof cfg->notify_wa_language,
                   NULL) < 0 ||
        get_string(ctx, g, "wa_prefix", cfg->notify_wa_prefix, sizeof cfg->notify_wa_prefix, NULL) <
            0)
        return -1;
    for (size_t i = 0; i < cfg->n_notify_headers; i++) /* named, never repeated */
        if (header_secret(cfg->notify_headers[i]))
            return fail(
                ctx, config_setting_get_elem(config_setting_get_member(g, "headers"), (unsigned)i),
                "holds a secret (%.*s): put the line in notify.headers_file, a file "
                "only mppd's user may read",
                (int)strcspn(cfg->notify_headers[i], ":"), cfg->notify_headers[i]);
    if (cfg->notify_forget_days < cfg->notify_keep_days)
        return fail(ctx, g, "notify.forget_days (%d) is below notify.keep_days (%d)",
                    cfg->notify_forget_days, cfg->notify_keep_days);
    return 0;
}

/* pause_reasons = ( { id = "ishoma"; name = "..."; max_minutes = 60; }, ... );
 * why a counter may be paused; listed, a pause must name one. */
static int load_pause_reasons(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"id", "name", "max_minutes", NULL};
    const config_setting_t *list = config_setting_get_member(root, "pause_reasons");
    if (list == NULL)
        return 0;
    if (!config_setting_is_list(list))
        return fail(ctx, list,
                    "must be a list in parentheses: pause_reasons = ( { id = \"ishoma\"; name = "
                    "\"ISHOMA\"; max_minutes = 60; } );");
    int n = config_setting_length(list);
    if ((size_t)n > CONFIG_MAX_PAUSE_REASONS)
        return fail(ctx, list, "has %d reasons; at most %d are allowed", n,
                    CONFIG_MAX_PAUSE_REASONS);
    for (int i = 0; i < n; i++) {
        const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
        config_pause_reason_t *r = &cfg->pause_reasons[i];
        memset(r, 0, sizeof *r);
        if (!config_setting_is_group(e))
            return fail(ctx, e, "must be a group: { id = \"ishoma\"; name = \"...\"; }");
        const config_setting_t *id;
        if (check_names(ctx, e, known) < 0 ||
            get_string(ctx, e, "id", r->id, sizeof r->id, &id) < 0 ||
            get_string(ctx, e, "name", r->name, sizeof r->name, NULL) < 0 ||
            get_int(ctx, e, "max_minutes", 0, 24 * 60, &r->max_minutes) < 0)
            return -1;
        if (id == NULL || !valid_agency_id(r->id))
            return fail(ctx, id ? id : e,
                        "a pause reason needs an id of a-z, 0-9 and '-' (like \"sholat-jumat\")");
        if (strcmp(r->id, "logout") == 0)
            return fail(ctx, id, "\"logout\" is the reason mppd itself gives; choose another id");
        if (!r->name[0])
            return fail(ctx, e, "a pause reason needs its name (what staff read)");
        for (int k = 0; k < i; k++)
            if (strcmp(cfg->pause_reasons[k].id, r->id) == 0)
                return fail(ctx, id, "pause reason '%s' is listed twice", r->id);
    }
    cfg->n_pause_reasons = (size_t)n;
    return 0;
}

/* alerts = { wait_multiple = 2.0; wait_floor_minutes = 15; no_counter_minutes = 5; }; */
static int load_alerts(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"wait_multiple", "wait_floor_minutes", "no_counter_minutes",
                                        NULL};
    config_setting_t *g;
    if (get_group(ctx, root, "alerts", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    const config_setting_t *m = config_setting_get_member(g, "wait_multiple");
    if (m != NULL) {
        int type = config_setting_type(m);
        if (type != CONFIG_TYPE_FLOAT && type != CONFIG_TYPE_INT && type != CONFIG_TYPE_INT64)
            return fail(ctx, m, "must be a number (without quotes), like 2.0");
        double v = type == CONFIG_TYPE_FLOAT ? config_setting_get_float(m)
                                             : (double)config_setting_get_int64(m);
        if (!(v >= 1.0 && v <= 100.0))
            return fail(ctx, m, "%g is out of range (1..100)", v);
        cfg->alert_wait_multiple = v;
    }
    return get_int(ctx, g, "wait_floor_minutes", 0, 24 * 60, &cfg->alert_wait_floor_min) < 0 ||
                   get_int(ctx, g, "no_counter_minutes", 0, 24 * 60, &cfg->alert_no_counter_min) < 0
               ? -1
               : 0;
}

const config_pause_reason_t *config_pause_reason_find(const config_t *cfg, const char *id)
{
    for (size_t i = 0; id && i < cfg->n_pause_reasons; i++)
        if (strcmp(cfg->pause_reasons[i].id, id) == 0)
            return &cfg->pause_reasons[i];
    return NULL;
}

/* bookings = { keep_days = 30; per_phone_per_day = 3; }; */
static int load_bookings(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"keep_days", "per_phone_per_day", NULL};
    config_setting_t *g;
    if (get_group(ctx, root, "bookings", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    return get_int(ctx, g, "keep_days", 1, 3650, &cfg->booking_keep_days) < 0 ||
                   get_int(ctx, g, "per_phone_per_day", 1, 50, &cfg->booking_per_phone_day) < 0
               ? -1
               : 0;
}

static int load_storage(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"map_mb", NULL};
    config_setting_t *g;
    if (get_group(ctx, root, "storage", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    return get_int(ctx, g, "map_mb", 1, 1024 * 1024, &cfg->map_mb);
}

static int load_log(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"level", NULL};
    static const char *const levels[] = {"error", "warn", "info", "debug"};
    config_setting_t *g;
    const config_setting_t *s;
    char level[16];
    if (get_group(ctx, root, "log", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    if (get_string(ctx, g, "level", level, sizeof level, &s) < 0)
        return -1;
    if (s == NULL)
        return 0;
    for (int i = 0; i < 4; i++)
        if (strcmp(level, levels[i]) == 0) {
            cfg->log_level = (config_log_level_t)i;
            return 0;
        }
    return fail(ctx, s, "'%s' is not a log level (error, warn, info or debug)", level);
}

/* ---- zones and boards ------------------------------------------------ */

/* The zone of `agency` among the first n zones, or NULL. */
static const config_zone_t *zone_of(const config_zone_t *zones, size_t n, const char *agency)
{
    for (size_t z = 0; z < n; z++)
        for (size_t a = 0; a < zones[z].n_agencies; a++)
            if (strcmp(zones[z].agencies[a], agency) == 0)
                return &zones[z];
    return NULL;
}

/* One zone: { id = "lantai-1"; name = "Lantai 1"; agencies = [ "dukcapil" ]; }.
 * Its agencies must have counters in the hall, each in one zone only. */
static int load_zone(load_ctx_t *ctx, const config_setting_t *z, config_t *cfg, size_t i)
{
    static const char *const known[] = {"id", "name", "agencies", NULL};
    config_zone_t *out = &cfg->zones[i];
    memset(out, 0, sizeof *out);
    if (!config_setting_is_group(z))
        return fail(ctx, z,
                    "must be a group: { id = \"lantai-1\"; name = \"Lantai 1\"; "
                    "agencies = [ \"dukcapil\" ]; }");
    if (check_names(ctx, z, known) < 0)
        return -1;
    const config_setting_t *id = config_setting_get_member(z, "id");
    const config_setting_t *list = config_setting_get_member(z, "agencies");
    if (id == NULL)
        return fail(ctx, z, "a zone needs its id (a-z, 0-9 and '-')");
    if (list == NULL)
        return fail(ctx, z, "a zone needs its agencies: agencies = [ \"dukcapil\" ];");
    if (copy_string(ctx, id, out->id, sizeof out->id) < 0)
        return -1;
    if (!valid_agency_id(out->id))
        return fail(ctx, id, "'%s' is not a zone id (only a-z, 0-9 and '-', like \"lantai-1\")",
                    out->id);
    for (size_t k = 0; k < i; k++)
        if (strcmp(cfg->zones[k].id, out->id) == 0)
            return fail(ctx, id, "zone '%s' is listed twice", out->id);
    memcpy(out->name, out->id, sizeof out->id); /* the id (48) fits the name (96) */
    if (get_string(ctx, z, "name", out->name, sizeof out->name, NULL) < 0)
        return -1;
    if (!config_setting_is_array(list) || config_setting_length(list) == 0)
        return fail(ctx, list, "must be a list of agency ids: agencies = [ \"dukcapil\" ];");
    int n = config_setting_length(list);
    if (n > CONFIG_ZONE_AGENCIES)
        return fail(ctx, list, "has %d agencies; at most %d are allowed", n, CONFIG_ZONE_AGENCIES);
    for (int a = 0; a < n; a++) {
        const config_setting_t *e = config_setting_get_elem(list, (unsigned)a);
        char *agency = out->agencies[a];
        if (copy_string(ctx, e, agency, sizeof out->agencies[a]) < 0)
            return -1;
        if (!config_has_agency(cfg, agency))
            return fail(ctx, e, "'%s' has no counter in this hall (see counters)", agency);
        /* the zones before this one, and this one's agencies so far */
        const config_zone_t *other = zone_of(cfg->zones, i + 1, agency);
        if (other != NULL)
            return fail(ctx, e, "'%s' is already in zone '%s'; an agency belongs to one zone",
                        agency, other->id);
        out->n_agencies = (size_t)a + 1;
    }
    return 0;
}

/* zones = ( {...}, ... ); read after the counters, whose agencies it names. */
static int load_zones(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    const config_setting_t *list = config_setting_get_member(root, "zones");
    if (list == NULL)
        return 0;
    if (!config_setting_is_list(list))
        return fail(ctx, list,
                    "must be a list in parentheses: zones = ( { id = \"lantai-1\"; ... } );");
    int n = config_setting_length(list);
    if (n > CONFIG_MAX_ZONES)
        return fail(ctx, list, "has %d zones; at most %d are allowed", n, CONFIG_MAX_ZONES);
    for (int i = 0; i < n; i++) {
        if (load_zone(ctx, config_setting_get_elem(list, (unsigned)i), cfg, (size_t)i) < 0)
            return -1;
        cfg->n_zones = (size_t)i + 1;
    }
    return 0;
}

/* A file setting of export (resolved against the config's folder). */
static int export_path(load_ctx_t *ctx, const config_setting_t *g, const char *name, char *out)
{
    const config_setting_t *s;
    char value[CONFIG_PATH_MAX] = "";
    if (get_string(ctx, g, name, value, sizeof value, &s) < 0)
        return -1;
    return s ? resolve_path(ctx, s, value, out, CONFIG_PATH_MAX) : 0;
}

/* export = { nats; hall; creds_file; nkey; nkey_seed_file; ca_file;
 * cert_file; key_file; tls; window; ack_timeout_ms; outage_hours;
 * warn_after_s; } (docs/export.md): nats and hall go together. */
static int load_export(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {
        "nats",           "hall",         "creds_file",   "nkey", "nkey_seed_file",
        "ca_file",        "cert_file",    "key_file",     "tls",  "window",
        "ack_timeout_ms", "outage_hours", "warn_after_s", NULL};
    config_setting_t *g;
    const config_setting_t *nats, *hall, *nkey;
    if (get_group(ctx, root, "export", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    if (get_string(ctx, g, "nats", cfg->export_nats, sizeof cfg->export_nats, &nats) < 0 ||
        get_string(ctx, g, "hall", cfg->export_hall, sizeof cfg->export_hall, &hall) < 0 ||
        get_string(ctx, g, "nkey", cfg->export_nkey, sizeof cfg->export_nkey, &nkey) < 0 ||
        export_path(ctx, g, "creds_file", cfg->export_creds_file) < 0 ||
        export_path(ctx, g, "nkey_seed_file", cfg->export_nkey_seed_file) < 0 ||
        export_path(ctx, g, "ca_file", cfg->export_ca_file) < 0 ||
        export_path(ctx, g, "cert_file", cfg->export_cert_file) < 0 ||
        export_path(ctx, g, "key_file", cfg->export_key_file) < 0 ||
        get_bool(ctx, g, "tls", &cfg->export_tls) < 0 ||
        get_int(ctx, g, "window", 1, 65536, &cfg->export_window) < 0 ||
        get_int(ctx, g, "ack_timeout_ms", 100, 600000, &cfg->export_ack_timeout_ms) < 0 ||
        get_int(ctx, g, "outage_hours", 1, 24 * 365, &cfg->export_outage_hours) < 0 ||
        get_int(ctx, g, "warn_after_s", 1, 86400 * 365, &cfg->export_warn_after_s) < 0)
        return -1;
    if (!nats || !cfg->export_nats[0])
        return fail(ctx, g,
                    "export needs nats = \"nats://host:port\"; (the broker, usually the "
                    "hall's leaf node)");
    if (strncmp(cfg->export_nats, "nats://", 7) != 0 && strncmp(cfg->export_nats, "tls://", 6) != 0)
        return fail(ctx, nats, "'%s' is not a NATS address: write nats://host:port (or tls://)",
                    cfg->export_nats);
    if (!hall || !cfg->export_hall[0])
        return fail(ctx, g, "export needs hall = \"ID\"; (the hall's id in subjects mpp.ID.*)");
    if (strspn(cfg->export_hall, "abcdefghijklmnopqrstuvwxyz0123456789_-") !=
        strlen(cfg->export_hall))
        return fail(ctx, hall,
                    "'%s' may hold only lowercase letters, digits, '-' and '_' (it is a part "
                    "of NATS subjects)",
                    cfg->export_hall);
    if (cfg->export_nkey_seed_file[0] && !cfg->export_nkey[0])
        return fail(ctx, g, "nkey_seed_file needs nkey = \"U...\"; (its public key)");
    if (nkey && cfg->export_nkey[0] && !cfg->export_nkey_seed_file[0])
        return fail(ctx, nkey, "needs nkey_seed_file (the seed that signs for it)");
    if (cfg->export_cert_file[0] && !cfg->export_key_file[0])
        return fail(ctx, g, "cert_file needs key_file (the certificate's private key)");
    return 0;
}

/* board = { announce_max_age = 60; announce_queue = 10; sentence = "full"; }; */
static int load_board(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"announce_max_age", "announce_queue", "sentence", NULL};
    config_setting_t *g;
    char sentence[16];
    const config_setting_t *s;
    if (get_group(ctx, root, "board", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    if (get_int(ctx, g, "announce_max_age", 5, 3600, &cfg->board_max_age_s) < 0 ||
        get_int(ctx, g, "announce_queue", 1, 100, &cfg->board_queue_max) < 0 ||
        get_string(ctx, g, "sentence", sentence, sizeof sentence, &s) < 0)
        return -1;
    if (s == NULL)
        return 0;
    if (strcmp(sentence, "full") != 0 && strcmp(sentence, "short") != 0)
        return fail(ctx, s,
                    "'%s' is not a sentence: \"full\" (Nomor antrean A, nol, nol, tujuh, "
                    "silakan menuju loket, lima) or \"short\" (A nol nol tujuh, loket "
                    "lima)",
                    sentence);
    cfg->board_short = strcmp(sentence, "short") == 0;
    return 0;
}

int config_load(config_t *cfg, const char *path, char *err, size_t errlen)
{
    load_ctx_t ctx = {.path = path, .err = err, .errlen = errlen};
    if (err != NULL && errlen > 0)
        err[0] = '\0';

    const char *slash = strrchr(path, '/');
    if (slash == NULL)
        snprintf(ctx.dir, sizeof ctx.dir, ".");
    else if (slash == path)
        snprintf(ctx.dir, sizeof ctx.dir, "/");
    else if ((size_t)(slash - path) < sizeof ctx.dir)
        snprintf(ctx.dir, sizeof ctx.dir, "%.*s", (int)(slash - path), path);
    else {
        if (err != NULL && errlen > 0)
            snprintf(err, errlen, "%s: the path is too long", path);
        return -1;
    }

    /* libconfig says only "file I/O error"; find out what is wrong first */
    FILE *f = fopen(path, "r");
    struct stat st;
    if (f == NULL || fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        const char *why = f == NULL ? strerror(errno) : "not a regular file";
        if (err != NULL && errlen > 0)
            snprintf(err, errlen, "%s: cannot read the file: %s", path, why);
        if (f != NULL)
            fclose(f);
        return -1;
    }
    fclose(f);

    config_t *tmp = malloc(sizeof *tmp);
    if (tmp == NULL) {
        if (err != NULL && errlen > 0)
            snprintf(err, errlen, "%s: out of memory", path);
        return -1;
    }
    config_defaults(tmp);

    libconfig_t lc;
    config_init(&lc);
    config_set_include_dir(&lc, ctx.dir);
    int rc = -1;
    if (config_read_file(&lc, path) != CONFIG_TRUE) {
        char file[2 * CONFIG_PATH_MAX];
        if (err != NULL && errlen > 0)
            snprintf(err, errlen, "%s:%d: %s",
                     shown_file(&ctx, config_error_file(&lc), file, sizeof file),
                     config_error_line(&lc), config_error_text(&lc));
        goto out;
    }
    static const char *const known[] = {"hall",     "server",         "paths",    "hours",
                                        "counters", "rate_limits",    "sessions", "storage",
                                        "log",      "plugin_options", "calendar", "bookings",
                                        "notify",   "pause_reasons",  "alerts",   "zones",
                                        "board",    "export",         NULL};
    const config_setting_t *root = config_root_setting(&lc);
    if (check_names(&ctx, root, known) < 0 || load_hall(&ctx, root, tmp) < 0 ||
        load_server(&ctx, root, tmp) < 0 || load_paths(&ctx, root, tmp) < 0 ||
        load_counters(&ctx, root, tmp) < 0 || load_hours(&ctx, root, tmp) < 0 ||
        load_rate_limits(&ctx, root, tmp) < 0 || load_sessions(&ctx, root, tmp) < 0 ||
        load_storage(&ctx, root, tmp) < 0 || load_log(&ctx, root, tmp) < 0 ||
        load_plugin_options(&ctx, root, tmp) < 0 || load_calendar(&ctx, root, tmp) < 0 ||
        load_bookings(&ctx, root, tmp) < 0 || load_notify(&ctx, root, tmp) < 0 ||
        load_pause_reasons(&ctx, root, tmp) < 0 || load_alerts(&ctx, root, tmp) < 0 ||
        load_zones(&ctx, root, tmp) < 0 || load_board(&ctx, root, tmp) < 0 ||
        load_export(&ctx, root, tmp) < 0)
        goto out;
    snprintf(tmp->path, sizeof tmp->path, "%s", path);
    memcpy(cfg, tmp, sizeof *cfg);
    rc = 0;
out:
    config_destroy(&lc);
    free(tmp);
    return rc;
}

const char *config_counter_agency(const config_t *cfg, int number)
{
    for (size_t i = 0; i < cfg->n_counters; i++)
        if (cfg->counters[i].number == number)
            return cfg->counters[i].agency;
    return NULL;
}

bool config_has_agency(const config_t *cfg, const char *id)
{
    for (size_t i = 0; i < cfg->n_counters; i++)
        if (strcmp(cfg->counters[i].agency, id) == 0)
            return true;
    return false;
}

bool config_rate_allowed(const config_t *cfg, const char *ip)
{
    return config_net_match(cfg->rate_allow, cfg->n_rate_allow, ip);
}

bool config_proxy_trusted(const config_t *cfg, const char *ip)
{
    return config_net_match(cfg->proxies, cfg->n_proxies, ip);
}

bool config_origin_allowed(const config_t *cfg, const char *origin)
{
    if (origin == NULL)
        return false;
    /* an Origin is scheme://host[:port]; all of it compares without case */
    for (size_t i = 0; i < cfg->n_origins; i++)
        if (strcasecmp(cfg->origins[i], origin) == 0)
            return true;
    return false;
}
