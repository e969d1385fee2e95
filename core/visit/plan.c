/*
 * plan.c - ordering a visit by the documents its steps need and give (see
 * plan.h): add the services that give what is missing, then a
 * topological order (a step goes after every step that gives something it
 * needs), stable in the order asked, then what to bring.
 */
#include "visit/plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "documents.h"

static bool has(const catalog_strings_t *list, const char *id)
{
    for (size_t i = 0; i < list->count; i++)
        if (strcmp(list->items[i], id) == 0)
            return true;
    return false;
}

static bool in_list(const char *const *list, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(list[i], id) == 0)
            return true;
    return false;
}

/* Whether a step other than `self` gives document `doc`. */
static bool given_by_other(const visit_plan_t *p, size_t self, const char *doc)
{
    for (size_t i = 0; i < p->n_steps; i++)
        if (i != self && has(&p->steps[i].service->gives, doc))
            return true;
    return false;
}

/* The kiosk service that gives `doc`, first in the catalog's order. */
static const catalog_service_t *giver(const catalog_t *cat, const char *doc)
{
    for (size_t i = 0; i < cat->n_services; i++)
        if (cat->services[i].kiosk && has(&cat->services[i].gives, doc))
            return &cat->services[i];
    return NULL;
}

/* Adds the givers of documents the steps need and nobody brings. */
static int add_givers(const catalog_t *cat, const char *const *have, size_t n_have, visit_plan_t *p)
{
    for (size_t i = 0; i < p->n_steps; i++) { /* the list grows as it is walked */
        const catalog_service_t *s = p->steps[i].service;
        for (size_t k = 0; k < s->needs.count; k++) {
            const char *doc = s->needs.items[k];
            if (in_list(have, n_have, doc) || has(&s->gives, doc) || given_by_other(p, i, doc))
                continue;
            const catalog_service_t *g = giver(cat, doc);
            if (!g)
                continue; /* nobody in the hall gives it: the citizen brings it */
            if (p->n_steps == VISIT_STEPS_MAX)
                return VISIT_ETOO_MANY;
            visit_step_t *add = &p->steps[p->n_steps++];
            const catalog_document_t *d = catalog_document_find(doc);
            add->service = g;
            add->added = true;
            snprintf(add->why, sizeof add->why, "memberi %s yang diperlukan untuk %s",
                     d ? d->name : doc, s->name);
        }
    }
    return VISIT_OK;
}

/* Whether service x must come before service y: x gives something y needs
 * (and y does not renew itself). */
static bool precedes(const catalog_service_t *x, const catalog_service_t *y)
{
    for (size_t k = 0; k < y->needs.count; k++)
        if (has(&x->gives, y->needs.items[k]) && !has(&y->gives, y->needs.items[k]))
            return true;
    return false;
}

static bool before(const visit_step_t *a, const visit_step_t *b)
{
    return precedes(a->service, b->service);
}

/* Orders the steps: each after the steps that give what it needs, else in
 * the order they came; a cycle keeps the rest in that order. */
static void order(visit_plan_t *p)
{
    visit_step_t sorted[VISIT_STEPS_MAX];
    bool placed[VISIT_STEPS_MAX] = {false};
    size_t n = 0;
    while (n < p->n_steps) {
        size_t pick = SIZE_MAX;
        for (size_t i = 0; i < p->n_steps && pick == SIZE_MAX; i++) {
            if (placed[i])
                continue;
            bool ready = true;
            for (size_t j = 0; j < p->n_steps && ready; j++)
                ready = placed[j] || j == i || !before(&p->steps[j], &p->steps[i]);
            if (ready)
                pick = i;
        }
        if (pick == SIZE_MAX) { /* a cycle: the rest in their order */
            for (size_t i = 0; i < p->n_steps && pick == SIZE_MAX; i++)
                if (!placed[i])
                    pick = i;
            if (!p->cycle)
                snprintf(p->cycle_why, sizeof p->cycle_why,
                         "%s memerlukan dokumen yang hanya diberikan langkah sesudahnya",
                         p->steps[pick].service->name);
            p->cycle = true;
        }
        placed[pick] = true;
        sorted[n++] = p->steps[pick];
    }
    memcpy(p->steps, sorted, n * sizeof *sorted);
}

