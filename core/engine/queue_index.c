/*
 * queue_index.c - the small hash maps behind the engine's O(1) look-ups
 * (ticket by id, token and number; counters; services; agencies).
 *
 * Separate chaining, FNV-1a over the key bytes, doubling when the map
 * holds more entries than buckets. Keys are copied into the nodes; values
 * are borrowed.
 *
 * Beside them, the index of the catalog's services by their place in the
 * catalog (queue_index_catalog): each one's queue, and the services of its
 * agency it shares a counter with.
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

/* ---- the catalog's services ---- */

bool queue_share_counter(const catalog_t *cat, const catalog_agency_t *a,
                         const catalog_service_t *x, const catalog_service_t *y)
{
    for (size_t i = 0; i < a->n_counters; i++)
        if (catalog_service_at_counter(cat, x, a->counters[i]) &&
            catalog_service_at_counter(cat, y, a->counters[i]))
            return true;
    return false;
}

void queue_index_free(queue_t *q)
{
    free(q->svc_state);
    free(q->svc_share);
    free(q->svc_share_at);
    q->svc_state = NULL;
    q->svc_share = NULL;
    q->svc_share_at = NULL;
}

void queue_index_catalog(queue_t *q)
{
    queue_index_free(q);
    const catalog_t *cat = q->cat;
    if (!cat || cat->n_services == 0)
        return;
    size_t words = 0; /* each service: a bit for each of its agency's */
    for (size_t i = 0; i < cat->n_services; i++)
        words += (cat->agencies[cat->services[i].agency].n_services + 63) / 64;
    q->svc_state = calloc(cat->n_services, sizeof *q->svc_state);
    q->svc_share = calloc(words, sizeof *q->svc_share);
    q->svc_share_at = calloc(cat->n_services, sizeof *q->svc_share_at);
    if (!q->svc_state || !q->svc_share || !q->svc_share_at) {
        queue_index_free(q);
        return;
    }
    size_t at = 0;
    for (size_t i = 0; i < cat->n_services; i++) {
        const catalog_service_t *svc = &cat->services[i];
        const catalog_agency_t *a = &cat->agencies[svc->agency];
        q->svc_state[i] = queue_map_get(&q->services, svc->id, strlen(svc->id));
        q->svc_share_at[i] = at;
        for (size_t j = 0; j < a->n_services; j++)
            if (queue_share_counter(cat, a, svc, &cat->services[a->first_service + j]))
                q->svc_share[at + j / 64] |= UINT64_C(1) << (j % 64);
        at += (a->n_services + 63) / 64;
    }
}
