/*
 * api_route.c - the routing declarations of the agency API: agency:route
 * (priority_first, regular_after_priority, preferred services per counter)
 * and a service's next step of a multi-step flow (next, next_place).
 *
 * Declarations are read as they are made; what needs the whole file (do
 * the named services exist, does a flow end, does the counter serve its
 * preferred services) is resolved by plugin_api_finish through
 * plugin_api_finish_flows() and plugin_api_finish_preferred().
 */
#include "plugin/host.h"
#include "text.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const route_fields[] = {"priority_first", "regular_after_priority", "preferred",
                                           NULL};

/* The string on top of the stack when its type `t` is a string, else
 * NULL; *len gets its length (0 when NULL). */
static const char *string_of(lua_State *L, int t, size_t *len)
{
    *len = 0;
    return t == LUA_TSTRING ? lua_tolstring(L, -1, len) : NULL;
}

/* next = "<local id>" (resolved by plugin_api_finish), next_place. */
void plugin_api_read_next(plugin_check_t *c, catalog_service_t *s)
{
    lua_State *L = c->L;
    size_t len;
    int t = plugin_check_get(c, "next");
    const char *v = string_of(L, t, &len);
    if (t != LUA_TNIL) {
        if (v && plugin_check_is_id(v, len))
            memcpy(s->next, v, len + 1); /* local for now */
        else
            decl_error(c->d, c->line,
                       "%s: next must be the id of another service of this "
                       "agency, like next = \"penetapan\"",
                       c->what);
    }
    lua_pop(L, 1);
    t = plugin_check_get(c, "next_place");
    v = string_of(L, t, &len);
    if (t != LUA_TNIL) {
        if (v && strcmp(v, "front") == 0)
            s->next_front = true;
        else if (!v || strcmp(v, "back") != 0)
            decl_error(c->d, c->line, "%s: next_place must be \"front\" or \"back\"", c->what);
        if (!s->next[0])
            decl_error(c->d, c->line, "%s: next_place is set but next is not", c->what);
    }
    lua_pop(L, 1);
}

/* One entry of route.preferred: key (counter) at -2, list at -1. */
static void read_preferred_entry(plugin_check_t *c, decl_preferred_t *p)
{
    lua_State *L = c->L;
    decl_t *d = c->d;
    const catalog_agency_t *a = &d->cat->agencies[0];
    int isnum = 0;
    lua_Integer counter = lua_tointegerx(L, -2, &isnum);
    if (lua_type(L, -2) != LUA_TNUMBER || !isnum) {
        decl_error(d, c->line,
                   "route: preferred must map counter numbers to lists of "
                   "service ids, like preferred = { [11] = { \"penetapan\" } }");
        return;
    }
    size_t k = 0;
    while (k < a->n_counters && a->counters[k] != counter)
        k++;
    if (k == a->n_counters) {
        decl_error(d, c->line,
                   "route: preferred names counter %lld, which is not one of the "
                   "agency's counters",
                   (long long)counter);
        return;
    }
    p->counter = (int)counter;
    char name[48];
    snprintf(name, sizeof name, "preferred[%d]", p->counter);
    if (lua_type(L, -1) != LUA_TTABLE) {
        decl_error(d, c->line, "route: %s must be a list of service ids", name);
        return;
    }
    lua_Integer n = plugin_check_list_length(c, name, "service ids", PLUGIN_SERVICES_MAX);
    if (n <= 0) {
        if (n == 0)
            decl_error(d, c->line, "route: %s lists no service", name);
        return;
    }
    p->services.items = calloc((size_t)n, sizeof *p->services.items);
    if (!p->services.items) {
        decl_error(d, c->line, "out of memory");
        return;
    }
    for (lua_Integer i = 1; i <= n; i++) {
        size_t len = 0;
        const char *id = lua_rawgeti(L, -1, i) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
        if (!id || !plugin_check_is_id(id, len))
            decl_error(d, c->line, "route: %s[%lld] must be a service id of this agency", name,
                       (long long)i);
        else if (!(p->services.items[p->services.count] = strdup(id)))
            decl_error(d, c->line, "out of memory");
        else
            p->services.count++;
        lua_pop(L, 1);
    }
}

