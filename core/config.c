/*
 * config.c - reads the hall configuration (see config.h) with libconfig.
 *
 * The file is parsed whole, then walked group by group: every name must be
 * known, every value must have the right type and range. The first problem
 * is reported as "FILE:LINE: setting: what is wrong" and the caller's
 * config is left untouched; only a file that passes every check is copied
 * out. Relative paths in the file are taken from the file's directory.
 */

#include "config_int.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define ZONEINFO_DIR "/usr/share/zoneinfo"

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

/* ---- the groups ------------------------------------------------------ */

static int load_hall(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"name", "public_url", "timezone", NULL};
    config_setting_t *g;
    const config_setting_t *s;
    if (cfg_get_group(ctx, root, "hall", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    if (cfg_get_string(ctx, g, "name", cfg->hall_name, sizeof cfg->hall_name, &s) < 0)
        return -1;
    if (s != NULL && cfg->hall_name[0] == '\0')
        return cfg_fail(ctx, s, "must not be empty");
    if (cfg_get_string(ctx, g, "public_url", cfg->public_url, sizeof cfg->public_url, &s) < 0)
        return -1;
    if (s != NULL) {
        if (!valid_public_url(cfg->public_url))
            return cfg_fail(ctx, s,
                            "'%s' is not an http:// or https:// address "
                            "(like \"https://mpp.example.go.id\")",
                            cfg->public_url);
        size_t n = strlen(cfg->public_url);
        while (n > 0 && cfg->public_url[n - 1] == '/')
            cfg->public_url[--n] = '\0';
    }
    if (cfg_get_string(ctx, g, "timezone", cfg->timezone, sizeof cfg->timezone, &s) < 0)
        return -1;
    if (s != NULL && !valid_timezone(cfg->timezone))
        return cfg_fail(ctx, s,
                        "unknown time zone '%s' (expected a name under %s, like \"Asia/Jakarta\")",
                        cfg->timezone, ZONEINFO_DIR);
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
    if (cfg_get_group(ctx, server, "tls", &g, known) < 0)
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
        if (cfg_get_string(ctx, g, files[i].name, value, sizeof value, &s) < 0)
            return -1;
        if (s == NULL)
            return cfg_fail(ctx, g, "needs both cert and key (PEM files)");
        if (cfg_resolve_path(ctx, s, value, files[i].out, CONFIG_PATH_MAX) < 0)
            return -1;
        if (access(files[i].out, R_OK) != 0)
            return cfg_fail(ctx, s, "cannot read %s: %s", files[i].out, strerror(errno));
    }
    return 0;
}

