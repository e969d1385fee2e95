/*
 * api_hooks.c - the dynamic part of the agency API, as Lua sees it:
 *
 *   agency:on("ticket.finished", function(ticket) ... end)   -- at load
 *   agency:on("route", function(counter, heads) ... end)     -- at load
 *   return agency:next_step(ticket, "penetapan")             -- in a hook
 *   return agency:transfer(ticket, "bpjs-kes/daftar", "front")
 *
 * Hook functions are kept in the registry of the agency's own state. A
 * ticket reaches a hook as a view: a userdata holding a copy of the
 * engine's queue_view_t, read through a locked metatable (number,
 * service, agency, status, priority, transfers, issued_at, counter; no
 * token, nothing personal). An action is a userdata too, so a hook cannot
 * forge one: the host takes only what next_step and transfer made, and
 * the engine then checks it against the ticket the hook was given.
 */
#include "plugin/host.h"
#include "text.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REG_HOOKS "mpp.hooks" /* hook index -> function */
#define REG_VIEW_MT "mpp.view_mt"
#define REG_ACTION_MT "mpp.action_mt"

const char *const plugin_api_hook_names[] = {
    "ticket.issued",    "ticket.confirmed",   "ticket.called",  "ticket.recalled",
    "ticket.started",   "ticket.finished",    "ticket.no_show", "ticket.held",
    "ticket.cancelled", "ticket.transferred", "route",          NULL,
};

static const queue_event_type_t hook_events[] = {
    QUEUE_EV_TICKET_ISSUED,      QUEUE_EV_TICKET_CONFIRMED, QUEUE_EV_TICKET_CALLED,
    QUEUE_EV_TICKET_RECALLED,    QUEUE_EV_TICKET_STARTED,   QUEUE_EV_TICKET_FINISHED,
    QUEUE_EV_TICKET_NO_SHOW,     QUEUE_EV_TICKET_HELD,      QUEUE_EV_TICKET_CANCELLED,
    QUEUE_EV_TICKET_TRANSFERRED,
};

#define HOOK_ROUTE 10

static const char *const view_fields[] = {
    "number", "service", "agency", "status", "priority", "transfers", "issued_at", "counter", NULL,
};

int plugin_api_hook_index(const char *name)
{
    for (int i = 0; plugin_api_hook_names[i]; i++)
        if (strcmp(plugin_api_hook_names[i], name) == 0)
            return i;
    return -1;
}

int plugin_api_hook_push(lua_State *L, int index)
{
    lua_getfield(L, LUA_REGISTRYINDEX, REG_HOOKS);
    int t = lua_rawgeti(L, -1, index + 1);
    lua_remove(L, -2);
    return t;
}

static plugin_runtime_t *plugin_api_rt(lua_State *L)
{
    decl_t *d = lua_touserdata(L, lua_upvalueindex(1));
    return d->rt;
}

/* agency:on(name, function) at load time. */
static int plugin_api_on(lua_State *L)
{
    decl_t *d = lua_touserdata(L, lua_upvalueindex(1));
    if (!d->loading)
        return luaL_error(L, "agency:on may only be called while the plugin loads");
    if (lua_type(L, 1) != LUA_TUSERDATA || lua_type(L, 2) != LUA_TSTRING)
        return luaL_error(L, "call it as agency:on(\"ticket.finished\", function(ticket) "
                             "... end) (with a colon)");
    lua_Debug ar;
    int line = 0;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar))
        line = ar.currentline;
    const char *name = lua_tostring(L, 2);
    int index = strlen(name) < 48 ? plugin_api_hook_index(name) : -1;
    if (index < 0) {
        const char *hint = strlen(name) < 48 ? text_suggest(name, plugin_api_hook_names) : NULL;
        if (hint)
            decl_error(d, line, "agency:on: no event '%s' (did you mean '%s'?)", name, hint);
        else
            decl_error(d, line,
                       "agency:on: no event '%.47s'; hooks exist for ticket.issued, "
                       "ticket.called, ticket.finished, ... and route",
                       name);
        return 0;
    }
    if (lua_type(L, 3) != LUA_TFUNCTION) {
        decl_error(d, line, "agency:on(\"%s\", ...): the second argument must be a function", name);
        return 0;
    }
    if (!d->hook_lines) {
        d->hook_lines = calloc(API_HOOKS_N, sizeof *d->hook_lines);
        if (!d->hook_lines)
            return luaL_error(L, "out of memory");
    }
    if (d->hook_lines[index]) {
        decl_error(d, line, "agency:on(\"%s\") is declared a second time (first at line %d)", name,
                   d->hook_lines[index]);
        return 0;
    }
    d->hook_lines[index] = line > 0 ? line : 1;
    lua_getfield(L, LUA_REGISTRYINDEX, REG_HOOKS);
    lua_pushvalue(L, 3);
    lua_rawseti(L, -2, index + 1);
    if (d->cat->n_agencies == 1) {
        catalog_agency_t *a = &d->cat->agencies[0];
        if (index == HOOK_ROUTE)
            a->hook_route = true;
        else
            a->hook_events |= 1u << hook_events[index];
    }
    return 0;
}

/* ---- views ---- */

static const queue_view_t *view_check(lua_State *L, int idx, const char *fname)
{
    const queue_view_t *v = luaL_testudata(L, idx, REG_VIEW_MT);
    if (!v)
        luaL_error(L, "%s: the first argument must be the ticket the hook was given", fname);
    return v;
}

void plugin_api_view_push(lua_State *L, const queue_view_t *v)
{
    queue_view_t *u = lua_newuserdatauv(L, sizeof *u, 0);
    *u = *v;
    lua_getfield(L, LUA_REGISTRYINDEX, REG_VIEW_MT);
    lua_setmetatable(L, -2);
}

