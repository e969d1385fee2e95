/*
 * group.c - batches of changes and the commit group's writer thread.
 *
 * A batch is an ordered list of puts and deletes that owns copies of its
 * keys and values, the values one after another in one block of its own
 * (a round of a busy hall puts hundreds: an allocation each cost a malloc
 * and a free apiece). store_batch_commit applies it in one store_write (so
 * a full map grows and the batch is replayed). The commit group runs one
 * writer thread: batches are committed in submission order, one
 * transaction each, and each result goes to a done list that the owner
 * drains on its own thread after the writer has called wake(wake_ctx).
 * One mutex guards both lists; the writer sleeps on a condition variable
 * while there is nothing to commit. A collected batch is emptied and kept
 * for the owner's next one (store_group_batch), so a busy hall's rounds
 * reuse their room instead of growing a new batch each.
 */
#include "store/store.h"

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct store_op {
    store_db_t db;
    bool del;
    store_key_t key;        /* a copy; may be invalid, then the commit fails */
    size_t off;             /* where the value is in the batch's bytes */
    size_t vlen;            /* 0 for deletes and empty values */
    store_encode_fn encode; /* non-NULL: the value is its data, encoded at commit */
    size_t cap;             /* then the longest value */
} store_op_t;

struct store_batch {
    store_op_t *ops; /* owned array */
    size_t n, cap;
    unsigned char *bytes; /* the values; owned */
    size_t used, room;
    bool poisoned; /* an append failed for lack of memory */
    /* While owned by a commit group: its place in a list, the
     * submitter's pointer (never touched here) and the commit result. */
    struct store_batch *next;
    void *user;
    int rc;
};

store_batch_t *store_batch_new(void)
{
    return calloc(1, sizeof(store_batch_t));
}

static void store_batch_clear(store_batch_t *b)
{
    free(b->ops);
    free(b->bytes);
    b->ops = NULL;
    b->bytes = NULL;
    b->n = b->cap = b->used = b->room = 0;
}

/* Empties b for another round: no ops, no values, the room of both kept. */
static void store_batch_reset(store_batch_t *b)
{
    b->n = b->used = 0;
    b->poisoned = false;
    b->next = NULL;
    b->user = NULL;
    b->rc = 0;
}

void store_batch_free(store_batch_t *b)
{
    if (!b)
        return;
    store_batch_clear(b);
    free(b);
}

static bool store_batch_reserve(store_batch_t *b, size_t need)
{
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 8;
    while (cap < need)
        cap *= 2;
    store_op_t *ops = realloc(b->ops, cap * sizeof *ops);
    if (!ops)
        return false;
    b->ops = ops;
    b->cap = cap;
    return true;
}

/* Where the next value goes in the bytes: aligned for any type, as an
 * encoded op's data is a struct. */
static size_t store_batch_next_off(const store_batch_t *b)
{
    size_t align = _Alignof(max_align_t);
    return (b->used + align - 1) / align * align;
}

/* Room for `need` more bytes of values after the next aligned place. */
static bool store_batch_reserve_bytes(store_batch_t *b, size_t need)
{
    size_t off = store_batch_next_off(b);
    if (need > SIZE_MAX / 2 - off)
        return false;
    if (off + need <= b->room)
        return true;
    size_t room = b->room ? b->room : 4096;
    while (room < off + need)
        room *= 2;
    unsigned char *bytes = realloc(b->bytes, room);
    if (!bytes)
        return false;
    b->bytes = bytes;
    b->room = room;
    return true;
}

static int store_batch_add(store_batch_t *b, store_db_t db, bool del, const store_key_t *k,
                           const void *v, size_t vlen)
{
    if (b->poisoned)
        return -1;
    if (del)
        vlen = 0;
    if (!store_batch_reserve(b, b->n + 1) || !store_batch_reserve_bytes(b, vlen)) {
        b->poisoned = true;
        return -1;
    }
    size_t off = store_batch_next_off(b);
    if (vlen > 0) {
        memcpy(b->bytes + off, v, vlen);
        b->used = off + vlen;
    }
    store_op_t *op = &b->ops[b->n++];
    op->db = db;
    op->del = del;
    op->key = *k;
    op->off = off;
    op->vlen = vlen;
    op->encode = NULL;
    op->cap = 0;
    return 0;
}

int store_batch_put(store_batch_t *b, store_db_t db, const store_key_t *k, const void *v,
                    size_t vlen)
{
    return store_batch_add(b, db, false, k, v, vlen);
}

