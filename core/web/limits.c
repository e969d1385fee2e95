/*
 * limits.c - per-key request counting in one-minute windows, for the rate
 * limits on ticket issue and login. A fixed table: a key hashes to a slot;
 * a slot holding another key from an older minute is taken over, so the
 * table never grows and a flood of addresses cannot exhaust memory.
 */
#include <stdio.h>
#include <string.h>

#include "web/web_int.h"

/* FNV-1a: spreads short IP strings well enough for a slot index. */
static uint32_t hash_key(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

bool web_rate_ok(web_t *w, char kind, const char *key, int per_min, int64_t now_ms)
{
    if (per_min <= 0)
        return true;
    char k[sizeof w->rate[0].key];
    snprintf(k, sizeof k, "%c:%s", kind, key);
    int64_t minute = now_ms / 60000;
    uint32_t start = hash_key(k) % WEB_RATE_SLOTS;
    rate_slot_t *victim = NULL;
    /* probe a few slots: ours, or a free/stale one */
    for (uint32_t i = 0; i < 8; i++) {
        rate_slot_t *s = &w->rate[(start + i) % WEB_RATE_SLOTS];
        if (strcmp(s->key, k) == 0) {
            if (s->window != minute) {
                s->window = minute;
                s->count = 0;
            }
            return ++s->count <= per_min;
        }
        if (!victim && (s->key[0] == '\0' || s->window != minute))
            victim = s;
    }
    if (!victim)
        victim = &w->rate[start]; /* all busy this minute: share the slot */
    snprintf(victim->key, sizeof victim->key, "%s", k);
    victim->window = minute;
    victim->count = 1;
    return per_min >= 1;
}
