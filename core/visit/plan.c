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
        if (!s->kiosk) {
            snprintf(err, errlen,
                     "service '%s' is a later step of its agency's flow: a ticket reaches it "
                     "at the counter when the step before is finished",
                     services[i]);
            return VISIT_ELATER;
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

/* A depth-first walk along "must come before" over a list of services.
 * state: 0 not seen, 1 on the path, 2 done; from[] is each service's
 * predecessor on the path; path[] room for a cycle's services. */
typedef struct cycle_walk {
    const catalog_service_t *const *s;
    size_t n;
    unsigned char *state;
    size_t *from, *path;
    char *why;
    size_t len;
} cycle_walk_t;

/* Writes the cycle j -> ... -> i -> j into w->why. */
static void cycle_name(cycle_walk_t *w, size_t i, size_t j)
{
    size_t n = 0;
    for (size_t k = i; k != j; k = w->from[k])
        w->path[n++] = k;
    int used = snprintf(w->why, w->len, "%s", w->s[j]->id);
    for (size_t k = n; k-- > 0 && used >= 0 && (size_t)used < w->len;)
        used += snprintf(w->why + used, w->len - (size_t)used, " -> %s", w->s[w->path[k]]->id);
    if (used >= 0 && (size_t)used < w->len)
        snprintf(w->why + used, w->len - (size_t)used, " -> %s", w->s[j]->id);
}

/* Walks from service i; true when it reached a service on its own path. */
static bool cycle_from(cycle_walk_t *w, size_t i)
{
    w->state[i] = 1;
    for (size_t j = 0; j < w->n; j++) {
        if (j == i || w->state[j] == 2 || !precedes(w->s[i], w->s[j]))
            continue;
        if (w->state[j] == 1) {
            cycle_name(w, i, j);
            return true;
        }
        w->from[j] = i;
        if (cycle_from(w, j))
            return true;
    }
    w->state[i] = 2;
    return false;
}

int visit_plan_services_cycle(const catalog_service_t *const *services, size_t n, char *why,
                              size_t len)
{
    if (n == 0)
        return 0;
    cycle_walk_t w = {.s = services,
                      .n = n,
                      .state = calloc(n, 1),
                      .from = calloc(n, sizeof(size_t)),
                      .path = calloc(n, sizeof(size_t)),
                      .why = why,
                      .len = len};
    int rc = w.state && w.from && w.path ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < n; i++)
        if (w.state[i] == 0 && cycle_from(&w, i))
            rc = 1;
    free(w.state);
    free(w.from);
    free(w.path);
    return rc;
}

int visit_plan_hall_cycle(const catalog_t *cat, char *why, size_t len)
{
    const catalog_service_t **list = calloc(cat->n_services + 1, sizeof *list);
    if (!list)
        return -1;
    for (size_t i = 0; i < cat->n_services; i++)
        list[i] = &cat->services[i];
    int rc = visit_plan_services_cycle(list, cat->n_services, why, len);
    free(list);
    return rc;
}