int store_batch_del(store_batch_t *b, store_db_t db, const store_key_t *k)
{
    return store_batch_add(b, db, true, k, NULL, 0);
}

int store_batch_put_encoded(store_batch_t *b, store_db_t db, const store_key_t *k, const void *data,
                            size_t dlen, store_encode_fn encode, size_t cap)
{
    if (!encode || cap == 0 || store_batch_add(b, db, false, k, data, dlen) != 0)
        return -1;
    b->ops[b->n - 1].encode = encode;
    b->ops[b->n - 1].cap = cap;
    return 0;
}

bool store_batch_empty(const store_batch_t *b)
{
    return b->n == 0 && !b->poisoned;
}

void store_batch_append(store_batch_t *dst, store_batch_t *src)
{
    if (src->poisoned)
        dst->poisoned = true;
    src->poisoned = false;
    if (src->n == 0)
        return;
    if (dst->n == 0) {
        store_batch_clear(dst);
        dst->ops = src->ops;
        dst->n = src->n;
        dst->cap = src->cap;
        dst->bytes = src->bytes;
        dst->used = src->used;
        dst->room = src->room;
    } else if (store_batch_reserve(dst, dst->n + src->n) &&
               store_batch_reserve_bytes(dst, src->used)) {
        /* src's values, aligned from its start, stay aligned at base */
        size_t base = store_batch_next_off(dst);
        if (src->used > 0)
            memcpy(dst->bytes + base, src->bytes, src->used);
        dst->used = base + src->used;
        for (size_t i = 0; i < src->n; i++) {
            dst->ops[dst->n + i] = src->ops[i];
            dst->ops[dst->n + i].off += base;
        }
        dst->n += src->n;
        free(src->ops);
        free(src->bytes);
    } else {
        dst->poisoned = true;
        store_batch_clear(src);
    }
    src->ops = NULL;
    src->bytes = NULL;
    src->n = src->cap = src->used = src->room = 0;
}

/* The value of op: NULL when empty. */
static const void *store_op_val(const store_batch_t *b, const store_op_t *op)
{
    return op->vlen ? b->bytes + op->off : NULL;
}

/* The put of an op whose value is written now (store_batch_put_encoded):
 * on the stack when it fits, left out when encode refuses its data. */
static int store_put_encoded(store_txn_t *t, const store_batch_t *b, const store_op_t *op)
{
    unsigned char stack[2048];
    void *buf = op->cap <= sizeof stack ? stack : malloc(op->cap);
    if (!buf)
        return STORE_IO; /* as LMDB's ENOMEM is */
    size_t len = op->encode(store_op_val(b, op), buf, op->cap);
    int rc = len > 0 && len <= op->cap ? store_put(t, op->db, &op->key, buf, len) : STORE_OK;
    if (buf != stack)
        free(buf);
    return rc;
}

static int store_batch_apply(void *ctx, store_txn_t *t)
{
    const store_batch_t *b = ctx;
    int rc = STORE_OK;
    for (size_t i = 0; i < b->n && rc == 0; i++) {
        const store_op_t *op = &b->ops[i];
        rc = op->del      ? store_del(t, op->db, &op->key)
             : op->encode ? store_put_encoded(t, b, op)
                          : store_put(t, op->db, &op->key, store_op_val(b, op), op->vlen);
    }
    return rc;
}

int store_batch_commit(store_t *s, store_batch_t *b)
{
    /* A batch that lost an op to a failed allocation must not be applied
     * in part. */
    if (b->poisoned)
        return STORE_INVAL;
    if (b->n == 0)
        return STORE_OK;
    return store_write(s, store_batch_apply, b);
}

/* ---- the commit group ---- */

/* The most room a collected batch may keep for reuse, for its values and
 * for its ops each. */
#define SPARE_ROOM_MAX (1u << 20)

/* A FIFO of batches linked through store_batch.next. */
typedef struct store_fifo {
    store_batch_t *head, *tail;
} store_fifo_t;

struct store_group {
    store_t *s; /* borrowed; outlives the group */
    store_wake_fn wake;
    void *wake_ctx;
    pthread_t thread;
    pthread_mutex_t mu;   /* guards everything below */
    pthread_cond_t work;  /* signalled on submit and on stop */
    store_fifo_t pending; /* submitted, not yet committed; owned */
    store_fifo_t done;    /* committed, not yet collected; owned */
    size_t outstanding;   /* submitted, not yet collected */
    store_batch_t *spare; /* the last collected batch, emptied, its room
                             kept for the next (store_group_batch) */
    bool stopping;
};

