/*
 * queue_counter.c - what staff do at a counter: open, pause, resume and
 * close it; call (next by routing, or a number), recall, start, finish,
 * no-show, hold, cancel and transfer tickets.
 *
 * Each action checks the counter's owner and state and the ticket's
 * status first; only then does it change anything, so a refused action
 * leaves the engine as it was.
 */
#include "engine/queue_internal.h"

#include <stdio.h>
#include <string.h>

/* The counter's current ticket, or NULL. */
static queue_ticket_t *current(queue_t *q, const queue_counter_t *c)
{
    if (!c->ticket)
        return NULL;
    tnode_t *n = queue_map_get(&q->by_id, &c->ticket, sizeof c->ticket);
    return n ? &n->t : NULL;
}

static int need_current(queue_t *q, const queue_counter_t *c, queue_ticket_t *t, bool serving_ok,
                        const char *what)
{
    if (!t)
        return queue_fail(q, QUEUE_ESTATE, NULL,
                          "counter %d has no current ticket to be %s; call one first", c->number,
                          what);
    if (t->status == QUEUE_TICKET_CALLED || (serving_ok && t->status == QUEUE_TICKET_SERVING))
        return QUEUE_OK;
    return queue_fail(q, QUEUE_ESTATE, NULL, "ticket %s is %s; only a called%s ticket can be %s",
                      t->number, queue_status_name(t->status), serving_ok ? " or serving" : "",
                      what);
}

static int act_open(queue_t *q, queue_counter_t *c, const queue_counter_req_t *req,
                    const char *staff, const char *session, int64_t now)
{
    if (!session[0])
        return queue_fail(q, QUEUE_EINVAL, "session",
                          "a staff session is needed to open counter %d", c->number);
    if (c->status != QUEUE_COUNTER_CLOSED && c->session[0]) {
        if (strcmp(c->session, session) == 0)
            return queue_fail(q, QUEUE_ESTATE, NULL,
                              c->status == QUEUE_COUNTER_PAUSED
                                  ? "counter %d is already yours and paused; resume it"
                                  : "counter %d is already open in your session",
                              c->number);
        if (!req->admin && !(req->reclaim && strcmp(c->staff, staff) == 0))
            return queue_fail(q, QUEUE_EFORBIDDEN, NULL,
                              "counter %d is held by %s in another session; they must close "
                              "it first, or an admin can take it over",
                              c->number, c->staff[0] ? c->staff : "someone");
    }
    queue_counter_state(c, QUEUE_COUNTER_OPEN, NULL, now);
    snprintf(c->staff, sizeof c->staff, "%s", staff);
    snprintf(c->session, sizeof c->session, "%s", session);
    queue_touch_counter(q, c);
    queue_add_event(q, QUEUE_EV_COUNTER_OPENED, NULL, c, staff);
    return QUEUE_OK;
}

/* Moves t to counter c as its called ticket. */
static void do_call(queue_t *q, queue_counter_t *c, queue_ticket_t *t, const char *staff,
                    int64_t now)
{
    queue_unlink(q, t);
    t->status = QUEUE_TICKET_CALLED;
    t->counter = c->number;
    t->called_at = now;
    c->ticket = t->id;
    c->called_today++;
    queue_touch_ticket(q, t);
    queue_touch_counter(q, c);
    queue_note_call(q, t, c);
    queue_add_event(q, QUEUE_EV_TICKET_CALLED, t, c, staff);
}

static int act_call(queue_t *q, queue_counter_t *c, const queue_counter_req_t *req,
                    const char *staff, int64_t now)
{
    if (c->status == QUEUE_COUNTER_PAUSED)
        return queue_fail(q, QUEUE_ESTATE, NULL, "counter %d is paused; resume it first",
                          c->number);
    queue_ticket_t *cur = current(q, c);
    if (cur)
        return queue_fail(q, QUEUE_ESTATE, NULL,
                          "counter %d still has ticket %s; finish, hold or mark no-show first",
                          c->number, cur->number);
    if (req->number && req->number[0]) {
        tnode_t *n = queue_find_number(q, c->agency, req->number);
        if (!n)
            return queue_fail(q, QUEUE_ENOTFOUND, "number",
                              "ticket %s is not among today's tickets of %s", req->number,
                              c->agency);
        queue_ticket_t *t = &n->t;
        if (t->status != QUEUE_TICKET_WAITING && t->status != QUEUE_TICKET_HELD &&
            t->status != QUEUE_TICKET_NO_SHOW)
            return queue_fail(q, QUEUE_ESTATE, "number",
                              "ticket %s is %s; only waiting, held or no-show tickets can be "
                              "called",
                              t->number, queue_status_name(t->status));
        do_call(q, c, t, staff, now);
        return QUEUE_OK;
    }
    bool priority = false;
    queue_ticket_t *t = queue_route_hook(q, c, &priority);
    if (!t)
        t = queue_route_pick(q, c, &priority);
    if (!t)
        return QUEUE_OK; /* nobody waiting: the counter stays as it is */
    c->priority_streak = priority ? c->priority_streak + 1 : 0;
    do_call(q, c, t, staff, now);
    return QUEUE_OK;
}

