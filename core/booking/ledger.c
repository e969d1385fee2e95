/*
 * ledger.c - the ledger's indexes and the making of a booking: reserve
 * (check, then allocate everything, then index, so a failure leaves no
 * trace), confirm, rollback, restore, and the look-ups.
 */
#include "booking/ledger_internal.h"

#include <stdlib.h>
#include <string.h>

#include "booking/code.h"
#include "booking/person.h"
#include "booking/record.h"

#define DRAW_TRIES 32 /* codes drawn before a day's codes count as exhausted */

/* ---- keys ---- */

static size_t put_date(uint8_t *k, calendar_date_t date)
{
    uint32_t d = (uint32_t)date;
    k[0] = (uint8_t)(d >> 24);
    k[1] = (uint8_t)(d >> 16);
    k[2] = (uint8_t)(d >> 8);
    k[3] = (uint8_t)d;
    return 4;
}

/* Text then a NUL, so "ab"+"c" and "a"+"bc" differ. */
static size_t put_text(uint8_t *k, const char *s)
{
    size_t len = strlen(s) + 1;
    memcpy(k, s, len);
    return len;
}

static size_t id_key(uint8_t *k, uint64_t id)
{
    for (int i = 0; i < 8; i++)
        k[i] = (uint8_t)(id >> (56 - 8 * i));
    return 8;
}

static size_t code_key(uint8_t *k, calendar_date_t date, const char *code)
{
    size_t n = put_date(k, date);
    return n + put_text(k + n, code);
}

static size_t day_key(uint8_t *k, const char *service, calendar_date_t date)
{
    size_t n = put_date(k, date);
    return n + put_text(k + n, service);
}

static size_t person_key(uint8_t *k, char kind, const char *value, calendar_date_t date)
{
    k[0] = (uint8_t)kind;
    size_t n = 1 + put_date(k + 1, date);
    return n + put_text(k + n, value);
}

static size_t key_of_id(const void *v, uint8_t *k)
{
    return id_key(k, ((const entry_t *)v)->rec.id);
}

static size_t key_of_token(const void *v, uint8_t *k)
{
    return put_text(k, ((const entry_t *)v)->rec.token);
}

static size_t key_of_code(const void *v, uint8_t *k)
{
    const entry_t *e = v;
    return code_key(k, e->rec.date, e->rec.code);
}

static size_t key_of_day(const void *v, uint8_t *k)
{
    const day_t *d = v;
    return day_key(k, d->service, d->date);
}

static size_t key_of_person(const void *v, uint8_t *k)
{
    const person_t *p = v;
    return person_key(k, p->kind, p->value, p->date);
}

/* ---- service-days and their slots ---- */

static day_t *day_find(const booking_ledger_t *l, const char *service, calendar_date_t date)
{
    uint8_t k[BOOKING_KEY_MAX];
    if (!service || strlen(service) >= BOOKING_SERVICE_MAX)
        return NULL; /* no such service, and its key would not fit */
    return booking_map_get(&l->days, k, day_key(k, service, date));
}

static day_t *day_obtain(booking_ledger_t *l, const char *service, calendar_date_t date)
{
    day_t *d = day_find(l, service, date);
    if (d)
        return d;
    d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    memcpy(d->service, service, strlen(service) + 1);
    d->date = date;
    if (booking_map_put(&l->days, d) != BOOKING_OK) {
        free(d);
        return NULL;
    }
    return d;
}

static void day_free(day_t *d)
{
    free(d->slots);
    free(d->items);
    free(d);
}

/* Binary search: the slot's index, or where it would go. */
static size_t slot_pos(const day_t *d, int64_t start_ms)
{
    size_t lo = 0, hi = d->n_slots;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->slots[mid].start_ms < start_ms)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static slot_use_t *slot_find(const day_t *d, int64_t start_ms)
{
    size_t i = slot_pos(d, start_ms);
    return i < d->n_slots && d->slots[i].start_ms == start_ms ? &d->slots[i] : NULL;
}

/* Doubles an array of *cap elements of size `size` when it is full. */
static int grow(void **items, size_t n, size_t *cap, size_t size)
{
    if (n < *cap)
        return BOOKING_OK;
    size_t c = *cap ? *cap * 2 : 4;
    void *p = realloc(*items, c * size);
    if (!p)
        return BOOKING_ENOMEM;
    *items = p;
    *cap = c;
    return BOOKING_OK;
}

