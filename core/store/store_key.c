/*
 * store_key.c - the key encoder and the error texts of the store.
 *
 * Integers are written big-endian so that LMDB's byte-wise key order is
 * their numeric order and every composite key prefix is a contiguous
 * range. An append that would pass STORE_KEY_MAX marks the key invalid
 * (len = SIZE_MAX); the store refuses invalid keys with STORE_INVAL.
 * Pure C: nothing here touches LMDB.
 */
#include "store/store.h"

#include <string.h>

void store_key_init(store_key_t *k)
{
    k->len = 0;
}

void store_key_bytes(store_key_t *k, const void *p, size_t n)
{
    if (k->len == SIZE_MAX)
        return;
    if (n > STORE_KEY_MAX - k->len) {
        k->len = SIZE_MAX;
        return;
    }
    if (n > 0)
        memcpy(k->b + k->len, p, n);
    k->len += n;
}

void store_key_u32(store_key_t *k, uint32_t v)
{
    uint8_t be[4] = {(uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v};
    store_key_bytes(k, be, sizeof be);
}

void store_key_u64(store_key_t *k, uint64_t v)
{
    uint8_t be[8];
    for (int i = 0; i < 8; i++)
        be[i] = (uint8_t)(v >> (56 - 8 * i));
    store_key_bytes(k, be, sizeof be);
}

void store_key_str(store_key_t *k, const char *s)
{
    store_key_bytes(k, s, strlen(s));
}

uint64_t store_u64_decode(const void *p)
{
    const uint8_t *b = p;
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v = (v << 8) | b[i];
    return v;
}

const char *store_strerror(int err)
{
    switch (err) {
    case STORE_OK: return "ok";
    case STORE_NOTFOUND: return "not found";
    case STORE_FULL: return "storage is full and could not grow";
    case STORE_IO: return "the disk refused a read or write";
    case STORE_CORRUPT: return "the data folder does not hold a usable store";
    case STORE_SCHEMA: return "the data folder was written by a newer mppd";
    case STORE_BUSY: return "the store is locked or its reader table is full";
    case STORE_INVAL: return "invalid use of the store (bad key or read-only transaction)";
    default: return "unknown store error";
    }
}
