/*
 * hall_records.c - the stored records that are not the engine's, behind
 * functions named for what they mean (hall.h): tickets of a range of days
 * for the reports, survey answers, kiosks' idempotency keys, staff
 * accounts and sessions, and the sweep that removes what has expired.
 * Only the hall knows their keys and value layouts.
 *
 *   STORE_DB_SURVEYS      u32 day (YYYYMMDD) + u64 ticket id -> answer JSON
 *   STORE_DB_IDEMPOTENCY  key text -> 32-char token + u64 ms remembered
 *                         (a bare 32-char token: remembered before keys had
 *                         a time; forgotten by the next sweep)
 *   STORE_DB_META "export" -> "<hall> <epoch> <seq>": the export's cursor
 *   STORE_DB_EVENTS       read in order for the export (hall_events_after)
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "hall_int.h"
#include "render.h"

#define IDEM_VALUE_LEN (QUEUE_TOKEN_LEN + 8)

/* ---- tickets of a range of days ---- */

typedef struct seek_ctx {
    hall_day_fn day_of;
    uint64_t key;
    uint32_t day;
    bool found;
} seek_ctx_t;

static int seek_visit(void *ctx, const store_val_t *key, const store_val_t *val)
{
    seek_ctx_t *s = ctx;
    if (key->len != 8)
        return 0;
    uint32_t day = s->day_of(val->data, val->len);
    if (!day)
        return 0; /* an unreadable record: look at the next one */
    s->key = store_u64_decode(key->data);
    s->day = day;
    s->found = true;
    return 1;
}

/* The first readable record of db at or after key `from` (reverse: at or
 * before). */
static int seek(store_txn_t *t, store_db_t db, uint64_t from, bool reverse, seek_ctx_t *out)
{
    hall_day_fn day_of = out->day_of;
    memset(out, 0, sizeof *out);
    out->day_of = day_of;
    store_key_t k;
    store_key_init(&k);
    store_key_u64(&k, from);
    int rc = store_scan(t, db, &k, NULL, reverse, seek_visit, out);
    return rc < 0 ? rc : 0;
}

/* The lowest u64 key of db whose record's day is `day` or later (past
 * the last key when none is): a binary search with cursor seeks. */
static int first_key_of_day(store_txn_t *t, store_db_t db, hall_day_fn day_of, uint32_t day,
                            uint64_t *out, unsigned *seeks)
{
    seek_ctx_t s = {.day_of = day_of};
    int rc = seek(t, db, UINT64_MAX, true, &s);
    if (rc < 0)
        return rc;
    (*seeks)++;
    if (!s.found) {
        *out = 1;
        return 0;
    }
    uint64_t lo = 1, hi = s.key + 1;
    /* every record below lo is of an earlier day; the first at or after hi
     * is of `day` or later, or there is none */
    while (lo < hi) {
        uint64_t mid = lo + (hi - lo) / 2;
        if ((rc = seek(t, db, mid, false, &s)) < 0)
            return rc;
        (*seeks)++;
        if (s.found && s.day < day)
            lo = s.key + 1;
        else
            hi = mid;
    }
    *out = lo;
    return 0;
}

/* The business day of a stored ticket record, 0 when unreadable. */
static uint32_t ticket_day(const void *data, size_t len)
{
    json_t *rec = json_loadb(data, len, 0, NULL);
    json_t *day = json_object_get(rec, "day");
    uint32_t out = json_is_integer(day) ? (uint32_t)json_integer_value(day) : 0;
    json_decref(rec);
    return out;
}

typedef struct days_ctx {
    uint32_t to;
    hall_ticket_fn fn;
    void *ctx;
    hall_scan_stats_t *stats;
    int stopped; /* fn's non-zero answer */
} days_ctx_t;

static int days_visit(void *ctx, const store_val_t *key, const store_val_t *val)
{
    days_ctx_t *c = ctx;
    if (key->len != 8)
        return 0;
    json_t *rec = json_loadb(val->data, val->len, 0, NULL);
    queue_ticket_t t;
    int ok = rec ? render_ticket_parse(rec, &t) : -1;
    json_decref(rec);
    if (ok != 0) {
        c->stats->skipped++;
        return 0;
    }
    if (t.day > c->to)
        return 1;
    c->stats->read++;
    c->stopped = c->fn(c->ctx, &t);
    return c->stopped ? 1 : 0;
}

int hall_scan_from_day(hall_t *h, store_db_t db, hall_day_fn day_of, uint32_t day,
                       store_visit_fn visit, void *ctx, unsigned *seeks)
{
    store_txn_t *t;
    int rc = store_txn_begin(hall_store(h), false, &t);
    if (rc != 0)
        return rc;
    uint64_t first = 0;
    rc = first_key_of_day(t, db, day_of, day, &first, seeks);
    if (rc == 0) {
        store_key_t k;
        store_key_init(&k);
        store_key_u64(&k, first);
        rc = store_scan(t, db, &k, NULL, false, visit, ctx);
    }
    store_txn_abort(t);
    return rc;
}

