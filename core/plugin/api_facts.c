/*
 * api_facts.c - what a service's standard rests on: when the document is
 * ready (completion), where each fact comes from (source) and which facts
 * no published source confirmed yet, with what was tried (unconfirmed).
 *
 *   completion = { days = 4, note = "bila data perlu diverifikasi pusat" },
 *   source = { "https://...", fee = "PP 28/2019 Lampiran huruf A" },
 *   unconfirmed = { minutes = "standar pelayanan Kantor X tidak menyebut
 *                             waktu loket; dicari di ... (2026-11)" },
 *
 * `source` may still be one string and `unconfirmed` a plain list of field
 * names, as before; `mppctl facts` then reports what was tried as not
 * recorded. A missing completion loads too, and is listed by
 * `mppctl facts` as a fact still to find.
 */
#include "plugin/host.h"
#include "text.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#define COMPLETION_DAYS_MAX 365
#define COMPLETION_HOURS_MAX 168

static const char *const completion_fields[] = {"days", "hours", "at_counter", "note", NULL};

/* Service fields that are facts a source can stand behind. */
static bool is_fact_field(const char *f)
{
    static const char *const not_facts[] = {"id",         "source",  "unconfirmed", "next",
                                            "next_place", "booking", "inputs",      "counters",
                                            "kiosk",      NULL};
    bool known = false;
    for (size_t k = 0; plugin_service_fields[k] && !known; k++)
        known = strcmp(f, plugin_service_fields[k]) == 0;
    for (size_t k = 0; known && not_facts[k]; k++)
        known = strcmp(f, not_facts[k]) != 0;
    return known;
}

/* An error for the key `f` of `field` that is not a fact field: an unknown
 * name with a suggestion, or a field no source stands behind (id, counters). */
static void not_a_fact(plugin_check_t *c, const char *field, const char *f)
{
    bool known = false;
    for (size_t k = 0; plugin_service_fields[k] && !known; k++)
        known = strcmp(f, plugin_service_fields[k]) == 0;
    const char *hint = !known && strlen(f) < 48 ? text_suggest(f, plugin_service_fields) : NULL;
    if (known)
        plugin_check_error(
            c, field,
            "%s: %s names '%s', which is a service field but not a fact a source stands "
            "behind",
            c->what, field, f);
    else if (hint)
        plugin_check_error(c, field,
                           "%s: %s names '%s', which is not a service field (did you mean '%s'?)",
                           c->what, field, f, hint);
    else
        plugin_check_error(c, field, "%s: %s names '%.47s', which is not a service field", c->what,
                           field, f);
}

/* completion = { days = N | hours = N | at_counter = true, note = "..." } */
static void read_completion(plugin_check_t *c, catalog_service_t *s)
{
    lua_State *L = c->L;
    int t = plugin_check_get(c, "completion");
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (t != LUA_TTABLE) {
        plugin_check_error(
            c, "completion",
            "%s: completion must be a table: { days = 4 } (working days), { hours = 3 } "
            "(working hours) or { at_counter = true }, with an optional note",
            c->what);
        lua_pop(L, 1);
        return;
    }
    plugin_check_t cc = {.L = L, .d = c->d, .line = c->line, .table = lua_gettop(L)};
    snprintf(cc.what, sizeof cc.what, "%.80s: completion", c->what);
    plugin_check_fields(&cc, completion_fields, "completion");
    int64_t days = 0, hours = 0;
    bool at_counter = false;
    int given = 0;
    if (plugin_check_get(&cc, "days") != LUA_TNIL)
        given++;
    lua_pop(L, 1);
    if (plugin_check_get(&cc, "hours") != LUA_TNIL)
        given++;
    lua_pop(L, 1);
    plugin_check_bool(&cc, "at_counter", &at_counter);
    given += at_counter;
    int rc = plugin_check_int(&cc, "days", false, 1, COMPLETION_DAYS_MAX,
                              "a whole number of working days, 1 or more", &days);
    rc |= plugin_check_int(&cc, "hours", false, 1, COMPLETION_HOURS_MAX,
                           "a whole number of working hours, 1 or more", &hours);
    if (given != 1) {
        plugin_check_error(c, "completion",
                           "%s must give exactly one of days, hours or at_counter = true", cc.what);
    } else if (rc == 0) {
        s->completion.unit = days    ? CATALOG_COMPLETION_DAYS
                             : hours ? CATALOG_COMPLETION_HOURS
                                     : CATALOG_COMPLETION_AT_COUNTER;
        s->completion.value = (int)(days ? days : hours);
    }
    plugin_check_text(&cc, "note", false, &s->completion.note);
    lua_pop(L, 1);
}