static int slot_obtain(day_t *d, int64_t start_ms)
{
    size_t i = slot_pos(d, start_ms);
    if (i < d->n_slots && d->slots[i].start_ms == start_ms)
        return BOOKING_OK;
    if (grow((void **)&d->slots, d->n_slots, &d->cap_slots, sizeof *d->slots) != BOOKING_OK)
        return BOOKING_ENOMEM;
    memmove(&d->slots[i + 1], &d->slots[i], (d->n_slots - i) * sizeof *d->slots);
    d->slots[i] = (slot_use_t){start_ms, 0};
    d->n_slots++;
    return BOOKING_OK;
}

/* Adds (sign 1) or removes (-1) an entry from its day's counts. */
static void tally(entry_t *e, int sign)
{
    day_t *d = e->day;
    d->count[e->rec.status] += sign;
    d->erased += e->rec.erased ? sign : 0;
    if (e->rec.status != BOOKING_STATUS_CANCELLED) {
        d->held += sign;
        slot_find(d, e->rec.start_ms)->held += sign; /* made by make_room */
    }
}

/* ---- people ---- */

static person_t *person_find(const booking_ledger_t *l, char kind, const char *value,
                             calendar_date_t date)
{
    uint8_t k[BOOKING_KEY_MAX];
    return booking_map_get(&l->persons, k, person_key(k, kind, value, date));
}

/* The person's list on that date, with room for one more entry. */
static person_t *person_obtain(booking_ledger_t *l, char kind, const char *value,
                               calendar_date_t date)
{
    person_t *p = person_find(l, kind, value, date);
    if (!p) {
        p = calloc(1, sizeof *p);
        if (!p)
            return NULL;
        p->kind = kind;
        memcpy(p->value, value, strlen(value) + 1);
        p->date = date;
        if (booking_map_put(&l->persons, p) != BOOKING_OK) {
            free(p);
            return NULL;
        }
    }
    return grow((void **)&p->items, p->n, &p->cap, sizeof *p->items) == BOOKING_OK ? p : NULL;
}

static void person_free(person_t *p)
{
    free(p->items);
    free(p);
}

static void person_drop(booking_ledger_t *l, char kind, const char *value, const entry_t *e)
{
    person_t *p = value[0] ? person_find(l, kind, value, e->rec.date) : NULL;
    if (!p)
        return;
    for (size_t i = 0; i < p->n; i++)
        if (p->items[i] == e) {
            p->items[i] = p->items[--p->n];
            break;
        }
    if (p->n == 0) {
        booking_map_del(&l->persons, p);
        person_free(p);
    }
}

void booking_ledger_persons_drop(booking_ledger_t *l, entry_t *e)
{
    person_drop(l, PERSON_PHONE, e->rec.phone, e);
    person_drop(l, PERSON_NIK, e->rec.nik, e);
}

static bool holds_service(const person_t *p, const char *service)
{
    for (size_t i = 0; p && i < p->n; i++)
        if (strcmp(p->items[i]->rec.service, service) == 0)
            return true;
    return false;
}

/* ---- indexing an entry ---- */

/* Allocates all that indexing e needs, so index_entry cannot fail. On
 * failure what it made stays, empty (a day, a slot or a person's list
 * holding nothing), which changes no answer. */
static int make_room(booking_ledger_t *l, entry_t *e)
{
    const booking_t *b = &e->rec;
    if (booking_map_room(&l->by_id, 1) || booking_map_room(&l->by_token, 1) ||
        booking_map_room(&l->by_code, 1) || booking_map_room(&l->persons, 2))
        return BOOKING_ENOMEM;
    e->day = day_obtain(l, b->service, b->date);
    if (!e->day || slot_obtain(e->day, b->start_ms) != BOOKING_OK ||
        grow((void **)&e->day->items, e->day->n_items, &e->day->cap_items, sizeof *e->day->items) !=
            BOOKING_OK)
        return BOOKING_ENOMEM;
    if (booking_status_active(b->status) &&
        ((b->phone[0] && !person_obtain(l, PERSON_PHONE, b->phone, b->date)) ||
         (b->nik[0] && !person_obtain(l, PERSON_NIK, b->nik, b->date))))
        return BOOKING_ENOMEM;
    return BOOKING_OK;
}

