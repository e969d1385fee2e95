/*
 * queue_hooks.c - what happens after a command besides the command itself:
 * declared multi-step flows (finishing a step queues the next step with
 * the same number), the agencies' event hooks and route functions reached
 * through queue_hooks_t, and the checks every hook action passes before
 * the engine applies it in the same command.
 *
 * Event order when a step with `next` finishes: ticket.finished (status
 * finished, the old service), then ticket.transferred (status waiting, the
 * new service, from_service the old one, reason "flow"). A hook on
 * ticket.finished that answers with an action replaces the declared next
 * step (its ticket.transferred has reason "plugin"); a hook that fails or
 * answers nothing leaves the declared flow in place.
 */
#include "engine/queue_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void queue_set_hooks(queue_t *q, const queue_hooks_t *hooks)
{
    memset(&q->hooks, 0, sizeof q->hooks);
    q->has_hooks = false;
    if (hooks) {
        q->hooks = *hooks;
        q->has_hooks = hooks->event || hooks->route;
    }
}

void queue_view_fill(queue_view_t *v, const queue_ticket_t *t)
{
    memset(v, 0, sizeof *v);
    v->id = t->id;
    snprintf(v->number, sizeof v->number, "%s", t->number);
    snprintf(v->agency, sizeof v->agency, "%s", t->agency);
    snprintf(v->service, sizeof v->service, "%s", t->service);
    v->status = t->status;
    v->priority = t->priority;
    v->transfers = t->transfers;
    v->issued_at = t->issued_at;
    v->counter = t->counter;
}

int queue_move_ticket(queue_t *q, queue_ticket_t *t, const catalog_service_t *svc, bool front,
                      queue_counter_t *c, const char *staff, const char *reason)
{
    queue_service_t *s = queue_service_state(q, svc->id);
    if (!s)
        return QUEUE_ENOMEM;
    const char *agency = q->cat->agencies[svc->agency].id;
    char key[CATALOG_ID_MAX + QUEUE_NUMBER_MAX + 1], old[sizeof key];
    size_t klen = queue_number_key(key, sizeof key, agency, t->number);
    size_t olen = queue_number_key(old, sizeof old, t->agency, t->number);
    if (queue_map_put(&q->by_number, key, klen, tnode_of(t)) != QUEUE_OK)
        return QUEUE_ENOMEM;
    if (olen != klen || memcmp(key, old, klen) != 0)
        queue_map_del(&q->by_number, old, olen, tnode_of(t));

    char from[CATALOG_SVC_ID_MAX];
    snprintf(from, sizeof from, "%s", t->service);
    queue_unlink(q, t);
    if (c && c->ticket == t->id) {
        c->ticket = 0;
        queue_touch_counter(q, c);
    }
    snprintf(t->agency, sizeof t->agency, "%s", agency);
    snprintf(t->service, sizeof t->service, "%s", svc->id);
    t->status = QUEUE_TICKET_WAITING; /* t->counter stays: the counter that called it */
    t->transfers++;
    t->queued_at = q->now;
    t->rank = front ? --q->rank_lo : ++q->rank_hi;
    queue_booked_track(q, tnode_of(t));
    queue_link(q, s, t);
    queue_touch_ticket(q, t);
    pend_event_t *e = queue_add_event(q, QUEUE_EV_TICKET_TRANSFERRED, t, c, staff);
    snprintf(e->from_service, sizeof e->from_service, "%s", from);
    snprintf(e->reason, sizeof e->reason, "%s", reason ? reason : "");
    return QUEUE_OK;
}