static int load_server(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"listen",   "port", "origins", "trusted_proxies",
                                        "max_body", "tls",  NULL};
    config_setting_t *g;
    const config_setting_t *s;
    if (cfg_get_group(ctx, root, "server", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    if (cfg_get_string(ctx, g, "listen", cfg->listen, sizeof cfg->listen, &s) < 0)
        return -1;
    if (s != NULL && !valid_listen(cfg->listen))
        return cfg_fail(ctx, s,
                        "'%s' is not an address to listen on (\"\" for all, or an IP address)",
                        cfg->listen);
    if (cfg_get_int(ctx, g, "port", 1, 65535, &cfg->port) < 0)
        return -1;
    if (cfg_get_string_list(ctx, g, "origins", &cfg->origins[0][0], sizeof cfg->origins[0],
                            CONFIG_MAX_ORIGINS, &cfg->n_origins, valid_origin,
                            "an Origin of the form http(s)://host[:port] with no path") < 0)
        return -1;
    if (cfg_get_net_list(ctx, g, "trusted_proxies", cfg->proxies, CONFIG_MAX_PROXIES,
                         &cfg->n_proxies) < 0)
        return -1;
    int max_body = (int)cfg->max_body;
    if (cfg_get_int(ctx, g, "max_body", 1024, 64 * 1024 * 1024, &max_body) < 0)
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
    if (cfg_get_group(ctx, root, "paths", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        char value[CONFIG_PATH_MAX];
        const config_setting_t *s;
        if (cfg_get_string(ctx, g, paths[i].name, value, sizeof value, &s) < 0)
            return -1;
        if (s != NULL && cfg_resolve_path(ctx, s, value, paths[i].out, CONFIG_PATH_MAX) < 0)
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
            return cfg_fail(ctx, s,
                            "must be \"HH:MM-HH:MM\" or \"closed\" in double quotes (several "
                            "ranges separated by commas)");
        if (!config_hours_parse(config_setting_get_string(s), &days[d], why, sizeof why))
            return cfg_fail(ctx, s, "%s", why);
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
        return cfg_fail(ctx, list,
                        "must be a list in parentheses: special = ( { from = \"2027-02-08\"; to = "
                        "\"2027-03-09\"; name = \"Ramadan 1448 H\"; mon = \"08:00-14:00\"; } );");
    size_t first = cfg->n_specials;
    for (int i = 0; i < config_setting_length(list); i++) {
        const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
        if (!config_setting_is_group(e))
            return cfg_fail(ctx, e,
                            "must be a group: { from = \"YYYY-MM-DD\"; to = ...; name = ...; }");
        if (cfg->n_specials >= CONFIG_MAX_SPECIALS)
            return cfg_fail(ctx, e, "more than %d special periods", CONFIG_MAX_SPECIALS);
        config_special_t *sp = &cfg->specials[cfg->n_specials];
        memset(sp, 0, sizeof *sp);
        snprintf(sp->agency, sizeof sp->agency, "%s", agency);
        char from[16] = "", to[16] = "";
        const config_setting_t *fs, *ts;
        bool closed = false, any;
        if (cfg_check_names(ctx, e, known) < 0 ||
            cfg_get_string(ctx, e, "from", from, sizeof from, &fs) < 0 ||
            cfg_get_string(ctx, e, "to", to, sizeof to, &ts) < 0 ||
            cfg_get_string(ctx, e, "name", sp->name, sizeof sp->name, NULL) < 0 ||
            cfg_get_string(ctx, e, "source", sp->source, sizeof sp->source, NULL) < 0 ||
            cfg_get_bool(ctx, e, "closed", &closed) < 0 || read_days(ctx, e, sp->days, &any) < 0)
            return -1;
        if (fs == NULL)
            return cfg_fail(ctx, e, "a special period needs its first day: from = \"YYYY-MM-DD\"");
        if (!(sp->from = parse_date(from)))
            return cfg_fail(ctx, fs, "'%s' is not a date \"YYYY-MM-DD\"", from);
        if (ts != NULL && !(sp->to = parse_date(to)))
            return cfg_fail(ctx, ts, "'%s' is not a date \"YYYY-MM-DD\"", to);
        if (ts == NULL)
            sp->to = sp->from;
        if (sp->to < sp->from)
            return cfg_fail(ctx, ts, "the period ends (%s) before it begins (%s)", to, from);
        if (!sp->name[0])
            return cfg_fail(ctx, e,
                            "a special period needs its name (what the kiosk shows): "
                            "name = \"Ramadan 1448 H\"");
        if (closed && any)
            return cfg_fail(ctx, e, "give either closed = true or the hours of its days, not both");
        if (!closed && !any)
            return cfg_fail(
                ctx, e, "give the hours of its days (mon = \"08:00-14:00\"; ...) or closed = true");
        for (int d = 0; closed && d < 7; d++)
            sp->days[d].set = true; /* n 0: closed */
        for (size_t j = first; j < cfg->n_specials; j++)
            if (cfg->specials[j].from <= sp->to && sp->from <= cfg->specials[j].to)
                return cfg_fail(ctx, e,
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
        return cfg_fail(ctx, g,
                        "must be a group: agencies = { pln = { fri = \"08:00-11:00\"; }; };");
    for (int i = 0; i < config_setting_length(g); i++) {
        const config_setting_t *a = config_setting_get_elem(g, (unsigned)i);
        const char *id = config_setting_name(a);
        if (!config_setting_is_group(a))
            return cfg_fail(ctx, a, "must be a group of the agency's hours");
        if (!cfg_valid_agency_id(id) || strlen(id) >= sizeof cfg->agency_hours[0].agency)
            return cfg_fail(ctx, a, "'%s' is not an agency id", id);
        if (!config_has_agency(cfg, id))
            return cfg_fail(ctx, a, "the hall config gives agency '%s' no counter", id);
        if (cfg->n_agency_hours >= CONFIG_MAX_AGENCY_HOURS)
            return cfg_fail(ctx, a, "more than %d agencies with hours of their own",
                            CONFIG_MAX_AGENCY_HOURS);
        config_agency_hours_t *ah = &cfg->agency_hours[cfg->n_agency_hours++];
        memset(ah, 0, sizeof *ah);
        snprintf(ah->agency, sizeof ah->agency, "%s", id);
        bool any;
        if (cfg_check_names(ctx, a, names) < 0 || read_days(ctx, a, ah->days, &any) < 0 ||
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
    if (cfg_get_group(ctx, root, "hours", &g, known) < 0)
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
    if (cfg_get_bool(ctx, g, "carry_over", &cfg->carry_over) < 0)
        return -1;
    return cfg_get_int(ctx, g, "print_timeout", 10, 3600, &cfg->print_timeout_s);
}

static int load_counters(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"number", "agency", NULL};
    const config_setting_t *list = config_setting_get_member(root, "counters");
    if (list == NULL)
        return 0;
    if (!config_setting_is_list(list))
        return cfg_fail(
            ctx, list,
            "must be a list in parentheses: counters = ( { number = 1; agency = \"...\"; } );");
    int n = config_setting_length(list);
    if ((size_t)n > CONFIG_MAX_COUNTERS)
        return cfg_fail(ctx, list, "has %d counters; at most %d are allowed", n,
                        CONFIG_MAX_COUNTERS);
    const config_setting_t *seen[1000] = {0};
    for (int i = 0; i < n; i++) {
        const config_setting_t *c = config_setting_get_elem(list, (unsigned)i);
        config_counter_t *out = &cfg->counters[i];
        if (!config_setting_is_group(c))
            return cfg_fail(ctx, c, "must be a group: { number = 1; agency = \"...\"; }");
        if (cfg_check_names(ctx, c, known) < 0)
            return -1;
        const config_setting_t *num = config_setting_get_member(c, "number");
        const config_setting_t *agency = config_setting_get_member(c, "agency");
        if (num == NULL)
            return cfg_fail(ctx, c, "a counter needs its number");
        if (agency == NULL)
            return cfg_fail(ctx, c, "a counter needs its agency");
        out->number = 0;
        if (cfg_get_int(ctx, c, "number", 1, 999, &out->number) < 0)
            return -1;
        if (seen[out->number] != NULL)
            return cfg_fail(ctx, num, "counter %d is listed twice (first at line %d)", out->number,
                            cfg_setting_line(seen[out->number]));
        seen[out->number] = num;
        if (cfg_copy_string(ctx, agency, out->agency, sizeof out->agency) < 0)
            return -1;
        if (!cfg_valid_agency_id(out->agency))
            return cfg_fail(ctx, agency,
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
    if (cfg_get_group(ctx, root, "rate_limits", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    /* 0 = no limit */
    if (cfg_get_int(ctx, g, "issue_per_minute", 0, 100000, &cfg->rate_issue_per_min) < 0 ||
        cfg_get_int(ctx, g, "login_per_minute", 0, 100000, &cfg->rate_login_per_min) < 0 ||
        cfg_get_int(ctx, g, "booking_per_minute", 0, 100000, &cfg->rate_booking_per_min) < 0 ||
        cfg_get_int(ctx, g, "connections_per_ip", 0, 100000, &cfg->conns_per_ip) < 0)
        return -1;
    return cfg_get_net_list(ctx, g, "allow", cfg->rate_allow, CONFIG_MAX_ALLOW, &cfg->n_rate_allow);
}

static int load_sessions(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"idle_minutes", "max_hours", NULL};
    config_setting_t *g;
    if (cfg_get_group(ctx, root, "sessions", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    int idle_min = cfg->session_idle_s / 60, max_h = cfg->session_max_s / 3600;
    if (cfg_get_int(ctx, g, "idle_minutes", 1, 7 * 24 * 60, &idle_min) < 0 ||
        cfg_get_int(ctx, g, "max_hours", 1, 30 * 24, &max_h) < 0)
        return -1;
    if (idle_min * 60 > max_h * 3600) {
        const config_setting_t *s = config_setting_get_member(g, "idle_minutes");
        return cfg_fail(ctx, s != NULL ? s : g,
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
        return cfg_fail(ctx, g, "must be a group: plugin_options = { dukcapil = { ... }; };");
    for (int i = 0; i < config_setting_length(g); i++) {
        const config_setting_t *a = config_setting_get_elem(g, (unsigned)i);
        const char *agency = config_setting_name(a);
        if (!config_setting_is_group(a))
            return cfg_fail(ctx, a, "must be a group of the agency's options");
        if (!cfg_valid_agency_id(agency) || strlen(agency) >= sizeof cfg->options[0].agency)
            return cfg_fail(ctx, a, "'%s' is not an agency id", agency);
        for (int j = 0; j < config_setting_length(a); j++) {
            const config_setting_t *o = config_setting_get_elem(a, (unsigned)j);
            if (cfg->n_options >= CONFIG_MAX_OPTIONS)
                return cfg_fail(ctx, o, "more than %d plugin options", CONFIG_MAX_OPTIONS);
            config_option_t *opt = &cfg->options[cfg->n_options];
            memset(opt, 0, sizeof *opt);
            snprintf(opt->agency, sizeof opt->agency, "%s", agency);
            if (strlen(config_setting_name(o)) >= sizeof opt->name)
                return cfg_fail(ctx, o, "the option name is too long");
            snprintf(opt->name, sizeof opt->name, "%s", config_setting_name(o));
            opt->line = cfg_setting_line(o);
            char buf[CONFIG_PATH_MAX];
            const char *file = cfg_setting_file(ctx, o, buf, sizeof buf);
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
                if (cfg_copy_string(ctx, o, opt->text, sizeof opt->text) < 0)
                    return -1;
                break;
            default:
                return cfg_fail(ctx, o,
                                "a plugin option is a whole number, true/false or a string");
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
    if (cfg_get_group(ctx, root, "calendar", &g, known) < 0)
        return -1;
    const config_setting_t *list = g ? config_setting_get_member(g, "closed") : NULL;
    if (list == NULL)
        return 0;
    if (!config_setting_is_list(list))
        return cfg_fail(ctx, list,
                        "must be a list in parentheses: closed = ( { date = \"2026-12-25\"; name = "
                        "\"...\"; source = \"...\"; } );");
    int n = config_setting_length(list);
    if ((size_t)n > CONFIG_MAX_HOLIDAYS)
        return cfg_fail(ctx, list, "has %d dates; at most %d are allowed", n, CONFIG_MAX_HOLIDAYS);
    for (int i = 0; i < n; i++) {
        const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
        config_holiday_t *h = &cfg->holidays[i];
        char date[16] = "";
        if (!config_setting_is_group(e))
            return cfg_fail(ctx, e, "must be a group: { date = \"2026-12-25\"; name = \"...\"; }");
        const config_setting_t *ds;
        if (cfg_check_names(ctx, e, day_known) < 0 ||
            cfg_get_string(ctx, e, "date", date, sizeof date, &ds) < 0 ||
            cfg_get_string(ctx, e, "name", h->name, sizeof h->name, NULL) < 0 ||
            cfg_get_string(ctx, e, "source", h->source, sizeof h->source, NULL) < 0)
            return -1;
        if (ds == NULL || !(h->ymd = parse_date(date)))
            return cfg_fail(ctx, ds ? ds : e, "a closed day needs its date as \"YYYY-MM-DD\"");
        if (!h->name[0])
            return cfg_fail(ctx, e, "a closed day needs its name (what the citizen is told)");
    }
    cfg->n_holidays = (size_t)n;
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
                     cfg_shown_file(&ctx, config_error_file(&lc), file, sizeof file),
                     config_error_line(&lc), config_error_text(&lc));
        goto out;
    }
    static const char *const known[] = {"hall",     "server",         "paths",    "hours",
                                        "counters", "rate_limits",    "sessions", "storage",
                                        "log",      "plugin_options", "calendar", "bookings",
                                        "notify",   "pause_reasons",  "alerts",   "zones",
                                        "board",    "export",         NULL};
    const config_setting_t *root = config_root_setting(&lc);
    if (cfg_check_names(&ctx, root, known) < 0 || load_hall(&ctx, root, tmp) < 0 ||
        load_server(&ctx, root, tmp) < 0 || load_paths(&ctx, root, tmp) < 0 ||
        load_counters(&ctx, root, tmp) < 0 || load_hours(&ctx, root, tmp) < 0 ||
        load_rate_limits(&ctx, root, tmp) < 0 || load_sessions(&ctx, root, tmp) < 0 ||
        cfg_load_storage(&ctx, root, tmp) < 0 || cfg_load_log(&ctx, root, tmp) < 0 ||
        load_plugin_options(&ctx, root, tmp) < 0 || load_calendar(&ctx, root, tmp) < 0 ||
        cfg_load_bookings(&ctx, root, tmp) < 0 || cfg_load_notify(&ctx, root, tmp) < 0 ||
        cfg_load_pause_reasons(&ctx, root, tmp) < 0 || cfg_load_alerts(&ctx, root, tmp) < 0 ||
        cfg_load_zones(&ctx, root, tmp) < 0 || cfg_load_board(&ctx, root, tmp) < 0 ||
        cfg_load_export(&ctx, root, tmp) < 0)
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
