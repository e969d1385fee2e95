/*
 * subs.c - the set of subscriptions by ticket id (subs.h): an array and an
 * open-addressing index of positions in it, each slot a position plus 1
 * (0: empty), a power of two at least twice the array's room; and the
 * text of a subscription's record.
 */
#include "notify/subs.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

#define NEAR_MARK "near"
#define ENDED_MARK "ended"
_Static_assert(1 + TEXT_U64_MAX + sizeof NEAR_MARK + sizeof ENDED_MARK + 1 + TEXT_U64_MAX <
                   NOTIFY_SUB_REC_MAX,
               "the longest record notify_sub_encode writes fits NOTIFY_SUB_REC_MAX");

struct notify_subs {
    notify_sub_t *subs;
    size_t n, cap;
    size_t *slots;
    size_t n_slots;
};

notify_subs_t *notify_subs_new(void)
{
    return calloc(1, sizeof(notify_subs_t));
}

void notify_subs_free(notify_subs_t *subs)
{
    if (!subs)
        return;
    free(subs->subs);
    free(subs->slots);
    free(subs);
}

void notify_subs_clear(notify_subs_t *subs)
{
    subs->n = 0;
    if (subs->slots)
        memset(subs->slots, 0, subs->n_slots * sizeof *subs->slots);
}

/* The slot where ticket's search begins. Ids are given one after the
 * other: eight neighbours (the same id but its last three bits) share one
 * mixed home and take the eight slots from it, a cache line of them,
 * where mixing each id alone sent every new subscription to a line of its
 * own. Only the group is mixed, never the id itself, so ids a table's
 * size apart do not meet at the end of a long run of neighbours. */
static size_t home_of(const notify_subs_t *subs, uint64_t ticket)
{
    uint64_t group = (ticket >> 3) * 0x9E3779B97F4A7C15ULL >> 17;
    return (size_t)(group << 3 | (ticket & 7)) & (subs->n_slots - 1);
}

/* The slot where ticket's position is, or the empty slot where it would
 * go (linear probing). */
static size_t slot_of(const notify_subs_t *subs, uint64_t ticket)
{
    size_t mask = subs->n_slots - 1;
    size_t i = home_of(subs, ticket);
    while (subs->slots[i] && subs->subs[subs->slots[i] - 1].ticket != ticket)
        i = (i + 1) & mask;
    return i;
}

notify_sub_t *notify_subs_find(notify_subs_t *subs, uint64_t ticket)
{
    if (!subs->n_slots)
        return NULL;
    size_t pos = subs->slots[slot_of(subs, ticket)];
    return pos ? &subs->subs[pos - 1] : NULL;
}

/* Room for one more subscription, the index made again when it grows. */
static int reserve(notify_subs_t *subs)
{
    if (subs->n < subs->cap)
        return 0;
    size_t cap = subs->cap ? subs->cap * 2 : 32;
    notify_sub_t *s = realloc(subs->subs, cap * sizeof *s);
    size_t *slots = s ? calloc(2 * cap, sizeof *slots) : NULL;
    if (s)
        subs->subs = s;
    if (!slots)
        return -1;
    free(subs->slots);
    subs->slots = slots;
    subs->n_slots = 2 * cap;
    subs->cap = cap;
    for (size_t i = 0; i < subs->n; i++)
        subs->slots[slot_of(subs, subs->subs[i].ticket)] = i + 1;
    return 0;
}

int notify_subs_add(notify_subs_t *subs, uint64_t ticket, int64_t issued_ms, const char *phone,
                    uint64_t booking, notify_sub_t **out)
{
    notify_sub_t *old = notify_subs_find(subs, ticket);
    if (old) {
        text_copy(old->phone, NOTIFY_PHONE_MAX, phone);
        old->booking = booking;
        old->via = 0;
        *out = old;
        return 0;
    }
    if (reserve(subs) != 0)
        return -1;
    notify_sub_t *sub = &subs->subs[subs->n++];
    memset(sub, 0, sizeof *sub);
    sub->ticket = ticket;
    sub->issued_ms = issued_ms;
    sub->booking = booking;
    text_copy(sub->phone, NOTIFY_PHONE_MAX, phone);
    subs->slots[slot_of(subs, ticket)] = subs->n;
    *out = sub;
    return 0;
}

