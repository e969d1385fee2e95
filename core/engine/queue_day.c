/*
 * queue_day.c - time in the engine: opening hours, print time-outs, the
 * day's closing, the rollover to a new business day, and restoring the
 * engine from stored records at start.
 *
 * The business day never goes backwards: a clock stepped back keeps the
 * current day (and its growing sequences), so no number repeats. Closing
 * runs once per day, at the closing minute or, if that never came (a hall
 * open until midnight, a server that was down), just before the next day
 * starts.
 */
#include "engine/queue_internal.h"
#include "civil/localtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void local(const queue_t *q, int64_t now, uint32_t *ymd, int *minute, int *wday)
{
    *ymd = 0;
    *minute = 0;
    *wday = 0;
    q->env.local(q->env.ctx, now, ymd, minute, wday);
    if (*wday < 0 || *wday > 6)
        *wday = 0;
}

void queue_day_hours(const queue_t *q, const char *agency, uint32_t ymd, int wday,
                     calendar_day_t *out)
{
    if (q->day_hours) {
        q->day_hours(q->hours_ctx, agency, ymd, out);
        return;
    }
    memset(out, 0, sizeof *out);
    if (q->open_min[wday] != q->close_min[wday]) {
        out->n = 1;
        out->range[0] = (calendar_range_t){q->open_min[wday], q->close_min[wday]};
    }
}

int queue_check_hours(queue_t *q, const catalog_service_t *svc, int64_t now, bool booked)
{
    uint32_t ymd;
    int minute, wday;
    local(q, now, &ymd, &minute, &wday);
    const char *agency = q->cat->agencies[svc->agency].id;
    calendar_day_t day;
    queue_day_hours(q, agency, ymd, wday, &day);
    if (day.n == 0)
        return queue_fail(q, QUEUE_ECLOSED, NULL, "%s is closed all day today%s%s%s", svc->id,
                          day.name ? " (" : "", day.name ? day.name : "", day.name ? ")" : "");
    int open = day.range[0].open_min, close = day.range[day.n - 1].close_min;
    if (minute < open)
        return queue_fail(q, QUEUE_ECLOSED, NULL,
                          "%s is not open yet; tickets are issued from %02d:%02d", svc->id,
                          open / 60, open % 60);
    if (minute >= close)
        return queue_fail(q, QUEUE_ECLOSED, NULL, "%s closed at %02d:%02d today", svc->id,
                          close / 60, close % 60);
    const qagency_t *a = queue_map_get(&q->agencies, agency, strlen(agency));
    if (q->closed_day == q->day || (a && a->closed_day == q->day))
        return queue_fail(q, QUEUE_ECLOSED, NULL,
                          "%s has closed for today; come back on the next working day", svc->id);
    for (size_t i = 0; !booked && i + 1 < day.n; i++)
        if (minute >= day.range[i].close_min && minute < day.range[i + 1].open_min)
            return queue_fail(q, QUEUE_ECLOSED, NULL,
                              "%s is on a break (%02d:%02d-%02d:%02d); tickets are issued again "
                              "from %02d:%02d",
                              svc->id, day.range[i].close_min / 60, day.range[i].close_min % 60,
                              day.range[i + 1].open_min / 60, day.range[i + 1].open_min % 60,
                              day.range[i + 1].open_min / 60, day.range[i + 1].open_min % 60);
    if (svc->cutoff_min >= 0 && minute >= svc->cutoff_min)
        return queue_fail(q, QUEUE_ECLOSED, "service",
                          "service %s stops issuing tickets at %02d:%02d; come back on the "
                          "next working day",
                          svc->id, svc->cutoff_min / 60, svc->cutoff_min % 60);
    return QUEUE_OK;
}