int hall_tickets_of_days(hall_t *h, uint32_t from_ymd, uint32_t to_ymd, hall_ticket_fn fn,
                         void *ctx, hall_scan_stats_t *stats)
{
    memset(stats, 0, sizeof *stats);
    days_ctx_t c = {to_ymd, fn, ctx, stats, 0};
    int rc = hall_scan_from_day(h, STORE_DB_TICKETS, ticket_day, from_ymd, days_visit, &c,
                                &stats->seeks);
    return rc < 0 ? rc : c.stopped;
}

/* ---- survey answers ---- */

static void survey_key(store_key_t *k, uint32_t day, uint64_t id)
{
    store_key_init(k);
    store_key_u32(k, day);
    store_key_u64(k, id);
}

int hall_survey_put(hall_t *h, uint32_t day, uint64_t ticket_id, const char *json)
{
    store_key_t k;
    survey_key(&k, day, ticket_id);
    return store_batch_put(hall_batch(h), STORE_DB_SURVEYS, &k, json, strlen(json)) == 0
               ? 0
               : STORE_FULL;
}

/* Looks one key up in its own read transaction: 0, STORE_NOTFOUND or an
 * error; with `out`, copies at most `cap` bytes of the value and sets *len. */
static int get_one(hall_t *h, store_db_t db, const store_key_t *k, void *out, size_t cap,
                   size_t *len)
{
    store_txn_t *t;
    int rc = store_txn_begin(hall_store(h), false, &t);
    if (rc != 0)
        return rc;
    store_val_t v;
    rc = store_get(t, db, k, &v);
    if (rc == 0 && out) {
        *len = v.len;
        memcpy(out, v.data, v.len < cap ? v.len : cap);
    }
    store_txn_abort(t);
    return rc;
}

int hall_survey_answered(hall_t *h, uint32_t day, uint64_t ticket_id)
{
    store_key_t k;
    survey_key(&k, day, ticket_id);
    return get_one(h, STORE_DB_SURVEYS, &k, NULL, 0, NULL);
}

typedef struct surveys_ctx {
    uint32_t to;
    hall_text_fn fn;
    void *ctx;
} surveys_ctx_t;

static int surveys_visit(void *ctx, const store_val_t *key, const store_val_t *val)
{
    surveys_ctx_t *c = ctx;
    if (key->len != 12)
        return 0;
    const uint8_t *b = key->data;
    uint32_t day = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
    if (day > c->to)
        return 1;
    return c->fn(c->ctx, val->data, val->len) ? 1 : 0;
}

int hall_surveys_of_days(hall_t *h, uint32_t from_ymd, uint32_t to_ymd, hall_text_fn fn, void *ctx)
{
    store_key_t from;
    store_key_init(&from);
    store_key_u32(&from, from_ymd);
    surveys_ctx_t c = {to_ymd, fn, ctx};
    int rc = store_walk(hall_store(h), STORE_DB_SURVEYS, &from, NULL, false, surveys_visit, &c);
    return rc < 0 ? rc : 0;
}

/* ---- idempotency keys ---- */

int hall_idempotency_remember(hall_t *h, const char *key, const char *token)
{
    uint8_t v[IDEM_VALUE_LEN];
    store_key_t at;
    if (strlen(token) != QUEUE_TOKEN_LEN)
        return STORE_INVAL;
    memcpy(v, token, QUEUE_TOKEN_LEN);
    store_key_init(&at); /* the encoder's big-endian u64 */
    store_key_u64(&at, (uint64_t)hall_now(h));
    memcpy(v + QUEUE_TOKEN_LEN, at.b, 8);
    store_key_t k;
    store_key_init(&k);
    store_key_str(&k, key);
    return store_batch_put(hall_batch(h), STORE_DB_IDEMPOTENCY, &k, v, sizeof v) == 0 ? 0
                                                                                      : STORE_FULL;
}

int hall_idempotency_find(hall_t *h, const char *key, char token[QUEUE_TOKEN_LEN + 1],
                          int64_t since)
{
    store_key_t k;
    store_key_init(&k);
    store_key_str(&k, key);
    uint8_t v[IDEM_VALUE_LEN];
    size_t len = 0;
    int rc = get_one(h, STORE_DB_IDEMPOTENCY, &k, v, sizeof v, &len);
    if (rc == 0 && len == IDEM_VALUE_LEN && (int64_t)store_u64_decode(v + QUEUE_TOKEN_LEN) < since)
        rc = STORE_NOTFOUND; /* expired, not yet removed */
    else if (rc == 0 && len != QUEUE_TOKEN_LEN && len != IDEM_VALUE_LEN)
        rc = STORE_NOTFOUND; /* not a record this build wrote */
    if (rc == 0)
        memcpy(token, v, QUEUE_TOKEN_LEN);
    token[rc == 0 ? QUEUE_TOKEN_LEN : 0] = '\0';
    return rc;
}