static void person_add(booking_ledger_t *l, char kind, const char *value, entry_t *e)
{
    if (!value[0])
        return;
    person_t *p = person_find(l, kind, value, e->rec.date); /* made by make_room */
    p->items[p->n++] = e;
}

static void index_entry(booking_ledger_t *l, entry_t *e)
{
    /* make_room left room, and the keys are known to be free */
    (void)booking_map_put(&l->by_id, e);
    (void)booking_map_put(&l->by_token, e);
    (void)booking_map_put(&l->by_code, e);
    day_t *d = e->day;
    e->day_pos = d->n_items;
    d->items[d->n_items++] = e;
    if (booking_status_active(e->rec.status)) {
        person_add(l, PERSON_PHONE, e->rec.phone, e);
        person_add(l, PERSON_NIK, e->rec.nik, e);
    }
    tally(e, 1);
    if (e->rec.id >= l->next_id)
        l->next_id = e->rec.id + 1;
}

static void unindex_entry(booking_ledger_t *l, entry_t *e)
{
    booking_map_del(&l->by_id, e);
    booking_map_del(&l->by_token, e);
    booking_map_del(&l->by_code, e);
    if (booking_status_active(e->rec.status))
        booking_ledger_persons_drop(l, e);
    tally(e, -1);
    day_t *d = e->day;
    for (size_t i = e->day_pos + 1; i < d->n_items; i++) {
        d->items[i - 1] = d->items[i];
        d->items[i - 1]->day_pos = i - 1;
    }
    d->n_items--;
}

/* ---- the ledger ---- */

booking_ledger_t *booking_ledger_new(const booking_ledger_opts_t *opts)
{
    if (!opts || !opts->random.fill || opts->phone_cap < 0 ||
        opts->utc_offset_min < BOOKING_OFFSET_MIN || opts->utc_offset_min > BOOKING_OFFSET_MAX)
        return NULL;
    booking_ledger_t *l = calloc(1, sizeof *l);
    if (!l)
        return NULL;
    l->opts = *opts;
    l->next_id = 1;
    booking_map_init(&l->by_id, key_of_id);
    booking_map_init(&l->by_token, key_of_token);
    booking_map_init(&l->by_code, key_of_code);
    booking_map_init(&l->days, key_of_day);
    booking_map_init(&l->persons, key_of_person);
    return l;
}

void booking_ledger_free(booking_ledger_t *l)
{
    if (!l)
        return;
    size_t pos = 0;
    void *v;
    while ((v = booking_map_next(&l->by_id, &pos)))
        free(v);
    for (pos = 0; (v = booking_map_next(&l->days, &pos));)
        day_free(v);
    for (pos = 0; (v = booking_map_next(&l->persons, &pos));)
        person_free(v);
    booking_map_clear(&l->by_id);
    booking_map_clear(&l->by_token);
    booking_map_clear(&l->by_code);
    booking_map_clear(&l->days);
    booking_map_clear(&l->persons);
    free(l);
}

static bool taken(const booking_ledger_t *l, const booking_t *b)
{
    return booking_ledger_by_id(l, b->id) || booking_ledger_by_token(l, b->token) ||
           booking_ledger_find_code(l, b->date, b->code);
}

int booking_ledger_restore(booking_ledger_t *l, const booking_t *rec)
{
    uint8_t buf[BOOKING_RECORD_MAX];
    size_t len;
    if (booking_record_encode(rec, buf, sizeof buf, &len) != BOOKING_OK || rec->id == 0)
        return BOOKING_EINVAL;
    if (taken(l, rec))
        return BOOKING_EEXIST;
    entry_t *e = calloc(1, sizeof *e);
    if (!e)
        return BOOKING_ENOMEM;
    e->rec = *rec;
    if (make_room(l, e) != BOOKING_OK) {
        free(e);
        return BOOKING_ENOMEM;
    }
    index_entry(l, e);
    return BOOKING_OK;
}

/* ---- reserve ---- */

static int check_request(const booking_request_t *req)
{
    bool nik = req->nik && req->nik[0];
    if (!booking_phone_valid(req->phone) || (nik && booking_nik_check(req->nik, NULL, 0)) ||
        booking_name_check(req->name, NULL, 0))
        return BOOKING_EINVAL;
    return BOOKING_OK;
}

