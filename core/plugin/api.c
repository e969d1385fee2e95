/*
 * api.c - the `mpp` declaration API a plugin calls at load time.
 *
 *   local agency = mpp.agency { id = ..., name = ..., kind = ..., prefix = ... }
 *   agency:service { id = ..., name = ..., requirements = {...}, ... }
 *   agency:route { priority_first = true, regular_after_priority = 3,
 *                  preferred = { [11] = { "penetapan" } } }
 *
 * Routing declarations (agency:route, a service's `next` step) live in
 * api_route.c, the hooks (agency:on, next_step, transfer) in api_hooks.c.
 *
 * Each call is checked at once and its fields copied into the file's
 * catalog (decl_t.cat); a mistake is recorded with the line of the call
 * and loading goes on, so one run reports every problem of a file. Only
 * misuse of the API itself (no table, a dot instead of a colon, a call
 * after loading) raises a Lua error. The agency object is a userdata with
 * a locked metatable: its methods cannot be replaced or extended.
 */
#include "documents.h"
#include "civil/localtime.h"
#include "log.h"
#include "notify/template.h"
#include "plugin/host.h"
#include "text.h"

#include <lauxlib.h>
#include <regex.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define REG_AGENCY "mpp.agency"       /* the file's agency object */
#define REG_AGENCY_MT "mpp.agency_mt" /* its metatable */
#define INPUTS_MAX 8
#define INPUT_PATTERN_MAX 256

static const char *const agency_fields[] = {"id",     "name",     "short",  "logo", "kind",
                                            "prefix", "counters", "notify", NULL};

static const char *const agency_notify_fields[] = {"near", "near_minutes", "texts", NULL};

const char *const plugin_service_fields[] = {
    "id",          "name",     "requirements",
    "procedure",   "minutes",  "fee",
    "fee_note",    "product",  "complaint_channel",
    "legal_basis", "hours",    "cutoff",
    "quota",       "priority", "kiosk",
    "inputs",      "counters", "source",
    "unconfirmed", "next",     "next_place",
    "booking",     "needs",    "gives",
    "completion",  NULL,
};

static const char *const booking_fields[] = {
    "slot_minutes",   "capacity",      "days_ahead",   "walkin_share",
    "checkin_before", "checkin_after", "code_pattern", NULL,
};

static const char *const input_fields[] = {"name", "label", "pattern", "message", NULL};

static const char *const agency_methods[] = {"service",       "route",          "on",
                                             "next_step",     "transfer",       "option_number",
                                             "option_string", "option_boolean", NULL};

static const char *const mpp_functions[] = {"agency", "now", "log", NULL};
static const char *const log_functions[] = {"info", "warn", NULL};

/* The hall's clock, as plugin_set_clock gave it (the real clock before). */
static int64_t (*hall_clock)(void *ctx);
static void *hall_clock_ctx;

void plugin_set_clock(int64_t (*now)(void *ctx), void *ctx)
{
    hall_clock = now;
    hall_clock_ctx = ctx;
}

static int64_t clock_now(void)
{
    if (hall_clock)
        return hall_clock(hall_clock_ctx);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* mpp.now(): the hall's clock in its zone, a new table {date =
 * "2026-12-07", hour, minute, weekday (1 Monday .. 7 Sunday), ms}: for
 * rules that depend on the time of day. */
static int plugin_api_now(lua_State *L)
{
    int64_t ms = clock_now();
    time_t secs = (time_t)(ms / 1000);
    struct tm tm;
    local_time(secs, &tm);
    char date[16];
    strftime(date, sizeof date, "%Y-%m-%d", &tm);
    lua_createtable(L, 0, 5);
    lua_pushstring(L, date);
    lua_setfield(L, -2, "date");
    lua_pushinteger(L, tm.tm_hour);
    lua_setfield(L, -2, "hour");
    lua_pushinteger(L, tm.tm_min);
    lua_setfield(L, -2, "minute");
    lua_pushinteger(L, tm.tm_wday == 0 ? 7 : tm.tm_wday);
    lua_setfield(L, -2, "weekday");
    lua_pushinteger(L, (lua_Integer)ms);
    lua_setfield(L, -2, "ms");
    return 1;
}

/* mpp.log.info(text) / mpp.log.warn(text): a line in the hall's log under
 * the agency's name, printable and at most 300 bytes. */