int64_t queue_wait_in_hours(const queue_t *q, const char *agency, int64_t wait_s)
{
    if (q->now <= 0 || wait_s < 0)
        return wait_s;
    uint32_t ymd;
    int minute, wday;
    local(q, q->now, &ymd, &minute, &wday);
    calendar_day_t day;
    queue_day_hours(q, agency, ymd, wday, &day);
    int64_t start = (int64_t)minute * 60 + q->now / 1000 % 60, t = start, left = wait_s;
    for (size_t i = 0; i < day.n; i++) {
        int64_t open = (int64_t)day.range[i].open_min * 60;
        int64_t close = (int64_t)day.range[i].close_min * 60;
        if (close <= t)
            continue;
        if (t < open)
            t = open; /* a break passes before the counters call again */
        if (t + left <= close)
            return t + left - start;
        left -= close - t;
        t = close;
    }
    return t + left - start;
}

/* The closing of the hall (agency NULL) or of one agency whose own hours
 * end before the hall's: what may not outlive the day is cancelled
 * ("closed"; waiting tickets stay with carry_over) and idle counters
 * close. */
static void close_tickets_and_counters(queue_t *q, const char *agency, int64_t now)
{
    for (tnode_t *n = q->all_head; n; n = n->all_next) {
        queue_status_t s = n->t.status;
        if (agency && strcmp(n->t.agency, agency) != 0)
            continue;
        if (s == QUEUE_TICKET_PRINTING || s == QUEUE_TICKET_HELD ||
            (s == QUEUE_TICKET_WAITING && !q->carry_over))
            queue_cancel_ticket(q, &n->t, "closed", NULL, "");
    }
    for (size_t i = 0; i < q->n_counters; i++) {
        queue_counter_t *c = &q->counters[i];
        if (agency && strcmp(c->agency, agency) != 0)
            continue;
        if (!agency) {
            /* every counter record keeps that this day has closed, so a
             * restart with the clock stepped back before closing time
             * does not open the day again */
            c->closed_day = q->day;
            queue_touch_counter(q, c);
        }
        if (c->status == QUEUE_COUNTER_CLOSED || c->ticket != 0)
            continue;
        queue_counter_state(c, QUEUE_COUNTER_CLOSED, NULL, now);
        c->staff[0] = '\0';
        c->session[0] = '\0';
        queue_touch_counter(q, c);
        queue_add_event(q, QUEUE_EV_COUNTER_CLOSED, NULL, c, "");
    }
}

/* The day's end. */
static void close_day(queue_t *q, int64_t now)
{
    close_tickets_and_counters(q, NULL, now);
    q->closed_day = q->day;
}

/* The agencies whose own hours ended today before the hall's. Each pass
 * notes the next minute at which one ends, so the commands before it ask
 * no agency's hours. */
static void close_agencies(queue_t *q, uint32_t ymd, int minute, int wday, int64_t now)
{
    if (q->agencies_day == ymd && minute < q->agencies_next_min)
        return;
    int next = 24 * 60 + 1; /* none ends later today */
    for (size_t i = 0; q->cat && i < q->cat->n_agencies; i++) {
        const char *id = q->cat->agencies[i].id;
        calendar_day_t day;
        queue_day_hours(q, id, ymd, wday, &day);
        if (day.n == 0)
            continue;
        int close = day.range[day.n - 1].close_min;
        if (minute < close) {
            next = close < next ? close : next;
            continue;
        }
        qagency_t *a = queue_agency_state(q, id);
        if (a && a->closed_day != q->day) {
            close_tickets_and_counters(q, id, now);
            a->closed_day = q->day;
        }
    }
    q->agencies_day = ymd;
    q->agencies_next_min = next;
}

/* Starts business day `ymd`: daily counts of counters start again (the
 * daily sequences and quotas follow from their own day stamps). */
static void start_day(queue_t *q, uint32_t ymd)
{
    q->day = ymd;
    q->recent_n = 0;
    q->recent_head = 0;
    for (size_t i = 0; i < q->n_counters; i++) {
        queue_counter_t *c = &q->counters[i];
        if (c->day == ymd)
            continue;
        c->day = ymd;
        c->served_today = c->no_show_today = c->called_today = 0;
        queue_touch_counter(q, c);
    }
}