/* The ticket a cancel or transfer acts on: by number (statuses allowed in
 * `ok`, a bit per status) or the counter's current called/serving one. */
static int pick_target(queue_t *q, const queue_counter_t *c, const queue_counter_req_t *req,
                       unsigned ok, const char *what, queue_ticket_t **out)
{
    queue_ticket_t *cur = current(q, c);
    if (req->number && req->number[0]) {
        tnode_t *n = queue_find_number(q, c->agency, req->number);
        if (!n)
            return queue_fail(q, QUEUE_ENOTFOUND, "number",
                              "ticket %s is not among today's tickets of %s", req->number,
                              c->agency);
        if (&n->t != cur) {
            if (!(ok & (1u << n->t.status)))
                return queue_fail(q, QUEUE_ESTATE, "number",
                                  "ticket %s is %s; it cannot be %s by number", n->t.number,
                                  queue_status_name(n->t.status), what);
            *out = &n->t;
            return QUEUE_OK;
        }
    }
    int rc = need_current(q, c, cur, true, what);
    if (rc == QUEUE_OK)
        *out = cur;
    return rc;
}

static int act_transfer(queue_t *q, queue_counter_t *c, const queue_counter_req_t *req,
                        const char *staff)
{
    if (!req->service || !req->service[0])
        return queue_fail(q, QUEUE_EINVAL, "service", "choose the service to transfer to");
    const catalog_service_t *svc = catalog_service_find(q->cat, req->service);
    if (!svc)
        return queue_fail(q, QUEUE_ENOTFOUND, "service", "service %s does not exist", req->service);
    queue_ticket_t *t;
    int rc = pick_target(q, c, req,
                         1u << QUEUE_TICKET_WAITING | 1u << QUEUE_TICKET_HELD |
                             1u << QUEUE_TICKET_NO_SHOW,
                         "transferred", &t);
    if (rc != QUEUE_OK)
        return rc;
    if (queue_move_ticket(q, t, svc, req->front, c, staff, "") != QUEUE_OK)
        return queue_fail(q, QUEUE_ENOMEM, NULL, "out of memory");
    return QUEUE_OK;
}

/* Ends the counter's current ticket with `status` and its event. */
static void end_current(queue_t *q, queue_counter_t *c, queue_ticket_t *t, queue_status_t status,
                        queue_event_type_t ev, const char *staff, int64_t now)
{
    t->status = status;
    if (status == QUEUE_TICKET_FINISHED) {
        t->finished_at = now;
        c->served_today++;
        queue_note_finish(q, t);
    } else if (status == QUEUE_TICKET_NO_SHOW) {
        c->no_show_today++;
    }
    c->ticket = 0;
    queue_touch_ticket(q, t);
    queue_touch_counter(q, c);
    queue_add_event(q, ev, t, c, staff);
}

static int act_ticket(queue_t *q, queue_counter_t *c, const queue_counter_req_t *req,
                      const char *staff, int64_t now)
{
    queue_ticket_t *t = current(q, c);
    int rc;
    switch (req->action) {
    case QUEUE_ACT_RECALL:
        if ((rc = need_current(q, c, t, false, "recalled")) != QUEUE_OK)
            return rc;
        queue_note_call(q, t, c);
        queue_add_event(q, QUEUE_EV_TICKET_RECALLED, t, c, staff);
        return QUEUE_OK;
    case QUEUE_ACT_START:
        if ((rc = need_current(q, c, t, false, "started")) != QUEUE_OK)
            return rc;
        t->status = QUEUE_TICKET_SERVING;
        t->started_at = now;
        queue_touch_ticket(q, t);
        queue_add_event(q, QUEUE_EV_TICKET_STARTED, t, c, staff);
        return QUEUE_OK;
    case QUEUE_ACT_FINISH:
        if ((rc = need_current(q, c, t, true, "finished")) != QUEUE_OK)
            return rc;
        end_current(q, c, t, QUEUE_TICKET_FINISHED, QUEUE_EV_TICKET_FINISHED, staff, now);
        return QUEUE_OK;
    case QUEUE_ACT_NO_SHOW:
        if ((rc = need_current(q, c, t, false, "marked no-show")) != QUEUE_OK)
            return rc;
        end_current(q, c, t, QUEUE_TICKET_NO_SHOW, QUEUE_EV_TICKET_NO_SHOW, staff, now);
        return QUEUE_OK;
    case QUEUE_ACT_HOLD:
        if ((rc = need_current(q, c, t, true, "held")) != QUEUE_OK)
            return rc;
        end_current(q, c, t, QUEUE_TICKET_HELD, QUEUE_EV_TICKET_HELD, staff, now);
        return QUEUE_OK;
    case QUEUE_ACT_CANCEL:
        rc = pick_target(q, c, req,
                         1u << QUEUE_TICKET_WAITING | 1u << QUEUE_TICKET_HELD |
                             1u << QUEUE_TICKET_NO_SHOW | 1u << QUEUE_TICKET_PRINTING,
                         "cancelled", &t);
        if (rc != QUEUE_OK)
            return rc;
        if (c->ticket == t->id) {
            c->ticket = 0;
            queue_touch_counter(q, c);
        }
        queue_cancel_ticket(q, t, "staff", c, staff);
        return QUEUE_OK;
    case QUEUE_ACT_TRANSFER: return act_transfer(q, c, req, staff);
    default: return queue_fail(q, QUEUE_EINVAL, "action", "unknown counter action");
    }
}