/* The slots after s's own close up (backward-shift deletion, so no probe
 * chain is broken). */
void notify_subs_remove(notify_subs_t *subs, notify_sub_t *s)
{
    size_t mask = subs->n_slots - 1, hole = slot_of(subs, s->ticket);
    for (size_t j = (hole + 1) & mask; subs->slots[j]; j = (j + 1) & mask) {
        size_t home = home_of(subs, subs->subs[subs->slots[j] - 1].ticket);
        /* j's entry may move back to the hole unless its home lies in (hole, j] */
        if (((j - home) & mask) >= ((j - hole) & mask)) {
            subs->slots[hole] = subs->slots[j];
            hole = j;
        }
    }
    subs->slots[hole] = 0;
    size_t at = (size_t)(s - subs->subs), last = subs->n - 1;
    if (at != last) {
        subs->subs[at] = subs->subs[last];
        subs->slots[slot_of(subs, subs->subs[at].ticket)] = at + 1;
    }
    subs->n--;
}

size_t notify_subs_count(const notify_subs_t *subs)
{
    return subs->n;
}

notify_sub_t *notify_subs_at(notify_subs_t *subs, size_t i)
{
    return &subs->subs[i];
}

size_t notify_sub_encode(const notify_sub_t *s, char *buf)
{
#define APPEND(lit) (memcpy(buf + len, lit, sizeof lit - 1), len += sizeof lit - 1)
    size_t len = 0;
    if (s->booking || s->via) {
        buf[len++] = s->booking ? 'b' : 't';
        len += text_u64(buf + len, s->booking ? s->booking : s->via);
    } else {
        len = strnlen(s->phone, NOTIFY_PHONE_MAX - 1);
        memcpy(buf, s->phone, len);
    }
    if (s->near)
        APPEND("\t" NEAR_MARK);
    if (s->ended)
        APPEND("\t" ENDED_MARK);
    buf[len++] = '\t';
    len += text_u64(buf + len, s->issued_ms > 0 ? (uint64_t)s->issued_ms : 0);
#undef APPEND
    return len;
}

/* Whether the n bytes at f are the mark `lit`. */
#define IS_MARK(f, n, lit) ((n) == sizeof lit - 1 && memcmp(f, lit, n) == 0)

int notify_sub_decode(const void *text, size_t len, notify_sub_rec_t *out)
{
    memset(out, 0, sizeof *out);
    const char *p = text, *end = p + len;
    bool ok = len < NOTIFY_SUB_REC_MAX;
    for (bool first = true; ok; first = false) {
        const char *tab = p < end ? memchr(p, '\t', (size_t)(end - p)) : NULL;
        size_t n = (size_t)((tab ? tab : end) - p);
        uint64_t v = 0;
        if (first && n > 0 && (p[0] == 'b' || p[0] == 't')) {
            out->keeper = p[0];
            ok = text_parse_u64(p + 1, n - 1, &out->keeper_id) && out->keeper_id;
        } else if (first) {
            ok = n < sizeof out->phone;
            if (ok) {
                memcpy(out->phone, p, n);
                ok = notify_phone_valid(out->phone);
            }
        } else if (IS_MARK(p, n, NEAR_MARK)) {
            out->near = true;
        } else if (IS_MARK(p, n, ENDED_MARK)) {
            out->ended = true;
        } else {
            ok = !out->has_issued && text_parse_u64(p, n, &v) && v <= NOTIFY_MS_MAX;
            out->has_issued = true;
            out->issued_ms = (int64_t)v;
        }
        if (!tab)
            break;
        p = tab + 1;
    }
    if (!ok) {
        memset(out, 0, sizeof *out);
        return NOTIFY_EINVAL;
    }
    return NOTIFY_OK;
}