/* Forgets final tickets of past days; they stay in the store. */
static void drop_past(queue_t *q)
{
    tnode_t *n = q->all_head;
    while (n) {
        tnode_t *next = n->all_next;
        queue_status_t s = n->t.status;
        if (n->t.day < q->day && (s == QUEUE_TICKET_FINISHED || s == QUEUE_TICKET_CANCELLED ||
                                  s == QUEUE_TICKET_NO_SHOW))
            queue_drop_ticket(q, n);
        n = next;
    }
}

int queue_roll(queue_t *q, int64_t now)
{
    uint32_t ymd;
    int minute, wday;
    local(q, now, &ymd, &minute, &wday);
    /* a rollover may cancel every ticket and close every counter */
    if (queue_reserve(q, q->n_tickets + q->n_counters + 4) != QUEUE_OK)
        return QUEUE_ENOMEM;
    bool rolled = false;
    size_t from = q->n_ev; /* the clock's own changes start here */
    if (q->day == 0) {
        start_day(q, ymd);
    } else if (ymd > q->day) {
        if (q->closed_day != q->day)
            close_day(q, now);
        start_day(q, ymd);
        rolled = true;
    }
    int64_t timeout = (int64_t)q->print_timeout_s * 1000;
    tnode_t *n = q->side_head[SIDE_PRINTING];
    while (n) {
        tnode_t *next = n->side[SIDE_PRINTING].next;
        if (now - n->t.issued_at >= timeout)
            queue_cancel_ticket(q, &n->t, "print_timeout", NULL, "");
        n = next;
    }
    calendar_day_t hall;
    queue_day_hours(q, NULL, ymd, wday, &hall);
    if (ymd == q->day && q->closed_day != q->day) {
        if (hall.n > 0 && minute >= hall.range[hall.n - 1].close_min)
            close_day(q, now);
        else if (q->day_hours)
            close_agencies(q, ymd, minute, wday, now);
    }
    queue_after_roll(q, from);
    queue_flush(q, now);
    if (rolled)
        drop_past(q);
    return QUEUE_OK;
}

/* Booked tickets checked in before their slot wait as walk-ins until it
 * begins; then they move ahead of the walk-ins of their queue. */
static void booked_forward(queue_t *q, int64_t now)
{
    tnode_t *n = q->side_head[SIDE_BOOKED];
    while (n) {
        tnode_t *next = n->side[SIDE_BOOKED].next;
        queue_ticket_t *t = &n->t;
        bool due = t->status == QUEUE_TICKET_WAITING && t->queue && now >= t->booking_start;
        if (due && !queue_ticket_booked_ahead(t)) {
            queue_service_t *s = t->queue;
            queue_unlink(q, t);
            t->rank = QUEUE_RANK_BOOKED + t->booking_start;
            queue_link(q, s, t);
            queue_touch_ticket(q, t);
        }
        if (queue_ticket_booked_ahead(t)) /* ahead now, or already */
            queue_side_unlink(q, SIDE_BOOKED, n);
        n = next;
    }
    queue_flush(q, now);
}

void queue_tick(queue_t *q, int64_t now)
{
    q->now = now;             /* the wait estimates read it between commands */
    (void)queue_roll(q, now); /* on ENOMEM the next tick tries again */
    booked_forward(q, now);
}

/* ---------------------------------------------------------------- restore */

void queue_restore_ticket(queue_t *q, const queue_ticket_t *t)
{
    (void)queue_adopt_ticket(q, t);
}