/* Reports a refused action to the host; returns false. */
static bool refuse(queue_t *q, const catalog_agency_t *a, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static bool refuse(queue_t *q, const catalog_agency_t *a, const char *fmt, ...)
{
    char why[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    if (q->hooks.refused)
        q->hooks.refused(q->hooks.ctx, a, why);
    return false;
}

/* Checks and applies agency a's action on the ticket its hook was given
 * (`given`, as it was at the event). True when applied. */
static bool apply_action(queue_t *q, const catalog_agency_t *a, const queue_ticket_t *given,
                         const queue_hook_action_t *act, queue_counter_t *c, const char *staff)
{
    if (act->ticket != given->id)
        return refuse(q, a,
                      "the action names another ticket than %s, the one the hook was "
                      "given",
                      given->number);
    tnode_t *n = queue_map_get(&q->by_id, &act->ticket, sizeof act->ticket);
    if (!n)
        return refuse(q, a, "ticket %s is gone", given->number);
    queue_ticket_t *t = &n->t;
    if (strcmp(t->agency, a->id) != 0)
        return refuse(q, a, "ticket %s is no longer in agency '%s'", t->number, a->id);
    if (t->status != QUEUE_TICKET_WAITING && t->status != QUEUE_TICKET_HELD &&
        t->status != QUEUE_TICKET_NO_SHOW && t->status != QUEUE_TICKET_FINISHED)
        return refuse(q, a,
                      "ticket %s is %s; only a waiting, held, no-show or finished "
                      "ticket can be moved",
                      t->number, queue_status_name(t->status));
    const catalog_service_t *svc = catalog_service_find(q->cat, act->service);
    if (!svc)
        return refuse(q, a, "service %s does not exist", act->service);
    if (act->same_agency && strcmp(q->cat->agencies[svc->agency].id, a->id) != 0)
        return refuse(q, a,
                      "next_step must name a service of agency '%s'; use transfer for "
                      "%s",
                      a->id, svc->id);
    if (t->status == QUEUE_TICKET_WAITING && strcmp(t->service, svc->id) == 0)
        return refuse(q, a, "ticket %s already waits in %s", t->number, svc->id);
    /* another agency's queue is theirs: a plugin may send a citizen there
     * only as a walk-in would come, at the back, to a service that takes
     * walk-ins and is open with room in its day's quota; "front" and the
     * rest are for staff to decide (a counter's transfer) */
    if (strcmp(q->cat->agencies[svc->agency].id, a->id) != 0) {
        if (act->front)
            return refuse(q, a,
                          "ticket %s may join %s of another agency only at the back; "
                          "\"front\" is for the agency's own services",
                          t->number, svc->id);
        if (!svc->kiosk)
            return refuse(q, a, "%s of another agency takes no walk-in tickets", svc->id);
        if (queue_service_check(q, svc->id, 0, q->now) != QUEUE_OK)
            return refuse(q, a, "ticket %s cannot join %s: %s", t->number, svc->id,
                          queue_last_error(q));
    }
    if (queue_reserve(q, 1) != QUEUE_OK ||
        queue_move_ticket(q, t, svc, act->front, c, staff, "plugin") != QUEUE_OK)
        return refuse(q, a, "out of memory moving ticket %s", t->number);
    return true;
}

/* The declared next step of a ticket that just finished `given`. */
static void apply_flow(queue_t *q, const queue_ticket_t *given, queue_counter_t *c,
                       const char *staff)
{
    const catalog_service_t *step = catalog_service_find(q->cat, given->service);
    if (!step || !step->next[0])
        return;
    const catalog_service_t *next = catalog_service_find(q->cat, step->next);
    tnode_t *n = queue_map_get(&q->by_id, &given->id, sizeof given->id);
    if (!next || !n || n->t.status != QUEUE_TICKET_FINISHED)
        return; /* checked at load; a hook's action may have moved it */
    if (queue_reserve(q, 1) == QUEUE_OK)
        queue_move_ticket(q, &n->t, next, step->next_front, c, staff, "flow");
    /* without memory the ticket stays finished: staff can still call it
     * by number and transfer it */
}

void queue_set_visit_hook(queue_t *q, queue_visit_fn fn, void *ctx)
{
    q->visit_hook = fn;
    q->visit_ctx = ctx;
}

/* A step of a visit ended (how): its next step's ticket, issued in this
 * command, or the visit's end. A next step the hall refuses now (closed)
 * ends the visit. */
static void visit_go_on(queue_t *q, const queue_ticket_t *given, queue_event_type_t how)
{
    tnode_t *n = queue_map_get(&q->by_id, &given->id, sizeof given->id);
    if (!q->visit_hook || !n || n->t.status == QUEUE_TICKET_WAITING)
        return; /* moved on by its agency's own flow: the step goes on */
    queue_issue_req_t next;
    memset(&next, 0, sizeof next);
    char service[CATALOG_SVC_ID_MAX];
    queue_visit_next_t what =
        q->visit_hook(q->visit_ctx, &n->t, how, &next, service, sizeof service);
    queue_ticket_t *t = NULL;
    if (what == QUEUE_VISIT_NEXT && queue_reserve(q, 4) == QUEUE_OK &&
        queue_issue_within(q, &next, q->now, &t) == QUEUE_OK)
        return;
    if (what == QUEUE_VISIT_NEXT) /* refused now: the visit ends here */
        q->visit_hook(q->visit_ctx, &n->t, QUEUE_EV_TICKET_CANCELLED, &next, service,
                      sizeof service);
    if (what != QUEUE_VISIT_NOTHING && queue_reserve(q, 1) == QUEUE_OK)
        queue_add_event(q, QUEUE_EV_VISIT_FINISHED, &n->t, NULL, "")->visit = given->visit;
}

void queue_after_roll(queue_t *q, size_t from)
{
    size_t end = q->n_ev;
    for (size_t i = from; i < end; i++) {
        queue_event_type_t type = q->ev[i].type;
        if (!q->ev[i].has_ticket || !q->ev[i].ticket.visit ||
            (type != QUEUE_EV_TICKET_CANCELLED && type != QUEUE_EV_TICKET_NO_SHOW))
            continue;
        queue_ticket_t given = q->ev[i].ticket; /* a copy: the buffer may move */
        visit_go_on(q, &given, type);
    }
}

void queue_after_command(queue_t *q, size_t from, queue_counter_t *c, const char *staff)
{
    size_t end = q->n_ev;
    for (size_t i = from; i < end; i++) {
        if (!q->ev[i].has_ticket)
            continue;
        /* copies: applying an action may move the change buffer */
        queue_event_type_t type = q->ev[i].type;
        queue_ticket_t given = q->ev[i].ticket;
        const catalog_agency_t *a = catalog_agency_find(q->cat, given.agency);
        if (!a)
            continue;
        bool done = false;
        if (q->hooks.event && (unsigned)type < 32 && (a->hook_events & (1u << type))) {
            queue_view_t v;
            queue_view_fill(&v, &given);
            queue_hook_action_t act;
            memset(&act, 0, sizeof act);
            if (q->hooks.event(q->hooks.ctx, a, type, &v, &act) == 1) {
                act.service[sizeof act.service - 1] = '\0';
                done = apply_action(q, a, &given, &act, c, staff);
            }
        }
        if (type == QUEUE_EV_TICKET_FINISHED && !done)
            apply_flow(q, &given, c, staff);
        if (given.visit && (type == QUEUE_EV_TICKET_FINISHED || type == QUEUE_EV_TICKET_NO_SHOW ||
                            type == QUEUE_EV_TICKET_CANCELLED))
            visit_go_on(q, &given, type);
    }
}

/* Whether the agency's declared cap says the next call must be a regular
 * ticket: priority first, `regular_after_priority` priority calls in a row
 * at this counter, and a regular ticket among the heads. */
static bool regular_due(const catalog_agency_t *a, const queue_counter_t *c, bool regular_waiting)
{
    return regular_waiting && a->route.priority_first && a->route.regular_after_priority > 0 &&
           c->priority_streak >= a->route.regular_after_priority;
}

/* The first waiting ticket of each priority group in s's priority queue
 * (lansia, disabilitas, ibu_hamil, anak), into out in queue order, looking
 * at most ROUTE_GROUP_SCAN tickets deep; returns how many (at most
 * PRIORITY__COUNT - 1). So a route function can put one group before
 * another within a service, which the queue's single head would not let
 * it see. */
#define ROUTE_GROUP_SCAN 64
static size_t group_heads(const queue_service_t *s, queue_ticket_t **out)
{
    bool seen[PRIORITY__COUNT] = {false};
    size_t n = 0, looked = 0;
    for (queue_ticket_t *t = s->head[QLIST_PRIORITY];
         t && looked < ROUTE_GROUP_SCAN && n < PRIORITY__COUNT - 1; t = t->next, looked++)
        if ((unsigned)t->priority < PRIORITY__COUNT && !seen[t->priority]) {
            seen[t->priority] = true;
            out[n++] = t;
        }
    return n;
}

queue_ticket_t *queue_route_hook(queue_t *q, const queue_counter_t *c, bool *priority)
{
    const catalog_agency_t *a = catalog_agency_find(q->cat, c->agency);
    if (!a || !a->hook_route || !q->hooks.route)
        return NULL;
    size_t need = (size_t)PRIORITY__COUNT * a->n_services, n = 0;
    if (need == 0)
        return NULL;
    if (need > q->cap_views) {
        queue_view_t *v = realloc(q->views, need * sizeof *v);
        if (v)
            q->views = v;
        queue_ticket_t **t = realloc(q->view_tickets, need * sizeof *t);
        if (t)
            q->view_tickets = t;
        if (!v || !t)
            return NULL; /* the declared policy needs no memory */
        q->cap_views = need;
    }
    bool regular_waiting = false;
    for (size_t i = 0; i < a->n_services; i++) {
        const catalog_service_t *svc = &q->cat->services[a->first_service + i];
        if (!catalog_service_at_counter(q->cat, svc, c->number))
            continue;
        queue_service_t *s = queue_service_of(q, svc);
        if (!s)
            continue;
        n += group_heads(s, q->view_tickets + n);
        if (s->head[QLIST_REGULAR]) {
            q->view_tickets[n++] = s->head[QLIST_REGULAR];
            regular_waiting = true;
        }
    }
    /* the declared cap holds around the route function: when a regular
     * ticket is due, it chooses among the regular heads only */
    bool only_regular = regular_due(a, c, regular_waiting);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (!only_regular || q->view_tickets[i]->priority == PRIORITY_NONE)
            q->view_tickets[kept++] = q->view_tickets[i];
    n = kept;
    /* heads in arrival order (the order they would be called in) */
    for (size_t i = 1; i < n; i++)
        for (size_t k = i; k > 0 && q->view_tickets[k]->rank < q->view_tickets[k - 1]->rank; k--) {
            queue_ticket_t *t = q->view_tickets[k];
            q->view_tickets[k] = q->view_tickets[k - 1];
            q->view_tickets[k - 1] = t;
        }
    for (size_t i = 0; i < n; i++)
        queue_view_fill(&q->views[i], q->view_tickets[i]);
    if (n == 0)
        return NULL;
    int k = q->hooks.route(q->hooks.ctx, a, c->number, q->views, n);
    if (k < 0 || (size_t)k >= n)
        return NULL;
    *priority = q->view_tickets[k]->priority != PRIORITY_NONE;
    return q->view_tickets[k];
}
