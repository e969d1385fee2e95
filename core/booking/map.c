/*
 * map.c - an intrusive, open-addressed hash map (map.h).
 */
#include "booking/map.h"

#include <stdlib.h>
#include <string.h>

#include "booking/result.h"

#define MIN_CAP 16

static uint64_t hash_bytes(const uint8_t *p, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ULL; /* FNV-1a, 64 bits */
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

void booking_map_init(booking_map_t *m, booking_map_key_fn key_of)
{
    *m = (booking_map_t){.key_of = key_of};
}

void booking_map_clear(booking_map_t *m)
{
    free(m->slots);
    m->slots = NULL;
    m->cap = m->count = 0;
}

/* The slot holding key, or the empty slot where it would go. */
static size_t probe(const booking_map_t *m, uint64_t h, const uint8_t *key, size_t len)
{
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const booking_map_slot_t *s = &m->slots[i];
        if (!s->val)
            return i;
        if (s->hash == h) {
            uint8_t other[BOOKING_KEY_MAX];
            size_t olen = m->key_of(s->val, other);
            if (olen == len && memcmp(other, key, len) == 0)
                return i;
        }
    }
}

/* Places a value known to be absent; the table has room. */
static void place(booking_map_slot_t *slots, size_t cap, uint64_t h, void *val)
{
    size_t i = h & (cap - 1);
    while (slots[i].val)
        i = (i + 1) & (cap - 1);
    slots[i] = (booking_map_slot_t){h, val};
}

int booking_map_room(booking_map_t *m, size_t extra)
{
    size_t need = m->count + extra, cap = m->cap ? m->cap : MIN_CAP;
    while (need * 4 > cap * 3)
        cap *= 2;
    if (cap == m->cap)
        return BOOKING_OK;
    booking_map_slot_t *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return BOOKING_ENOMEM;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].val)
            place(slots, cap, m->slots[i].hash, m->slots[i].val);
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return BOOKING_OK;
}

void *booking_map_get(const booking_map_t *m, const uint8_t *key, size_t len)
{
    if (m->count == 0)
        return NULL;
    return m->slots[probe(m, hash_bytes(key, len), key, len)].val;
}

int booking_map_put(booking_map_t *m, void *val)
{
    if (booking_map_room(m, 1) != BOOKING_OK)
        return BOOKING_ENOMEM;
    uint8_t key[BOOKING_KEY_MAX];
    size_t len = m->key_of(val, key);
    uint64_t h = hash_bytes(key, len);
    size_t i = probe(m, h, key, len);
    if (m->slots[i].val)
        return BOOKING_EEXIST;
    m->slots[i] = (booking_map_slot_t){h, val};
    m->count++;
    return BOOKING_OK;
}

/* Whether slot i lies on the probe path from home to j (cyclically). */
static bool between(size_t home, size_t i, size_t j, size_t mask)
{
    return ((i - home) & mask) < ((j - home) & mask);
}

bool booking_map_del(booking_map_t *m, const void *val)
{
    if (m->count == 0)
        return false;
    uint8_t key[BOOKING_KEY_MAX];
    size_t len = m->key_of(val, key);
    size_t mask = m->cap - 1, i = probe(m, hash_bytes(key, len), key, len);
    if (m->slots[i].val != val)
        return false;
    /* shift back every later entry whose probe path crosses the hole */
    for (size_t j = (i + 1) & mask; m->slots[j].val; j = (j + 1) & mask) {
        if (between(m->slots[j].hash & mask, i, j, mask)) {
            m->slots[i] = m->slots[j];
            i = j;
        }
    }
    m->slots[i] = (booking_map_slot_t){0, NULL};
    m->count--;
    return true;
}

void *booking_map_next(const booking_map_t *m, size_t *pos)
{
    while (*pos < m->cap) {
        void *val = m->slots[(*pos)++].val;
        if (val)
            return val;
    }
    return NULL;
}