void queue_restore_counter(queue_t *q, const queue_counter_t *c)
{
    queue_counter_t *mine = queue_map_get(&q->by_counter, &c->number, sizeof c->number);
    if (!mine)
        return; /* no longer in the hall */
    char agency[CATALOG_ID_MAX];
    memcpy(agency, mine->agency, sizeof agency);
    *mine = *c;
    memcpy(mine->agency, agency, sizeof agency); /* the hall config decides */
}

void queue_restore_seq(queue_t *q, uint64_t last_seq, uint64_t last_id)
{
    q->seq = last_seq;
    q->last_id = last_id;
}

void queue_restore_text(queue_t *q, const char *text)
{
    snprintf(q->text, sizeof q->text, "%s", text ? text : "");
}

static int by_rank(const void *a, const void *b)
{
    const queue_ticket_t *x = *(const queue_ticket_t *const *)a;
    const queue_ticket_t *y = *(const queue_ticket_t *const *)b;
    return x->rank < y->rank ? -1 : x->rank > y->rank;
}

static int by_called(const void *a, const void *b)
{
    const queue_ticket_t *x = *(const queue_ticket_t *const *)a;
    const queue_ticket_t *y = *(const queue_ticket_t *const *)b;
    return x->called_at < y->called_at ? -1 : x->called_at > y->called_at;
}

/* The agency whose prefix starts the number: the one that issued it, even
 * after a transfer moved the ticket to another agency. */
static const char *issuer(const queue_t *q, const queue_ticket_t *t)
{
    size_t len = strcspn(t->number, "-");
    for (size_t i = 0; q->cat && i < q->cat->n_agencies; i++) {
        const char *p = q->cat->agencies[i].prefix;
        if (strlen(p) == len && strncmp(p, t->number, len) == 0)
            return q->cat->agencies[i].id;
    }
    return t->agency;
}

uint32_t queue_carried_seq(const queue_t *q, const char *agency)
{
    uint32_t max = 0;
    for (const tnode_t *n = q->all_head; n; n = n->all_next) {
        const queue_ticket_t *t = &n->t;
        queue_status_t s = t->status;
        /* what still waits to be called: waiting or held (carried over). A
           ticket at a counter is finished there; a no-show of an earlier day
           is not called again (calling its number takes today's), or no
           morning would start at 001 */
        bool callable = s == QUEUE_TICKET_WAITING || s == QUEUE_TICKET_HELD;
        if (t->day < q->day && callable && t->seq > max && strcmp(issuer(q, t), agency) == 0)
            max = t->seq;
    }
    return max;
}

/* Restore, step 1: the business day is the last one the records saw (a
 * later clock rolls it on the next tick, an earlier one never takes it
 * back); the rank range, the last id, the day's closing; counters' daily
 * figures of another day reset. */
static void restore_day_state(queue_t *q, int64_t now)
{
    uint32_t ymd;
    int minute, wday;
    local(q, now, &ymd, &minute, &wday);
    uint32_t day = 0;
    q->rank_lo = q->rank_hi = 0;
    for (tnode_t *n = q->all_head; n; n = n->all_next) {
        if (n->t.day > day)
            day = n->t.day;
        if (n->t.id > q->last_id)
            q->last_id = n->t.id;
        if (queue_ticket_booked_ahead(&n->t))
            continue; /* ranks of their own, below all others */
        if (n->t.rank < q->rank_lo)
            q->rank_lo = n->t.rank;
        if (n->t.rank > q->rank_hi)
            q->rank_hi = n->t.rank;
    }
    for (size_t i = 0; i < q->n_counters; i++)
        if (q->counters[i].day > day)
            day = q->counters[i].day;
    q->day = day ? day : ymd;
    q->closed_day = 0;
    for (size_t i = 0; i < q->n_counters; i++)
        if (q->counters[i].closed_day == q->day)
            q->closed_day = q->day;
    drop_past(q);
    queue_samples_rebuild(q);
    for (size_t i = 0; i < q->n_counters; i++) {
        queue_counter_t *c = &q->counters[i];
        if (c->day != q->day) {
            c->day = q->day;
            c->served_today = c->no_show_today = c->called_today = 0;
        }
    }
}

