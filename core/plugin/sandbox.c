/*
 * sandbox.c - one agency's Lua state and its limits (see host.h).
 *
 * Stock Lua 5.4, no patches. The state is made with lua_newstate and an
 * allocator that refuses to grow past a byte budget (as HAProxy's hlua.c
 * does). Only base, string, table, math and utf8 are opened, and a chunk
 * sees them through a private _ENV whose __index reads an allow-list and
 * raises on any other name, and whose __newindex refuses new globals. A
 * count hook checks a deadline; once it has passed, the hook fires on
 * every instruction and raises each time, so a script's own pcall cannot
 * swallow the kill (Redis script_lua.c). What runs in C without the hook
 * is bounded by hand: pattern functions refuse long patterns, long
 * subjects and patterns whose worst case is too costly for their subject;
 * string.rep, table.move, table.insert and table.remove refuse huge
 * counts, and the last three (and a plain string.find) work whose
 * estimated cost exceeds what is left; table.sort without a Lua comparison function is refused when
 * its estimated cost (n log n comparisons, longer for long strings) is
 * too high. Every guarded function also checks the deadline, and a pattern
 * whose estimated cost exceeds what is left of the call's budget is
 * refused; large allocations past the deadline are refused; and a call
 * whose CPU time ran past its budget anyway is an overrun (sandbox_call).
 * setmetatable refuses __gc
 * (finalizers run with hooks off); xpcall's message handler is skipped
 * once the deadline has passed (it would run inside the hook, with hooks
 * off); the string metatable is locked. print and mpp.log write at most
 * 20 lines a call and 100 a minute, then say how many they dropped.
 */
#include "plugin/host.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

#define REG_ALLOWED "mpp.allowed"

static bool deadline_passed(const sandbox_t *sb);

static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    sandbox_t *sb = ud;
    if (!ptr)
        osize = 0; /* osize then tells the object's type, not a size */
    if (nsize == 0) {
        free(ptr);
        sb->used -= osize;
        return NULL;
    }
    if (nsize > osize && nsize - osize > sb->budget - sb->used) {
        sb->refused = true;
        return NULL;
    }
    if (sb->timed && nsize > osize && nsize - osize >= SANDBOX_BIG_ALLOC &&
        (sb->expired || deadline_passed(sb))) {
        /* large copies run in C between the hook's checks: past the
         * deadline they are refused (the call then ends as an overrun) */
        sb->expired = true;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (!p) {
        if (nsize > osize)
            return NULL;
        p = ptr; /* Lua expects shrinking never to fail: keep the block */
    }
    sb->used = sb->used - osize + nsize;
    return p;
}

static int sandbox_panic(lua_State *L)
{
    const char *msg = lua_tostring(L, -1);
    log_error("plugin", "unprotected Lua error: %s", msg ? msg : "?");
    abort();
}

static sandbox_t *sandbox_of(lua_State *L)
{
    return *(sandbox_t **)lua_getextraspace(L);
}

static bool deadline_passed(const sandbox_t *sb)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (now.tv_sec != sb->deadline.tv_sec)
        return now.tv_sec > sb->deadline.tv_sec;
    return now.tv_nsec >= sb->deadline.tv_nsec;
}

static void sandbox_hook(lua_State *L, lua_Debug *ar)
{
    sandbox_t *sb = sandbox_of(L);
    if (!sb->expired) {
        if (!deadline_passed(sb))
            return;
        sb->expired = true;
        /* from now on fire at every instruction: whatever catches the
         * error, the next instruction raises it again */
        lua_sethook(L, sandbox_hook, LUA_MASKCOUNT | LUA_MASKLINE, 1);
    }
    lua_getinfo(L, "Sl", ar);
    lua_pushfstring(L, "%s:%d: took longer than %d ms", ar->short_src, ar->currentline,
                    sb->deadline_ms);
    lua_error(L);
}

