/*
 * mppctl_try.c - `mppctl try PLUGIN.lua SCRIPT`: a scripted day of tickets
 * against one agency's plugin, run in memory on the real engine and the
 * real plugin host (routing rules, flows, hooks), so a liaison can check
 * who is called next before the plugin goes live. Nothing is stored.
 *
 * A script has one command per line ('#' starts a comment):
 *   at HH:MM                          set the clock (the day starts 08:00)
 *   issue SERVICE [PRIORITY] [xN]     N tickets (default 1)
 *   open N | pause N | resume N | close N
 *   call N [NUMBER] [expect NUMBER|none]
 *   recall N | start N | finish N | no-show N | hold N | cancel N
 *   transfer N SERVICE [front]
 *   waiting N [expect COUNT]          tickets counter N can take
 * SERVICE may omit the agency ("ktp-el-rekam"). An issue or counter command
 * may end with `expect refused CODE` (quota_reached, closed, conflict,
 * forbidden, not_found, invalid): the command must be refused so. Any
 * failure of the plugin's hooks or route function (an error, an overrun, a
 * made-up answer, an action the engine refused) is a problem with its
 * plugin line. The exit status is 0 only when every command worked, every
 * expectation held and the plugin never failed.
 */
#include "mppctl_try.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "engine/queue.h"
#include "plugin/plugin.h"

typedef struct try_ctx {
    queue_t *q;
    const catalog_agency_t *agency;
    int64_t now;
    uint64_t random_state;
    int line;
    int failures;
    const char *refused;      /* this line's `expect refused CODE`, or NULL */
    bool quiet;               /* print problems only (the smoke day of check) */
    int64_t step_ms;          /* the clock's move between commands */
    unsigned plugin_failures; /* the plugin's failed calls reported so far */
    catalog_t *cat;
} try_ctx_t;

/* The refusal codes `expect refused` names, as the API answers them. */
static const char *refusal_code(int queue_err)
{
    switch (queue_err) {
    case QUEUE_EQUOTA: return "quota_reached";
    case QUEUE_ECLOSED: return "closed";
    case QUEUE_ESTATE: return "conflict";
    case QUEUE_EFORBIDDEN: return "forbidden";
    case QUEUE_ENOTFOUND: return "not_found";
    case QUEUE_EINVAL: return "invalid";
    default: return "internal";
    }
}

/* Tokens need not be secret in a rehearsal: a simple generator will do. */
static void env_random(void *ctx, void *buf, size_t n)
{
    try_ctx_t *t = ctx;
    unsigned char *p = buf;
    for (size_t i = 0; i < n; i++) {
        t->random_state = t->random_state * 6364136223846793005ULL + 1442695040888963407ULL;
        p[i] = (unsigned char)(t->random_state >> 56);
    }
}

static int64_t at_time(int64_t now, int hh, int mm)
{
    time_t secs = (time_t)(now / 1000);
    struct tm tm;
    localtime_r(&secs, &tm);
    tm.tm_hour = hh;
    tm.tm_min = mm;
    tm.tm_sec = 0;
    return (int64_t)mktime(&tm) * 1000;
}

