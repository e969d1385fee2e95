/*
 * plan.h - the order of a visit across agencies: from the services a
 * citizen wants and the documents they already have, the steps in an order
 * where each step's needs are given by an earlier step or brought by the
 * citizen, the services added because a missing document is given there,
 * and what to bring. Plain C over the catalog (needs and gives of each
 * service, documents.h); no clock and no queue: the caller adds today's
 * times and refusals.
 */
#ifndef MPP_VISIT_PLAN_H
#define MPP_VISIT_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"

#define VISIT_STEPS_MAX 12 /* steps of one visit, added ones included */
#define VISIT_DOCS_MAX 32  /* documents to bring */
#define VISIT_WHY_MAX 200
/* What mppctl prints before a cycle across the hall. */
#define VISIT_CYCLE_MESSAGE "the hall's services need one another's documents in a cycle"

typedef struct visit_step {
    const catalog_service_t *service;
    bool added;              /* not asked for: it gives a missing document */
    char why[VISIT_WHY_MAX]; /* "dipilih" (asked for), or what it gives and for
                                whom, in Bahasa Indonesia for the citizen */
} visit_step_t;

typedef struct visit_plan {
    visit_step_t steps[VISIT_STEPS_MAX]; /* in the order to take them */
    size_t n_steps;
    const char *bring[VISIT_DOCS_MAX]; /* document ids, in the order needed */
    size_t n_bring;
    bool cycle; /* some steps need what only a later one gives */
    char cycle_why[VISIT_WHY_MAX];
} visit_plan_t;

typedef enum visit_err {
    VISIT_OK = 0,
    VISIT_EUNKNOWN = -1,   /* a service or document the hall does not know */
    VISIT_ETOO_MANY = -2,  /* more steps than VISIT_STEPS_MAX */
    VISIT_EDUPLICATE = -3, /* a service asked for twice */
    VISIT_ELATER = -4      /* a later step of an agency's flow, never queued for
                              from outside (catalog_service_t.kiosk false) */
} visit_err_t;

/* Plans a visit for `services` (ids "<agency>/<service>") with the
 * documents `have` (ids) already in hand. A need neither in `have` nor
 * given by an asked step adds the kiosk service that gives it (the first in
 * the catalog's order), before the step needing it; a step that gives what
 * it needs (a renewal) takes the old one from the citizen. On error, err
 * names the service or document at fault. */
int visit_plan_make(const catalog_t *cat, const char *const *services, size_t n_services,
                    const char *const *have, size_t n_have, visit_plan_t *out, char *err,
                    size_t errlen);

/* Whether the services of the whole hall need, one through another, a
 * document that only comes later: a service that gives what the next needs,
 * around to the first (a renewal, giving what it needs itself, is no
 * cycle). Returns 0 when there is none, 1 with why set to the cycle
 * ("a/x -> b/y -> a/x"), -1 when out of memory. */
int visit_plan_hall_cycle(const catalog_t *cat, char *why, size_t len);

/* visit_plan_hall_cycle over a list of services (`mppctl check`: the hall's
 * plugins with one agency's file in place of its loaded version). */
int visit_plan_services_cycle(const catalog_service_t *const *services, size_t n, char *why,
                              size_t len);

#endif
