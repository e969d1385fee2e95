/*
 * host.h - what the plugin host's own files share (not used outside
 * core/plugin/).
 *
 * sandbox.c makes one agency's lua_State (allow-listed libraries, a memory
 * budget, an instruction deadline, guarded string patterns) and runs a
 * chunk in it; api.c is the `mpp` declaration API, which turns an agency's
 * declarations into catalog entries as they are made; check.c holds the
 * field checks the API uses; load.c reads files and folders and assembles
 * the catalog. A sandbox is independent of the declarations it carries, so
 * a state can outlive its load once hooks and routing callbacks need it.
 */
#ifndef MPP_PLUGIN_HOST_H
#define MPP_PLUGIN_HOST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <lua.h>

#include "engine/queue.h"
#include "plugin/plugin.h"

#define SANDBOX_MEM_BUDGET ((size_t)16 << 20) /* bytes per agency state */
#define SANDBOX_LOAD_MS 250                   /* deadline of a file's load */
#define SANDBOX_HOOK_COUNT 100                /* instructions between checks */
#define SANDBOX_PATTERN_MAX 256               /* bytes of a Lua pattern */
#define SANDBOX_STRING_MAX                                                                         \
    ((size_t)1 << 20) /* subject or result of the
                                                 string functions that run
                                                 in C without the hook */
#define SANDBOX_PATTERN_COST                                                                       \
    1e8 /* worst-case steps a pattern
                                                 may take on its subject */
#define SANDBOX_STEPS_PER_MS                                                                       \
    20000.0 /* pattern steps counted as one
                                                 ms of budget: about 15 times
                                                 slower than measured (ten
                                                 s:find(".-b") on 9,999 bytes,
                                                 2e9 steps by the estimate,
                                                 ran 3.3 s) */
/* steps counted for one comparison of table.sort: measured about 35 ns
 * (random integers), counted as 200 */
#define SANDBOX_SORT_COMPARE_STEPS 4.0
/* bytes of two strings compared per counted step (measured about 0.015 ns
 * a byte, counted as 3) */
#define SANDBOX_SORT_BYTES_PER_STEP 16.0
/* steps counted for each element table.move copies and table.insert or
 * table.remove shifts: measured 20 to 50 ns, counted as 200 */
#define SANDBOX_MOVE_STEPS 4.0
/* bytes compared per counted step by a plain string.find (worst case the
 * subject's length times the pattern's; measured 0.06 to 0.2 ns a byte,
 * counted as 0.8) */
#define SANDBOX_FIND_BYTES_PER_STEP 64.0
#define SANDBOX_LOG_PER_CALL 20    /* log lines (mpp.log, print) one call may write */
#define SANDBOX_LOG_PER_MINUTE 100 /* log lines one agency's state may write a minute */
#define SANDBOX_BIG_ALLOC                                                                          \
    ((size_t)64 << 10)                    /* growth that checks the
                                                 deadline in the allocator */
#define PLUGIN_FILE_MAX ((size_t)1 << 20) /* bytes of a plugin file */
#define PLUGIN_TEXT_MAX ((size_t)4 << 20) /* bytes of declared text */
#define PLUGIN_SERVICES_MAX 1000          /* services of one agency */
#define PLUGIN_ERRORS_MAX 20              /* errors kept per file */
#define PLUGIN_HOOK_MS 5                  /* deadline of one hook call */
#define API_HOOKS_N 11 /* entries of plugin_api_hook_names (api_hooks.c), "route" the last */
/* failures of one hook within its last PLUGIN_HOOK_WINDOW calls that
 * disable an agency's hooks */
#define PLUGIN_HOOK_FAILS_MAX 3
/* calls of one hook its failures are counted over (at most 16) */
#define PLUGIN_HOOK_WINDOW 10
#define PLUGIN_PREFERRED_MAX 64 /* counters in route.preferred */

/* Errors of sandbox_run. */
enum sandbox_err {
    SANDBOX_OK = 0,
    SANDBOX_ERR_NOMEM = -1,   /* the state could not be made */
    SANDBOX_ERR_SCRIPT = -2,  /* syntax or runtime error in the chunk */
    SANDBOX_ERR_MEMORY = -3,  /* the chunk ran past its memory budget */
    SANDBOX_ERR_TIMEOUT = -4, /* the chunk ran past its deadline */
};

/* One agency's Lua state and its limits. The struct must stay at one
 * address while the state is open (the allocator and the hook use it). */