/* Calls the function in upvalue 1 with this call's arguments. An error
 * it raises without a place gets the caller's file:line, which the
 * original, called from C, cannot see. */
static int call_original(lua_State *L)
{
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    int status = lua_pcall(L, n, LUA_MULTRET, 0);
    if (status == LUA_OK)
        return lua_gettop(L);
    const char *msg = lua_tostring(L, -1);
    const char *name = sandbox_of(L)->name;
    size_t nl = strlen(name);
    if (status != LUA_ERRMEM && msg && !(strncmp(msg, name, nl) == 0 && msg[nl] == ':')) {
        luaL_where(L, 1);
        lua_insert(L, -2);
        lua_concat(L, 2);
    }
    return lua_error(L);
}

/* The message handler given to xpcall, wrapped: Lua calls a message
 * handler where the error is raised, which for the deadline's error is
 * inside the hook, with hooks off. Once the deadline has passed the
 * plugin's handler is not called and the error passes unchanged. */
static int sandbox_msgh(lua_State *L)
{
    if (sandbox_of(L)->expired)
        return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int sandbox_xpcall(lua_State *L)
{
    luaL_checkany(L, 1);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, sandbox_msgh, 1);
    lua_replace(L, 2);
    return call_original(L);
}

/* Starts a new minute of log lines when the current one is over. */
static void log_window_roll(sandbox_t *sb)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    int64_t ms = (int64_t)now.tv_sec * 1000 + now.tv_nsec / 1000000;
    if (sb->log_window_ms == 0 || ms - sb->log_window_ms >= 60000) {
        sb->log_window_ms = ms;
        sb->log_window = 0;
    }
}

bool sandbox_log_allow(lua_State *L)
{
    sandbox_t *sb = sandbox_of(L);
    log_window_roll(sb);
    if (sb->log_call >= SANDBOX_LOG_PER_CALL || sb->log_window >= SANDBOX_LOG_PER_MINUTE) {
        sb->log_dropped++;
        return false;
    }
    sb->log_call++;
    sb->log_window++;
    return true;
}

/* At the end of a call: one line saying how many log lines were dropped,
 * itself counted in the minute's lines (kept for later while it is full). */
static void log_report_dropped(sandbox_t *sb)
{
    if (sb->log_dropped == 0)
        return;
    log_window_roll(sb);
    if (sb->log_window >= SANDBOX_LOG_PER_MINUTE)
        return;
    sb->log_window++;
    log_warn("plugin",
             "%s: %u log lines dropped: a plugin writes at most %d lines a call and %d a minute",
             sb->name, sb->log_dropped, SANDBOX_LOG_PER_CALL, SANDBOX_LOG_PER_MINUTE);
    sb->log_dropped = 0;
}

static int sandbox_print(lua_State *L)
{
    sandbox_t *sb = sandbox_of(L);
    if (!sandbox_log_allow(L))
        return 0;
    int n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; i++) {
        if (i > 1)
            luaL_addchar(&b, '\t');
        luaL_tolstring(L, i, NULL);
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    int shown = len > 400 ? 400 : (int)len;
    log_info("plugin", "%s: %.*s%s", sb->name, shown, s, len > 400 ? "..." : "");
    return 0;
}

static int sandbox_setmetatable(lua_State *L)
{
    lua_settop(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE);
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "setmetatable: a metatable with __gc is not allowed "
                                 "in plugins");
        lua_pop(L, 1);
    }
    return call_original(L);
}