static void read_preferred(plugin_check_t *c)
{
    lua_State *L = c->L;
    decl_t *d = c->d;
    int t = plugin_check_get(c, "preferred");
    if (t != LUA_TNIL && t != LUA_TTABLE)
        decl_error(d, c->line,
                   "route: preferred must map counter numbers to lists of service "
                   "ids, like preferred = { [11] = { \"penetapan\" } }");
    if (t == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            if (d->n_preferred >= PLUGIN_PREFERRED_MAX) {
                decl_error(d, c->line, "route: preferred lists more than %d counters",
                           PLUGIN_PREFERRED_MAX);
                lua_pop(L, 2);
                break;
            }
            decl_preferred_t *p = realloc(d->preferred, (d->n_preferred + 1) * sizeof *p);
            if (!p)
                luaL_error(L, "out of memory");
            d->preferred = p;
            p = &p[d->n_preferred++];
            memset(p, 0, sizeof *p);
            read_preferred_entry(c, p);
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

int plugin_api_route(lua_State *L)
{
    decl_t *d = plugin_api_method(L, "route");
    int line = plugin_api_caller_line(L);
    if (d->have_route) {
        decl_error(d, line, "agency:route is declared a second time (first at line %d)",
                   d->route_line);
        return 0;
    }
    d->have_route = true;
    d->route_line = line;
    plugin_check_t c = {.L = L, .d = d, .table = 2, .line = line, .what = "route"};
    plugin_check_fields(&c, route_fields, "route");
    bool first = false;
    int64_t after = 0;
    int rc = plugin_check_bool(&c, "priority_first", &first);
    rc |= plugin_check_int(&c, "regular_after_priority", false, 0, 1000,
                           "a whole number, 0 or more", &after);
    if (rc == 0) {
        d->cat->agencies[0].route.priority_first = first;
        d->cat->agencies[0].route.regular_after_priority = (int)after;
    }
    read_preferred(&c);
    return 0;
}

/* Index of the service with local id `id`, or -1. */
static long local_index(const catalog_t *cat, const char *id)
{
    for (size_t i = 0; i < cat->n_services; i++)
        if (strcmp(cat->services[i].local_id, id) == 0)
            return (long)i;
    return -1;
}

/* Names an unknown local service id, with the nearest declared one. */
static void unknown_service(decl_t *d, int line, const char *what, const char *id)
{
    const catalog_t *cat = d->cat;
    const char *best = NULL;
    const char **known = calloc(cat->n_services + 1, sizeof *known);
    if (known) {
        for (size_t i = 0; i < cat->n_services; i++)
            known[i] = cat->services[i].local_id;
        best = text_suggest(id, known);
    }
    if (best)
        decl_error(d, line, "%s: no service '%s' in this agency (did you mean '%s'?)", what, id,
                   best);
    else
        decl_error(d, line, "%s: no service '%s' in this agency", what, id);
    free(known);
}

/* Resolves each service's `next` to a full id and refuses unknown steps
 * and loops (a flow must end). */
void plugin_api_finish_flows(decl_t *d)
{
    catalog_t *cat = d->cat;
    bool ok = true;
    for (size_t i = 0; i < cat->n_services; i++) {
        const catalog_service_t *s = &cat->services[i];
        if (!s->next[0])
            continue;
        char what[96];
        snprintf(what, sizeof what, "service '%s': next", s->local_id);
        long k = local_index(cat, s->next);
        if (k < 0) {
            unknown_service(d, d->service_lines[i], what, s->next);
            ok = false;
        } else if ((size_t)k == i) {
            decl_error(d, d->service_lines[i], "%s names the service itself", what);
            ok = false;
        }
    }
    /* follow each flow; more steps than services means a loop */
    for (size_t i = 0; ok && i < cat->n_services; i++) {
        size_t at = i, steps = 0;
        while (cat->services[at].next[0] && steps <= cat->n_services) {
            at = (size_t)local_index(cat, cat->services[at].next);
            steps++;
        }
        if (steps > cat->n_services) {
            char path[200] = "";
            size_t used = 0;
            at = i;
            for (size_t n = 0; n < 6 && used < sizeof path; n++) {
                int w =
                    snprintf(path + used, sizeof path - used, "%s -> ", cat->services[at].local_id);
                if (w < 0)
                    break;
                used += (size_t)w;
                at = (size_t)local_index(cat, cat->services[at].next);
            }
            decl_error(d, d->service_lines[i],
                       "service '%s': the next steps form a loop "
                       "(%s...); a flow must end",
                       cat->services[i].local_id, path);
            ok = false;
        }
    }
    const char *agency = cat->agencies[0].id;
    for (size_t i = 0; i < cat->n_services; i++) {
        catalog_service_t *s = &cat->services[i];
        if (!s->next[0])
            continue;
        char local[CATALOG_ID_MAX];
        snprintf(local, sizeof local, "%s", s->next);
        snprintf(s->next, sizeof s->next, "%s/%s", agency, local);
    }
}

/* Resolves route.preferred's service ids to indexes; every named service
 * must be served at that counter. */
void plugin_api_finish_preferred(decl_t *d)
{
    catalog_t *cat = d->cat;
    catalog_agency_t *a = &cat->agencies[0];
    if (d->n_preferred == 0)
        return;
    a->route.preferred = calloc(d->n_preferred, sizeof *a->route.preferred);
    if (!a->route.preferred) {
        decl_error(d, d->route_line, "out of memory");
        return;
    }
    for (size_t i = 0; i < d->n_preferred; i++) {
        const decl_preferred_t *p = &d->preferred[i];
        catalog_preferred_t *cp = &a->route.preferred[a->route.n_preferred++];
        cp->counter = p->counter;
        if (p->services.count == 0)
            continue;
        cp->services = calloc(p->services.count, sizeof *cp->services);
        if (!cp->services) {
            decl_error(d, d->route_line, "out of memory");
            return;
        }
        for (size_t k = 0; k < p->services.count; k++) {
            char what[64];
            snprintf(what, sizeof what, "route: preferred[%d]", p->counter);
            long at = local_index(cat, p->services.items[k]);
            if (at < 0) {
                unknown_service(d, d->route_line, what, p->services.items[k]);
                continue;
            }
            /* a.first_service is 0 while the file loads */
            cat->services[at].agency = 0;
            a->n_services = cat->n_services;
            if (!catalog_service_at_counter(cat, &cat->services[at], p->counter)) {
                decl_error(d, d->route_line, "%s: counter %d does not serve '%s'", what, p->counter,
                           p->services.items[k]);
                continue;
            }
            cp->services[cp->n_services++] = (size_t)at;
        }
    }
}
