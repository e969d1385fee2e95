/*
 * config_groups.c - the hall config's groups that turn on a part of the
 * hall: messages to citizens (notify), the supervisor's pause reasons and
 * alerts, bookings, storage, the log, the hall TV's zones and board, and
 * the export to the province (config_int.h). config.c reads the rest and
 * calls these in turn.
 */
#include "config_int.h"

#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

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

int cfg_load_notify(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
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
    if (cfg_get_group(ctx, root, "notify", &g, known) < 0)
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
        if (cfg_get_string(ctx, g, files[i].key, given, sizeof given, &f) < 0 ||
            (f && cfg_resolve_path(ctx, f, given, (char *)cfg + files[i].at, CONFIG_PATH_MAX) < 0))
            return -1;
    }
    char kind[32] = "webhook";
    const config_setting_t *k = NULL;
    if (cfg_get_string(ctx, g, "kind", kind, sizeof kind, &k) < 0)
        return -1;
    if (strcmp(kind, "webhook") != 0 && strcmp(kind, "whatsapp_cloud") != 0)
        return cfg_fail(ctx, k,
                        "notify.kind \"%s\": expected \"webhook\" (any SMS/WhatsApp gateway "
                        "taking the contract's JSON) or \"whatsapp_cloud\"",
                        kind);
    cfg->notify_whatsapp = strcmp(kind, "whatsapp_cloud") == 0;
    if (cfg_get_string(ctx, g, "url", cfg->notify_url, sizeof cfg->notify_url, NULL) < 0 ||
        cfg_get_string_list(ctx, g, "headers", &cfg->notify_headers[0][0],
                            sizeof cfg->notify_headers[0], 8, &cfg->n_notify_headers, header_line,
                            "a header line \"Name: value\"") < 0 ||
        cfg_get_int(ctx, g, "timeout", 1, 120, &cfg->notify_timeout_s) < 0 ||
        cfg_get_int(ctx, g, "rate_per_second", 0, 100000, &cfg->notify_rate_per_s) < 0 ||
        cfg_get_int(ctx, g, "connections", 1, 16, &cfg->notify_connections) < 0 ||
        cfg_get_string(ctx, g, "quiet_hours", cfg->notify_quiet, sizeof cfg->notify_quiet, NULL) <
            0 ||
        cfg_get_int(ctx, g, "max_attempts", 1, 100, &cfg->notify_max_attempts) < 0 ||
        cfg_get_int(ctx, g, "give_up_hours", 1, 720, &cfg->notify_give_up_h) < 0 ||
        cfg_get_int(ctx, g, "keep_days", 1, 365, &cfg->notify_keep_days) < 0 ||
        cfg_get_int(ctx, g, "forget_days", 1, 3650, &cfg->notify_forget_days) < 0 ||
        cfg_get_int(ctx, g, "near", 0, 50, &cfg->notify_near) < 0 ||
        cfg_get_int(ctx, g, "near_minutes", 0, 240, &cfg->notify_near_minutes) < 0 ||
        cfg_get_string(ctx, g, "wa_language", cfg->notify_wa_language,
                       sizeof cfg->notify_wa_language, NULL) < 0 ||
        cfg_get_string(ctx, g, "wa_prefix", cfg->notify_wa_prefix, sizeof cfg->notify_wa_prefix,
                       NULL) < 0)
        return -1;
    for (size_t i = 0; i < cfg->n_notify_headers; i++) /* named, never repeated */
        if (header_secret(cfg->notify_headers[i]))
            return cfg_fail(
                ctx, config_setting_get_elem(config_setting_get_member(g, "headers"), (unsigned)i),
                "holds a secret (%.*s): put the line in notify.headers_file, a file "
                "only mppd's user may read",
                (int)strcspn(cfg->notify_headers[i], ":"), cfg->notify_headers[i]);
    if (cfg->notify_forget_days < cfg->notify_keep_days)
        return cfg_fail(ctx, g, "notify.forget_days (%d) is below notify.keep_days (%d)",
                        cfg->notify_forget_days, cfg->notify_keep_days);
    return 0;
}