/* Copies the string on top of the stack; `label` names it in errors. */
static int take_text(plugin_check_t *c, const char *label, char **out)
{
    size_t len = 0;
    const char *v = lua_type(c->L, -1) == LUA_TSTRING ? lua_tolstring(c->L, -1, &len) : NULL;
    if (!v || len == 0) {
        char field[48]; /* "source[1]" is set on the line of "source =" */
        snprintf(field, sizeof field, "%.*s", (int)strcspn(label, "[."), label);
        return plugin_check_error(c, field, "%s: %s must be a non-empty string", c->what, label);
    }
    return plugin_check_copy_text(c, label, v, len, out);
}

/* Checks that every key of the table on top of the stack is a list index
 * or a fact field, naming the first that is not. */
static int check_keys(plugin_check_t *c, const char *field)
{
    lua_State *L = c->L;
    int rc = 0;
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING) {
            if (!is_fact_field(lua_tostring(L, -1))) {
                not_a_fact(c, field, lua_tostring(L, -1));
                rc = -1;
            }
        } else if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 ||
                   lua_tointeger(L, -1) > (lua_Integer)lua_rawlen(L, -2)) {
            plugin_check_error(c, field,
                               "%s: %s holds a key that is neither a list entry nor a "
                               "field name",
                               c->what, field);
            rc = -1;
        }
    }
    return rc;
}

/* source = "..." or { "general", ..., field = "that fact's source" }:
 * the general entries are joined into s->source, the keyed ones kept in
 * s->sources in the order of plugin_service_fields. */
static void read_source(plugin_check_t *c, catalog_service_t *s)
{
    lua_State *L = c->L;
    int t = plugin_check_get(c, "source");
    if (t == LUA_TSTRING || t == LUA_TNIL) {
        lua_pop(L, 1);
        plugin_check_text(c, "source", true, &s->source);
        return;
    }
    if (t != LUA_TTABLE || check_keys(c, "source") != 0) {
        if (t != LUA_TTABLE)
            plugin_check_error(
                c, "source",
                "%s: source must be a string, or a table { \"general source\", fee = "
                "\"the fee's source\", ... }",
                c->what);
        lua_pop(L, 1);
        return;
    }
    size_t n = lua_rawlen(L, -1), cap = 0, used = 0;
    for (size_t k = 0; plugin_service_fields[k]; k++)
        cap++;
    s->sources.fields = calloc(cap, sizeof *s->sources.fields);
    s->sources.texts = calloc(cap, sizeof *s->sources.texts);
    char *joined = NULL;
    if (!s->sources.fields || !s->sources.texts) {
        decl_error(c->d, c->line, "out of memory");
        lua_pop(L, 1);
        return;
    }
    for (size_t i = 1; i <= n; i++) {
        char label[32], *one = NULL;
        snprintf(label, sizeof label, "source[%zu]", i);
        lua_rawgeti(L, -1, (lua_Integer)i);
        if (take_text(c, label, &one) == 0) {
            size_t add = strlen(one) + 2;
            char *grown = realloc(joined, used + add + 1);
            if (grown) {
                joined = grown;
                snprintf(joined + used, add + 1, "%s%s", used ? "; " : "", one);
                used += strlen(joined + used);
            }
        }
        free(one);
        lua_pop(L, 1);
    }
    for (size_t k = 0; plugin_service_fields[k]; k++) {
        const char *f = plugin_service_fields[k];
        lua_pushstring(L, f); /* raw: a metamethod would run the plugin mid-declaration */
        if (lua_rawget(L, -2) != LUA_TNIL && is_fact_field(f)) {
            char *text = NULL;
            char label[64];
            snprintf(label, sizeof label, "source.%s", f);
            if (take_text(c, label, &text) == 0) {
                s->sources.fields[s->sources.count] = strdup(f);
                s->sources.texts[s->sources.count++] = text;
            }
        }
        lua_pop(L, 1);
    }
    if (!joined && s->sources.count == 0)
        plugin_check_error(c, "source", "%s: source is empty: name where the facts come from",
                           c->what);
    s->source = joined ? joined : strdup("");
    lua_pop(L, 1);
}

