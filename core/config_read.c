/*
 * config_read.c - the reading every group of the hall config shares: the
 * typed getters, each refusing a wrong type or range, the check of a
 * group's names (with the closest known one suggested), paths taken from
 * the config file's folder, and the report "FILE:LINE: setting: what is
 * wrong" (config_int.h).
 */
#include "config_int.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "text.h"

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

int cfg_setting_line(const config_setting_t *s)
{
    for (; s != NULL; s = config_setting_parent(s))
        if (config_setting_source_line(s) > 0)
            return config_setting_source_line(s);
    return 0;
}

const char *cfg_shown_file(const load_ctx_t *ctx, const char *file, char *buf, size_t len)
{
    if (file == NULL)
        return ctx->path;
    if (strcmp(file, ctx->path) == 0 || file[0] == '/' || strcmp(ctx->dir, ".") == 0)
        return file;
    snprintf(buf, len, "%s/%s", ctx->dir, file);
    return buf;
}

const char *cfg_setting_file(const load_ctx_t *ctx, const config_setting_t *s, char *buf,
                             size_t len)
{
    for (; s != NULL; s = config_setting_parent(s))
        if (config_setting_source_file(s) != NULL)
            return cfg_shown_file(ctx, config_setting_source_file(s), buf, len);
    return ctx->path;
}

/* Writes "FILE:LINE: message" about setting `s` into the caller's buffer. */
static void report(load_ctx_t *ctx, const config_setting_t *s, const char *msg)
{
    char file[2 * CONFIG_PATH_MAX];
    if (ctx->err != NULL && ctx->errlen > 0)
        snprintf(ctx->err, ctx->errlen, "%s:%d: %s", cfg_setting_file(ctx, s, file, sizeof file),
                 cfg_setting_line(s), msg);
}

int cfg_fail(load_ctx_t *ctx, const config_setting_t *s, const char *fmt, ...)
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

int cfg_check_names(load_ctx_t *ctx, const config_setting_t *g, const char *const *known)
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

int cfg_get_group(load_ctx_t *ctx, const config_setting_t *g, const char *name,
                  config_setting_t **out, const char *const *known)
{
    *out = config_setting_get_member(g, name);
    if (*out == NULL)
        return 0;
    if (!config_setting_is_group(*out))
        return cfg_fail(ctx, *out, "must be a group: %s = { ... };", name);
    return cfg_check_names(ctx, *out, known);
}

int cfg_get_int(load_ctx_t *ctx, const config_setting_t *g, const char *name, long long min,
                long long max, int *out)
{
    const config_setting_t *s = config_setting_get_member(g, name);
    if (s == NULL)
        return 0;
    int type = config_setting_type(s);
    if (type != CONFIG_TYPE_INT && type != CONFIG_TYPE_INT64)
        return cfg_fail(ctx, s, "must be a whole number (without quotes)");
    long long v = config_setting_get_int64(s);
    if (v < 0 && min == 0)
        return cfg_fail(ctx, s, "%lld is negative; it must be 0 or more", v);
    if (v < min || v > max)
        return cfg_fail(ctx, s, "%lld is out of range (%lld..%lld)", v, min, max);
    *out = (int)v;
    return 0;
}

int cfg_get_bool(load_ctx_t *ctx, const config_setting_t *g, const char *name, bool *out)
{
    const config_setting_t *s = config_setting_get_member(g, name);
    if (s == NULL)
        return 0;
    if (config_setting_type(s) != CONFIG_TYPE_BOOL)
        return cfg_fail(ctx, s, "must be true or false");
    *out = config_setting_get_bool(s) != 0;
    return 0;
}

int cfg_copy_string(load_ctx_t *ctx, const config_setting_t *s, char *buf, size_t len)
{
    if (config_setting_type(s) != CONFIG_TYPE_STRING)
        return cfg_fail(ctx, s, "must be a text in double quotes");
    const char *v = config_setting_get_string(s);
    if (strlen(v) >= len)
        return cfg_fail(ctx, s, "is too long (at most %zu characters)", len - 1);
    memcpy(buf, v, strlen(v) + 1);
    return 0;
}

int cfg_get_string(load_ctx_t *ctx, const config_setting_t *g, const char *name, char *buf,
                   size_t len, const config_setting_t **found)
{
    const config_setting_t *s = config_setting_get_member(g, name);
    if (found != NULL)
        *found = s;
    if (s == NULL)
        return 0;
    return cfg_copy_string(ctx, s, buf, len);
}

bool cfg_valid_agency_id(const char *s)
{
    if (*s == '\0')
        return false;
    for (; *s; s++)
        if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-'))
            return false;
    return true;
}

int cfg_resolve_path(load_ctx_t *ctx, const config_setting_t *s, const char *value, char *out,
                     size_t len)
{
    int n;
    if (value[0] == '\0')
        return cfg_fail(ctx, s, "must not be empty");
    if (value[0] == '/' || strcmp(ctx->dir, ".") == 0)
        n = snprintf(out, len, "%s", value);
    else if (strcmp(ctx->dir, "/") == 0)
        n = snprintf(out, len, "/%s", value);
    else
        n = snprintf(out, len, "%s/%s", ctx->dir, value);
    if (n < 0 || (size_t)n >= len)
        return cfg_fail(ctx, s, "the path is too long (at most %zu characters)", len - 1);
    return 0;
}

int cfg_get_list(load_ctx_t *ctx, const config_setting_t *g, const char *name, size_t max,
                 const config_setting_t **list, int *n)
{
    const config_setting_t *s = config_setting_get_member(g, name);
    if (s == NULL)
        return 0;
    if (!config_setting_is_array(s) && !config_setting_is_list(s))
        return cfg_fail(ctx, s, "must be a list in brackets: %s = [ \"...\", \"...\" ];", name);
    *n = config_setting_length(s);
    if ((size_t)*n > max)
        return cfg_fail(ctx, s, "has %d entries; at most %zu are allowed", *n, max);
    *list = s;
    return 1;
}

int cfg_get_string_list(load_ctx_t *ctx, const config_setting_t *g, const char *name, char *rows,
                        size_t width, size_t max, size_t *count, bool (*valid)(const char *),
                        const char *what)
{
    const config_setting_t *s = NULL;
    int n = 0, rc = cfg_get_list(ctx, g, name, max, &s, &n);
    if (rc <= 0)
        return rc;
    for (int i = 0; i < n; i++) {
        const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);
        char *row = rows + (size_t)i * width;
        if (cfg_copy_string(ctx, e, row, width) < 0)
            return -1;
        if (!valid(row))
            return cfg_fail(ctx, e, "'%s' is not %s", row, what);
    }
    *count = (size_t)n;
    return 0;
}

static bool is_net(const char *s)
{
    config_net_t n;
    return config_net_parse(s, &n);
}

int cfg_get_net_list(load_ctx_t *ctx, const config_setting_t *g, const char *name,
                     config_net_t *out, size_t max, size_t *count)
{
    char rows[64][64];
    size_t n = 0;
    if (cfg_get_string_list(ctx, g, name, &rows[0][0], sizeof rows[0], max < 64 ? max : 64, &n,
                            is_net,
                            "an IP address or network (like \"192.168.1.20\", \"192.168.1.0/24\" "
                            "or \"::1\")") < 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        config_net_parse(rows[i], &out[i]);
    if (config_setting_get_member(g, name))
        *count = n;
    return 0;
}