static int act_state(queue_t *q, queue_counter_t *c, const queue_counter_req_t *req,
                     const char *staff, int64_t now)
{
    switch (req->action) {
    case QUEUE_ACT_PAUSE: {
        if (c->status != QUEUE_COUNTER_OPEN)
            return queue_fail(q, QUEUE_ESTATE, NULL, "counter %d is already paused", c->number);
        if (req->reason && strlen(req->reason) >= sizeof c->pause_reason)
            return queue_fail(q, QUEUE_EINVAL, "reason", "a pause reason has at most %zu bytes",
                              sizeof c->pause_reason - 1);
        queue_counter_state(c, QUEUE_COUNTER_PAUSED, req->reason, now);
        pend_event_t *e = queue_add_event(q, QUEUE_EV_COUNTER_PAUSED, NULL, c, staff);
        snprintf(e->reason, sizeof e->reason, "%s", c->pause_reason);
        break;
    }
    case QUEUE_ACT_RESUME:
        if (c->status != QUEUE_COUNTER_PAUSED)
            return queue_fail(q, QUEUE_ESTATE, NULL,
                              "counter %d is open, not paused; nothing to resume", c->number);
        queue_counter_state(c, QUEUE_COUNTER_OPEN, NULL, now);
        queue_add_event(q, QUEUE_EV_COUNTER_RESUMED, NULL, c, staff);
        break;
    default: { /* QUEUE_ACT_CLOSE */
        queue_ticket_t *t = current(q, c);
        if (t)
            return queue_fail(q, QUEUE_ESTATE, NULL,
                              "counter %d still has ticket %s; finish, hold or mark no-show "
                              "first",
                              c->number, t->number);
        queue_counter_state(c, QUEUE_COUNTER_CLOSED, NULL, now);
        c->staff[0] = '\0';
        c->session[0] = '\0';
        queue_add_event(q, QUEUE_EV_COUNTER_CLOSED, NULL, c, staff);
        break;
    }
    }
    queue_touch_counter(q, c);
    return QUEUE_OK;
}

int queue_counter_act(queue_t *q, const queue_counter_req_t *req, int64_t now,
                      const queue_counter_t **out)
{
    if (out)
        *out = NULL;
    int rc = queue_begin(q, now);
    if (rc != QUEUE_OK)
        return rc;
    queue_counter_t *c = queue_map_get(&q->by_counter, &req->counter, sizeof req->counter);
    if (!c)
        return queue_fail(q, QUEUE_ENOTFOUND, "counter", "counter %d does not exist", req->counter);
    if ((unsigned)req->action >= QUEUE_ACT__COUNT)
        return queue_fail(q, QUEUE_EINVAL, "action", "unknown counter action");
    const char *staff = req->staff ? req->staff : "";
    const char *session = req->session ? req->session : "";

    if (req->action == QUEUE_ACT_OPEN) {
        rc = act_open(q, c, req, staff, session, now);
    } else if (c->status == QUEUE_COUNTER_CLOSED) {
        return queue_fail(q, QUEUE_ESTATE, NULL, "counter %d is closed; open it first", c->number);
    } else if (!req->admin && (!c->session[0] || strcmp(c->session, session) != 0)) {
        return queue_fail(q, QUEUE_EFORBIDDEN, NULL,
                          c->session[0] ? "counter %d is held by %s in another session"
                                        : "counter %d was released by %s's session; open it "
                                          "to take it over",
                          c->number, c->staff[0] ? c->staff : "someone");
    } else if (req->action == QUEUE_ACT_CALL) {
        rc = act_call(q, c, req, staff, now);
    } else if (req->action == QUEUE_ACT_PAUSE || req->action == QUEUE_ACT_RESUME ||
               req->action == QUEUE_ACT_CLOSE) {
        rc = act_state(q, c, req, staff, now);
    } else {
        rc = act_ticket(q, c, req, staff, now);
    }
    if (rc != QUEUE_OK)
        return rc;
    queue_after_command(q, 0, c, staff);
    queue_flush(q, now);
    if (out)
        *out = c;
    return QUEUE_OK;
}