double sandbox_pattern_cost(const char *p, size_t len, size_t n, bool caret_anchors)
{
    int reps = 0, opts = 0, backrefs = 0;
    double items = 0;
    size_t i = 0;
    /* gmatch takes a leading '^' as a plain character and tries every
     * start: then it is an item like any other */
    bool anchored = caret_anchors && i < len && p[i] == '^';
    if (anchored)
        i++;
    while (i < len) {
        char ch = p[i];
        bool single = true; /* an item that a quantifier may follow */
        if (ch == '(' || ch == ')') {
            single = false;
            i++;
        } else if (ch == '$' && i + 1 == len) {
            single = false; /* the end anchor */
            i++;
        } else if (ch == '%') {
            char e = i + 1 < len ? p[i + 1] : '\0';
            if (e == 'b') {
                reps++;
                single = false;
                i += 4;
            } else if (e >= '1' && e <= '9') {
                backrefs++; /* compares up to the whole capture */
                single = false;
                i += 2;
            } else if (e == 'f') {
                single = false;
                i += 2;
                if (i < len && p[i] == '[') {
                    i++;
                    if (i < len && p[i] == '^')
                        i++;
                    do {
                        if (i < len && p[i] == '%')
                            i++;
                        i++;
                    } while (i < len && p[i] != ']');
                    i++;
                }
            } else {
                i += 2;
            }
        } else if (ch == '[') {
            i++;
            if (i < len && p[i] == '^')
                i++;
            do { /* the first ']' belongs to the set */
                if (i < len && p[i] == '%')
                    i++;
                i++;
            } while (i < len && p[i] != ']');
            i++;
        } else {
            i++;
        }
        if (ch != '(' && ch != ')' && !(ch == '$' && i == len))
            items++;
        if (single && i < len) {
            if (p[i] == '*' || p[i] == '+' || p[i] == '-') {
                reps++;
                i++;
            } else if (p[i] == '?') {
                opts++;
                i++;
            }
        }
    }
    double base = (double)n + 1;
    double cost = (anchored ? 1.0 : base) * (items > 0 ? items : 1);
    for (int r = 0; r < reps + backrefs && cost <= SANDBOX_PATTERN_COST; r++)
        cost *= base;
    for (int o = 0; o < opts && cost <= SANDBOX_PATTERN_COST; o++)
        cost *= 2;
    return cost;
}

/* Milliseconds left before the deadline of the current call (negative
 * once passed; a large number outside sandbox_call). */
static double budget_left_ms(const sandbox_t *sb)
{
    if (!sb->timed)
        return 1e9;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(sb->deadline.tv_sec - now.tv_sec) * 1e3 +
           (double)(sb->deadline.tv_nsec - now.tv_nsec) / 1e6;
}

/* Raises the deadline's error when it has passed (and makes the hook
 * raise it again at every instruction, as the hook itself does). */
static void budget_check(lua_State *L, const char *fname)
{
    sandbox_t *sb = sandbox_of(L);
    if (!sb->expired && budget_left_ms(sb) > 0)
        return;
    sb->expired = true;
    lua_sethook(L, sandbox_hook, LUA_MASKCOUNT | LUA_MASKLINE, 1);
    luaL_error(L, "%s: took longer than %d ms", fname, sb->deadline_ms);
}

/* Whether work estimated at `cost` steps exceeds the absolute bound or
 * what is left of the call's budget; when it does, the call's failure is
 * marked as an overrun (refused before it could run past the deadline). */
static bool too_costly(sandbox_t *sb, double cost)
{
    double left = budget_left_ms(sb) * SANDBOX_STEPS_PER_MS;
    if (cost <= SANDBOX_PATTERN_COST && cost <= left)
        return false;
    sb->costly = true;
    return true;
}

/* Refuses a match whose estimated worst case exceeds both the absolute
 * bound and what is left of the call's budget. */
static void pattern_check(lua_State *L, const char *fname, const char *p, size_t pl, size_t sl)
{
    sandbox_t *sb = sandbox_of(L);
    char name[32];
    snprintf(name, sizeof name, "string.%s", fname);
    budget_check(L, name);
    /* string.gmatch matches a leading '^' literally, from every start */
    double cost = sandbox_pattern_cost(p, pl, sl, strcmp(fname, "gmatch") != 0);
    if (too_costly(sb, cost)) {
        luaL_error(L,
                   "%s: pattern too costly for a subject of %d bytes: it could run past "
                   "the plugin's time budget (%d ms); simplify the pattern or shorten "
                   "the subject",
                   name, (int)sl, sb->timed ? sb->deadline_ms : 0);
    }
}