static int plugin_api_log(lua_State *L)
{
    decl_t *d = lua_touserdata(L, lua_upvalueindex(1));
    bool warn = lua_toboolean(L, lua_upvalueindex(2));
    size_t len;
    const char *text = luaL_checklstring(L, 1, &len);
    if (!sandbox_log_allow(L))
        return 0; /* over the agency's lines a call or a minute: counted */
    char line[301];
    size_t n = len < sizeof line - 1 ? len : sizeof line - 1;
    for (size_t i = 0; i < n; i++)
        line[i] = (unsigned char)text[i] < 0x20 || text[i] == 0x7f ? '?' : text[i];
    line[n] = '\0';
    /* at run time the runtime names the agency; while loading, the catalog */
    const char *who = d->rt && d->rt->agency[0]                     ? d->rt->agency
                      : d->cat && d->have_agency && d->agency_id_ok ? d->cat->agencies[0].id
                                                                    : d->file;
    log_write(warn ? LOG_LEVEL_WARN : LOG_LEVEL_INFO, "plugin", "%s: %s", who, line);
    return 0;
}

static const char *const kinds[] = {"vertical", "BUMN", "BUMD", "OPD", NULL};

int decl_error(decl_t *d, int line, const char *fmt, ...)
{
    if (d->error_cap_hit)
        return -1;
    char msg[sizeof d->cat->errors[0].message];
    if (d->cat->n_errors + 1 >= PLUGIN_ERRORS_MAX) {
        snprintf(msg, sizeof msg, "too many errors; the rest of the file is not checked");
        d->error_cap_hit = true;
    } else {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
    }
    catalog_error_add(d->cat, d->file, line, msg);
    return -1;
}

/* The string on top of the stack when its type `t` is a string, else
 * NULL; *len gets its length (0 when NULL). */
static const char *string_of(lua_State *L, int t, size_t *len)
{
    *len = 0;
    return t == LUA_TSTRING ? lua_tolstring(L, -1, len) : NULL;
}

/* The line a declaration is made on: the main chunk's current line, so a
 * declaration made through a local helper points at the helper's call. */
int plugin_api_caller_line(lua_State *L)
{
    lua_Debug ar;
    int first = 0;
    for (int level = 1; lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar) || ar.currentline <= 0)
            continue;
        if (strcmp(ar.what, "main") == 0)
            return ar.currentline;
        if (!first)
            first = ar.currentline;
    }
    return first;
}

static decl_t *plugin_api_decl(lua_State *L, const char *fname)
{
    decl_t *d = lua_touserdata(L, lua_upvalueindex(1));
    if (!d->loading)
        luaL_error(L, "%s may only be called while the plugin loads", fname);
    return d;
}

/* Checks `agency:<method> { ... }`; returns the decl. */
decl_t *plugin_api_method(lua_State *L, const char *method)
{
    decl_t *d = plugin_api_decl(L, method);
    lua_getfield(L, LUA_REGISTRYINDEX, REG_AGENCY);
    bool self = lua_rawequal(L, 1, -1);
    lua_pop(L, 1);
    if (!self)
        luaL_error(L, "call it as agency:%s { ... } (with a colon)", method);
    if (lua_type(L, 2) != LUA_TTABLE)
        luaL_error(L, "agency:%s expects a table: agency:%s { ... }", method, method);
    lua_settop(L, 2);
    return d;
}

static void format_counters(char *buf, size_t len, const int *list, size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    if (n == 0)
        snprintf(buf, len, "none");
    for (size_t i = 0; i < n && used < len; i++) {
        int w = snprintf(buf + used, len - used, "%s%d", i ? ", " : "", list[i]);
        if (w < 0)
            break;
        used += (size_t)w;
    }
}

/* The agency's counters: the declared ones checked against the hall, or
 * else every counter the hall gives it. */
static void agency_counters(plugin_check_t *c, catalog_agency_t *a)
{
    decl_t *d = c->d;
    const plugin_hall_t *h = d->hall;
    int *declared;
    size_t n;
    int present = plugin_check_counters(c, "counters", &declared, &n);
    if (present < 0)
        return;
    if (present) {
        a->counters = declared;
        a->n_counters = n;
        if (!h || !d->agency_id_ok)
            return;
        for (size_t i = 0; i < n; i++) {
            size_t k = 0;
            while (k < h->n_counters && h->counters[k] != declared[i])
                k++;
            if (k == h->n_counters)
                decl_error(d, c->line, "%s: counter %d is not in the hall config", c->what,
                           declared[i]);
            else if (strncmp(h->counter_agency[k], a->id, CATALOG_ID_MAX) != 0)
                decl_error(d, c->line, "%s: counter %d belongs to '%.47s' in the hall config",
                           c->what, declared[i], h->counter_agency[k]);
        }
        return;
    }
    if (!h || !d->agency_id_ok)
        return;
    for (size_t k = 0; k < h->n_counters; k++)
        if (strncmp(h->counter_agency[k], a->id, CATALOG_ID_MAX) == 0)
            n++;
    if (n == 0)
        return;
    a->counters = malloc(n * sizeof *a->counters);
    if (!a->counters) {
        decl_error(d, c->line, "out of memory");
        return;
    }
    for (size_t k = 0; k < h->n_counters; k++)
        if (strncmp(h->counter_agency[k], a->id, CATALOG_ID_MAX) == 0)
            a->counters[a->n_counters++] = h->counters[k];
}

