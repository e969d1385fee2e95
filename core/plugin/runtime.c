/*
 * runtime.c - agencies' hooks at run time: the engine's queue_hooks_t
 * implemented over each agency's live Lua state (see plugin.h).
 *
 * Every call runs in the agency's own state under its memory budget and a
 * PLUGIN_HOOK_MS deadline (sandbox_call: the count hook that re-arms on
 * every instruction once the deadline passes, so pcall cannot swallow it).
 * A call that errors, overruns or answers something that is not an action
 * (or, for the route function, one of the heads) is counted and reported
 * with its file and line in the log and through plugin_runtime_errors();
 * the engine then goes on as if the hook had answered nothing. Failures are
 * counted per hook over its last PLUGIN_HOOK_WINDOW calls (a healthy
 * ticket.called hook does not excuse a failing route function, and a hook
 * that fails every other call is not excused by the calls in between).
 * When one hook fails PLUGIN_HOOK_FAILS_MAX times within its last
 * PLUGIN_HOOK_WINDOW calls (an action the engine refuses is a failure of
 * the hook that answered it), the agency's hooks are disabled, its state
 * is closed (its memory freed) and its counters fall back to the declared
 * routing, until the plugin is reloaded.
 */
#include "plugin/host.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

plugin_runtime_t *plugin_runtime_new(const char *display)
{
    plugin_runtime_t *rt = calloc(1, sizeof *rt);
    if (!rt)
        return NULL;
    snprintf(rt->file, sizeof rt->file, "%s", display);
    rt->d.rt = rt;
    rt->d.file = rt->file;
    rt->action_hook = -1;
    return rt;
}

void plugin_runtime_free(void *p)
{
    plugin_runtime_t *rt = p;
    if (!rt)
        return;
    sandbox_close(&rt->sb);
    plugin_api_release(&rt->d);
    free(rt);
}

/* Records how a call of hook number `hook` went in its history of the
 * last PLUGIN_HOOK_WINDOW calls; returns the failures among them. */
static int plugin_runtime_record(plugin_runtime_t *rt, int hook, bool failed)
{
    _Static_assert(PLUGIN_HOOK_WINDOW <= 16, "a hook's history is 16 bits");
    unsigned h =
        ((unsigned)rt->history[hook] << 1 | (failed ? 1u : 0u)) & ((1u << PLUGIN_HOOK_WINDOW) - 1);
    rt->history[hook] = (uint16_t)h;
    return __builtin_popcount(h);
}

/* Records a failed call of hook number `hook`; disables the agency's
 * hooks once that hook has failed PLUGIN_HOOK_FAILS_MAX times within its
 * last PLUGIN_HOOK_WINDOW calls. A failure with no line of its own
 * (memory, a wrong answer) takes the line of the hook's agency:on. */
static void plugin_runtime_fail(plugin_runtime_t *rt, int hook, int rc, const char *err, int line)
{
    const char *what = plugin_api_hook_names[hook];
    if (line <= 0 && rt->d.hook_lines)
        line = rt->d.hook_lines[hook];
    rt->failures++;
    if (rc == SANDBOX_ERR_TIMEOUT || rc == SANDBOX_ERR_MEMORY)
        rt->overruns++;
    int recent = plugin_runtime_record(rt, hook, true);
    rt->last_line = line;
    snprintf(rt->last_error, sizeof rt->last_error, "%s: %s", what, err);
    log_error("plugin", "%s:%d: agency '%s', %s: %s", rt->file, line, rt->agency, what, err);
    if (recent >= PLUGIN_HOOK_FAILS_MAX && !rt->disabled) {
        rt->disabled = true;
        sandbox_close(&rt->sb);
        log_error("plugin",
                  "%s: agency '%s': hooks disabled after %d failures of %s within its "
                  "last %d calls; its counters follow the declared routing until the "
                  "plugin is reloaded",
                  rt->file, rt->agency, recent, what, PLUGIN_HOOK_WINDOW);
    }
}

/* Records a call of hook number `hook` that went well. */
static void plugin_runtime_ok(plugin_runtime_t *rt, int hook)
{
    plugin_runtime_record(rt, hook, false);
}

/* A new call begins: the action answered by the call before was not
 * refused, so the hook that answered it did well. */
static void plugin_runtime_settle(plugin_runtime_t *rt)
{
    if (rt->action_hook >= 0)
        plugin_runtime_ok(rt, rt->action_hook);
    rt->action_hook = -1;
}

/* ---- event hooks ---- */

typedef struct event_call {
    int hook; /* index in plugin_api_hook_names */
    const queue_view_t *view;
    queue_hook_action_t *act;
    bool has_action;
} event_call_t;

static int event_protected(lua_State *L)
{
    event_call_t *call = lua_touserdata(L, 1);
    if (plugin_api_hook_push(L, call->hook) != LUA_TFUNCTION)
        return 0;
    plugin_api_view_push(L, call->view);
    lua_call(L, 1, 1);
    if (lua_isnil(L, -1))
        return 0;
    const queue_hook_action_t *a = plugin_api_action_get(L, -1);
    if (!a)
        return luaL_error(L,
                          "the hook returned a %s; return agency:next_step(...), "
                          "agency:transfer(...) or nothing",
                          luaL_typename(L, -1));
    *call->act = *a;
    call->has_action = true;
    return 0;
}