static void fail(try_ctx_t *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Prints a problem with its script line and counts it. */
static void fail(try_ctx_t *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("line %d: ", t->line);
    vprintf(fmt, ap);
    printf("\n");
    va_end(ap);
    t->failures++;
}

/* "ktp" -> "dukcapil/ktp" */
static void full_service(const try_ctx_t *t, const char *s, char *out, size_t n)
{
    if (strchr(s, '/'))
        snprintf(out, n, "%s", s);
    else
        snprintf(out, n, "%s/%s", t->agency->id, s);
}

/* A command was refused with queue error rc: expected (a line with
 * `expect refused` naming its code) or a problem. */
static void refused(try_ctx_t *t, int rc, const char *what)
{
    const char *code = refusal_code(rc);
    if (t->refused && strcmp(t->refused, code) == 0)
        printf("%s refused as expected (%s): %s\n", what, code, queue_last_error(t->q));
    else if (t->refused)
        fail(t, "%s: expected to be refused as %s, refused as %s: %s", what, t->refused, code,
             queue_last_error(t->q));
    else
        fail(t, "%s: %s", what, queue_last_error(t->q));
    t->refused = NULL;
}

/* A command worked: a problem when the line expected a refusal. */
static void worked(try_ctx_t *t, const char *what)
{
    if (t->refused)
        fail(t, "%s: expected to be refused as %s, but it worked", what, t->refused);
    t->refused = NULL;
}

/* Reports each failure of the plugin's hooks and route function since the
 * last look, with the plugin's own line. */
static void plugin_failures(try_ctx_t *t)
{
    plugin_runtime_stats_t st;
    if (plugin_runtime_stats(t->agency, &st) != 0 || st.failures == t->plugin_failures)
        return;
    catalog_error_t e;
    if (plugin_runtime_errors(t->cat, &e, 1) == 1)
        fail(t, "the plugin failed: %s:%d: %s", e.file, e.line, e.message);
    else
        fail(t, "the plugin failed %u time(s)", st.failures - t->plugin_failures);
    t->plugin_failures = st.failures;
}

static void cmd_issue(try_ctx_t *t, char **arg, int nargs)
{
    if (nargs < 1) {
        fail(t, "issue needs a service");
        return;
    }
    char svc[CATALOG_SVC_ID_MAX];
    full_service(t, arg[0], svc, sizeof svc);
    queue_issue_req_t req = {.service = svc, .priority = PRIORITY_NONE};
    int count = 1;
    for (int i = 1; i < nargs; i++) {
        if (arg[i][0] == 'x' && atoi(arg[i] + 1) > 0)
            count = atoi(arg[i] + 1);
        else if (queue_priority_parse(arg[i], &req.priority) != 0) {
            fail(t, "'%s' is not a priority group (lansia, disabilitas, ibu_hamil, anak)", arg[i]);
            return;
        }
    }
    char what[CATALOG_SVC_ID_MAX + 8];
    snprintf(what, sizeof what, "issue %s", svc);
    for (int i = 0; i < count; i++) {
        const queue_ticket_t *tk;
        int rc = queue_issue(t->q, &req, t->now, &tk);
        if (rc != 0) {
            refused(t, rc, what);
            return;
        }
        if (!t->quiet)
            printf("issued %s (%s%s%s)\n", tk->number, svc, req.priority ? ", " : "",
                   req.priority ? queue_priority_name(req.priority) : "");
    }
    worked(t, what);
}

static void cmd_counter(try_ctx_t *t, queue_action_t action, char **arg, int nargs)
{
    if (nargs < 1) {
        fail(t, "%s needs a counter number", queue_action_name(action));
        return;
    }
    queue_counter_req_t req = {.counter = atoi(arg[0]),
                               .action = action,
                               .staff = "liaison",
                               .session = "try",
                               .admin = true};
    const char *expect = NULL;
    char svc[CATALOG_SVC_ID_MAX];
    for (int i = 1; i < nargs; i++) {
        if (strcmp(arg[i], "expect") == 0 && i + 1 < nargs)
            expect = arg[++i];
        else if (strcmp(arg[i], "front") == 0)
            req.front = true;
        else if (action == QUEUE_ACT_TRANSFER && !req.service) {
            full_service(t, arg[i], svc, sizeof svc);
            req.service = svc;
        } else
            req.number = arg[i];
    }
    const queue_counter_t *c;
    int rc = queue_counter_act(t->q, &req, t->now, &c);
    if (rc != 0) {
        refused(t, rc, queue_action_name(action));
        return;
    }
    worked(t, queue_action_name(action));
    const queue_ticket_t *tk = c->ticket ? queue_ticket_by_id(t->q, c->ticket) : NULL;
    if (action == QUEUE_ACT_CALL) {
        const char *got = tk ? tk->number : "none";
        if (!t->quiet)
            printf("counter %d calls %s%s%s\n", c->number, got, tk ? " " : "",
                   tk ? tk->service : "");
        if (expect && strcasecmp(expect, got) != 0)
            fail(t, "expected %s to be called, got %s", expect, got);
    } else if (!t->quiet) {
        printf("counter %d: %s done\n", c->number, queue_action_name(action));
    }
}

static void cmd_waiting(try_ctx_t *t, char **arg, int nargs)
{
    if (nargs < 1) {
        fail(t, "waiting needs a counter number");
        return;
    }
    const queue_ticket_t *list[20];
    size_t n = queue_counter_waiting(t->q, atoi(arg[0]), list, 20);
    printf("counter %s would call:", arg[0]);
    for (size_t i = 0; i < n; i++)
        printf(" %s", list[i]->number);
    printf(n ? "\n" : " nothing\n");
    if (nargs >= 3 && strcmp(arg[1], "expect") == 0 && (size_t)atoi(arg[2]) != n)
        fail(t, "expected %s waiting, got %zu", arg[2], n);
}

static void run_line(try_ctx_t *t, char *line)
{
    char *hash = strchr(line, '#');
    if (hash)
        *hash = '\0';
    char *arg[16];
    int n = 0;
    for (char *tok = strtok(line, " \t\r\n"); tok && n < 16; tok = strtok(NULL, " \t\r\n"))
        arg[n++] = tok;
    if (n == 0)
        return;
    t->refused = NULL;
    if (n >= 3 && strcmp(arg[n - 3], "expect") == 0 && strcmp(arg[n - 2], "refused") == 0) {
        t->refused = arg[n - 1];
        n -= 3;
    }
    t->now += t->step_ms; /* a minute passes between the commands of a script */
    queue_action_t action;
    int hh, mm;
    if (strcmp(arg[0], "at") == 0 && n == 2 && sscanf(arg[1], "%d:%d", &hh, &mm) == 2) {
        t->now = at_time(t->now, hh, mm);
        queue_tick(t->q, t->now);
    } else if (strcmp(arg[0], "issue") == 0)
        cmd_issue(t, arg + 1, n - 1);
    else if (strcmp(arg[0], "waiting") == 0)
        cmd_waiting(t, arg + 1, n - 1);
    else if (queue_action_parse(arg[0], &action) == 0)
        cmd_counter(t, action, arg + 1, n - 1);
    else
        fail(t, "unknown command '%s'", arg[0]);
    if (t->refused)
        fail(t, "`expect refused` goes after an issue or counter command");
    plugin_failures(t);
}

/* Loads `plugin` into *cat and makes t an engine of the rehearsal hall (it
 * never closes) with the plugin's hooks, at 08:00 today; 0, or 1 after
 * printing why not. */
static int try_open(try_ctx_t *t, catalog_t **cat, const plugin_hall_t *hall, const char *plugin)
{
    *cat = plugin_load_file(plugin, hall);
    if (!*cat)
        return 1;
    for (size_t i = 0; i < (*cat)->n_errors; i++)
        printf("%s:%d: %s\n", (*cat)->errors[i].file, (*cat)->errors[i].line,
               (*cat)->errors[i].message);
    if ((*cat)->n_errors || (*cat)->n_agencies != 1)
        return 1;
    *t = (try_ctx_t){
        .agency = &(*cat)->agencies[0], .random_state = 42, .cat = *cat, .step_ms = 60 * 1000};
    static queue_hall_t qh;
    memset(&qh, 0, sizeof qh);
    for (int d = 0; d < 7; d++)
        qh.close_min[d] = 1440; /* the rehearsal hall never closes */
    qh.print_timeout_s = 120;
    qh.counters = hall ? hall->counters : NULL;
    qh.counter_agency = hall ? hall->counter_agency : NULL;
    qh.n_counters = hall ? hall->n_counters : 0;
    queue_env_t env = {queue_local_time, env_random, t};
    queue_sink_t sink = {NULL, NULL, NULL, NULL};
    if (queue_new(&t->q, &qh, *cat, &env, &sink) != 0)
        return 1;
    queue_set_hooks(t->q, plugin_queue_hooks());
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    t->now = at_time((int64_t)ts.tv_sec * 1000, 8, 0);
    queue_tick(t->q, t->now);
    return 0;
}

/* Runs one command given as text (the line is copied: run_line cuts it). */
static void run_text(try_ctx_t *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void run_text(try_ctx_t *t, const char *fmt, ...)
{
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    t->line++;
    run_line(t, line);
}

int try_day(const plugin_hall_t *hall, const char *plugin, const char *script)
{
    try_ctx_t t;
    catalog_t *cat = NULL;
    FILE *f = NULL;
    int rc = try_open(&t, &cat, hall, plugin);
    if (rc == 0 && !(f = fopen(script, "r"))) {
        perror(script);
        rc = 1;
    }
    if (rc == 0) {
        char line[512];
        while (fgets(line, sizeof line, f)) {
            t.line++;
            run_line(&t, line);
        }
        printf(t.failures ? "%d problem(s)\n" : "every expectation held\n", t.failures);
        rc = t.failures ? 1 : 0;
    }
    if (f)
        fclose(f);
    if (t.q)
        queue_free(t.q);
    catalog_free(cat);
    return rc;
}

int try_smoke(const plugin_hall_t *hall, const char *plugin)
{
    try_ctx_t t;
    catalog_t *cat = NULL;
    int rc = try_open(&t, &cat, hall, plugin);
    if (rc != 0) {
        catalog_free(cat);
        return rc;
    }
    t.quiet = true;
    t.step_ms = 1000; /* a second a command: the smoke day never reaches midnight */
    const catalog_agency_t *a = t.agency;
    static const char *const groups[] = {"lansia", "disabilitas", "ibu_hamil", "anak"};
    size_t issued = 0, calls = 0;
    for (size_t i = 0; i < a->n_services; i++) {
        const catalog_service_t *svc = &cat->services[a->first_service + i];
        if (!svc->kiosk)
            continue; /* a later step: reached by finishing the one before */
        run_text(&t, "issue %s", svc->id);
        issued++;
        for (size_t g = 0; svc->priority && g < sizeof groups / sizeof groups[0]; g++, issued++)
            run_text(&t, "issue %s %s", svc->id, groups[g]);
    }
    size_t n_counters = hall ? a->n_counters : 0; /* without a hall, no counter exists */
    for (size_t k = 0; k < n_counters; k++)
        run_text(&t, "open %d", a->counters[k]);
    /* call, start and finish at every counter until none has anything left:
     * every route decision, every hook, every step of every flow */
    for (bool called = true; called && calls < 20 * (issued + 1);) {
        called = false;
        for (size_t k = 0; k < n_counters; k++) {
            const queue_ticket_t *list[1];
            if (queue_counter_waiting(t.q, a->counters[k], list, 1) == 0)
                continue;
            run_text(&t, "call %d", a->counters[k]);
            const queue_counter_t *c = queue_counter_get(t.q, a->counters[k]);
            if (!c || !c->ticket)
                continue;
            run_text(&t, "start %d", a->counters[k]);
            run_text(&t, "finish %d", a->counters[k]);
            called = true;
            calls++;
        }
    }
    plugin_runtime_stats_t st = {0};
    plugin_runtime_stats(a, &st);
    printf("smoke day: %zu tickets, %zu calls at %zu counters, %u hook and route calls, %d "
           "problem(s)\n",
           issued, calls, n_counters, st.calls, t.failures);
    queue_free(t.q);
    catalog_free(cat);
    return t.failures ? 1 : 0;
}