static int check_slot(const booking_day_t *day, int64_t start_ms, int64_t now_ms,
                      const booking_slot_t **slot)
{
    if (day->n_slots == 0)
        return BOOKING_NOT_OPEN;
    *slot = booking_day_slot(day, start_ms);
    if (!*slot)
        return BOOKING_BAD_SLOT;
    if ((*slot)->start_ms <= now_ms)
        return BOOKING_PAST;
    if (booking_day_too_far(day, now_ms))
        return BOOKING_TOO_FAR;
    return BOOKING_OK;
}

static int check_person(const booking_ledger_t *l, const booking_day_t *day,
                        const booking_request_t *req)
{
    const person_t *phone = person_find(l, PERSON_PHONE, req->phone, day->date);
    if (holds_service(phone, day->service))
        return BOOKING_DUPLICATE;
    if (req->nik && req->nik[0] &&
        holds_service(person_find(l, PERSON_NIK, req->nik, day->date), day->service))
        return BOOKING_DUPLICATE;
    if (l->opts.phone_cap > 0 && phone && phone->n >= (size_t)l->opts.phone_cap)
        return BOOKING_PHONE_CAP;
    return BOOKING_OK;
}

/* The places held on the day and in the slot. */
static void held(const booking_ledger_t *l, const booking_day_t *day, const booking_slot_t *slot,
                 int *in_day, int *in_slot)
{
    const day_t *d = day_find(l, day->service, day->date);
    const slot_use_t *u = d ? slot_find(d, slot->start_ms) : NULL;
    *in_day = d ? d->held : 0;
    *in_slot = u ? u->held : 0;
}

static int check_room(const booking_ledger_t *l, const booking_day_t *day,
                      const booking_slot_t *slot)
{
    int in_day, in_slot;
    held(l, day, slot, &in_day, &in_slot);
    if (day->bookable != BOOKING_UNLIMITED && in_day >= day->bookable)
        return BOOKING_DAY_FULL;
    if (in_slot >= slot->capacity)
        return BOOKING_SLOT_FULL;
    return BOOKING_OK;
}

/* A code no booking of the date has, and a token no booking has. */
static int draw_names(const booking_ledger_t *l, booking_t *b)
{
    const booking_random_t *rnd = &l->opts.random;
    int tries = 0;
    do {
        if (++tries > DRAW_TRIES || booking_code_draw(rnd, b->code) != BOOKING_OK)
            return BOOKING_ERANDOM;
    } while (booking_ledger_find_code(l, b->date, b->code));
    for (tries = 0; tries < DRAW_TRIES; tries++) {
        if (booking_token_draw(rnd, b->token) != BOOKING_OK)
            return BOOKING_ERANDOM;
        if (!booking_ledger_by_token(l, b->token))
            return BOOKING_OK;
    }
    return BOOKING_ERANDOM;
}

static void fill_record(booking_t *b, const booking_day_t *day, const booking_slot_t *slot,
                        const booking_request_t *req, int64_t now_ms)
{
    memcpy(b->service, day->service, sizeof b->service);
    b->date = day->date;
    b->start_ms = slot->start_ms;
    b->end_ms = slot->end_ms;
    b->status = BOOKING_STATUS_BOOKED;
    memcpy(b->phone, req->phone, strlen(req->phone) + 1);
    if (req->nik)
        memcpy(b->nik, req->nik, strlen(req->nik) + 1);
    memcpy(b->name, req->name, strlen(req->name) + 1);
    b->notify = req->notify;
    b->created_ms = b->updated_ms = now_ms;
    b->checkin_before_min = day->rules.checkin_before;
    b->checkin_after_min = day->rules.checkin_after;
}

int booking_ledger_reserve(booking_ledger_t *l, const booking_day_t *day,
                           const booking_request_t *req, int64_t now_ms, const booking_t **out)
{
    const booking_slot_t *slot = NULL;
    *out = NULL;
    int rc = check_request(req);
    if (rc == BOOKING_OK)
        rc = check_slot(day, req->start_ms, now_ms, &slot);
    if (rc == BOOKING_OK)
        rc = check_person(l, day, req);
    if (rc == BOOKING_OK)
        rc = check_room(l, day, slot);
    if (rc != BOOKING_OK)
        return rc;

    entry_t *e = calloc(1, sizeof *e);
    if (!e)
        return BOOKING_ENOMEM;
    e->rec.id = l->next_id;
    e->pending = true;
    fill_record(&e->rec, day, slot, req, now_ms);
    rc = draw_names(l, &e->rec);
    if (rc == BOOKING_OK)
        rc = make_room(l, e);
    if (rc != BOOKING_OK) {
        free(e);
        return rc;
    }
    index_entry(l, e);
    *out = &e->rec;
    return BOOKING_OK;
}