static void store_fifo_push(store_fifo_t *q, store_batch_t *b)
{
    b->next = NULL;
    if (q->tail)
        q->tail->next = b;
    else
        q->head = b;
    q->tail = b;
}

static store_batch_t *store_fifo_pop(store_fifo_t *q)
{
    store_batch_t *b = q->head;
    if (b) {
        q->head = b->next;
        if (!q->head)
            q->tail = NULL;
        b->next = NULL;
    }
    return b;
}

static void *store_group_main(void *arg)
{
    store_group_t *g = arg;
    pthread_mutex_lock(&g->mu);
    for (;;) {
        while (!g->pending.head && !g->stopping)
            pthread_cond_wait(&g->work, &g->mu);
        store_batch_t *b = store_fifo_pop(&g->pending);
        if (!b)
            break; /* stopping and drained */
        pthread_mutex_unlock(&g->mu);

        b->rc = store_batch_commit(g->s, b);

        pthread_mutex_lock(&g->mu);
        store_fifo_push(&g->done, b);
        pthread_mutex_unlock(&g->mu);
        if (g->wake)
            g->wake(g->wake_ctx);
        pthread_mutex_lock(&g->mu);
    }
    pthread_mutex_unlock(&g->mu);
    return NULL;
}

int store_group_start(store_group_t **out, store_t *s, store_wake_fn wake, void *wake_ctx)
{
    *out = NULL;
    if (!s)
        return STORE_INVAL;
    store_group_t *g = calloc(1, sizeof *g);
    if (!g)
        return STORE_IO;
    g->s = s;
    g->wake = wake;
    g->wake_ctx = wake_ctx;
    pthread_mutex_init(&g->mu, NULL);
    pthread_cond_init(&g->work, NULL);
    if (pthread_create(&g->thread, NULL, store_group_main, g) != 0) {
        pthread_cond_destroy(&g->work);
        pthread_mutex_destroy(&g->mu);
        free(g);
        return STORE_IO;
    }
    *out = g;
    return STORE_OK;
}

/* Drains, joins and frees the group. Batches committed but never
 * collected are freed with it; their user pointers stay the submitter's. */
void store_group_stop(store_group_t *g)
{
    if (!g)
        return;
    pthread_mutex_lock(&g->mu);
    g->stopping = true;
    pthread_cond_signal(&g->work);
    pthread_mutex_unlock(&g->mu);
    pthread_join(g->thread, NULL);

    store_batch_t *b;
    while ((b = store_fifo_pop(&g->done)) != NULL)
        store_batch_free(b);
    store_batch_free(g->spare);
    pthread_cond_destroy(&g->work);
    pthread_mutex_destroy(&g->mu);
    free(g);
}

/* The batch itself carries its place in the lists, so submitting never
 * allocates and cannot fail. `b` must not be NULL. */
void store_group_submit(store_group_t *g, store_batch_t *b, void *user)
{
    b->user = user;
    b->rc = STORE_OK;
    pthread_mutex_lock(&g->mu);
    g->outstanding++;
    store_fifo_push(&g->pending, b);
    pthread_cond_signal(&g->work);
    pthread_mutex_unlock(&g->mu);
}

bool store_group_busy(store_group_t *g)
{
    pthread_mutex_lock(&g->mu);
    bool busy = g->outstanding > 0;
    pthread_mutex_unlock(&g->mu);
    return busy;
}

bool store_group_done(store_group_t *g, void **user, int *rc)
{
    pthread_mutex_lock(&g->mu);
    store_batch_t *b = store_fifo_pop(&g->done);
    if (b)
        g->outstanding--;
    pthread_mutex_unlock(&g->mu);
    if (!b)
        return false;
    if (user)
        *user = b->user;
    if (rc)
        *rc = b->rc;
    /* kept for the next round unless one is kept already or it grew
     * beyond what a round usually needs (a purge, a restore) */
    if (!g->spare && b->room <= SPARE_ROOM_MAX && b->cap * sizeof *b->ops <= SPARE_ROOM_MAX) {
        store_batch_reset(b);
        g->spare = b;
    } else {
        store_batch_free(b);
    }
    return true;
}

store_batch_t *store_group_batch(store_group_t *g)
{
    store_batch_t *b = g->spare;
    g->spare = NULL;
    return b ? b : store_batch_new();
}