/* The iterator string.gmatch returns, guarded: upvalue 1 the original
 * iterator, 2 the pattern, 3 the subject. Each step may scan the rest of
 * the subject, so each is checked against what is left of the budget. */
static int sandbox_gmatch_step(lua_State *L)
{
    size_t sl, pl;
    lua_tolstring(L, lua_upvalueindex(3), &sl);
    const char *p = lua_tolstring(L, lua_upvalueindex(2), &pl);
    pattern_check(L, "gmatch", p, pl, sl);
    lua_settop(L, 0);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_call(L, 0, LUA_MULTRET);
    return lua_gettop(L);
}

/* string.find/match/gmatch/gsub: upvalue 1 the original, upvalue 2 its
 * name; find's fourth argument asks for a plain search. */
static int sandbox_str_pattern(lua_State *L)
{
    const char *fname = lua_tostring(L, lua_upvalueindex(2));
    size_t sl, pl;
    luaL_checklstring(L, 1, &sl);
    const char *p = luaL_checklstring(L, 2, &pl);
    bool plain = strcmp(fname, "find") == 0 && lua_toboolean(L, 4);
    if (sl > SANDBOX_STRING_MAX)
        return luaL_error(L, "string.%s: subject longer than %d bytes", fname,
                          (int)SANDBOX_STRING_MAX);
    if (pl > SANDBOX_PATTERN_MAX)
        return luaL_error(L, "string.%s: pattern longer than %d bytes", fname, SANDBOX_PATTERN_MAX);
    if (plain) {
        /* a plain search: every start position times the pattern */
        budget_check(L, "string.find");
        double cost = (double)(sl + 1) * (double)(pl ? pl : 1) / SANDBOX_FIND_BYTES_PER_STEP;
        if (too_costly(sandbox_of(L), cost))
            return luaL_error(L,
                              "string.find: plain search too costly for a subject of %d bytes "
                              "and a pattern of %d: it could run past the plugin's time budget "
                              "(%d ms); shorten the subject or the pattern",
                              (int)sl, (int)pl,
                              sandbox_of(L)->timed ? sandbox_of(L)->deadline_ms : 0);
    } else {
        pattern_check(L, fname, p, pl, sl);
    }
    if (strcmp(fname, "gmatch") == 0) {
        /* the iterator does the matching: guard each of its steps */
        lua_settop(L, 3);
        lua_pushvalue(L, lua_upvalueindex(1));
        lua_pushvalue(L, 1);
        lua_pushvalue(L, 2);
        lua_pushvalue(L, 3);
        lua_call(L, 3, 1); /* subject, pattern, init, iterator */
        lua_pushvalue(L, 2);
        lua_pushvalue(L, 1);
        lua_pushcclosure(L, sandbox_gmatch_step, 3);
        return 1;
    }
    int n = call_original(L);
    if (strcmp(fname, "gsub") == 0 && lua_rawlen(L, 1) > SANDBOX_STRING_MAX)
        return luaL_error(L, "string.gsub: result longer than %d bytes", (int)SANDBOX_STRING_MAX);
    return n;
}

/* string.format and the other guarded functions whose cost is bounded by
 * their result's size: only the deadline is checked. Upvalue 1 the
 * original, 2 its name. */
static int sandbox_timed(lua_State *L)
{
    char name[32];
    snprintf(name, sizeof name, "string.%s", lua_tostring(L, lua_upvalueindex(2)));
    budget_check(L, name);
    return call_original(L);
}