/* Whether the service's own sources name `f`. */
static bool has_source(const catalog_service_t *s, const char *f)
{
    for (size_t i = 0; i < s->sources.count; i++)
        if (strcmp(s->sources.fields[i], f) == 0)
            return true;
    return false;
}

/* Appends field `f` (and what was tried, "" when not said) to the lists. */
static int add_unconfirmed(plugin_check_t *c, catalog_service_t *s, const char *f,
                           const char *tried, size_t cap)
{
    for (size_t i = 0; i < s->unconfirmed.count; i++)
        if (strcmp(s->unconfirmed.items[i], f) == 0)
            return plugin_check_error(c, "unconfirmed", "%s: unconfirmed names '%s' twice", c->what,
                                      f);
    if (has_source(s, f))
        return plugin_check_error(c, "source",
                                  "%s: '%s' has its own source and is also unconfirmed: keep one",
                                  c->what, f);
    if (s->unconfirmed.count >= cap)
        return -1;
    char *name = strdup(f), *what = strdup(tried);
    if (!name || !what) {
        free(name);
        free(what);
        return decl_error(c->d, c->line, "out of memory");
    }
    s->unconfirmed.items[s->unconfirmed.count++] = name;
    s->tried.items[s->tried.count++] = what;
    return 0;
}

/* unconfirmed = { "minutes", fee = "what was tried to confirm the fee" } */
static void read_unconfirmed(plugin_check_t *c, catalog_service_t *s)
{
    lua_State *L = c->L;
    int t = plugin_check_get(c, "unconfirmed");
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (t != LUA_TTABLE) {
        plugin_check_error(c, "unconfirmed",
                           "%s: unconfirmed must be a table { minutes = \"what was tried\", ... }",
                           c->what);
        lua_pop(L, 1);
        return;
    }
    if (check_keys(c, "unconfirmed") != 0) {
        lua_pop(L, 1);
        return;
    }
    size_t cap = lua_rawlen(L, -1);
    for (size_t k = 0; plugin_service_fields[k]; k++)
        cap++;
    s->unconfirmed.items = calloc(cap, sizeof *s->unconfirmed.items);
    s->tried.items = calloc(cap, sizeof *s->tried.items);
    if (!s->unconfirmed.items || !s->tried.items) {
        decl_error(c->d, c->line, "out of memory");
        lua_pop(L, 1);
        return;
    }
    size_t n = lua_rawlen(L, -1);
    for (size_t i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i);
        const char *f = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        if (!f)
            plugin_check_error(c, "unconfirmed", "%s: unconfirmed[%zu] must be a field name",
                               c->what, i);
        else if (!is_fact_field(f))
            not_a_fact(c, "unconfirmed", f);
        else
            add_unconfirmed(c, s, f, "", cap);
        lua_pop(L, 1);
    }
    for (size_t k = 0; plugin_service_fields[k]; k++) {
        const char *f = plugin_service_fields[k];
        lua_pushstring(L, f); /* raw: a metamethod would run the plugin mid-declaration */
        if (lua_rawget(L, -2) != LUA_TNIL && is_fact_field(f)) {
            size_t len = 0;
            const char *v = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
            if (!v || len == 0 || !text_is_utf8(v, len))
                plugin_check_error(c, "unconfirmed",
                                   "%s: unconfirmed.%s must say what was tried to confirm it (a "
                                   "non-empty string)",
                                   c->what, f);
            else
                add_unconfirmed(c, s, f, v, cap);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

void plugin_api_read_facts(plugin_check_t *c, catalog_service_t *s)
{
    read_completion(c, s);
    read_source(c, s);
    read_unconfirmed(c, s);
}