int cfg_load_pause_reasons(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"id", "name", "max_minutes", NULL};
    const config_setting_t *list = config_setting_get_member(root, "pause_reasons");
    if (list == NULL)
        return 0;
    if (!config_setting_is_list(list))
        return cfg_fail(
            ctx, list,
            "must be a list in parentheses: pause_reasons = ( { id = \"ishoma\"; name = "
            "\"ISHOMA\"; max_minutes = 60; } );");
    int n = config_setting_length(list);
    if ((size_t)n > CONFIG_MAX_PAUSE_REASONS)
        return cfg_fail(ctx, list, "has %d reasons; at most %d are allowed", n,
                        CONFIG_MAX_PAUSE_REASONS);
    for (int i = 0; i < n; i++) {
        const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
        config_pause_reason_t *r = &cfg->pause_reasons[i];
        memset(r, 0, sizeof *r);
        if (!config_setting_is_group(e))
            return cfg_fail(ctx, e, "must be a group: { id = \"ishoma\"; name = \"...\"; }");
        const config_setting_t *id;
        if (cfg_check_names(ctx, e, known) < 0 ||
            cfg_get_string(ctx, e, "id", r->id, sizeof r->id, &id) < 0 ||
            cfg_get_string(ctx, e, "name", r->name, sizeof r->name, NULL) < 0 ||
            cfg_get_int(ctx, e, "max_minutes", 0, 24 * 60, &r->max_minutes) < 0)
            return -1;
        if (id == NULL || !cfg_valid_agency_id(r->id))
            return cfg_fail(
                ctx, id ? id : e,
                "a pause reason needs an id of a-z, 0-9 and '-' (like \"sholat-jumat\")");
        if (strcmp(r->id, "logout") == 0)
            return cfg_fail(ctx, id,
                            "\"logout\" is the reason mppd itself gives; choose another id");
        if (!r->name[0])
            return cfg_fail(ctx, e, "a pause reason needs its name (what staff read)");
        for (int k = 0; k < i; k++)
            if (strcmp(cfg->pause_reasons[k].id, r->id) == 0)
                return cfg_fail(ctx, id, "pause reason '%s' is listed twice", r->id);
    }
    cfg->n_pause_reasons = (size_t)n;
    return 0;
}