static int sandbox_str_rep(lua_State *L)
{
    budget_check(L, "string.rep");
    size_t l, lsep;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (n > 0) {
        /* also bounds rep("", huge), which loops in C making nothing */
        if ((lua_Unsigned)n > SANDBOX_STRING_MAX ||
            (uint64_t)n * l + (uint64_t)(n - 1) * lsep > SANDBOX_STRING_MAX)
            return luaL_error(L, "string.rep: result longer than %d bytes",
                              (int)SANDBOX_STRING_MAX);
    }
    return call_original(L);
}

/* Refuses copying or shifting `n` elements (table.move, insert, remove;
 * each runs in C without the hook) when over what is left of the budget. */
static void move_check(lua_State *L, const char *fname, lua_Integer n)
{
    sandbox_t *sb = sandbox_of(L);
    if (n > 0 && too_costly(sb, (double)n * SANDBOX_MOVE_STEPS))
        luaL_error(L,
                   "%s: too costly for %I elements: it could run past the plugin's time "
                   "budget (%d ms); move fewer elements",
                   fname, (LUAI_UACINT)n, sb->timed ? sb->deadline_ms : 0);
}

static int sandbox_table_move(lua_State *L)
{
    budget_check(L, "table.move");
    lua_Integer f = luaL_checkinteger(L, 2);
    lua_Integer e = luaL_checkinteger(L, 3);
    if (e >= f && (lua_Unsigned)e - (lua_Unsigned)f >= SANDBOX_STRING_MAX)
        return luaL_error(L, "table.move: more than %d elements", (int)SANDBOX_STRING_MAX);
    if (e >= f)
        move_check(L, "table.move", e - f + 1);
    return call_original(L);
}

/* table.insert/remove shift every element from the position to #t in
 * C; a __len metamethod could claim any length. No real table of a
 * budgeted state is longer than this; and the elements shifted are
 * estimated as table.move's are (appending or removing the last shifts
 * none). */
static int sandbox_table_shift(lua_State *L)
{
    const char *fname = lua_tostring(L, lua_upvalueindex(2));
    char name[32];
    snprintf(name, sizeof name, "table.%s", fname);
    budget_check(L, name);
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer n = luaL_len(L, 1);
    if (n < 0 || (lua_Unsigned)n > SANDBOX_STRING_MAX)
        return luaL_error(L, "%s: the table claims %I elements, more than %d", name, (LUAI_UACINT)n,
                          (int)SANDBOX_STRING_MAX);
    bool insert = strcmp(fname, "insert") == 0;
    lua_Integer pos = insert ? n + 1 : n; /* append / remove the last */
    if (lua_gettop(L) == (insert ? 3 : 2)) {
        int isnum;
        lua_Integer at = lua_tointegerx(L, 2, &isnum);
        if (isnum && at >= 1 && at <= n + 1)
            pos = at; /* out of bounds: the original refuses it */
    }
    move_check(L, name, insert ? n + 1 - pos : n - pos);
    return call_original(L);
}

double sandbox_sort_cost(size_t n, size_t longest)
{
    if (n < 2)
        return 0;
    int log2n = 1; /* rounded up */
    for (size_t m = n - 1; m > 1; m >>= 1)
        log2n++;
    double compares = (double)n * log2n;
    return compares * (SANDBOX_SORT_COMPARE_STEPS + (double)longest / SANDBOX_SORT_BYTES_PER_STEP);
}

/* table.sort runs in C: with Lua's own comparison (or a C function as
 * the comparison) no instruction runs between two comparisons, so the
 * count hook never fires. Its cost is estimated as the pattern
 * functions' is and the sort refused before it starts when over. A Lua
 * comparison function runs Lua at every comparison, where the hook
 * checks the deadline. */