static entry_t *pending_entry(booking_ledger_t *l, uint64_t id, int *rc)
{
    const booking_t *b = booking_ledger_by_id(l, id);
    entry_t *e = b ? booking_ledger_entry(b) : NULL;
    *rc = !e ? BOOKING_NOT_FOUND : !e->pending ? BOOKING_ESTATE : BOOKING_OK;
    return *rc == BOOKING_OK ? e : NULL;
}

int booking_ledger_confirm(booking_ledger_t *l, uint64_t id)
{
    int rc;
    entry_t *e = pending_entry(l, id, &rc);
    if (e)
        e->pending = false;
    return rc;
}

int booking_ledger_rollback(booking_ledger_t *l, uint64_t id)
{
    int rc;
    entry_t *e = pending_entry(l, id, &rc);
    if (e) {
        unindex_entry(l, e);
        free(e);
    }
    return rc;
}

/* ---- look-ups ---- */

const booking_t *booking_ledger_by_id(const booking_ledger_t *l, uint64_t id)
{
    uint8_t k[BOOKING_KEY_MAX];
    const entry_t *e = booking_map_get(&l->by_id, k, id_key(k, id));
    return e ? &e->rec : NULL;
}

const booking_t *booking_ledger_by_token(const booking_ledger_t *l, const char *token)
{
    uint8_t k[BOOKING_KEY_MAX];
    if (!token || strlen(token) >= BOOKING_TOKEN_MAX)
        return NULL;
    const entry_t *e = booking_map_get(&l->by_token, k, put_text(k, token));
    return e ? &e->rec : NULL;
}

entry_t *booking_ledger_find_code(const booking_ledger_t *l, calendar_date_t date, const char *code)
{
    uint8_t k[BOOKING_KEY_MAX];
    return booking_map_get(&l->by_code, k, code_key(k, date, code));
}

const booking_t *booking_ledger_by_code(const booking_ledger_t *l, calendar_date_t date,
                                        const char *code)
{
    char norm[BOOKING_CODE_MAX];
    if (booking_code_normalize(code, norm) != BOOKING_OK)
        return NULL;
    const entry_t *e = booking_ledger_find_code(l, date, norm);
    return e ? &e->rec : NULL;
}

int booking_ledger_left(const booking_ledger_t *l, const booking_day_t *day,
                        const booking_slot_t *slot)
{
    const booking_slot_t *s = slot ? booking_day_slot(day, slot->start_ms) : NULL;
    if (!s)
        return 0;
    int in_day, in_slot;
    held(l, day, s, &in_day, &in_slot);
    int left = s->capacity - in_slot;
    if (day->bookable != BOOKING_UNLIMITED && day->bookable - in_day < left)
        left = day->bookable - in_day;
    return left > 0 ? left : 0;
}

void booking_ledger_counts(const booking_ledger_t *l, const char *service, calendar_date_t date,
                           booking_counts_t *out)
{
    memset(out, 0, sizeof *out);
    const day_t *d = day_find(l, service, date);
    if (!d)
        return;
    memcpy(out->status, d->count, sizeof out->status);
    out->held = d->held;
    out->total = (int)d->n_items;
}

size_t booking_ledger_each(const booking_ledger_t *l, const char *service, calendar_date_t date,
                           booking_visit_fn fn, void *ctx)
{
    const day_t *d = day_find(l, service, date);
    for (size_t i = 0; d && i < d->n_items; i++)
        fn(ctx, &d->items[i]->rec);
    return d ? d->n_items : 0;
}

size_t booking_ledger_size(const booking_ledger_t *l)
{
    return l->by_id.count;
}

void booking_ledger_set_status(booking_ledger_t *l, entry_t *e, booking_status_t status,
                               int64_t now_ms)
{
    /* statuses only leave "booked" (or "checked in" never), so an entry
     * never needs to join a person's list here */
    tally(e, -1);
    if (booking_status_active(e->rec.status) && !booking_status_active(status))
        booking_ledger_persons_drop(l, e);
    e->rec.status = status;
    e->rec.updated_ms = now_ms;
    tally(e, 1);
}