static int view_index(lua_State *L)
{
    const queue_view_t *v = lua_touserdata(L, 1);
    const char *key = lua_tostring(L, 2);
    if (!key)
        return luaL_error(L, "a ticket has no such field");
    if (strcmp(key, "number") == 0) {
        lua_pushstring(L, v->number);
    } else if (strcmp(key, "service") == 0) {
        /* the agency's own id of the service, as the plugin declared it */
        const char *slash = strchr(v->service, '/');
        lua_pushstring(L, slash ? slash + 1 : v->service);
    } else if (strcmp(key, "agency") == 0) {
        lua_pushstring(L, v->agency);
    } else if (strcmp(key, "status") == 0) {
        lua_pushstring(L, queue_status_name(v->status));
    } else if (strcmp(key, "priority") == 0) {
        const char *p = queue_priority_name(v->priority);
        if (p)
            lua_pushstring(L, p);
        else
            lua_pushnil(L);
    } else if (strcmp(key, "transfers") == 0) {
        lua_pushinteger(L, v->transfers);
    } else if (strcmp(key, "issued_at") == 0) {
        lua_pushinteger(L, (lua_Integer)(v->issued_at / 1000));
    } else if (strcmp(key, "counter") == 0) {
        if (v->counter > 0)
            lua_pushinteger(L, v->counter);
        else
            lua_pushnil(L);
    } else {
        const char *hint = strlen(key) < 48 ? text_suggest(key, view_fields) : NULL;
        if (hint)
            return luaL_error(L, "a ticket has no field '%s' (did you mean '%s'?)", key, hint);
        return luaL_error(L, "a ticket has no field '%s'", strlen(key) < 48 ? key : "?");
    }
    return 1;
}

static int view_newindex(lua_State *L)
{
    return luaL_error(L, "a ticket is read-only; answer with agency:next_step or "
                         "agency:transfer");
}

static int view_tostring(lua_State *L)
{
    const queue_view_t *v = lua_touserdata(L, 1);
    lua_pushfstring(L, "ticket %s (%s, %s)", v->number, v->service, queue_status_name(v->status));
    return 1;
}

/* ---- actions ---- */

const queue_hook_action_t *plugin_api_action_get(lua_State *L, int idx)
{
    return luaL_testudata(L, idx, REG_ACTION_MT);
}

static queue_hook_action_t *action_new(lua_State *L, const char *fname)
{
    plugin_runtime_t *rt = plugin_api_rt(L);
    if (!rt->in_hook)
        luaL_error(L, "agency:%s may only be called inside a hook", fname);
    queue_hook_action_t *a = lua_newuserdatauv(L, sizeof *a, 0);
    memset(a, 0, sizeof *a);
    lua_getfield(L, LUA_REGISTRYINDEX, REG_ACTION_MT);
    lua_setmetatable(L, -2);
    return a;
}

/* agency:next_step(ticket, "service-id") */
static int plugin_api_next_step(lua_State *L)
{
    plugin_runtime_t *rt = plugin_api_rt(L);
    if (!rt->in_hook)
        return luaL_error(L, "agency:next_step may only be called inside a hook");
    const queue_view_t *v = view_check(L, 2, "agency:next_step");
    size_t len;
    const char *id = luaL_checklstring(L, 3, &len);
    if (!plugin_check_is_id(id, len))
        return luaL_error(L, "agency:next_step: '%s' is not a service id of this agency",
                          len < 48 ? id : "?");
    queue_hook_action_t *a = action_new(L, "next_step");
    a->ticket = v->id;
    a->same_agency = true;
    snprintf(a->service, sizeof a->service, "%s/%s", rt->agency, id);
    return 1;
}

/* agency:transfer(ticket, "agency/service", "front"|"back") */
static int plugin_api_transfer(lua_State *L)
{
    if (!plugin_api_rt(L)->in_hook)
        return luaL_error(L, "agency:transfer may only be called inside a hook");
    const queue_view_t *v = view_check(L, 2, "agency:transfer");
    size_t len;
    const char *id = luaL_checklstring(L, 3, &len);
    const char *slash = strchr(id, '/');
    if (!slash || !plugin_check_is_id(id, (size_t)(slash - id)) ||
        !plugin_check_is_id(slash + 1, len - (size_t)(slash - id) - 1))
        return luaL_error(L, "agency:transfer: the service must be written "
                             "\"agency/service\"");
    const char *place = luaL_optstring(L, 4, "back");
    bool front = strcmp(place, "front") == 0;
    if (!front && strcmp(place, "back") != 0)
        return luaL_error(L, "agency:transfer: the place must be \"front\" or \"back\"");
    queue_hook_action_t *a = action_new(L, "transfer");
    a->ticket = v->id;
    a->front = front;
    snprintf(a->service, sizeof a->service, "%s", id);
    return 1;
}

static int action_index(lua_State *L)
{
    return luaL_error(L, "an action has no fields; return it from the hook");
}

void plugin_api_hooks_register(lua_State *L, decl_t *d)
{
    lua_pushlightuserdata(L, d);
    lua_pushcclosure(L, plugin_api_on, 1);
    lua_setfield(L, -2, "on");
    lua_pushlightuserdata(L, d);
    lua_pushcclosure(L, plugin_api_next_step, 1);
    lua_setfield(L, -2, "next_step");
    lua_pushlightuserdata(L, d);
    lua_pushcclosure(L, plugin_api_transfer, 1);
    lua_setfield(L, -2, "transfer");

    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, REG_HOOKS);

    luaL_newmetatable(L, REG_VIEW_MT);
    lua_pushcfunction(L, view_index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, view_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushcfunction(L, view_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);

    luaL_newmetatable(L, REG_ACTION_MT);
    lua_pushcfunction(L, action_index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, action_index);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
}
