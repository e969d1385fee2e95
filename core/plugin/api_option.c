/*
 * api_option.c - typed getters for the options the hall config sets for an
 * agency (plugin_options = { dukcapil = { kuota_ktp = 150; }; } in
 * mppd.cfg), read while the plugin loads:
 *
 *   local kuota = agency:option_number("kuota_ktp", 120, { min = 0, max = 1000 })
 *   local sapa  = agency:option_string("salam", "Selamat datang")
 *   local sabtu = agency:option_boolean("buka_sabtu", false)
 *
 * The default applies when the config sets nothing. A value of the wrong
 * type or out of range is a load error naming the option, the config line
 * and the plugin line; the default is used meanwhile.
 */
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugin/host.h"

typedef enum { OPT_NUMBER, OPT_STRING, OPT_BOOLEAN } opt_kind_t;

static const char *const opt_methods[] = {"option_number", "option_string", "option_boolean"};

/* Keeps `name` among the options the agency's plugin reads (once each;
 * a name too long for an option is never set by the config anyway). */
static void note_read(catalog_agency_t *a, const char *name)
{
    if (strlen(name) >= CATALOG_ID_MAX)
        return;
    for (size_t i = 0; i < a->n_options_read; i++)
        if (strcmp(a->options_read[i], name) == 0)
            return;
    char(*more)[CATALOG_ID_MAX] = realloc(a->options_read, (a->n_options_read + 1) * sizeof *more);
    if (!more)
        return; /* the warning may then be missed; loading goes on */
    a->options_read = more;
    snprintf(a->options_read[a->n_options_read++], CATALOG_ID_MAX, "%s", name);
}

static int plugin_api_option(lua_State *L)
{
    decl_t *d = lua_touserdata(L, lua_upvalueindex(1));
    opt_kind_t kind = (opt_kind_t)lua_tointeger(L, lua_upvalueindex(2));
    const char *method = opt_methods[kind];
    if (!d->loading)
        return luaL_error(L, "agency:%s may only be called while the plugin loads", method);
    lua_getfield(L, LUA_REGISTRYINDEX, "mpp.agency");
    bool self = lua_rawequal(L, 1, -1);
    lua_pop(L, 1);
    if (!self)
        return luaL_error(L, "call it as agency:%s(name, default) (with a colon)", method);
    const char *name = luaL_checkstring(L, 2);
    static const int want[] = {LUA_TNUMBER, LUA_TSTRING, LUA_TBOOLEAN};
    static const char *const want_name[] = {"a whole number", "a text", "true or false"};
    if (lua_type(L, 3) != want[kind] || (kind == OPT_NUMBER && !lua_isinteger(L, 3)))
        return luaL_error(L, "agency:%s(\"%s\", default): the default must be %s", method, name,
                          want_name[kind]);
    lua_Integer min = LUA_MININTEGER, max = LUA_MAXINTEGER;
    if (kind == OPT_NUMBER && lua_istable(L, 4)) {
        lua_pushliteral(L, "min"); /* raw: no metamethod of the plugin's runs here */
        if (lua_rawget(L, 4) == LUA_TNUMBER)
            min = lua_tointeger(L, -1);
        lua_pushliteral(L, "max");
        if (lua_rawget(L, 4) == LUA_TNUMBER)
            max = lua_tointeger(L, -1);
        lua_pop(L, 2);
    }
    lua_settop(L, 3); /* the default, unless the hall sets a good value */
    if (d->have_agency)
        note_read(&d->cat->agencies[0], name);

    plugin_option_t o;
    const plugin_hall_t *hall = d->hall;
    if (!d->have_agency || !hall || !hall->option ||
        hall->option(hall->option_ctx, d->cat->agencies[0].id, name, &o) != 0)
        return 1;
    int line = plugin_api_caller_line(L);
    static const plugin_option_kind_t from[] = {PLUGIN_OPTION_INT, PLUGIN_OPTION_STRING,
                                                PLUGIN_OPTION_BOOL};
    if (o.kind != from[kind]) {
        decl_error(d, line, "option '%s' (%s line %d) must be %s", name, o.file, o.line,
                   want_name[kind]);
        return 1;
    }
    switch (kind) {
    case OPT_NUMBER:
        if (o.integer < min || o.integer > max) {
            decl_error(d, line, "option '%s' (%s line %d) is %lld; it must be %lld to %lld", name,
                       o.file, o.line, o.integer, (long long)min, (long long)max);
            return 1;
        }
        lua_pushinteger(L, (lua_Integer)o.integer);
        break;
    case OPT_STRING: lua_pushstring(L, o.text); break;
    case OPT_BOOLEAN: lua_pushboolean(L, o.boolean); break;
    }
    return 1;
}

void plugin_api_options_register(lua_State *L, decl_t *d)
{
    for (int k = OPT_NUMBER; k <= OPT_BOOLEAN; k++) {
        lua_pushlightuserdata(L, d);
        lua_pushinteger(L, k);
        lua_pushcclosure(L, plugin_api_option, 2);
        lua_setfield(L, -2, opt_methods[k]);
    }
}
