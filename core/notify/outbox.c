/*
 * outbox.c - every message in memory (outbox.h).
 *
 * Two arrays of pointers, both in id order: `all` holds every message,
 * `active` those queued or sending, so the calls made on every tick
 * (next_due, wake_at, expire) walk the messages still to deliver and never
 * the days of sent ones kept for the counts. A look-up by id is a binary
 * search. Room in both arrays is made before a message is created, so a
 * call that runs out of memory changes nothing.
 *
 * expire walks only once a deadline may have passed: `expire_lb` is a
 * bound no active message's deadline is earlier than, lowered as messages
 * become active or make their first attempt, set anew by each walk.
 *
 * A message that becomes final stays in `active` as a dead entry until
 * the dead are half of it, when one pass closes them up; `head` skips the
 * dead at the front. A backlog drained oldest first so costs each message
 * O(1), where taking it out at once cost a move of everything behind it.
 *
 * The active messages are also chained by ticket and by booking (`refs`:
 * a hash of the reference, intrusive doubly linked chains), so dropping a
 * ticket's messages visits that ticket's, not the whole backlog.
 */
#include "notify/outbox.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "notify/record.h"
#include "text.h"

enum { REF_TICKET, REF_BOOKING, REF_KINDS };

typedef struct entry entry_t;

/* A place in one chain of `refs`. */
typedef struct link {
    entry_t *next, *prev;
} link_t;

struct entry {
    notify_msg_t msg;
    bool pending;         /* added, its record not yet durable */
    bool doomed;          /* dropped while sending: its last_error says why */
    link_t by[REF_KINDS]; /* chained while active, by a non-empty reference */
};

/* An array of entries in id order. */
typedef struct list {
    entry_t **at;
    size_t n, cap;
} list_t;

/* The active messages by reference: chains[kind][bucket], n buckets (a
 * power of two, at least the active messages, 0 before the first). */
typedef struct refs {
    entry_t **chains[REF_KINDS];
    size_t n, live;
} refs_t;

struct notify_outbox {
    notify_opts_t opts;
    char epoch[NOTIFY_EPOCH_MAX];
    list_t all;
    list_t active;
    size_t head;       /* active.at[i] for i < head are all final */
    size_t dead;       /* final entries still in active */
    int64_t expire_lb; /* no active message's deadline is earlier: expire
                          need not walk while now is not past it */
    refs_t refs;
    uint64_t next_id;
    notify_counts_t counts;
};

void notify_opts_default(notify_opts_t *o)
{
    memset(o, 0, sizeof *o);
    o->utc_offset_min = 7 * 60;
    o->quiet.start_min = NOTIFY_DEFAULT_QUIET_START;
    o->quiet.end_min = NOTIFY_DEFAULT_QUIET_END;
    o->max_attempts = NOTIFY_DEFAULT_MAX_ATTEMPTS;
    o->give_up_ms = NOTIFY_DEFAULT_GIVE_UP_MS;
    o->retry_first_ms = NOTIFY_DEFAULT_RETRY_FIRST_MS;
    o->retry_max_ms = NOTIFY_DEFAULT_RETRY_MAX_MS;
}

int64_t notify_retry_step(const notify_opts_t *o, uint32_t attempts)
{
    int64_t step = o->retry_first_ms;
    for (uint32_t i = 1; i < attempts && step < o->retry_max_ms; i++)
        step *= 2; /* both at most a day: no overflow */
    return step < o->retry_max_ms ? step : o->retry_max_ms;
}

/* ---- the arrays ---- */

static bool list_reserve(list_t *l, size_t need)
{
    if (need <= l->cap)
        return true;
    size_t cap = l->cap ? l->cap : 64;
    while (cap < need)
        cap *= 2;
    entry_t **at = realloc(l->at, cap * sizeof *at);
    if (!at)
        return false;
    l->at = at;
    l->cap = cap;
    return true;
}