typedef struct sandbox {
    lua_State *L;             /* owned; closed by sandbox_close */
    size_t used;              /* bytes the state holds now */
    size_t budget;            /* bytes it may hold */
    bool refused;             /* an allocation was refused */
    struct timespec deadline; /* CLOCK_MONOTONIC */
    int deadline_ms;
    bool expired;          /* the deadline passed (hook, allocator
                                     or a guarded function found it) */
    bool timed;            /* inside sandbox_call: the deadline holds */
    bool costly;           /* a guarded function refused work that
                                     could outrun what is left of the
                                     budget (an overrun, not a bug) */
    char name[256];        /* "plugins/<file>": chunk name without '@' */
    unsigned log_call;     /* log lines written during this call */
    unsigned log_window;   /* log lines written since log_window_ms */
    int64_t log_window_ms; /* CLOCK_MONOTONIC ms the minute began (0: none yet) */
    unsigned log_dropped;  /* log lines refused and not yet reported */
} sandbox_t;

/* Worst-case steps of matching Lua pattern p (len bytes) against a
 * subject of n bytes: start positions (1 when anchored) times the items
 * of the pattern, times n + 1 per unbounded repetition (*, +, -, %b) and
 * per back-reference (%1..%9), times 2 per optional item (?). Stops
 * growing once past SANDBOX_PATTERN_COST. `caret_anchors` tells whether a
 * leading '^' anchors the match (string.find, match and gsub) or is a
 * plain character tried at every start (string.gmatch in Lua 5.4). */
double sandbox_pattern_cost(const char *p, size_t len, size_t n, bool caret_anchors);

/* Worst-case steps of table.sort on n values without a Lua comparison
 * function: n times log2 n (rounded up) comparisons, each
 * SANDBOX_SORT_COMPARE_STEPS plus, for strings, one step per
 * SANDBOX_SORT_BYTES_PER_STEP bytes of the longest one (`longest`, 0 when
 * no value is a string). Counted in the steps of sandbox_pattern_cost,
 * against the same budget. */
double sandbox_sort_cost(size_t n, size_t longest);

/* Makes the state: allow-listed libraries, guarded functions, locked
 * string metatable. `name` is the file as messages show it. Returns 0 or
 * SANDBOX_ERR_NOMEM. */
int sandbox_open(sandbox_t *sb, const char *name, size_t budget);

/* Runs fn(L) protected, with `ud` as its only argument (a light
 * userdata), under the state's memory budget. Returns 0, or -1 with the
 * error message in err. */
int sandbox_protect(sandbox_t *sb, lua_CFunction fn, void *ud, char *err, size_t errlen);

/* Runs fn(L) protected with `ud` as its only argument, under the memory
 * budget and a deadline of `ms` milliseconds that the script's own pcall
 * cannot swallow. The deadline is checked every SANDBOX_HOOK_COUNT
 * instructions, by large allocations and by every guarded C function
 * (which also refuses work whose estimated cost exceeds what is left);
 * and a call whose thread CPU time exceeded `ms` in the end counts as an
 * overrun (SANDBOX_ERR_TIMEOUT) whatever it did. On error writes the message without its location into
 * err and the line into *line (0 when none) and returns a negative
 * sandbox_err (SANDBOX_ERR_TIMEOUT, SANDBOX_ERR_MEMORY or
 * SANDBOX_ERR_SCRIPT). */
int sandbox_call(sandbox_t *sb, lua_CFunction fn, void *ud, int ms, char *err, size_t errlen,
                 int *line);

/* Whether the plugin running in L may write one more log line (mpp.log.*
 * or print): at most SANDBOX_LOG_PER_CALL lines a call (load or hook) and
 * SANDBOX_LOG_PER_MINUTE a minute per agency. A line refused is counted;
 * when the call ends, sandbox_call writes one line saying how many were
 * dropped (once the minute has room for it again). */
bool sandbox_log_allow(lua_State *L);

/* Adds the value on top of the stack to the globals plugins may read, as
 * `name`, and pops it. Call from inside sandbox_protect. */
void sandbox_allow(lua_State *L, const char *name);

/* Compiles `buf` as text (binary chunks refused) under the chunk name
 * "@<sb->name>", gives it a private _ENV and runs it with a deadline of
 * `ms` milliseconds. On error writes the message without its location
 * into err and the line into *line (0 when none) and returns a negative
 * sandbox_err. */
int sandbox_run(sandbox_t *sb, const char *buf, size_t len, int ms, char *err, size_t errlen,
                int *line);

/* Closes the state; sb may then be opened again. */
void sandbox_close(sandbox_t *sb);