/* How many characters (code points) of UTF-8 text s holds. */
static size_t utf8_chars(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* short: the name a citizen knows the agency by, 1 to 24 characters; when
 * it is not given, the name if that is as short, else the id. */
static void agency_short(plugin_check_t *c, catalog_agency_t *a)
{
    lua_State *L = c->L;
    int t = plugin_check_get(c, "short");
    size_t len = 0;
    const char *s = t == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
    if (t == LUA_TNIL) {
        const char *name = a->name ? a->name : "";
        bool fits = name[0] && utf8_chars(name, strlen(name)) <= 24;
        snprintf(a->short_name, sizeof a->short_name, "%s", fits ? name : a->id);
    } else if (!s || len == 0 || utf8_chars(s, len) > 24 || !text_is_utf8(s, len) ||
               strpbrk(s, "\r\n\t")) {
        plugin_check_error(
            c, "short",
            "%s: short must be the agency's short name, 1 to 24 characters on one line "
            "(\"Dukcapil\", \"Imigrasi\", \"PLN\")",
            c->what);
    } else {
        memcpy(a->short_name, s, len + 1);
    }
    lua_pop(L, 1);
}

/* logo: the file name of an SVG in the plugins folder ("dukcapil.svg"),
 * read and checked by the loader once the file has run. */
static void agency_logo(plugin_check_t *c)
{
    lua_State *L = c->L;
    int t = plugin_check_get(c, "logo");
    size_t len = 0;
    const char *s = t == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
    bool ok = s && len > 4 && len < sizeof c->d->logo_file && strcmp(s + len - 4, ".svg") == 0 &&
              plugin_check_is_id(s, len - 4);
    if (ok)
        memcpy(c->d->logo_file, s, len + 1);
    else if (t != LUA_TNIL)
        plugin_check_error(
            c, "logo",
            "%s: logo must name an SVG file beside the plugin, such as \"dukcapil.svg\" "
            "(a-z, 0-9 and '-', then .svg)",
            c->what);
    lua_pop(L, 1);
}

/* notify.texts = { ["ticket.near"] = "Nomor {ticket}: ..." }: the agency's
 * own wording of messages, each checked by notify_text_check (a message
 * that exists, placeholders it says, one SMS with the longest names). */
static void agency_notify_texts(plugin_check_t *c, catalog_agency_t *a)
{
    lua_State *L = c->L;
    int t = plugin_check_get(c, "texts");
    if (t != LUA_TTABLE) {
        if (t != LUA_TNIL)
            plugin_check_error(
                c, "texts", "%s: texts must be a table { [\"ticket.near\"] = \"...\" }", c->what);
        lua_pop(L, 1);
        return;
    }
    size_t n = 0;
    for (lua_pushnil(L); lua_next(L, -2); lua_pop(L, 1))
        n++;
    char **pairs = n ? calloc(2 * n + 1, sizeof *pairs) : NULL;
    size_t k = 0;
    for (lua_pushnil(L); pairs && lua_next(L, -2); lua_pop(L, 1)) {
        const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        const char *text = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        char err[256];
        if (!name || !text) {
            plugin_check_error(
                c, "texts", "%s: texts maps a message's name to its text, both strings", c->what);
        } else if (notify_text_check(name, text, err, sizeof err) != NOTIFY_OK) {
            plugin_check_error(c, "texts", "%s: texts: %s", c->what, err);
        } else if ((pairs[2 * k] = strdup(name)) && (pairs[2 * k + 1] = strdup(text))) {
            k++;
        } else {
            decl_error(c->d, c->line, "out of memory");
        }
    }
    if (n && !pairs)
        decl_error(c->d, c->line, "out of memory");
    a->notify_texts = pairs;
    lua_pop(L, 1);
}

/* notify = { near = 3, near_minutes = 10 }: when "giliran Anda hampir
 * tiba" goes to a citizen who asked for messages (docs/notify.md); absent,
 * the hall config's notify.near and notify.near_minutes. */
static void agency_notify(plugin_check_t *c, catalog_agency_t *a)
{
    lua_State *L = c->L;
    int t = plugin_check_get(c, "notify");
    a->notify_near = -1;
    a->notify_near_minutes = -1;
    if (t == LUA_TTABLE) {
        plugin_check_t nc = {.L = L, .d = c->d, .line = c->line, .table = lua_gettop(L)};
        snprintf(nc.what, sizeof nc.what, "%.80s: notify", c->what);
        plugin_check_fields(&nc, agency_notify_fields, "notify");
        int64_t near = -1, minutes = -1;
        if (plugin_check_int(&nc, "near", false, 0, 50, "tickets ahead, 0 to 50", &near) == 0)
            a->notify_near = (int)near;
        if (plugin_check_int(&nc, "near_minutes", false, 0, 240, "minutes, 0 to 240", &minutes) ==
            0)
            a->notify_near_minutes = (int)minutes;
        agency_notify_texts(&nc, a);
    } else if (t != LUA_TNIL) {
        plugin_check_error(c, "notify",
                           "%s: notify must be a table { near = 3, near_minutes = 10 }", c->what);
    }
    lua_pop(L, 1);
}

static void read_agency(plugin_check_t *c, catalog_agency_t *a)
{
    lua_State *L = c->L;
    decl_t *d = c->d;
    size_t len;
    int t = plugin_check_get(c, "id");
    const char *id = string_of(L, t, &len);
    if (t == LUA_TNIL) {
        decl_error(d, c->line, "agency: id is missing (the agency's id in the hall config)");
    } else if (!id || !plugin_check_is_id(id, len)) {
        decl_error(d, c->line, "agency: id must be 1 to 47 characters of a-z, 0-9 and '-'");
    } else {
        memcpy(a->id, id, len + 1);
        d->agency_id_ok = true;
        snprintf(c->what, sizeof c->what, "agency '%s'", a->id);
    }
    lua_pop(L, 1);

    plugin_check_fields(c, agency_fields, "agency");
    plugin_check_text(c, "name", true, &a->name);
    agency_short(c, a);
    agency_logo(c);
    agency_notify(c, a);

    t = plugin_check_get(c, "kind");
    const char *kind = t == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    size_t k = 0;
    while (kind && kinds[k] && strcmp(kind, kinds[k]) != 0)
        k++;
    if (kind && kinds[k])
        snprintf(a->kind, sizeof a->kind, "%s", kinds[k]);
    else
        plugin_check_error(c, "kind",
                           "%s: kind must be one of \"vertical\", \"BUMN\", \"BUMD\", "
                           "\"OPD\"",
                           c->what);
    lua_pop(L, 1);

    t = plugin_check_get(c, "prefix");
    const char *prefix = string_of(L, t, &len);
    bool prefix_ok = prefix && len >= 1 && len <= 3;
    for (size_t i = 0; prefix_ok && i < len; i++)
        prefix_ok = prefix[i] >= 'A' && prefix[i] <= 'Z';
    if (prefix_ok)
        memcpy(a->prefix, prefix, len + 1);
    else
        plugin_check_error(c, "prefix", "%s: prefix must be 1 to 3 capital letters A-Z", c->what);
    lua_pop(L, 1);

    agency_counters(c, a);
}

static int plugin_api_agency(lua_State *L)
{
    decl_t *d = plugin_api_decl(L, "mpp.agency");
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(L, "mpp.agency expects a table: mpp.agency { id = \"...\", ... }");
    lua_settop(L, 1);
    int line = plugin_api_caller_line(L);
    if (d->have_agency) {
        decl_error(d, line,
                   "mpp.agency is called a second time (first at line %d); a file "
                   "declares one agency",
                   d->agency_line);
        lua_getfield(L, LUA_REGISTRYINDEX, REG_AGENCY);
        return 1;
    }
    catalog_t *cat = d->cat;
    cat->agencies = calloc(1, sizeof *cat->agencies);
    if (!cat->agencies)
        return luaL_error(L, "out of memory");
    cat->n_agencies = 1;
    d->have_agency = true;
    d->agency_line = line;
    plugin_check_t c = {.L = L, .d = d, .table = 1, .line = line, .what = "agency"};
    read_agency(&c, &cat->agencies[0]);

    lua_newuserdatauv(L, 0, 0);
    lua_getfield(L, LUA_REGISTRYINDEX, REG_AGENCY_MT);
    lua_setmetatable(L, -2);
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, REG_AGENCY);
    return 1;
}