/* What to bring: every need not given by an earlier step. */
static void bring(visit_plan_t *p)
{
    for (size_t i = 0; i < p->n_steps; i++) {
        const catalog_service_t *s = p->steps[i].service;
        for (size_t k = 0; k < s->needs.count; k++) {
            const char *doc = s->needs.items[k];
            bool earlier = false;
            for (size_t j = 0; j < i && !earlier; j++)
                earlier = has(&p->steps[j].service->gives, doc);
            if (!earlier && !in_list(p->bring, p->n_bring, doc) && p->n_bring < VISIT_DOCS_MAX)
                p->bring[p->n_bring++] = doc;
        }
    }
}

int visit_plan_make(const catalog_t *cat, const char *const *services, size_t n_services,
                    const char *const *have, size_t n_have, visit_plan_t *out, char *err,
                    size_t errlen)
{
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < n_have; i++)
        if (!catalog_document_find(have[i])) {
            snprintf(err, errlen, "'%s' is not a document the hall knows", have[i]);
            return VISIT_EUNKNOWN;
        }
    if (n_services > VISIT_STEPS_MAX) {
        snprintf(err, errlen, "a visit takes at most %d services", VISIT_STEPS_MAX);
        return VISIT_ETOO_MANY;
    }
    for (size_t i = 0; i < n_services; i++) {
        const catalog_service_t *s = catalog_service_find(cat, services[i]);
        if (!s) {
            snprintf(err, errlen, "there is no service '%s'", services[i]);
            return VISIT_EUNKNOWN;
        }
        for (size_t j = 0; j < out->n_steps; j++)
            if (out->steps[j].service == s) {
                snprintf(err, errlen, "service '%s' is asked for twice", services[i]);
                return VISIT_EDUPLICATE;
            }
        out->steps[out->n_steps].service = s;
        snprintf(out->steps[out->n_steps++].why, VISIT_WHY_MAX, "dipilih");
    }
    if (add_givers(cat, have, n_have, out) != VISIT_OK) {
        snprintf(err, errlen, "the documents missing need more than %d steps", VISIT_STEPS_MAX);
        return VISIT_ETOO_MANY;
    }
    order(out);
    bring(out);
    return VISIT_OK;
}

/* Depth-first walk from service i along "must come before"; on reaching a
 * service already on the path, writes the cycle into why. state: 0 not
 * seen, 1 on the path, 2 done; from[] is each service's predecessor. */
static bool cycle_from(const catalog_t *cat, size_t i, unsigned char *state, size_t *from,
                       char *why, size_t len)
{
    state[i] = 1;
    for (size_t j = 0; j < cat->n_services; j++) {
        if (j == i || state[j] == 2 || !precedes(&cat->services[i], &cat->services[j]))
            continue;
        if (state[j] == 0) {
            from[j] = i;
            if (cycle_from(cat, j, state, from, why, len))
                return true;
            continue;
        }
        /* j is on the path: j -> ... -> i -> j */
        size_t path[VISIT_STEPS_MAX * 4], n = 0;
        for (size_t k = i; k != j && n < sizeof path / sizeof path[0] - 1; k = from[k])
            path[n++] = k;
        path[n++] = j;
        int used = snprintf(why, len, "%s", cat->services[j].id);
        for (size_t k = n - 1; k-- > 0 && used >= 0 && (size_t)used < len;)
            used += snprintf(why + used, len - (size_t)used, " -> %s", cat->services[path[k]].id);
        if (used >= 0 && (size_t)used < len)
            snprintf(why + used, len - (size_t)used, " -> %s", cat->services[j].id);
        return true;
    }
    state[i] = 2;
    return false;
}

int visit_plan_hall_cycle(const catalog_t *cat, char *why, size_t len)
{
    if (cat->n_services == 0)
        return 0;
    unsigned char *state = calloc(cat->n_services, 1);
    size_t *from = calloc(cat->n_services, sizeof *from);
    int rc = state && from ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < cat->n_services; i++)
        if (state[i] == 0 && cycle_from(cat, i, state, from, why, len))
            rc = 1;
    free(state);
    free(from);
    return rc;
}
