/*
 * supervise.h - the hall live: what a manager or an agency head watches
 * while the hall runs, and the alerts it raises. Plain C over the engine's
 * state (no JSON, no storage, no clock of its own: the caller passes `now`).
 *
 * A look (supervise_look) reads the engine as it is now:
 *   - every counter with its state, staff, pause reason and time paused,
 *     and its current ticket with the time it has taken against its
 *     service's standard (amber from 80% of the standard, red past it);
 *   - per agency: tickets waiting, the longest wait, the typical wait today
 *     (the median wait of its tickets called today, once five were);
 *   - alerts: tickets waiting longer than alerts.wait_multiple x their
 *     agency's typical wait (and never less than alerts.wait_floor_minutes),
 *     a counter paused longer than its reason's max_minutes, and tickets of
 *     a service that no open counter serves, waiting longer than
 *     alerts.no_counter_minutes.
 * It also owns the rule of pause reasons: a pause may name none (CONTRACT.md:
 * pause takes no body; reports say "no reason given"), and a reason named
 * must be one the hall config lists (supervise_reason_check). The counter
 * console asks for one whenever the hall lists any.
 *
 * The supervise_t owns the rules (copied from the config) and the scratch
 * a look fills; a view stays valid until the next look or the free.
 */
#ifndef MPP_SUPERVISE_H
#define MPP_SUPERVISE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "catalog.h"
#include "config.h"
#include "engine/queue.h"

typedef enum supervise_err {
    SUPERVISE_OK = 0,
    SUPERVISE_EUNKNOWN = -2, /* a reason the hall does not list */
    SUPERVISE_ENOMEM = -3
} supervise_err_t;

/* How a running ticket stands against its service's standard. */
typedef enum supervise_level {
    SUPERVISE_LEVEL_NONE = 0, /* no standard, or no ticket */
    SUPERVISE_LEVEL_OK,       /* under 80% of the standard */
    SUPERVISE_LEVEL_AMBER,    /* from 80% of the standard up to it */
    SUPERVISE_LEVEL_RED       /* past the standard */
} supervise_level_t;

typedef enum supervise_alert_kind {
    SUPERVISE_ALERT_LONG_WAIT = 0, /* tickets wait far longer than usual */
    SUPERVISE_ALERT_LONG_PAUSE,    /* a counter paused past its reason's limit */
    SUPERVISE_ALERT_NO_COUNTER     /* tickets wait and no open counter serves them */
} supervise_alert_kind_t;

typedef struct supervise_counter {
    const queue_counter_t *counter; /* the engine's, valid until its next command */
    const queue_ticket_t *ticket;   /* its current ticket, or NULL */
    int64_t ticket_s;               /* seconds the ticket has taken: since its
                                       start, or its call when not started */
    int standard_s;                 /* its service's standard, 0 = none */
    supervise_level_t level;
    int64_t paused_s;  /* paused: for how long */
    int pause_limit_s; /* paused: its reason's limit, 0 = none */
} supervise_counter_t;

typedef struct supervise_agency {
    const catalog_agency_t *agency;
    int waiting;         /* tickets waiting in its queues */
    int64_t longest_s;   /* the longest of their waits, 0 none */
    int64_t typical_s;   /* median wait of its tickets called today; -1
                              while fewer than 5 were */
    int64_t threshold_s; /* a wait past this raises an alert */
    int open, paused;    /* its counters open and paused now */
    size_t first, n;     /* its counters in supervise_view_t.counters */
} supervise_agency_t;

typedef struct supervise_alert {
    supervise_alert_kind_t kind;
    const char *agency;  /* the agency's id */
    const char *service; /* NO_COUNTER: the service's id; else NULL */
    const char *number;  /* LONG_WAIT: the longest-waiting ticket's number */
    const char *reason;  /* LONG_PAUSE: the pause reason's id */
    int counter;         /* LONG_PAUSE: the counter */
    const char *staff;   /* LONG_PAUSE: who paused it */
    int tickets;         /* LONG_WAIT, NO_COUNTER: how many tickets */
    int64_t for_s;       /* the longest wait, or the pause so far */
    int64_t limit_s;     /* what it is measured against */
} supervise_alert_t;

typedef struct supervise_view {
    supervise_agency_t *agencies; /* in the catalog's order */
    size_t n_agencies;
    supervise_counter_t *counters; /* grouped by agency, in hall order within */
    size_t n_counters;
    supervise_alert_t *alerts; /* the longest first */
    size_t n_alerts;
} supervise_view_t;

typedef struct supervise supervise_t;

/* The rules of the hall config `cfg` (copied). SUPERVISE_OK, or
 * SUPERVISE_ENOMEM. Free with supervise_free. */
int supervise_new(supervise_t **out, const config_t *cfg);
void supervise_free(supervise_t *sv);

/* Whether `reason` (NULL or "" for none) may go with a pause: none always;
 * else one the hall lists, named by its id or its name, in any case, with
 * spaces or '_' for '-' ("ISHOMA", "Sholat Jumat" for "sholat-jumat").
 * SUPERVISE_OK with *id set to the listed id (NULL for none), or
 * SUPERVISE_EUNKNOWN with what to do in msg. */
int supervise_reason_check(const supervise_t *sv, const char *reason, const char **id, char *msg,
                           size_t n);
/* The listed reason of id `reason`, or NULL. */
const config_pause_reason_t *supervise_reason(const supervise_t *sv, const char *reason);
/* The reasons the hall lists. */
const config_pause_reason_t *supervise_reasons(const supervise_t *sv, size_t *n);

/* How `elapsed_s` of a service stands against its standard `standard_s`. */
supervise_level_t supervise_level(int64_t elapsed_s, int standard_s);
const char *supervise_level_name(supervise_level_t l);      /* "ok", "amber", "red", NULL */
const char *supervise_alert_name(supervise_alert_kind_t k); /* "long_wait", ... */

/* Looks at the hall now: the agencies of `agency` ("" or NULL: every one)
 * with their counters and alerts. SUPERVISE_OK with *out filled (valid
 * until the next look), or SUPERVISE_ENOMEM. */
int supervise_look(supervise_t *sv, const queue_t *q, const catalog_t *cat, int64_t now,
                   const char *agency, supervise_view_t *out);

#endif