/* Restore, step 2: one ticket's share of the day's counts (its agency's
 * numbering, its service's quota) and the print timer. */
static void restore_counts(queue_t *q, tnode_t *n)
{
    queue_ticket_t *t = &n->t;
    if (t->status == QUEUE_TICKET_PRINTING)
        queue_side_link(q, SIDE_PRINTING, n);
    if (t->day != q->day)
        return;
    if (t->status == QUEUE_TICKET_CANCELLED && strcmp(t->reason, "closed") == 0) {
        /* the hall's closing, or its agency's own before it */
        qagency_t *own = queue_agency_state(q, t->agency);
        if (own)
            own->closed_day = q->day;
    }
    qagency_t *a = queue_agency_state(q, issuer(q, t));
    if (a) {
        if (a->seq_day != q->day || t->seq > a->seq)
            a->seq = t->seq;
        a->seq_day = q->day;
    }
    /* as queue_cancel_ticket: never served, its place went back */
    bool given_back =
        t->status == QUEUE_TICKET_CANCELLED && t->called_at == 0 &&
        (strcmp(t->reason, "print_timeout") == 0 || strcmp(t->reason, "citizen") == 0);
    if (t->transfers == 0 && !given_back) {
        queue_service_t *s = queue_service_state(q, t->service);
        if (s) {
            if (s->issued_day != q->day)
                s->issued = 0;
            s->issued_day = q->day;
            s->issued++;
        }
    }
}

/* Restore, step 3: the waiting tickets into their services' queues, in
 * rank order. */
static void restore_queues(queue_t *q, queue_ticket_t **all, size_t n_all)
{
    qsort(all, n_all, sizeof *all, by_rank);
    for (size_t i = 0; i < n_all; i++) {
        queue_ticket_t *t = all[i];
        t->queue = NULL;
        t->prev = t->next = NULL;
        if (t->status != QUEUE_TICKET_WAITING)
            continue;
        queue_service_t *s = queue_service_state(q, t->service);
        if (s)
            queue_link(q, s, t);
    }
}

/* Restore, step 4: the board's recent calls, today's called tickets,
 * newest last in. */
static void restore_recent(queue_t *q, queue_ticket_t **all, size_t n_all)
{
    qsort(all, n_all, sizeof *all, by_called);
    q->recent_n = q->recent_head = 0;
    for (size_t i = 0; i < n_all; i++) {
        const queue_ticket_t *t = all[i];
        const queue_counter_t *c = queue_counter_get(q, t->counter);
        if (t->day == q->day && t->called_at > 0 && c)
            queue_note_call(q, t, c);
    }
}

int queue_restore_done(queue_t *q, int64_t now)
{
    queue_orphans_rebuild(q); /* waiting tickets of services no plugin declares now */
    restore_day_state(q, now);
    queue_ticket_t **all = malloc((q->n_tickets ? q->n_tickets : 1) * sizeof *all);
    if (!all)
        return queue_fail(q, QUEUE_ENOMEM, NULL, "out of memory while restoring %zu tickets",
                          q->n_tickets);
    size_t n_all = 0;
    for (tnode_t *n = q->all_head; n; n = n->all_next) {
        all[n_all++] = &n->t;
        restore_counts(q, n);
    }
    restore_queues(q, all, n_all);
    restore_recent(q, all, n_all);
    free(all);
    return 0;
}

void queue_local_time(void *ctx, int64_t ms, uint32_t *ymd, int *minute, int *wday)
{
    (void)ctx;
    time_t secs = (time_t)(ms / 1000);
    struct tm tm;
    local_time(secs, &tm);
    *ymd = (uint32_t)((tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday);
    *minute = tm.tm_hour * 60 + tm.tm_min;
    *wday = tm.tm_wday;
}