static void read_cutoff(plugin_check_t *c, catalog_service_t *s)
{
    lua_State *L = c->L;
    size_t len;
    int t = plugin_check_get(c, "cutoff");
    const char *v = string_of(L, t, &len);
    if (t != LUA_TNIL) {
        bool ok = v && len == 5 && v[2] == ':';
        for (int i = 0; ok && i < 5; i++)
            ok = i == 2 || (v[i] >= '0' && v[i] <= '9');
        int hh = ok ? (v[0] - '0') * 10 + (v[1] - '0') : 0;
        int mm = ok ? (v[3] - '0') * 10 + (v[4] - '0') : 0;
        if (ok && hh < 24 && mm < 60)
            s->cutoff_min = hh * 60 + mm;
        else
            plugin_check_error(c, "cutoff",
                               "%s: cutoff must be a local time \"HH:MM\" from "
                               "\"00:00\" to \"23:59\"",
                               c->what);
    }
    lua_pop(L, 1);
}

static bool input_name_ok(const char *s, size_t len)
{
    if (len == 0 || len >= CATALOG_ID_MAX)
        return false;
    for (size_t i = 0; i < len; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_' ||
              s[i] == '-'))
            return false;
    return true;
}

static void read_input(plugin_check_t *c, catalog_service_t *s, catalog_input_t *in)
{
    lua_State *L = c->L;
    size_t len;
    int t = plugin_check_get(c, "name");
    const char *name = string_of(L, t, &len);
    if (name && input_name_ok(name, len)) {
        memcpy(in->name, name, len + 1);
        for (size_t k = 0; k + 1 < s->n_inputs; k++)
            if (strcmp(s->inputs[k].name, in->name) == 0)
                decl_error(c->d, c->line, "%s: input '%s' is declared twice", c->what, in->name);
        size_t w = strlen(c->what);
        snprintf(c->what + w, sizeof c->what - w, " '%s'", in->name);
    } else {
        plugin_check_error(c, "name",
                           "%s: name must be 1 to 47 characters of a-z, 0-9, '_' "
                           "and '-'",
                           c->what);
    }
    lua_pop(L, 1);

    plugin_check_fields(c, input_fields, "input");
    plugin_check_text(c, "label", true, &in->label);
    plugin_check_text(c, "message", true, &in->message);
    if (plugin_check_text(c, "pattern", true, &in->pattern) != 0)
        return;
    len = strlen(in->pattern);
    if (len > INPUT_PATTERN_MAX) {
        plugin_check_error(c, "pattern", "%s: pattern is longer than %d bytes", c->what,
                           INPUT_PATTERN_MAX);
        return;
    }
    if (in->pattern[0] != '^' || in->pattern[len - 1] != '$') {
        plugin_check_error(c, "pattern",
                           "%s: pattern must start with ^ and end with $ so the whole "
                           "value is checked",
                           c->what);
        return;
    }
    const char *risk = plugin_check_pattern_risk(in->pattern);
    if (risk) {
        plugin_check_error(c, "pattern", "%s: pattern refused: %s", c->what, risk);
        return;
    }
    regex_t re;
    int rc = regcomp(&re, in->pattern, REG_EXTENDED | REG_NOSUB);
    if (rc != 0) {
        char why[96];
        regerror(rc, &re, why, sizeof why);
        plugin_check_error(c, "pattern",
                           "%s: pattern is not a valid extended regular expression "
                           "(%s)",
                           c->what, why);
        return;
    }
    regfree(&re);
}