/* The index of the first entry whose id is not below id. */
static size_t list_lower(const list_t *l, uint64_t id)
{
    size_t lo = 0, hi = l->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (l->at[mid]->msg.id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static entry_t *list_find(const list_t *l, uint64_t id)
{
    size_t i = list_lower(l, id);
    return i < l->n && l->at[i]->msg.id == id ? l->at[i] : NULL;
}

/* Inserts e in id order; room must have been reserved. */
static void list_insert(list_t *l, entry_t *e)
{
    size_t i = l->n && l->at[l->n - 1]->msg.id < e->msg.id ? l->n : list_lower(l, e->msg.id);
    memmove(l->at + i + 1, l->at + i, (l->n - i) * sizeof *l->at);
    l->at[i] = e;
    l->n++;
}

static void list_remove(list_t *l, uint64_t id)
{
    size_t i = list_lower(l, id);
    if (i < l->n && l->at[i]->msg.id == id) {
        memmove(l->at + i, l->at + i + 1, (l->n - i - 1) * sizeof *l->at);
        l->n--;
    }
}

/* ---- the chains by reference ---- */

/* The reference of kind k, "" for none. */
static const char *ref_of(const notify_msg_t *m, int k)
{
    return k == REF_TICKET ? m->ticket : m->booking;
}

/* The bucket number of a reference: FNV-1a of what comes before its
 * trailing digits, plus the number they make. The tickets of one queue,
 * "A-041", "A-042", are numbered one after the other, so their messages
 * fall into neighbouring buckets: each new one finds its bucket empty and
 * on a cache line just used, where a hash of the whole string sent each
 * to a line of its own and linked it to some older message. */
static size_t ref_hash(const char *s)
{
    size_t len = strlen(s), body = len;
    while (body > 0 && s[body - 1] >= '0' && s[body - 1] <= '9')
        body--;
    uint64_t h = 14695981039346656037ULL, number = 0;
    for (size_t i = 0; i < body; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    for (size_t i = body; i < len; i++)
        number = number * 10 + (uint64_t)(s[i] - '0'); /* at most 23 digits: wraps, harmlessly */
    return (size_t)((h ^ h >> 29) + number);
}

static void ref_link(refs_t *r, entry_t *e)
{
    for (int k = 0; k < REF_KINDS; k++) {
        const char *ref = ref_of(&e->msg, k);
        if (!ref[0])
            continue;
        entry_t **head = &r->chains[k][ref_hash(ref) & (r->n - 1)];
        e->by[k] = (link_t){*head, NULL};
        if (*head)
            (*head)->by[k].prev = e;
        *head = e;
    }
    r->live++;
}

static void ref_unlink(refs_t *r, entry_t *e)
{
    for (int k = 0; k < REF_KINDS; k++) {
        const char *ref = ref_of(&e->msg, k);
        if (!ref[0])
            continue;
        link_t *l = &e->by[k];
        if (l->prev)
            l->prev->by[k].next = l->next;
        else
            r->chains[k][ref_hash(ref) & (r->n - 1)] = l->next;
        if (l->next)
            l->next->by[k].prev = l->prev;
        *l = (link_t){NULL, NULL};
    }
    r->live--;
}

/* Room in the chains for one more active message: twice the buckets, and
 * every active message chained again, when they are as many as buckets. */
static bool ref_reserve(notify_outbox_t *o)
{
    refs_t *r = &o->refs;
    if (r->live < r->n)
        return true;
    size_t n = r->n ? r->n * 2 : 64;
    entry_t **chains[REF_KINDS];
    for (int k = 0; k < REF_KINDS; k++) {
        chains[k] = calloc(n, sizeof *chains[k]);
        if (!chains[k]) {
            while (k-- > 0)
                free(chains[k]);
            return false;
        }
    }
    for (int k = 0; k < REF_KINDS; k++) {
        free(r->chains[k]);
        r->chains[k] = chains[k];
    }
    r->n = n;
    r->live = 0;
    for (size_t i = o->head; i < o->active.n; i++)
        if (!notify_status_final(o->active.at[i]->msg.status))
            ref_link(r, o->active.at[i]);
    return true;
}

/* ---- the active list ---- */

/* Closes up the dead entries of active. */
static void active_compact(notify_outbox_t *o)
{
    size_t kept = 0;
    for (size_t i = o->head; i < o->active.n; i++)
        if (!notify_status_final(o->active.at[i]->msg.status))
            o->active.at[kept++] = o->active.at[i];
    o->active.n = kept;
    o->head = o->dead = 0;
}

/* Closes up active when the dead are half of it: at the start of
 * next_due and the end of expire, the walks that run on every tick, never
 * while a walk holds places in it. */
static void active_settle(notify_outbox_t *o)
{
    if (o->dead > 32 && o->dead * 2 > o->active.n)
        active_compact(o);
}

/* An entry of active became final: the head moves past the dead at the
 * front. */
static void active_leave(notify_outbox_t *o)
{
    o->dead++;
    while (o->head < o->active.n && notify_status_final(o->active.at[o->head]->msg.status))
        o->head++;
}

/* ---- counts and statuses ---- */

static size_t *count_of(notify_outbox_t *o, notify_status_t s)
{
    switch (s) {
    case NOTIFY_QUEUED: return &o->counts.queued;
    case NOTIFY_SENDING: return &o->counts.sending;
    case NOTIFY_SENT: return &o->counts.sent;
    case NOTIFY_DROPPED: return &o->counts.dropped;
    default: return &o->counts.failed;
    }
}

static void count_add(notify_outbox_t *o, const notify_msg_t *m, int sign)
{
    size_t *c = count_of(o, m->status);
    *c = sign > 0 ? *c + 1 : *c - 1;
    if (m->erased)
        o->counts.erased = sign > 0 ? o->counts.erased + 1 : o->counts.erased - 1;
}

/* Moves e to status s at now (now < 0: updated_ms stays), keeping the
 * counts, the active list and the chains in step. A message leaves
 * `active` when it becomes final; only a retry brings it back. */
static void set_status(notify_outbox_t *o, entry_t *e, notify_status_t s, int64_t now)
{
    count_add(o, &e->msg, -1);
    bool leaves = notify_status_final(s) && !notify_status_final(e->msg.status);
    if (leaves)
        ref_unlink(&o->refs, e);
    e->msg.status = s;
    if (leaves)
        active_leave(o);
    if (now >= 0)
        e->msg.updated_ms = now;
    count_add(o, &e->msg, +1);
}

/* The last instant the message may be delivered: give_up_ms after it was
 * added or, for a message due later than that (a reminder days ahead),
 * after it first became due; its own expiry when that is earlier. */
static int64_t deadline(const notify_outbox_t *o, const notify_msg_t *m)
{
    int64_t from =
        m->attempts == 0 && m->next_at_ms > m->created_ms ? m->next_at_ms : m->created_ms;
    int64_t d = from + o->opts.give_up_ms;
    if (d > NOTIFY_MS_MAX)
        d = NOTIFY_MS_MAX; /* so a next_at_ms up to it can be stored */
    return m->expires_ms > 0 && m->expires_ms < d ? m->expires_ms : d;
}

/* e became active, or its deadline moved (it is earlier once a first
 * attempt was made): expire's bound takes it in. */
static void expiry_note(notify_outbox_t *o, const entry_t *e)
{
    int64_t d = deadline(o, &e->msg);
    if (d < o->expire_lb)
        o->expire_lb = d;
}

static int64_t defer(const notify_outbox_t *o, int64_t at)
{
    return notify_quiet_defer(&o->opts.quiet, at, o->opts.utc_offset_min);
}

/* ---- life of the outbox ---- */

static bool epoch_valid(const char *s)
{
    if (!s)
        return false;
    size_t len = strnlen(s, NOTIFY_EPOCH_MAX);
    if (len == 0 || len >= NOTIFY_EPOCH_MAX)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

static bool opts_valid(const notify_opts_t *p)
{
    return epoch_valid(p->epoch) && p->utc_offset_min >= NOTIFY_OFFSET_MIN &&
           p->utc_offset_min <= NOTIFY_OFFSET_MAX && notify_quiet_valid(&p->quiet) &&
           p->max_attempts >= 1 && p->max_attempts <= NOTIFY_MAX_ATTEMPTS_LIMIT &&
           p->give_up_ms >= 1000 && p->give_up_ms <= NOTIFY_GIVE_UP_LIMIT_MS &&
           p->retry_first_ms >= 1 && p->retry_first_ms <= p->retry_max_ms &&
           p->retry_max_ms <= NOTIFY_RETRY_LIMIT_MS;
}

notify_outbox_t *notify_outbox_new(const notify_opts_t *opts)
{
    if (!opts || !opts_valid(opts))
        return NULL;
    notify_outbox_t *o = calloc(1, sizeof *o);
    if (!o)
        return NULL;
    o->opts = *opts;
    snprintf(o->epoch, sizeof o->epoch, "%s", opts->epoch);
    o->opts.epoch = o->epoch;
    o->next_id = 1;
    o->expire_lb = INT64_MAX;
    return o;
}

void notify_outbox_free(notify_outbox_t *o)
{
    if (!o)
        return;
    for (size_t i = 0; i < o->all.n; i++)
        free(o->all.at[i]);
    free(o->all.at);
    free(o->active.at);
    for (int k = 0; k < REF_KINDS; k++)
        free(o->refs.chains[k]);
    free(o);
}

/* Makes room for one more message in both lists and the chains. */
static bool reserve_one(notify_outbox_t *o)
{
    return list_reserve(&o->all, o->all.n + 1) && list_reserve(&o->active, o->active.n + 1) &&
           ref_reserve(o);
}

/* Puts e into active and its chains: at the end, or in id order behind
 * the head (a restore out of order, a retry). */
static void active_enter(notify_outbox_t *o, entry_t *e)
{
    list_t *a = &o->active;
    if (!a->n || a->at[a->n - 1]->msg.id < e->msg.id) {
        a->at[a->n++] = e;
    } else {
        active_compact(o); /* so the insert below keeps no dead entry */
        list_insert(a, e);
    }
    ref_link(&o->refs, e);
    expiry_note(o, e);
}

/* Takes e (allocated, filled) into the lists and the counts. */
static void hold(notify_outbox_t *o, entry_t *e)
{
    list_insert(&o->all, e);
    if (!notify_status_final(e->msg.status))
        active_enter(o, e);
    count_add(o, &e->msg, +1);
}

int notify_outbox_restore(notify_outbox_t *o, const notify_msg_t *rec)
{
    if (!notify_msg_valid(rec))
        return NOTIFY_EINVAL;
    if (list_find(&o->all, rec->id))
        return NOTIFY_EEXIST;
    if (!reserve_one(o))
        return NOTIFY_ENOMEM;
    entry_t *e = calloc(1, sizeof *e);
    if (!e)
        return NOTIFY_ENOMEM;
    e->msg = *rec;
    if (e->msg.status == NOTIFY_SENDING)
        e->msg.status = NOTIFY_QUEUED; /* its attempt may not have been made */
    hold(o, e);
    if (rec->id >= o->next_id)
        o->next_id = rec->id + 1;
    return NOTIFY_OK;
}

/* Copies an optional string: NULL is "". */
static const char *or_empty(const char *s)
{
    return s ? s : "";
}

/* Writes message id's Idempotency-Key, "mpp-" epoch "-" id, into key. */
static void key_of(const notify_outbox_t *o, uint64_t id, char key[NOTIFY_KEY_MAX])
{
    _Static_assert(4 + NOTIFY_EPOCH_MAX - 1 + 1 + TEXT_U64_MAX < NOTIFY_KEY_MAX,
                   "a key fits NOTIFY_KEY_MAX");
    size_t n = strnlen(o->epoch, NOTIFY_EPOCH_MAX - 1);
    memcpy(key, "mpp-", 4);
    memcpy(key + 4, o->epoch, n);
    key[4 + n] = '-';
    key[5 + n + text_u64(key + 5 + n, id)] = '\0';
}

static bool request_valid(const notify_request_t *req)
{
    if (!req->to || !req->template_name || !req->text)
        return false;
    size_t text_len = strnlen(req->text, NOTIFY_TEXT_MAX);
    const char *ticket = or_empty(req->ticket), *booking = or_empty(req->booking);
    return notify_phone_valid(req->to) && notify_template_name_valid(req->template_name) &&
           text_len > 0 && text_len < NOTIFY_TEXT_MAX &&
           notify_text_valid(req->text, text_len, true) &&
           (!ticket[0] || notify_ref_valid(ticket)) && (!booking[0] || notify_ref_valid(booking)) &&
           req->expires_ms >= 0 && req->expires_ms <= NOTIFY_MS_MAX && req->not_before_ms >= 0 &&
           req->not_before_ms <= NOTIFY_MS_MAX;
}

int notify_outbox_add(notify_outbox_t *o, const notify_request_t *req, int64_t now_ms,
                      const notify_msg_t **out)
{
    *out = NULL;
    if (!request_valid(req) || now_ms < 0 || now_ms > NOTIFY_MS_MAX || o->next_id > NOTIFY_ID_MAX)
        return NOTIFY_EINVAL;
    if (!reserve_one(o))
        return NOTIFY_ENOMEM;
    entry_t *e = calloc(1, sizeof *e);
    if (!e)
        return NOTIFY_ENOMEM;
    notify_msg_t *m = &e->msg;
    m->id = o->next_id++;
    key_of(o, m->id, m->key);
    text_copy(m->to, sizeof m->to, req->to);
    text_copy(m->template_name, sizeof m->template_name, req->template_name);
    text_copy(m->text, sizeof m->text, req->text);
    text_copy(m->ticket, sizeof m->ticket, or_empty(req->ticket));
    text_copy(m->booking, sizeof m->booking, or_empty(req->booking));
    m->owner = req->owner;
    m->status = NOTIFY_QUEUED;
    m->created_ms = m->updated_ms = now_ms;
    m->expires_ms = req->expires_ms;
    int64_t due = defer(o, req->not_before_ms > now_ms ? req->not_before_ms : now_ms);
    m->next_at_ms = due <= NOTIFY_MS_MAX ? due : NOTIFY_MS_MAX;
    e->pending = true;
    hold(o, e);
    *out = m;
    return NOTIFY_OK;
}

int notify_outbox_confirm(notify_outbox_t *o, uint64_t id)
{
    entry_t *e = list_find(&o->all, id);
    if (!e)
        return NOTIFY_NOT_FOUND;
    if (!e->pending)
        return NOTIFY_ESTATE;
    e->pending = false;
    return NOTIFY_OK;
}

int notify_outbox_rollback(notify_outbox_t *o, uint64_t id)
{
    entry_t *e = list_find(&o->all, id);
    if (!e)
        return NOTIFY_NOT_FOUND;
    if (!e->pending)
        return NOTIFY_ESTATE;
    count_add(o, &e->msg, -1);
    ref_unlink(&o->refs, e);
    active_compact(o); /* it is pending, so active: no dead pointer to it may stay */
    list_remove(&o->active, id);
    list_remove(&o->all, id);
    free(e);
    return NOTIFY_OK;
}

/* ---- delivery ---- */

/* Whether now may become a message's updated_ms. */
static bool now_valid(int64_t now_ms)
{
    return now_ms >= 0 && now_ms <= NOTIFY_MS_MAX;
}

size_t notify_outbox_next_due(notify_outbox_t *o, int64_t now_ms, const notify_msg_t **out,
                              size_t max)
{
    if (!now_valid(now_ms) || notify_quiet_active(&o->opts.quiet, now_ms, o->opts.utc_offset_min))
        return 0;
    active_settle(o);
    size_t n = 0;
    for (size_t i = o->head; i < o->active.n && n < max; i++) {
        entry_t *e = o->active.at[i];
        notify_msg_t *m = &e->msg;
        if (e->pending || m->status != NOTIFY_QUEUED || m->next_at_ms > now_ms ||
            now_ms > deadline(o, m) || m->attempts >= NOTIFY_ATTEMPTS_MAX)
            continue;
        m->attempts++;
        if (m->attempts == 1)
            expiry_note(o, e);
        set_status(o, e, NOTIFY_SENDING, now_ms);
        out[n++] = m;
    }
    return n;
}

int64_t notify_outbox_wake_at(const notify_outbox_t *o, int64_t now_ms)
{
    int64_t best = INT64_MAX;
    for (size_t i = o->head; i < o->active.n; i++) {
        const entry_t *e = o->active.at[i];
        const notify_msg_t *m = &e->msg;
        if (e->pending || m->status != NOTIFY_QUEUED || m->attempts >= NOTIFY_ATTEMPTS_MAX)
            continue;
        int64_t at = defer(o, m->next_at_ms > now_ms ? m->next_at_ms : now_ms);
        if (at <= deadline(o, m) && at < best)
            best = at;
    }
    return best;
}

/* The sending message with this id, or the reason there is none. */
static int find_sending(notify_outbox_t *o, uint64_t id, entry_t **out)
{
    *out = list_find(&o->all, id);
    if (!*out)
        return NOTIFY_NOT_FOUND;
    return (*out)->msg.status == NOTIFY_SENDING ? NOTIFY_OK : NOTIFY_ESTATE;
}

int notify_outbox_mark_sent(notify_outbox_t *o, uint64_t id, int64_t now_ms,
                            const notify_msg_t **out)
{
    entry_t *e;
    int rc = find_sending(o, id, &e);
    if (rc != NOTIFY_OK)
        return rc;
    if (!now_valid(now_ms))
        return NOTIFY_EINVAL;
    e->msg.last_error[0] = '\0';
    set_status(o, e, NOTIFY_SENT, now_ms);
    if (out)
        *out = &e->msg;
    return NOTIFY_OK;
}

/* The wait before the next attempt: the step, less up to a fifth of it
 * drawn from the random source (none when there is none or it fails). */
static int64_t backoff(const notify_outbox_t *o, uint32_t attempts)
{
    int64_t step = notify_retry_step(&o->opts, attempts);
    uint8_t b[4];
    if (!o->opts.random.fill || o->opts.random.fill(o->opts.random.ctx, b, sizeof b) != 0)
        return step;
    uint64_t r = (uint64_t)b[0] | (uint64_t)b[1] << 8 | (uint64_t)b[2] << 16 | (uint64_t)b[3] << 24;
    uint64_t cut = ((uint64_t)(step / 5) * r) >> 32; /* step is at most a day: no overflow */
    return step - (int64_t)cut;
}

int notify_outbox_mark_failed(notify_outbox_t *o, uint64_t id, int64_t now_ms, const char *error,
                              const notify_msg_t **out)
{
    entry_t *e;
    int rc = find_sending(o, id, &e);
    if (rc != NOTIFY_OK)
        return rc;
    if (!now_valid(now_ms))
        return NOTIFY_EINVAL;
    notify_msg_t *m = &e->msg;
    if (e->doomed) { /* no later attempt: it would arrive late */
        set_status(o, e, NOTIFY_DROPPED, now_ms);
        if (out)
            *out = m;
        return NOTIFY_OK;
    }
    notify_error_clean(error, m->last_error);
    int64_t next = defer(o, now_ms + backoff(o, m->attempts));
    if (m->attempts >= (uint32_t)o->opts.max_attempts || next > deadline(o, m)) {
        set_status(o, e, NOTIFY_FAILED, now_ms);
    } else {
        m->next_at_ms = next;
        set_status(o, e, NOTIFY_QUEUED, now_ms);
    }
    if (out)
        *out = m;
    return NOTIFY_OK;
}

int notify_outbox_release(notify_outbox_t *o, uint64_t id, const notify_msg_t **out)
{
    entry_t *e;
    int rc = find_sending(o, id, &e);
    if (rc != NOTIFY_OK)
        return rc;
    if (e->msg.attempts > 0)
        e->msg.attempts--;
    set_status(o, e, e->doomed ? NOTIFY_DROPPED : NOTIFY_QUEUED,
               e->doomed ? e->msg.updated_ms : -1);
    if (out)
        *out = &e->msg;
    return NOTIFY_OK;
}

/* ---- sweeps ---- */

size_t notify_outbox_expire(notify_outbox_t *o, int64_t now_ms, notify_visit_fn fn, void *ctx)
{
    size_t n = 0;
    if (!now_valid(now_ms) || now_ms <= o->expire_lb)
        return 0; /* every deadline is at or after now */
    int64_t lb = INT64_MAX;
    for (size_t i = o->head; i < o->active.n; i++) {
        entry_t *e = o->active.at[i];
        if (notify_status_final(e->msg.status))
            continue;
        int64_t d = deadline(o, &e->msg);
        if (e->pending || e->msg.status != NOTIFY_QUEUED || d >= now_ms) {
            lb = d < lb ? d : lb;
            continue;
        }
        if (!e->msg.last_error[0])
            snprintf(e->msg.last_error, sizeof e->msg.last_error, "%s",
                     "expired: not delivered in time");
        set_status(o, e, NOTIFY_FAILED, now_ms);
        n++;
        if (fn)
            fn(ctx, &e->msg);
    }
    o->expire_lb = lb;
    active_settle(o);
    return n;
}

/* Whether m is for this ticket or booking and of a template that begins
 * with prefix. */
static bool drop_matches(const notify_msg_t *m, const char *ticket, const char *booking,
                         const char *prefix)
{
    bool ref =
        (ticket && strcmp(m->ticket, ticket) == 0) || (booking && strcmp(m->booking, booking) == 0);
    return ref && (!prefix || strncmp(m->template_name, prefix, strlen(prefix)) == 0);
}

size_t notify_outbox_drop(notify_outbox_t *o, const char *ticket, const char *booking,
                          const char *prefix, int64_t now_ms, const char *reason,
                          notify_visit_fn fn, void *ctx)
{
    size_t n = 0;
    if (!now_valid(now_ms) || !o->refs.n)
        return 0;
    for (int k = 0; k < REF_KINDS; k++) {
        const char *ref = k == REF_TICKET ? ticket : booking;
        if (!ref || !ref[0])
            continue;
        entry_t *next;
        for (entry_t *e = o->refs.chains[k][ref_hash(ref) & (o->refs.n - 1)]; e; e = next) {
            next = e->by[k].next; /* a dropped one leaves the chain */
            if (e->pending || (e->msg.status != NOTIFY_QUEUED && e->msg.status != NOTIFY_SENDING) ||
                !drop_matches(&e->msg, ticket, booking, prefix))
                continue;
            notify_error_clean(reason, e->msg.last_error);
            if (e->msg.status == NOTIFY_SENDING) { /* its attempt decides (mark_failed) */
                e->doomed = true;
                continue;
            }
            set_status(o, e, NOTIFY_DROPPED, now_ms);
            n++;
            if (fn)
                fn(ctx, &e->msg);
        }
    }
    return n;
}

int notify_outbox_retry(notify_outbox_t *o, uint64_t id, int64_t now_ms, const notify_msg_t **out)
{
    if (out)
        *out = NULL;
    entry_t *e = list_find(&o->all, id);
    if (!e)
        return NOTIFY_NOT_FOUND;
    if (e->pending || e->msg.status != NOTIFY_FAILED || e->msg.erased)
        return NOTIFY_ESTATE;
    if (!now_valid(now_ms))
        return NOTIFY_EINVAL;
    if (!list_reserve(&o->active, o->active.n + 1) || !ref_reserve(o))
        return NOTIFY_ENOMEM;
    count_add(o, &e->msg, -1);
    size_t at = list_lower(&o->active, id); /* still there, dead, or gone */
    bool dead_here = at < o->active.n && o->active.at[at] == e;
    e->msg.status = NOTIFY_QUEUED;
    e->msg.attempts = 0;
    e->msg.created_ms = e->msg.updated_ms = now_ms;
    e->msg.expires_ms = 0;
    int64_t due = defer(o, now_ms);
    e->msg.next_at_ms = due <= NOTIFY_MS_MAX ? due : NOTIFY_MS_MAX;
    if (dead_here) { /* alive again where it was */
        o->dead--;
        if (at < o->head)
            o->head = at;
        ref_link(&o->refs, e);
        expiry_note(o, e);
    } else {
        active_enter(o, e);
    }
    count_add(o, &e->msg, +1);
    if (out)
        *out = &e->msg;
    return NOTIFY_OK;
}

/* Clears the phone and text of every durable, final message not yet
 * erased that was last changed before before_ms or, being a ticket's (none
 * of a booking), was made before day_ms (then a queued one is dropped
 * first); sets its erased flag and reports it to fn (may be NULL). Returns
 * how many. */
static size_t erase_where(notify_outbox_t *o, int64_t before_ms, int64_t day_ms, int64_t now_ms,
                          notify_visit_fn fn, void *ctx)
{
    size_t n = 0;
    for (size_t i = 0; i < o->all.n; i++) {
        entry_t *e = o->all.at[i];
        notify_msg_t *m = &e->msg;
        bool day_over = !m->booking[0] && m->created_ms < day_ms;
        if (e->pending || m->erased || (m->updated_ms >= before_ms && !day_over))
            continue;
        if (day_over && m->status == NOTIFY_QUEUED) {
            notify_error_clean("dropped: its ticket's day ended", m->last_error);
            set_status(o, e, NOTIFY_DROPPED, now_ms);
        }
        if (!notify_status_final(m->status))
            continue;
        count_add(o, m, -1);
        memset(m->to, 0, sizeof m->to);
        memset(m->text, 0, sizeof m->text);
        m->erased = true;
        count_add(o, m, +1);
        n++;
        if (fn)
            fn(ctx, m);
    }
    return n;
}

size_t notify_outbox_erase(notify_outbox_t *o, int64_t before_ms, notify_visit_fn fn, void *ctx)
{
    return erase_where(o, before_ms, INT64_MIN, -1, fn, ctx);
}

size_t notify_outbox_erase_days(notify_outbox_t *o, int64_t now_ms, notify_visit_fn fn, void *ctx)
{
    if (!now_valid(now_ms))
        return 0;
    int64_t today = now_ms - notify_local_ms_of_day(now_ms, o->opts.utc_offset_min);
    return erase_where(o, INT64_MIN, today, now_ms, fn, ctx);
}

size_t notify_outbox_forget(notify_outbox_t *o, int64_t before_ms, notify_visit_fn fn, void *ctx)
{
    if (o->all.n == 0)
        return 0;
    active_compact(o); /* no dead pointer in active may outlive its message */
    size_t kept = 0, n = 0, last = o->all.n - 1;
    for (size_t i = 0; i < o->all.n; i++) {
        entry_t *e = o->all.at[i];
        if (i == last || !e->msg.erased || e->msg.updated_ms >= before_ms) {
            o->all.at[kept++] = e;
            continue;
        }
        if (fn)
            fn(ctx, &e->msg);
        count_add(o, &e->msg, -1);
        free(e); /* erased messages are final: no longer in active */
        n++;
    }
    o->all.n = kept;
    return n;
}

/* ---- look-ups ---- */

const notify_msg_t *notify_outbox_get(const notify_outbox_t *o, uint64_t id)
{
    const entry_t *e = list_find(&o->all, id);
    return e ? &e->msg : NULL;
}

uint64_t notify_outbox_last_id(const notify_outbox_t *o)
{
    return o->next_id - 1;
}

int notify_outbox_note_sent(notify_outbox_t *o, uint64_t id, uint64_t sent_rec)
{
    entry_t *e = list_find(&o->all, id);
    if (!e)
        return NOTIFY_NOT_FOUND;
    e->msg.sent_rec = sent_rec;
    return NOTIFY_OK;
}

void notify_outbox_counts(const notify_outbox_t *o, notify_counts_t *out)
{
    *out = o->counts;
}

size_t notify_outbox_failed(const notify_outbox_t *o, notify_failed_t *out, size_t max)
{
    size_t n = 0;
    for (size_t i = o->all.n; i > 0 && n < max; i--) {
        const notify_msg_t *m = &o->all.at[i - 1]->msg;
        if (m->status != NOTIFY_FAILED)
            continue;
        notify_failed_t *f = &out[n++];
        memset(f, 0, sizeof *f);
        f->id = m->id;
        notify_mask_phone(m->to, f->to, sizeof f->to);
        memcpy(f->template_name, m->template_name, sizeof f->template_name);
        memcpy(f->ticket, m->ticket, sizeof f->ticket);
        memcpy(f->booking, m->booking, sizeof f->booking);
        f->attempts = m->attempts;
        f->created_ms = m->created_ms;
        f->updated_ms = m->updated_ms;
        memcpy(f->last_error, m->last_error, sizeof f->last_error);
    }
    return n;
}

size_t notify_outbox_each(const notify_outbox_t *o, notify_visit_fn fn, void *ctx)
{
    for (size_t i = 0; i < o->all.n; i++)
        fn(ctx, &o->all.at[i]->msg);
    return o->all.n;
}

size_t notify_outbox_size(const notify_outbox_t *o)
{
    return o->all.n;
}
