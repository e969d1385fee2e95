/*
 * map.h - the hash map behind the ledger's look-ups (inside the booking
 * module; not part of its API).
 *
 * Intrusive and open-addressed: a map stores pointers to values and learns
 * each value's key from a function, so an insert copies no key and
 * allocates nothing once the table has room. Linear probing, FNV-1a over
 * the key bytes, at most three quarters full; removal shifts the following
 * entries back, so there are no tombstones. The map never owns its values.
 */
#ifndef MPP_BOOKING_MAP_H
#define MPP_BOOKING_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define BOOKING_KEY_MAX 128

/* Writes the key of a value into key (BOOKING_KEY_MAX bytes) and returns
 * its length. */
typedef size_t (*booking_map_key_fn)(const void *val, uint8_t *key);

typedef struct booking_map_slot {
    uint64_t hash;
    void *val; /* NULL: empty */
} booking_map_slot_t;

typedef struct booking_map {
    booking_map_key_fn key_of;
    booking_map_slot_t *slots;
    size_t cap; /* a power of two, or 0 */
    size_t count;
} booking_map_t;

/* An empty map whose values' keys key_of gives. */
void booking_map_init(booking_map_t *m, booking_map_key_fn key_of);
/* Frees the table (not the values) and leaves the map empty. */
void booking_map_clear(booking_map_t *m);
/* Grows the table so that `extra` more values go in without allocating;
 * BOOKING_ENOMEM when it cannot (the map is unchanged). */
int booking_map_room(booking_map_t *m, size_t extra);
/* The value whose key is key[0..len), or NULL. */
void *booking_map_get(const booking_map_t *m, const uint8_t *key, size_t len);
/* Adds a value under its key: BOOKING_EEXIST when a value with that key is
 * there already, BOOKING_ENOMEM when the table cannot grow. */
int booking_map_put(booking_map_t *m, void *val);
/* Removes this very value (found by its key); false when it is not there. */
bool booking_map_del(booking_map_t *m, const void *val);
/* Walks the values: start with *pos = 0; NULL at the end. The map must
 * not change during the walk. */
void *booking_map_next(const booking_map_t *m, size_t *pos);

#endif