typedef struct plugin_runtime plugin_runtime_t;

/* A route.preferred entry as declared, resolved by plugin_api_finish. */
typedef struct decl_preferred {
    int counter;
    catalog_strings_t services; /* owned: local service ids */
} decl_preferred_t;

/* The declarations of one file while it loads. */
typedef struct decl {
    plugin_runtime_t *rt;      /* borrowed: the live state it runs in */
    catalog_t *cat;            /* borrowed: receives the one agency,
                                     its services and the file's errors */
    const plugin_hall_t *hall; /* borrowed; NULL = counters unchecked */
    const char *file;          /* borrowed: name as messages show it */
    bool loading;              /* declarations allowed now */
    bool have_agency;
    int agency_line;
    bool agency_id_ok;
    bool have_route;
    int route_line;
    int *service_lines; /* owned: line of each service */
    size_t services_cap;
    size_t text_bytes; /* declared text copied so far */
    bool error_cap_hit;
    bool reading;                /* a service's table is being read: none may start meanwhile
                     (the plugin's code, a finaliser say, must not grow the
                     services under it) */
    decl_preferred_t *preferred; /* owned */
    size_t n_preferred;
    char logo_file[64]; /* the agency's logo, a file beside the plugin */
    int *hook_lines;    /* owned: line of each agency:on, by
                                     hook index (api_hooks.c) */
    const char *text;   /* borrowed while the file runs: its source, to
                           name a field's own line (plugin_check_line) */
    size_t text_len;
} decl_t;

/* One agency's live plugin: its sandbox, kept open after the load when
 * the agency registered hooks, and how its hook calls went. Allocated by
 * load.c, owned by the agency's catalog entry (catalog_agency_t.runtime,
 * freed by plugin_runtime_free). */
struct plugin_runtime {
    sandbox_t sb; /* the agency's state; closed once its
                                     hooks are disabled */
    decl_t d;
    char file[256]; /* "plugins/<file>" */
    char agency[CATALOG_ID_MAX];
    bool in_hook; /* next_step / transfer allowed now */
    unsigned calls, failures, overruns, refused;
    uint16_t history[API_HOOKS_N]; /* how each hook's last PLUGIN_HOOK_WINDOW
                                     calls went, the newest in bit 0: 1 a
                                     failure */
    int action_hook;               /* the hook whose action the engine is
                                     applying (a refusal is its failure), or
                                     -1 */
    bool disabled;
    int last_line;
    char last_error[256];
};

/* Makes a runtime for a file about to load (sandbox not yet open);
 * NULL when out of memory. */
plugin_runtime_t *plugin_runtime_new(const char *display);
/* Closes the state and frees the runtime; NULL is fine. Matches
 * catalog_agency_t.runtime_free. */
void plugin_runtime_free(void *rt);

/* Installs agency:on, agency:next_step and agency:transfer in the agency
 * object's method table on top of the stack (inside sandbox_protect). */
void plugin_api_hooks_register(lua_State *L, decl_t *d);
/* Adds agency:option_number/_string/_boolean to the methods table on top
 * of the stack (api_option.c). */
void plugin_api_options_register(lua_State *L, decl_t *d);
/* Hook names and the queue event each stands for; route is -1. Returns
 * the index of `name` in the hook list, or -1 when unknown. */
int plugin_api_hook_index(const char *name);
/* The hook list (NULL-terminated). */
extern const char *const plugin_api_hook_names[];
/* Pushes agency a's hook function for `index` (registry); its Lua type. */
int plugin_api_hook_push(lua_State *L, int index);
/* Pushes a read-only view of a ticket (a userdata holding a copy of v;
 * the view's fields are all a hook can read). */
void plugin_api_view_push(lua_State *L, const queue_view_t *v);
/* The action object at idx, or NULL when idx holds none. */
const queue_hook_action_t *plugin_api_action_get(lua_State *L, int idx);

/* Installs the `mpp` table in the sandbox for `d` (borrowed for the life
 * of the state). Returns 0, or -1 with a message in err. */
int plugin_api_register(sandbox_t *sb, decl_t *d, char *err, size_t errlen);

/* After a clean run: checks what only the whole file can tell (one
 * agency, at least one service) and completes the service ids. */
void plugin_api_finish(decl_t *d);

/* Frees what the decl itself owns (not the catalog). */
void plugin_api_release(decl_t *d);

/* Records an error of d->file at `line` in d->cat; returns -1. Past
 * PLUGIN_ERRORS_MAX errors only one last "too many errors" is kept. */