/* A key remembered before *before (ms), or one without a time. */
static bool key_gone(void *ctx, const store_val_t *val)
{
    return val->len != IDEM_VALUE_LEN ||
           (int64_t)store_u64_decode((const uint8_t *)val->data + QUEUE_TOKEN_LEN) <
               *(int64_t *)ctx;
}

long hall_forget_expired(hall_t *h, int64_t sessions_before, int64_t keys_before)
{
    long sessions = auth_sessions_expire(hall_store(h), sessions_before, hall_batch(h));
    if (sessions < 0)
        return sessions;
    long keys =
        store_purge(hall_store(h), hall_batch(h), STORE_DB_IDEMPOTENCY, key_gone, &keys_before);
    return keys < 0 ? keys : sessions + keys;
}

/* ---- accounts and sessions ---- */

int hall_user_list(hall_t *h, auth_user_visit_fn fn, void *ctx)
{
    return auth_user_list(hall_store(h), fn, ctx);
}

int hall_user_get(hall_t *h, const char *name, auth_user_t *out)
{
    return auth_user_get(hall_store(h), name, out);
}

int hall_user_put(hall_t *h, const auth_user_t *u, const char *password, char *err, size_t errlen)
{
    return auth_user_put(hall_batch(h), u, password, err, errlen);
}

int hall_user_del(hall_t *h, const char *name)
{
    return auth_user_del(hall_batch(h), name);
}

int hall_login(hall_t *h, const char *name, const char *password, auth_user_t *out)
{
    return auth_login(hall_store(h), name, password, out);
}

int hall_session_put(hall_t *h, const auth_session_t *s)
{
    return auth_session_put(hall_batch(h), s);
}

int hall_session_get(hall_t *h, const uint8_t hash[32], auth_session_t *out)
{
    return auth_session_get(hall_store(h), hash, out);
}

int hall_session_del(hall_t *h, const uint8_t hash[32])
{
    return auth_session_del(hall_batch(h), hash);
}

/* ---- the export's cursor and its reading of the log ---- */

static void export_key(store_key_t *k)
{
    store_key_init(k);
    store_key_str(k, "export");
}

int hall_export_cursor_get(hall_t *h, char hall[64], char epoch[64], uint64_t *seq)
{
    store_key_t k;
    export_key(&k);
    char v[200];
    size_t len = 0;
    int rc = get_one(h, STORE_DB_META, &k, v, sizeof v - 1, &len);
    if (rc != 0)
        return rc;
    v[len < sizeof v - 1 ? len : sizeof v - 1] = '\0';
    unsigned long long s;
    if (sscanf(v, "%63s %63s %llu", hall, epoch, &s) != 3)
        return STORE_NOTFOUND; /* not a record this build wrote: start over */
    *seq = s;
    return 0;
}

int hall_export_cursor_put(hall_t *h, const char *hall, const char *epoch, uint64_t seq)
{
    store_key_t k;
    export_key(&k);
    char v[200];
    int n = snprintf(v, sizeof v, "%s %s %llu", hall, epoch, (unsigned long long)seq);
    return store_batch_put(hall_batch(h), STORE_DB_META, &k, v, (size_t)n) == 0 ? 0 : STORE_FULL;
}

typedef struct after_ctx {
    size_t left, n;
    int (*fn)(void *ctx, uint64_t seq, const char *json, size_t len);
    void *ctx;
} after_ctx_t;

static int after_visit(void *ctx, const store_val_t *key, const store_val_t *val)
{
    after_ctx_t *a = ctx;
    if (key->len != 8)
        return 0;
    a->n++;
    if (a->fn(a->ctx, store_u64_decode(key->data), val->data, val->len) || --a->left == 0)
        return 1;
    return 0;
}

int hall_events_after(hall_t *h, uint64_t after, size_t max,
                      int (*fn)(void *ctx, uint64_t seq, const char *json, size_t len), void *ctx)
{
    if (max == 0)
        return 0;
    store_key_t from;
    store_key_init(&from);
    store_key_u64(&from, after + 1);
    after_ctx_t a = {max, 0, fn, ctx};
    int rc = store_walk(hall_store(h), STORE_DB_EVENTS, &from, NULL, false, after_visit, &a);
    return rc < 0 ? rc : (int)a.n;
}

/* ---- the store itself ---- */

void hall_storage_usage(hall_t *h, size_t *map_size, size_t *used)
{
    store_usage(hall_store(h), map_size, used);
}

const char *hall_strerror(int rc)
{
    return store_strerror(rc);
}