int cfg_load_alerts(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"wait_multiple", "wait_floor_minutes", "no_counter_minutes",
                                        NULL};
    config_setting_t *g;
    if (cfg_get_group(ctx, root, "alerts", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    const config_setting_t *m = config_setting_get_member(g, "wait_multiple");
    if (m != NULL) {
        int type = config_setting_type(m);
        if (type != CONFIG_TYPE_FLOAT && type != CONFIG_TYPE_INT && type != CONFIG_TYPE_INT64)
            return cfg_fail(ctx, m, "must be a number (without quotes), like 2.0");
        double v = type == CONFIG_TYPE_FLOAT ? config_setting_get_float(m)
                                             : (double)config_setting_get_int64(m);
        if (!(v >= 1.0 && v <= 100.0))
            return cfg_fail(ctx, m, "%g is out of range (1..100)", v);
        cfg->alert_wait_multiple = v;
    }
    return cfg_get_int(ctx, g, "wait_floor_minutes", 0, 24 * 60, &cfg->alert_wait_floor_min) < 0 ||
                   cfg_get_int(ctx, g, "no_counter_minutes", 0, 24 * 60,
                               &cfg->alert_no_counter_min) < 0
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

int cfg_load_bookings(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"keep_days", "per_phone_per_day", NULL};
    config_setting_t *g;
    if (cfg_get_group(ctx, root, "bookings", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    return cfg_get_int(ctx, g, "keep_days", 1, 3650, &cfg->booking_keep_days) < 0 ||
                   cfg_get_int(ctx, g, "per_phone_per_day", 1, 50, &cfg->booking_per_phone_day) < 0
               ? -1
               : 0;
}

int cfg_load_storage(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"map_mb", NULL};
    config_setting_t *g;
    if (cfg_get_group(ctx, root, "storage", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    return cfg_get_int(ctx, g, "map_mb", 1, 1024 * 1024, &cfg->map_mb);
}

int cfg_load_log(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"level", NULL};
    static const char *const levels[] = {"error", "warn", "info", "debug"};
    config_setting_t *g;
    const config_setting_t *s;
    char level[16];
    if (cfg_get_group(ctx, root, "log", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    if (cfg_get_string(ctx, g, "level", level, sizeof level, &s) < 0)
        return -1;
    if (s == NULL)
        return 0;
    for (int i = 0; i < 4; i++)
        if (strcmp(level, levels[i]) == 0) {
            cfg->log_level = (config_log_level_t)i;
            return 0;
        }
    return cfg_fail(ctx, s, "'%s' is not a log level (error, warn, info or debug)", level);
}

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
        return cfg_fail(ctx, z,
                        "must be a group: { id = \"lantai-1\"; name = \"Lantai 1\"; "
                        "agencies = [ \"dukcapil\" ]; }");
    if (cfg_check_names(ctx, z, known) < 0)
        return -1;
    const config_setting_t *id = config_setting_get_member(z, "id");
    const config_setting_t *list = config_setting_get_member(z, "agencies");
    if (id == NULL)
        return cfg_fail(ctx, z, "a zone needs its id (a-z, 0-9 and '-')");
    if (list == NULL)
        return cfg_fail(ctx, z, "a zone needs its agencies: agencies = [ \"dukcapil\" ];");
    if (cfg_copy_string(ctx, id, out->id, sizeof out->id) < 0)
        return -1;
    if (!cfg_valid_agency_id(out->id))
        return cfg_fail(ctx, id, "'%s' is not a zone id (only a-z, 0-9 and '-', like \"lantai-1\")",
                        out->id);
    for (size_t k = 0; k < i; k++)
        if (strcmp(cfg->zones[k].id, out->id) == 0)
            return cfg_fail(ctx, id, "zone '%s' is listed twice", out->id);
    memcpy(out->name, out->id, sizeof out->id); /* the id (48) fits the name (96) */
    if (cfg_get_string(ctx, z, "name", out->name, sizeof out->name, NULL) < 0)
        return -1;
    if (!config_setting_is_array(list) || config_setting_length(list) == 0)
        return cfg_fail(ctx, list, "must be a list of agency ids: agencies = [ \"dukcapil\" ];");
    int n = config_setting_length(list);
    if (n > CONFIG_ZONE_AGENCIES)
        return cfg_fail(ctx, list, "has %d agencies; at most %d are allowed", n,
                        CONFIG_ZONE_AGENCIES);
    for (int a = 0; a < n; a++) {
        const config_setting_t *e = config_setting_get_elem(list, (unsigned)a);
        char *agency = out->agencies[a];
        if (cfg_copy_string(ctx, e, agency, sizeof out->agencies[a]) < 0)
            return -1;
        if (!config_has_agency(cfg, agency))
            return cfg_fail(ctx, e, "'%s' has no counter in this hall (see counters)", agency);
        /* the zones before this one, and this one's agencies so far */
        const config_zone_t *other = zone_of(cfg->zones, i + 1, agency);
        if (other != NULL)
            return cfg_fail(ctx, e, "'%s' is already in zone '%s'; an agency belongs to one zone",
                            agency, other->id);
        out->n_agencies = (size_t)a + 1;
    }
    return 0;
}

int cfg_load_zones(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    const config_setting_t *list = config_setting_get_member(root, "zones");
    if (list == NULL)
        return 0;
    if (!config_setting_is_list(list))
        return cfg_fail(ctx, list,
                        "must be a list in parentheses: zones = ( { id = \"lantai-1\"; ... } );");
    int n = config_setting_length(list);
    if (n > CONFIG_MAX_ZONES)
        return cfg_fail(ctx, list, "has %d zones; at most %d are allowed", n, CONFIG_MAX_ZONES);
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
    if (cfg_get_string(ctx, g, name, value, sizeof value, &s) < 0)
        return -1;
    return s ? cfg_resolve_path(ctx, s, value, out, CONFIG_PATH_MAX) : 0;
}

int cfg_load_export(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {
        "nats",           "hall",         "creds_file",   "nkey", "nkey_seed_file",
        "ca_file",        "cert_file",    "key_file",     "tls",  "window",
        "ack_timeout_ms", "outage_hours", "warn_after_s", NULL};
    config_setting_t *g;
    const config_setting_t *nats, *hall, *nkey;
    if (cfg_get_group(ctx, root, "export", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    if (cfg_get_string(ctx, g, "nats", cfg->export_nats, sizeof cfg->export_nats, &nats) < 0 ||
        cfg_get_string(ctx, g, "hall", cfg->export_hall, sizeof cfg->export_hall, &hall) < 0 ||
        cfg_get_string(ctx, g, "nkey", cfg->export_nkey, sizeof cfg->export_nkey, &nkey) < 0 ||
        export_path(ctx, g, "creds_file", cfg->export_creds_file) < 0 ||
        export_path(ctx, g, "nkey_seed_file", cfg->export_nkey_seed_file) < 0 ||
        export_path(ctx, g, "ca_file", cfg->export_ca_file) < 0 ||
        export_path(ctx, g, "cert_file", cfg->export_cert_file) < 0 ||
        export_path(ctx, g, "key_file", cfg->export_key_file) < 0 ||
        cfg_get_bool(ctx, g, "tls", &cfg->export_tls) < 0 ||
        cfg_get_int(ctx, g, "window", 1, 65536, &cfg->export_window) < 0 ||
        cfg_get_int(ctx, g, "ack_timeout_ms", 100, 600000, &cfg->export_ack_timeout_ms) < 0 ||
        cfg_get_int(ctx, g, "outage_hours", 1, 24 * 365, &cfg->export_outage_hours) < 0 ||
        cfg_get_int(ctx, g, "warn_after_s", 1, 86400 * 365, &cfg->export_warn_after_s) < 0)
        return -1;
    if (!nats || !cfg->export_nats[0])
        return cfg_fail(ctx, g,
                        "export needs nats = \"nats://host:port\"; (the broker, usually the "
                        "hall's leaf node)");
    if (strncmp(cfg->export_nats, "nats://", 7) != 0 && strncmp(cfg->export_nats, "tls://", 6) != 0)
        return cfg_fail(ctx, nats, "'%s' is not a NATS address: write nats://host:port (or tls://)",
                        cfg->export_nats);
    if (!hall || !cfg->export_hall[0])
        return cfg_fail(ctx, g, "export needs hall = \"ID\"; (the hall's id in subjects mpp.ID.*)");
    if (strspn(cfg->export_hall, "abcdefghijklmnopqrstuvwxyz0123456789_-") !=
        strlen(cfg->export_hall))
        return cfg_fail(ctx, hall,
                        "'%s' may hold only lowercase letters, digits, '-' and '_' (it is a part "
                        "of NATS subjects)",
                        cfg->export_hall);
    if (cfg->export_nkey_seed_file[0] && !cfg->export_nkey[0])
        return cfg_fail(ctx, g, "nkey_seed_file needs nkey = \"U...\"; (its public key)");
    if (nkey && cfg->export_nkey[0] && !cfg->export_nkey_seed_file[0])
        return cfg_fail(ctx, nkey, "needs nkey_seed_file (the seed that signs for it)");
    if (cfg->export_cert_file[0] && !cfg->export_key_file[0])
        return cfg_fail(ctx, g, "cert_file needs key_file (the certificate's private key)");
    return 0;
}

int cfg_load_board(load_ctx_t *ctx, const config_setting_t *root, config_t *cfg)
{
    static const char *const known[] = {"announce_max_age", "announce_queue", "sentence", NULL};
    config_setting_t *g;
    char sentence[16];
    const config_setting_t *s;
    if (cfg_get_group(ctx, root, "board", &g, known) < 0)
        return -1;
    if (g == NULL)
        return 0;
    if (cfg_get_int(ctx, g, "announce_max_age", 5, 3600, &cfg->board_max_age_s) < 0 ||
        cfg_get_int(ctx, g, "announce_queue", 1, 100, &cfg->board_queue_max) < 0 ||
        cfg_get_string(ctx, g, "sentence", sentence, sizeof sentence, &s) < 0)
        return -1;
    if (s == NULL)
        return 0;
    if (strcmp(sentence, "full") != 0 && strcmp(sentence, "short") != 0)
        return cfg_fail(ctx, s,
                        "'%s' is not a sentence: \"full\" (Nomor antrean A, nol, nol, tujuh, "
                        "silakan menuju loket, lima) or \"short\" (A nol nol tujuh, loket "
                        "lima)",
                        sentence);
    cfg->board_short = strcmp(sentence, "short") == 0;
    return 0;
}