static void read_inputs(plugin_check_t *c, catalog_service_t *s)
{
    lua_State *L = c->L;
    int t = plugin_check_get(c, "inputs");
    if (t != LUA_TNIL && t != LUA_TTABLE) {
        plugin_check_error(c, "inputs",
                           "%s: inputs must be a list of { name, label, pattern, "
                           "message } tables",
                           c->what);
    } else if (t == LUA_TTABLE) {
        lua_Integer n = plugin_check_list_length(c, "inputs", "input tables", INPUTS_MAX);
        if (n > 0) {
            s->inputs = calloc((size_t)n, sizeof *s->inputs);
            if (!s->inputs)
                decl_error(c->d, c->line, "out of memory");
        }
        for (lua_Integer i = 1; s->inputs && i <= n; i++) {
            plugin_check_t ic = {.L = L, .d = c->d, .line = c->line};
            snprintf(ic.what, sizeof ic.what, "%.70s: input %d", c->what, (int)i);
            s->n_inputs++;
            if (lua_rawgeti(L, -1, i) != LUA_TTABLE) {
                plugin_check_error(c, "inputs",
                                   "%s must be a table { name = ..., label = ..., "
                                   "pattern = ..., message = ... }",
                                   ic.what);
            } else {
                ic.table = lua_gettop(L);
                read_input(&ic, s, &s->inputs[i - 1]);
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

static void service_counters(plugin_check_t *c, catalog_service_t *s)
{
    if (plugin_check_counters(c, "counters", &s->counters, &s->n_counters) <= 0)
        return;
    const catalog_agency_t *a = &c->d->cat->agencies[0];
    for (size_t i = 0; i < s->n_counters; i++) {
        size_t k = 0;
        while (k < a->n_counters && a->counters[k] != s->counters[i])
            k++;
        if (k == a->n_counters) {
            char list[128];
            format_counters(list, sizeof list, a->counters, a->n_counters);
            plugin_check_error(c, "counters",
                               "%s: counter %d is not one of the agency's counters "
                               "(%s)",
                               c->what, s->counters[i], list);
        }
    }
}

/* Whether an agency system's code_pattern can be matched safely: a POSIX
 * extended regular expression, anchored by the hall, without the forms
 * that make matching slow; an error at its line otherwise. */
static bool code_pattern_ok(plugin_check_t *c, const char *pattern)
{
    const char *risk = plugin_check_pattern_risk(pattern);
    regex_t re;
    int rc = risk ? 0 : regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB);
    if (!risk && rc == 0)
        regfree(&re);
    if (risk || rc != 0)
        plugin_check_error(c, "code_pattern", "%s: booking.code_pattern refused: %s", c->what,
                           risk ? risk : "not a POSIX extended regular expression");
    return !risk && rc == 0;
}

/* booking = { slot_minutes, capacity, days_ahead, walkin_share,
 * checkin_before, checkin_after, code_pattern }: the service takes online
 * bookings; a key left out takes booking_rules_default's value. */
static void read_booking(plugin_check_t *c, catalog_service_t *s)
{
    lua_State *L = c->L;
    int t = plugin_check_get(c, "booking");
    if (t != LUA_TNIL && t != LUA_TTABLE) {
        plugin_check_error(c, "booking", "%s: booking must be a table { slot_minutes = 30, ... }",
                           c->what);
    } else if (t == LUA_TTABLE) {
        plugin_check_t bc = {.L = L, .d = c->d, .line = c->line, .table = lua_gettop(L)};
        snprintf(bc.what, sizeof bc.what, "%.80s: booking", c->what);
        plugin_check_fields(&bc, booking_fields, "booking");
        booking_rules_t *r = &s->booking;
        booking_rules_default(r);
        static const struct {
            const char *name;
            size_t at;
        } ints[] = {
            {"slot_minutes", offsetof(booking_rules_t, slot_minutes)},
            {"capacity", offsetof(booking_rules_t, capacity)},
            {"days_ahead", offsetof(booking_rules_t, days_ahead)},
            {"walkin_share", offsetof(booking_rules_t, walkin_share)},
            {"checkin_before", offsetof(booking_rules_t, checkin_before)},
            {"checkin_after", offsetof(booking_rules_t, checkin_after)},
        };
        for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
            int *field = (int *)((char *)r + ints[i].at);
            int64_t v = *field; /* the default stays when the key is left out */
            if (plugin_check_int(&bc, ints[i].name, false, 0, 100000, "a whole number, 0 or more",
                                 &v) == 0)
                *field = (int)v;
        }
        char *pattern = NULL;
        if (plugin_check_text(&bc, "code_pattern", false, &pattern) == 0 && pattern) {
            if (strlen(pattern) >= sizeof r->code_pattern)
                plugin_check_error(c, "code_pattern", "%s: code_pattern is longer than %zu bytes",
                                   bc.what, sizeof r->code_pattern - 1);
            else if (code_pattern_ok(c, pattern))
                snprintf(r->code_pattern, sizeof r->code_pattern, "%s", pattern);
        }
        free(pattern);
        r->daily_quota = s->quota;
        char err[160];
        if (booking_rules_check(r, err, sizeof err) != BOOKING_OK)
            decl_error(c->d, c->line, "%s: %s", c->what, err);
        s->bookable = true;
    }
    lua_pop(L, 1);
}

/* needs / gives: lists of document ids of the hall's vocabulary. */
static void read_documents(plugin_check_t *c, const char *field, catalog_strings_t *out)
{
    if (plugin_check_strings(c, field, 0, out) != 0)
        return;
    const catalog_agency_t *a = c->d->cat->n_agencies ? &c->d->cat->agencies[0] : NULL;
    for (size_t i = 0; i < out->count; i++) {
        const char *id = out->items[i];
        const catalog_document_t *doc = catalog_document_find(id);
        /* only its issuer gives a document: another agency claiming to
         * would put its service in the way of the issuer's in every plan */
        if (doc && strcmp(field, "gives") == 0 && a && (!doc->issuer || strcmp(doc->issuer, a->id)))
            decl_error(c->d, c->line,
                       "%s: gives '%s', but %s is issued %s%s%s; only its issuer's services may "
                       "give it",
                       c->what, id, doc->name, doc->issuer ? "by agency '" : "outside the hall",
                       doc->issuer ? doc->issuer : "", doc->issuer ? "'" : "");
        if (doc)
            continue;
        const char *hint = strlen(id) < 48 ? text_suggest(id, catalog_document_ids()) : NULL;
        if (hint)
            decl_error(c->d, c->line,
                       "%s: %s names '%s', which is not a document of the hall's vocabulary "
                       "(did you mean '%s'?)",
                       c->what, field, id, hint);
        else
            decl_error(c->d, c->line,
                       "%s: %s names '%s', which is not a document of the hall's vocabulary "
                       "(core/documents.c lists them)",
                       c->what, field, strlen(id) < 48 ? id : "?");
    }
}

static void read_service(plugin_check_t *c, catalog_service_t *s, size_t index)
{
    lua_State *L = c->L;
    decl_t *d = c->d;
    size_t len;
    snprintf(c->what, sizeof c->what, "service #%zu", index + 1);
    int t = plugin_check_get(c, "id");
    const char *id = string_of(L, t, &len);
    if (t == LUA_TNIL) {
        decl_error(d, c->line, "%s: id is missing", c->what);
    } else if (!id || !plugin_check_is_id(id, len)) {
        decl_error(d, c->line, "%s: id must be 1 to 47 characters of a-z, 0-9 and '-'", c->what);
    } else {
        memcpy(s->local_id, id, len + 1);
        snprintf(c->what, sizeof c->what, "service '%s'", s->local_id);
        for (size_t k = 0; k < index; k++)
            if (strcmp(d->cat->services[k].local_id, s->local_id) == 0) {
                decl_error(d, c->line, "service '%s' is declared twice (first at line %d)",
                           s->local_id, d->service_lines[k]);
                break;
            }
    }
    lua_pop(L, 1);

    plugin_check_fields(c, plugin_service_fields, "service");
    int64_t v;
    plugin_check_text(c, "name", true, &s->name);
    plugin_check_strings(c, "requirements", 1, &s->requirements);
    plugin_check_strings(c, "procedure", 1, &s->procedure);
    if (plugin_check_int(c, "minutes", true, 1, 1440, "a whole number above 0", &v) == 0)
        s->minutes = (int)v;
    if (plugin_check_int(c, "fee", true, 0, INT64_C(1000000000000000),
                         "a whole number of rupiah, 0 or more", &v) == 0)
        s->fee = v;
    plugin_check_text(c, "fee_note", false, &s->fee_note);
    plugin_check_text(c, "product", true, &s->product);
    plugin_check_text(c, "complaint_channel", true, &s->complaint_channel);
    plugin_check_text(c, "legal_basis", true, &s->legal_basis);
    plugin_check_text(c, "hours", false, &s->hours);
    read_cutoff(c, s);
    v = 0;
    if (plugin_check_int(c, "quota", false, 0, 100000, "a whole number, 0 or more (0 = no limit)",
                         &v) == 0)
        s->quota = (int)v;
    plugin_check_bool(c, "priority", &s->priority);
    s->kiosk = true;
    plugin_check_bool(c, "kiosk", &s->kiosk);
    read_inputs(c, s);
    service_counters(c, s);
    plugin_api_read_facts(c, s);
    plugin_api_read_next(c, s);
    read_booking(c, s);
    read_documents(c, "needs", &s->needs);
    read_documents(c, "gives", &s->gives);
}

static int plugin_api_service(lua_State *L)
{
    decl_t *d = plugin_api_method(L, "service");
    int line = plugin_api_caller_line(L);
    if (d->reading)
        return luaL_error(L, "agency:service was called while another service's table was being "
                             "read (from a metamethod or a finaliser); declare services one after "
                             "another");
    catalog_t *cat = d->cat;
    if (cat->n_services >= PLUGIN_SERVICES_MAX) {
        decl_error(d, line, "an agency may declare at most %d services", PLUGIN_SERVICES_MAX);
        return 0;
    }
    if (cat->n_services == d->services_cap) {
        size_t cap = d->services_cap ? d->services_cap * 2 : 16;
        catalog_service_t *s = realloc(cat->services, cap * sizeof *s);
        if (!s)
            return luaL_error(L, "out of memory");
        cat->services = s;
        int *lines = realloc(d->service_lines, cap * sizeof *lines);
        if (!lines)
            return luaL_error(L, "out of memory");
        d->service_lines = lines;
        d->services_cap = cap;
    }
    size_t index = cat->n_services++;
    catalog_service_t *s = &cat->services[index];
    memset(s, 0, sizeof *s);
    s->cutoff_min = -1;
    d->service_lines[index] = line;
    plugin_check_t c = {.L = L, .d = d, .table = 2, .line = line};
    d->reading = true;
    read_service(&c, s, index);
    d->reading = false;
    return 0;
}

/* __index of a read-only object: upvalue 1 the real fields, upvalue 2
 * the object's name, upvalue 3 its known names. */
static int plugin_api_readonly_index(lua_State *L)
{
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL)
        return 1;
    const char *what = lua_tostring(L, lua_upvalueindex(2));
    const char *const *known = lua_touserdata(L, lua_upvalueindex(3));
    if (lua_type(L, 2) != LUA_TSTRING)
        return luaL_error(L, "%s has no such field", what);
    const char *key = lua_tostring(L, 2);
    const char *hint = strlen(key) < 48 ? text_suggest(key, known) : NULL;
    if (hint)
        return luaL_error(L, "%s has no field '%s' (did you mean '%s'?)", what, key, hint);
    return luaL_error(L, "%s has no field '%s'", what, key);
}

static int plugin_api_readonly_newindex(lua_State *L)
{
    return luaL_error(L, "%s is read-only", lua_tostring(L, lua_upvalueindex(1)));
}

/* Pops a table of fields and pushes a metatable serving them read-only. */
static void push_readonly_mt(lua_State *L, const char *what, const char *const *known)
{
    lua_newtable(L);
    lua_insert(L, -2);
    lua_pushstring(L, what);
    lua_pushlightuserdata(L, (void *)known);
    lua_pushcclosure(L, plugin_api_readonly_index, 3);
    lua_setfield(L, -2, "__index");
    lua_pushstring(L, what);
    lua_pushcclosure(L, plugin_api_readonly_newindex, 1);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
}

static int plugin_api_register_protected(lua_State *L)
{
    decl_t *d = lua_touserdata(L, 1);

    lua_newtable(L); /* the agency object's methods */
    lua_pushlightuserdata(L, d);
    lua_pushcclosure(L, plugin_api_service, 1);
    lua_setfield(L, -2, "service");
    lua_pushlightuserdata(L, d);
    lua_pushcclosure(L, plugin_api_route, 1);
    lua_setfield(L, -2, "route");
    plugin_api_hooks_register(L, d);
    plugin_api_options_register(L, d);
    push_readonly_mt(L, "agency", agency_methods);
    lua_setfield(L, LUA_REGISTRYINDEX, REG_AGENCY_MT);

    lua_newtable(L); /* mpp: an empty proxy over its functions */
    lua_newtable(L);
    lua_pushlightuserdata(L, d);
    lua_pushcclosure(L, plugin_api_agency, 1);
    lua_setfield(L, -2, "agency");
    lua_pushcfunction(L, plugin_api_now);
    lua_setfield(L, -2, "now");
    lua_newtable(L); /* mpp.log: a read-only proxy over info and warn */
    lua_newtable(L);
    for (int warn = 0; warn <= 1; warn++) {
        lua_pushlightuserdata(L, d);
        lua_pushboolean(L, warn);
        lua_pushcclosure(L, plugin_api_log, 2);
        lua_setfield(L, -2, log_functions[warn]);
    }
    push_readonly_mt(L, "mpp.log", log_functions);
    lua_setmetatable(L, -2);
    lua_setfield(L, -2, "log");
    push_readonly_mt(L, "mpp", mpp_functions);
    lua_setmetatable(L, -2);
    sandbox_allow(L, "mpp");
    return 0;
}

int plugin_api_register(sandbox_t *sb, decl_t *d, char *err, size_t errlen)
{
    return sandbox_protect(sb, plugin_api_register_protected, d, err, errlen);
}

void plugin_api_finish(decl_t *d)
{
    catalog_t *cat = d->cat;
    if (!d->have_agency) {
        decl_error(d, 0, "no agency declared: the file must call mpp.agency { ... } once");
        return;
    }
    const catalog_agency_t *a = &cat->agencies[0];
    if (cat->n_services == 0)
        decl_error(d, d->agency_line,
                   "agency '%s' declares no service; add "
                   "agency:service { ... }",
                   a->id);
    for (size_t i = 0; i < cat->n_services; i++) {
        catalog_service_t *s = &cat->services[i];
        s->agency = 0;
        snprintf(s->id, sizeof s->id, "%s/%s", a->id, s->local_id);
    }
    plugin_api_finish_flows(d);
    plugin_api_finish_preferred(d);
}

void plugin_api_release(decl_t *d)
{
    free(d->service_lines);
    d->service_lines = NULL;
    d->services_cap = 0;
    for (size_t i = 0; i < d->n_preferred; i++) {
        for (size_t k = 0; k < d->preferred[i].services.count; k++)
            free(d->preferred[i].services.items[k]);
        free(d->preferred[i].services.items);
    }
    free(d->preferred);
    d->preferred = NULL;
    d->n_preferred = 0;
    free(d->hook_lines);
    d->hook_lines = NULL;
}