static int sandbox_table_sort(lua_State *L)
{
    sandbox_t *sb = sandbox_of(L);
    budget_check(L, "table.sort");
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer n = luaL_len(L, 1);
    if (n < 2 || (lua_type(L, 2) == LUA_TFUNCTION && !lua_iscfunction(L, 2)))
        return call_original(L);
    size_t longest = 0;
    /* first without the strings: a huge count is refused before the
     * values are looked at */
    double cost = (lua_Unsigned)n > SANDBOX_STRING_MAX ? 2 * SANDBOX_PATTERN_COST
                                                       : sandbox_sort_cost((size_t)n, 0);
    if (!too_costly(sb, cost)) {
        for (lua_Integer i = 1; i <= n; i++) {
            size_t len;
            /* as the sort reads them: through __index, if any */
            if (lua_geti(L, 1, i) == LUA_TSTRING && (lua_tolstring(L, -1, &len), len > longest))
                longest = len;
            lua_pop(L, 1);
        }
        cost = sandbox_sort_cost((size_t)n, longest);
    }
    if (too_costly(sb, cost)) {
        char strings[48] = "";
        if (longest > 0)
            snprintf(strings, sizeof strings, " (strings up to %zu bytes)", longest);
        return luaL_error(L,
                          "table.sort: too costly for %I values%s: it could run past the "
                          "plugin's time budget (%d ms); sort fewer or shorter values, or "
                          "pass a comparison function",
                          (LUAI_UACINT)n, strings, sb->timed ? sb->deadline_ms : 0);
    }
    return call_original(L);
}

static int env_index(lua_State *L)
{
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL)
        return 1;
    if (lua_type(L, 2) == LUA_TSTRING)
        return luaL_error(L, "unknown global '%s'", lua_tostring(L, 2));
    return luaL_error(L, "unknown global");
}

static int env_newindex(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TSTRING)
        return luaL_error(L, "plugins may not set global '%s'; use local", lua_tostring(L, 2));
    return luaL_error(L, "plugins may not set globals; use local");
}

/* Replaces lib[name] by a closure of fn over the original (and name). */
static void wrap_field(lua_State *L, int lib, const char *name, lua_CFunction fn, bool with_name)
{
    lua_getfield(L, lib, name);
    if (with_name) {
        lua_pushstring(L, name);
        lua_pushcclosure(L, fn, 2);
    } else {
        lua_pushcclosure(L, fn, 1);
    }
    lua_setfield(L, lib, name);
}

static const char *const allowed_names[] = {
    "assert",   "error",  "getmetatable", "ipairs", "next",     "pairs",    "pcall", "rawequal",
    "rawget",   "rawlen", "rawset",       "select", "tonumber", "tostring", "type",  "xpcall",
    "_VERSION", "string", "table",        "math",   "utf8",     NULL,
};

static const char *const removed_names[] = {
    "load",  "loadfile",     "dofile", "require", "collectgarbage",
    "print", "setmetatable", "warn",   "_G",      NULL,
};

static int sandbox_setup(lua_State *L)
{
    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    lua_settop(L, 0);

    lua_getglobal(L, LUA_STRLIBNAME);
    int str = lua_gettop(L);
    lua_pushnil(L);
    lua_setfield(L, str, "dump");
    wrap_field(L, str, "rep", sandbox_str_rep, false);
    static const char *const pattern_fns[] = {"find", "match", "gmatch", "gsub", NULL};
    for (int i = 0; pattern_fns[i]; i++)
        wrap_field(L, str, pattern_fns[i], sandbox_str_pattern, true);
    wrap_field(L, str, "format", sandbox_timed, true);

    lua_getglobal(L, LUA_TABLIBNAME);
    int tab = lua_gettop(L);
    wrap_field(L, tab, "move", sandbox_table_move, false);
    wrap_field(L, tab, "insert", sandbox_table_shift, true);
    wrap_field(L, tab, "remove", sandbox_table_shift, true);
    wrap_field(L, tab, "sort", sandbox_table_sort, false);
    lua_settop(L, 0);

    /* the string metatable is shared by every string: lock it */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_settop(L, 0);

    lua_newtable(L);
    int allowed = lua_gettop(L);
    for (int i = 0; allowed_names[i]; i++) {
        lua_getglobal(L, allowed_names[i]);
        lua_setfield(L, allowed, allowed_names[i]);
    }
    lua_pushcfunction(L, sandbox_print);
    lua_setfield(L, allowed, "print");
    lua_getglobal(L, "setmetatable");
    lua_pushcclosure(L, sandbox_setmetatable, 1);
    lua_setfield(L, allowed, "setmetatable");
    lua_getglobal(L, "xpcall");
    lua_pushcclosure(L, sandbox_xpcall, 1);
    lua_setfield(L, allowed, "xpcall");
    lua_setfield(L, LUA_REGISTRYINDEX, REG_ALLOWED);

    /* out of the real globals too, though no chunk sees them */
    for (int i = 0; removed_names[i]; i++) {
        lua_pushnil(L);
        lua_setglobal(L, removed_names[i]);
    }
    return 0;
}