int decl_error(decl_t *d, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Reading one declaration table: where it is and how errors name it. */
typedef struct check {
    lua_State *L;
    decl_t *d;
    int table;     /* absolute stack index of the table */
    int line;      /* line of the declaration */
    char what[96]; /* "service 'ktp-el'", "agency 'x'", ... */
} plugin_check_t;

/* True for 1..47 characters of [a-z0-9-]. */
bool plugin_check_is_id(const char *s, size_t len);
/* Why a kiosk input pattern (POSIX extended regex) could make matching
 * slow on a short value: a back-reference (\1..\9), a repeated group
 * holding a repetition ((a*)*, (a|b+){2,}) or a repetition repeated
 * (a**); NULL when it has none of these. */
const char *plugin_check_pattern_risk(const char *p);
/* Why an agency's SVG logo may not be shown (a script, an event handler,
 * an outside reference, an entity, not an <svg>, not UTF-8), or NULL when
 * it may. */
const char *plugin_check_svg(const char *svg, size_t len);

/* Refuses keys of the table that are not in `known` (NULL-terminated),
 * naming each with a suggestion; `in` names the table ("service").
 * Returns 0 or -1. */
int plugin_check_fields(plugin_check_t *c, const char *const *known, const char *in);
/* The line where the declaration's table sets field `name` ("name =" on a
 * line of the table's block in the file's source), or the declaration's
 * line when it cannot tell (a table built by a helper function). */
int plugin_check_line(const plugin_check_t *c, const char *name);
/* decl_error at the line where the declaration sets `field`
 * (plugin_check_line): an error about one field points at that field. */
int plugin_check_error(const plugin_check_t *c, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Pushes the table's raw field `name`; returns its Lua type. */
int plugin_check_get(plugin_check_t *c, const char *name);
/* A string field copied with malloc into *out. Required fields must be
 * non-empty; an absent optional field gives "". Returns 0 or -1. */
int plugin_check_text(plugin_check_t *c, const char *name, bool required, char **out);
/* A whole number in [lo, hi]; an absent optional field leaves *out.
 * `rule` completes "must be ..." for wrong types and values below lo. */
int plugin_check_int(plugin_check_t *c, const char *name, bool required, int64_t lo, int64_t hi,
                     const char *rule, int64_t *out);
/* A boolean; an absent field leaves *out. */
int plugin_check_bool(plugin_check_t *c, const char *name, bool *out);
/* A list of at least `min` non-empty strings. Absent and min == 0 gives
 * an empty list. */
int plugin_check_strings(plugin_check_t *c, const char *name, size_t min, catalog_strings_t *out);
/* Checks that the table on top of the stack is a plain list (keys 1..n
 * only) of at most `max` entries, `of` naming what it holds; returns n,
 * or -1 after recording an error. */
lua_Integer plugin_check_list_length(plugin_check_t *c, const char *name, const char *of,
                                     size_t max);
/* An optional list of distinct counter numbers 1..999, malloc'd into
 * *out (NULL when absent or empty). Returns 1 when present, 0 when
 * absent, -1 on error. */
int plugin_check_counters(plugin_check_t *c, const char *name, int **out, size_t *n);

/* The names a service declaration may use (api.c), NULL-terminated. */
extern const char *const plugin_service_fields[];
/* A service's completion, source and unconfirmed fields (api_facts.c). */
void plugin_api_read_facts(plugin_check_t *c, catalog_service_t *s);
/* Copies `len` bytes of UTF-8 text into *out (malloc'd), counting them
 * against the file's text budget; `label` names the field in errors.
 * Returns 0 or -1. */
int plugin_check_copy_text(plugin_check_t *c, const char *label, const char *s, size_t len,
                           char **out);

/* Checks `agency:<method> { ... }` (raising on misuse); returns the decl. */
decl_t *plugin_api_method(lua_State *L, const char *method);
/* The line a declaration is made on (the main chunk's current line). */
int plugin_api_caller_line(lua_State *L);
/* agency:route { ... } (api_route.c). */
int plugin_api_route(lua_State *L);
/* A service's next and next_place fields; next stays a local id until
 * plugin_api_finish_flows. */
void plugin_api_read_next(plugin_check_t *c, catalog_service_t *s);
/* Resolves every `next` to a full id, refusing unknown steps and loops. */
void plugin_api_finish_flows(decl_t *d);
/* Resolves route.preferred to service indexes of the agency. */
void plugin_api_finish_preferred(decl_t *d);

#endif
