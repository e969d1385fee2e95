/*
 * queue_index.c - the small hash maps behind the engine's O(1) look-ups
 * (ticket by id, token and number; counters; services; agencies).
 *
 * Separate chaining, FNV-1a over the key bytes, doubling when the map
 * holds more entries than buckets. Keys are copied into the nodes; values
 * are borrowed.
 */
#include "engine/queue_internal.h"

#include <stdlib.h>
#include <string.h>

struct queue_map_node {
    queue_map_node_t *next;
    uint64_t hash;
    void *val;
    size_t len;
    unsigned char key[];
};

static uint64_t hash_bytes(const void *key, size_t len)
{
    const unsigned char *p = key;
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

void queue_map_clear(queue_map_t *m)
{
    for (size_t i = 0; i < m->n_buckets; i++) {
        queue_map_node_t *n = m->buckets[i];
        while (n) {
            queue_map_node_t *next = n->next;
            free(n);
            n = next;
        }
    }
    free(m->buckets);
    m->buckets = NULL;
    m->n_buckets = 0;
    m->count = 0;
}

static queue_map_node_t **find_slot(const queue_map_t *m, uint64_t h, const void *key, size_t len)
{
    queue_map_node_t **p = &m->buckets[h & (m->n_buckets - 1)];
    for (; *p; p = &(*p)->next)
        if ((*p)->hash == h && (*p)->len == len && memcmp((*p)->key, key, len) == 0)
            return p;
    return p;
}

void *queue_map_get(const queue_map_t *m, const void *key, size_t len)
{
    if (m->n_buckets == 0)
        return NULL;
    queue_map_node_t **p = find_slot(m, hash_bytes(key, len), key, len);
    return *p ? (*p)->val : NULL;
}

static int grow(queue_map_t *m)
{
    size_t nb = m->n_buckets ? m->n_buckets * 2 : 16;
    queue_map_node_t **b = calloc(nb, sizeof *b);
    if (!b)
        return QUEUE_ENOMEM;
    for (size_t i = 0; i < m->n_buckets; i++) {
        queue_map_node_t *n = m->buckets[i];
        while (n) {
            queue_map_node_t *next = n->next;
            n->next = b[n->hash & (nb - 1)];
            b[n->hash & (nb - 1)] = n;
            n = next;
        }
    }
    free(m->buckets);
    m->buckets = b;
    m->n_buckets = nb;
    return QUEUE_OK;
}

int queue_map_put(queue_map_t *m, const void *key, size_t len, void *val)
{
    if (m->count >= m->n_buckets && grow(m) != QUEUE_OK && m->n_buckets == 0)
        return QUEUE_ENOMEM; /* a failed grow of a non-empty map still works */
    uint64_t h = hash_bytes(key, len);
    queue_map_node_t **p = find_slot(m, h, key, len);
    if (*p) {
        (*p)->val = val;
        return QUEUE_OK;
    }
    queue_map_node_t *n = malloc(sizeof *n + len);
    if (!n)
        return QUEUE_ENOMEM;
    n->next = NULL;
    n->hash = h;
    n->val = val;
    n->len = len;
    memcpy(n->key, key, len);
    *p = n;
    m->count++;
    return QUEUE_OK;
}

void queue_map_del(queue_map_t *m, const void *key, size_t len, const void *val)
{
    if (m->n_buckets == 0)
        return;
    queue_map_node_t **p = find_slot(m, hash_bytes(key, len), key, len);
    queue_map_node_t *n = *p;
    if (!n || (val && n->val != val))
        return;
    *p = n->next;
    free(n);
    m->count--;
}

void queue_map_each(const queue_map_t *m, void (*fn)(void *ctx, void *val), void *ctx)
{
    for (size_t i = 0; i < m->n_buckets; i++)
        for (queue_map_node_t *n = m->buckets[i]; n; n = n->next)
            fn(ctx, n->val);
}