int sandbox_open(sandbox_t *sb, const char *name, size_t budget)
{
    memset(sb, 0, sizeof *sb);
    sb->budget = budget;
    snprintf(sb->name, sizeof sb->name, "%s", name);
    sb->L = lua_newstate(sandbox_alloc, sb);
    if (!sb->L)
        return SANDBOX_ERR_NOMEM;
    *(sandbox_t **)lua_getextraspace(sb->L) = sb;
    lua_atpanic(sb->L, sandbox_panic);
    char err[128];
    if (sandbox_protect(sb, sandbox_setup, NULL, err, sizeof err) != 0) {
        sandbox_close(sb);
        return SANDBOX_ERR_NOMEM;
    }
    return 0;
}

int sandbox_protect(sandbox_t *sb, lua_CFunction fn, void *ud, char *err, size_t errlen)
{
    lua_State *L = sb->L;
    int top = lua_gettop(L);
    if (!lua_checkstack(L, 2)) {
        snprintf(err, errlen, "Lua stack exhausted");
        return -1;
    }
    lua_pushcfunction(L, fn);
    lua_pushlightuserdata(L, ud);
    int status = lua_pcall(L, 1, 0, 0);
    if (status != LUA_OK) {
        const char *msg = lua_tostring(L, -1);
        snprintf(err, errlen, "%s", msg ? msg : "error object is not a string");
    }
    lua_settop(L, top);
    return status == LUA_OK ? 0 : -1;
}

void sandbox_allow(lua_State *L, const char *name)
{
    lua_getfield(L, LUA_REGISTRYINDEX, REG_ALLOWED);
    lua_insert(L, -2);
    lua_setfield(L, -2, name);
    lua_pop(L, 1);
}

/* A chunk to compile and run. */
typedef struct chunk {
    const char *buf;
    size_t len;
} chunk_t;

/* Compiles and runs the chunk; argument: a chunk_t (light userdata). */
static int sandbox_run_protected(lua_State *L)
{
    sandbox_t *sb = sandbox_of(L);
    const chunk_t *ck = lua_touserdata(L, 1);
    char chunkname[sizeof sb->name + 1];
    snprintf(chunkname, sizeof chunkname, "@%s", sb->name);
    if (luaL_loadbufferx(L, ck->buf, ck->len, chunkname, "t") != LUA_OK) {
        const char *msg = lua_tostring(L, -1);
        if (msg && strstr(msg, "binary chunk"))
            return luaL_error(L,
                              "%s: precompiled (binary) chunks are refused; a plugin "
                              "is Lua source text",
                              sb->name);
        return lua_error(L);
    }
    int chunk = lua_gettop(L);

    lua_newtable(L); /* the chunk's private _ENV */
    lua_newtable(L);
    lua_getfield(L, LUA_REGISTRYINDEX, REG_ALLOWED);
    lua_pushcclosure(L, env_index, 1);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, env_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    if (!lua_setupvalue(L, chunk, 1))
        lua_pop(L, 1); /* a chunk always has _ENV; keep the stack right */

    lua_pushvalue(L, chunk);
    lua_call(L, 0, 0);
    return 0;
}