static int hooks_event(void *ctx, const catalog_agency_t *a, queue_event_type_t type,
                       const queue_view_t *view, queue_hook_action_t *act)
{
    (void)ctx;
    plugin_runtime_t *rt = a->runtime;
    if (!rt || rt->disabled || !rt->sb.L || strcmp(view->agency, a->id) != 0)
        return 0;
    int hook = plugin_api_hook_index(queue_event_name(type));
    if (hook < 0)
        return 0;
    event_call_t call = {hook, view, act, false};
    char err[256];
    int line = 0;
    plugin_runtime_settle(rt);
    rt->calls++;
    rt->in_hook = true;
    int rc = sandbox_call(&rt->sb, event_protected, &call, PLUGIN_HOOK_MS, err, sizeof err, &line);
    rt->in_hook = false;
    if (rc != 0) {
        if (rc == SANDBOX_ERR_MEMORY && rt->sb.L)
            lua_gc(rt->sb.L, LUA_GCCOLLECT);
        plugin_runtime_fail(rt, hook, rc, err, line);
        return -1;
    }
    if (call.has_action)
        rt->action_hook = hook; /* good once the engine has applied it */
    else
        plugin_runtime_ok(rt, hook);
    return call.has_action ? 1 : 0;
}

/* ---- the route function ---- */

typedef struct route_call {
    int counter;
    const queue_view_t *heads;
    size_t n;
    int pick; /* index, or -1 for nil */
} route_call_t;

static int route_protected(lua_State *L)
{
    route_call_t *call = lua_touserdata(L, 1);
    if (plugin_api_hook_push(L, plugin_api_hook_index("route")) != LUA_TFUNCTION)
        return 0;
    lua_pushinteger(L, call->counter);
    lua_createtable(L, (int)call->n, 0);
    for (size_t i = 0; i < call->n; i++) {
        plugin_api_view_push(L, &call->heads[i]);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    int heads = lua_gettop(L);
    /* keep the list: the function may empty it before answering */
    lua_pushvalue(L, heads);
    lua_insert(L, heads - 2);
    lua_call(L, 2, 1);
    heads -= 2;
    if (lua_isnil(L, -1))
        return 0;
    for (size_t i = 0; i < call->n; i++) {
        lua_rawgeti(L, heads, (lua_Integer)i + 1);
        bool same = lua_rawequal(L, -1, -2);
        lua_pop(L, 1);
        if (same) {
            call->pick = (int)i;
            return 0;
        }
    }
    if (lua_type(L, -1) == LUA_TUSERDATA)
        return luaL_error(L, "the route function returned a ticket that is not one of the "
                             "heads it was given");
    return luaL_error(L,
                      "the route function returned a %s; return one of the heads it was "
                      "given, or nil for the declared routing",
                      luaL_typename(L, -1));
}

static int hooks_route(void *ctx, const catalog_agency_t *a, int counter, const queue_view_t *heads,
                       size_t n)
{
    (void)ctx;
    plugin_runtime_t *rt = a->runtime;
    if (!rt || rt->disabled || !rt->sb.L || n == 0 || n > INT32_MAX)
        return -1;
    route_call_t call = {counter, heads, n, -1};
    char err[256];
    int line = 0;
    plugin_runtime_settle(rt);
    rt->calls++;
    int rc = sandbox_call(&rt->sb, route_protected, &call, PLUGIN_HOOK_MS, err, sizeof err, &line);
    if (rc != 0) {
        if (rc == SANDBOX_ERR_MEMORY && rt->sb.L)
            lua_gc(rt->sb.L, LUA_GCCOLLECT);
        plugin_runtime_fail(rt, plugin_api_hook_index("route"), rc, err, line);
        return -1;
    }
    plugin_runtime_ok(rt, plugin_api_hook_index("route"));
    return call.pick;
}

static void hooks_refused(void *ctx, const catalog_agency_t *a, const char *why)
{
    (void)ctx;
    plugin_runtime_t *rt = a->runtime;
    if (!rt)
        return;
    rt->refused++;
    char err[256];
    snprintf(err, sizeof err, "action refused: %s", why);
    int hook = rt->action_hook >= 0 ? rt->action_hook : plugin_api_hook_index("ticket.finished");
    rt->action_hook = -1;
    plugin_runtime_fail(rt, hook, SANDBOX_ERR_SCRIPT, err, 0);
}

const queue_hooks_t *plugin_queue_hooks(void)
{
    static const queue_hooks_t hooks = {hooks_event, hooks_route, hooks_refused, NULL};
    return &hooks;
}

/* ---- reports ---- */

int plugin_runtime_stats(const catalog_agency_t *a, plugin_runtime_stats_t *out)
{
    memset(out, 0, sizeof *out);
    const plugin_runtime_t *rt = a ? a->runtime : NULL;
    if (!rt)
        return -1;
    out->calls = rt->calls;
    out->failures = rt->failures;
    out->overruns = rt->overruns;
    out->refused = rt->refused;
    out->disabled = rt->disabled;
    out->memory = rt->sb.L ? rt->sb.used : 0;
    return 0;
}

size_t plugin_runtime_errors(const catalog_t *cat, catalog_error_t *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; cat && i < cat->n_agencies; i++) {
        const plugin_runtime_t *rt = cat->agencies[i].runtime;
        if (!rt || rt->failures == 0)
            continue;
        if (out && n < max) {
            catalog_error_t *e = &out[n];
            memset(e, 0, sizeof *e);
            snprintf(e->file, sizeof e->file, "%s", rt->file);
            e->line = rt->last_line;
            snprintf(e->message, sizeof e->message, "%s (%u failed hook calls, %u over budget%s)",
                     rt->last_error, rt->failures, rt->overruns,
                     rt->disabled ? "; hooks disabled, declared routing in use" : "");
        }
        n++;
    }
    return n;
}