/* Splits "<name>:<line>: message" into line and message. */
static void split_location(const sandbox_t *sb, const char *msg, char *err, size_t errlen,
                           int *line)
{
    size_t nl = strlen(sb->name);
    *line = 0;
    if (strncmp(msg, sb->name, nl) == 0 && msg[nl] == ':') {
        const char *p = msg + nl + 1;
        char *end;
        long l = strtol(p, &end, 10);
        if (end != p && end[0] == ':' && l > 0 && l < 1000000) {
            *line = (int)l;
            msg = end[1] == ' ' ? end + 2 : end + 1;
        } else if (p[0] == ' ') {
            msg = p + 1;
        }
    }
    snprintf(err, errlen, "%s", msg);
}

int sandbox_call(sandbox_t *sb, lua_CFunction fn, void *ud, int ms, char *err, size_t errlen,
                 int *line)
{
    lua_State *L = sb->L;
    *line = 0;
    err[0] = '\0';
    if (!lua_checkstack(L, 3)) {
        snprintf(err, errlen, "Lua stack exhausted");
        return SANDBOX_ERR_NOMEM;
    }
    clock_gettime(CLOCK_MONOTONIC, &sb->deadline);
    sb->deadline.tv_sec += ms / 1000;
    sb->deadline.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (sb->deadline.tv_nsec >= 1000000000L) {
        sb->deadline.tv_sec++;
        sb->deadline.tv_nsec -= 1000000000L;
    }
    sb->deadline_ms = ms;
    sb->expired = false;
    sb->refused = false;
    sb->costly = false;
    sb->log_call = 0;

    int top = lua_gettop(L);
    struct timespec cpu0, cpu1;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu0);
    sb->timed = true;
    lua_sethook(L, sandbox_hook, LUA_MASKCOUNT, SANDBOX_HOOK_COUNT);
    lua_pushcfunction(L, fn);
    lua_pushlightuserdata(L, ud);
    int status = lua_pcall(L, 1, 0, 0);
    lua_sethook(L, NULL, 0, 0);
    sb->timed = false;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu1);
    log_report_dropped(sb);
    double took =
        (double)(cpu1.tv_sec - cpu0.tv_sec) * 1e3 + (double)(cpu1.tv_nsec - cpu0.tv_nsec) / 1e6;

    int rc = SANDBOX_OK;
    if (status == LUA_OK && took > ms) {
        /* finished, but late: whatever ran between the checks (a C
         * function, a long copy) still spent the budget */
        snprintf(err, errlen, "took %.0f ms, longer than its budget of %d ms", took, ms);
        rc = SANDBOX_ERR_TIMEOUT;
    } else if (status != LUA_OK) {
        const char *msg = lua_tostring(L, -1);
        split_location(sb, msg ? msg : "error object is not a string", err, errlen, line);
        if (sb->costly) {
            rc = SANDBOX_ERR_TIMEOUT; /* refused before it could overrun */
        } else if (sb->expired) {
            snprintf(err, errlen, "took longer than %d ms", ms);
            rc = SANDBOX_ERR_TIMEOUT;
        } else if (status == LUA_ERRMEM || (sb->refused && strcmp(err, "not enough memory") == 0)) {
            snprintf(err, errlen, "used more than %zu MiB of memory", sb->budget >> 20);
            rc = SANDBOX_ERR_MEMORY;
        } else {
            rc = SANDBOX_ERR_SCRIPT;
        }
    }
    lua_settop(L, top);
    return rc;
}

int sandbox_run(sandbox_t *sb, const char *buf, size_t len, int ms, char *err, size_t errlen,
                int *line)
{
    chunk_t ck = {buf, len};
    return sandbox_call(sb, sandbox_run_protected, &ck, ms, err, errlen, line);
}

void sandbox_close(sandbox_t *sb)
{
    if (sb->L) {
        lua_sethook(sb->L, NULL, 0, 0);
        lua_close(sb->L);
    }
    sb->L = NULL;
}
