/*
 * store.h - durable storage on LMDB: the only module that includes lmdb.h.
 *
 * One environment per process, its named databases opened from one table
 * at start (store_db_t indexes it), keys built by one big-endian encoder so
 * byte order is numeric order, and transactions that carry a sticky error:
 * once a call fails, every later call is a no-op and commit aborts and
 * returns that error. LMDB codes are translated here into store_err_t.
 * The map grows when it fills instead of failing. mppd never uses
 * MDB_WRITEMAP or MDB_NOSYNC: a commit returns after fsync.
 *
 * Threads: any thread may run read transactions; one thread at a time runs
 * a write transaction (the commit group's writer in mppd, or mppctl).
 */
#ifndef MPP_STORE_H
#define MPP_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The data format this build writes; it reads (and migrates forward) every
 * format from 1 up to it, and refuses a newer one (STORE_SCHEMA). */
#define STORE_SCHEMA_VERSION 6

/* The named databases. Values are JSON text unless noted. */
typedef enum store_db {
    STORE_DB_META = 0,      /* "schema" -> u32 BE (the format), "history" ->
                           text lines, "epoch" -> text, other
                           small settings by name */
    STORE_DB_TICKETS,       /* u64 id -> ticket record */
    STORE_DB_OPEN,          /* u64 id -> "" for tickets not yet final */
    STORE_DB_TOKENS,        /* 32-char ticket token -> u64 id (tickets issued before
                           tokens began with their id; no longer written) */
    STORE_DB_EVENTS,        /* u64 seq -> event JSON, as sent on /ws */
    STORE_DB_COUNTERS,      /* u32 counter number -> counter record */
    STORE_DB_USERS,         /* username -> user record */
    STORE_DB_SESSIONS,      /* 32-byte hash of a session token -> record */
    STORE_DB_SURVEYS,       /* u32 ticket day + u64 ticket id -> SKM response */
    STORE_DB_IDEMPOTENCY,   /* a kiosk's Idempotency-Key -> ticket token + u64 ms */
    STORE_DB_BOOKINGS,      /* u64 booking id -> booking record (bytes, booking/record.h) */
    STORE_DB_VISITS,        /* u64 visit id -> visit record (JSON: its steps, no personal data) */
    STORE_DB_OUTBOX,        /* u64 message id -> message record (bytes, notify/record.h);
                               the id, a byte 0 and a ticket's id -> its subscription
                               (hall_notify.c) */
    STORE_DB_SUBSCRIPTIONS, /* u64 ticket id -> a subscription written before format 5 */
    STORE_DB_FOLLOWUPS,     /* scope + u32 from + u32 to -> the SKM follow-up (tindak lanjut) */
    STORE_DB_VIEW,          /* mppagg only: hall id -> the hall's figures (bytes, agg/view.c) */
    STORE_DB__COUNT
} store_db_t;

typedef enum store_err {
    STORE_OK = 0,
    STORE_NOTFOUND = -1, /* a get or seek found nothing */
    STORE_FULL = -2,     /* map or disk full and it could not grow */
    STORE_IO = -3,       /* the disk refused (EIO, ENOSPC, ...) */
    STORE_CORRUPT = -4,  /* the file is not a usable mppd store */
    STORE_SCHEMA = -5,   /* a data format newer than this build's */
    STORE_BUSY = -6,     /* lock or reader table problem */
    STORE_INVAL = -7     /* misuse: bad key, read-only txn, ... */
} store_err_t;

typedef struct store store_t;
typedef struct store_txn store_txn_t;

/* A key of at most STORE_KEY_MAX bytes, built by the store_key_* calls. */
#define STORE_KEY_MAX 128
typedef struct store_key {
    uint8_t b[STORE_KEY_MAX];
    size_t len;
} store_key_t;

/* Bytes held by LMDB; valid until the transaction ends. */
typedef struct store_val {
    const void *data;
    size_t len;
} store_val_t;

/* Key encoder: store_key_init empties the key, the others append. An
 * append past STORE_KEY_MAX marks the key invalid (len = SIZE_MAX) and any
 * call using it fails with STORE_INVAL. */
void store_key_init(store_key_t *k);
void store_key_u32(store_key_t *k, uint32_t v);
void store_key_u64(store_key_t *k, uint64_t v);
void store_key_str(store_key_t *k, const char *s); /* bytes, no NUL */
void store_key_bytes(store_key_t *k, const void *p, size_t n);
/* Decodes a big-endian u64 from the first 8 bytes of `p`. */
uint64_t store_u64_decode(const void *p);

/* Human-readable text for a store_err_t. */
const char *store_strerror(int err);

/* Opens (creating if missing) the store in directory `dir`: creates the
 * databases, checks or writes the format version (migrating an older
 * folder forward, refusing a newer one with STORE_SCHEMA and both versions
 * in err) and an epoch (a random id made on creation), and clears stale
 * reader slots. `map_size` is the
 * map a new folder starts with and the least an existing one is opened
 * with (it keeps a larger map it last ran with); 0 = 64 MiB. The map
 * doubles whenever it fills. On error returns a store_err_t and a message
 * in err. Caller frees with store_close. */
int store_open(store_t **out, const char *dir, size_t map_size, char *err, size_t errlen);
/* Closes the environment and frees s (NULL is ignored). Every transaction
 * and commit group on it must be finished first. */
void store_close(store_t *s);

/* The epoch text (hex), fixed for the life of the data folder; a new one
 * is written by store_backup into the copy. */
const char *store_epoch(const store_t *s);

/* Begins a transaction; the caller ends it with store_txn_commit or
 * store_txn_abort. Read transactions are short; never hold one across a
 * wait, and never start a write (store_write, store_batch_commit) on a
 * thread that holds one: growing the map waits for every reader. */
int store_txn_begin(store_t *s, bool write, store_txn_t **out);
/* Commits (write) or ends (read). Returns the sticky error if one was set
 * (the transaction is then aborted), else the commit's result. Frees txn. */
int store_txn_commit(store_txn_t *t);
/* Ends `t` without writing anything; frees it (NULL is ignored). */
void store_txn_abort(store_txn_t *t);
/* The first error set in this transaction, 0 if none. */
int store_txn_error(const store_txn_t *t);

/* Looks `k` up; *out points into LMDB until the transaction ends.
 * STORE_NOTFOUND is an answer and does not set the sticky error. */
int store_get(store_txn_t *t, store_db_t db, const store_key_t *k, store_val_t *out);
/* Writes (or overwrites) `k`; LMDB copies `v`. Write transactions only. */
int store_put(store_txn_t *t, store_db_t db, const store_key_t *k, const void *v, size_t vlen);
/* Deleting a missing key is not an error. */
int store_del(store_txn_t *t, store_db_t db, const store_key_t *k);

/* Visits entries of `db` in key order from `from` (NULL = first) while
 * their key starts with `prefix` (NULL = all). Reverse: from `from` (NULL =
 * last) downward. `fn` returns 0 to go on, 1 to stop, or a negative error
 * that stops the walk and is returned (fn's own error is not made sticky).
 * A forward scan from before the prefix starts at its first key; a
 * reverse scan from after it starts at its last key. */
typedef int (*store_visit_fn)(void *ctx, const store_val_t *key, const store_val_t *val);
int store_scan(store_txn_t *t, store_db_t db, const store_key_t *from, const store_key_t *prefix,
               bool reverse, store_visit_fn fn, void *ctx);

/* store_scan in a read transaction of its own, begun and ended here: for a
 * caller that reads one range and holds nothing of it afterwards. Returns
 * what store_scan returns, or the error of beginning the transaction. */
int store_walk(store_t *s, store_db_t db, const store_key_t *from, const store_key_t *prefix,
               bool reverse, store_visit_fn fn, void *ctx);

/* Runs fn inside one write transaction and commits it. When the map is
 * full it aborts, doubles the map and runs fn again from the start, so fn
 * must only write through `t`. Returns fn's error or the commit's. */
typedef int (*store_write_fn)(void *ctx, store_txn_t *t);
int store_write(store_t *s, store_write_fn fn, void *ctx);

/* Clears the reader slots of processes that died inside a read
 * transaction (LMDB keeps every page such a reader could see, so the file
 * would grow with each commit), and logs how many. Returns that number, or
 * a negative store_err_t. The store runs it itself: at open, before growing
 * a full map, and after a commit once a minute or per 256 KiB the file
 * grew. */
int store_reader_check(store_t *s);

/* Current map size and bytes in use (for /metrics). */
void store_usage(store_t *s, size_t *map_size, size_t *used);

/* Copies the environment to directory `dest` (created if missing, must be
 * empty) consistently while others read and write, then gives the copy a
 * new epoch so clients that follow events know its history is another. */
int store_backup(store_t *s, const char *dest, char *err, size_t errlen);

/* ---- The commit group: one writer thread, many changes per fsync ---- */

/* A batch of puts and deletes, applied in order in one transaction. The
 * batch owns copies of every key and value. */
typedef struct store_batch store_batch_t;

/* A new empty batch (NULL when out of memory); free with
 * store_batch_free unless it is handed to store_group_submit. */
store_batch_t *store_batch_new(void);
/* Frees b and every copy it holds (NULL is ignored). */
void store_batch_free(store_batch_t *b);
/* Appending fails only on out-of-memory (-1); the batch is then poisoned
 * and its commit fails. */
int store_batch_put(store_batch_t *b, store_db_t db, const store_key_t *k, const void *v,
                    size_t vlen);
int store_batch_del(store_batch_t *b, store_db_t db, const store_key_t *k);
/* Writes the value of a put from `data` into out (cap bytes) when its
 * batch is committed, on the thread that commits it; returns the value's
 * length, or 0 when data cannot be written: that put is then left out and
 * the rest of the batch is written. It must depend on data alone. */
typedef size_t (*store_encode_fn)(const void *data, void *out, size_t cap);
/* A put whose value encode writes at commit from a copy of data (dlen
 * bytes), so the writer thread, not the caller, spends the encoding;
 * cap bounds the value. Fails as store_batch_put does, and with -1 for a
 * NULL encode or a cap of 0. */
int store_batch_put_encoded(store_batch_t *b, store_db_t db, const store_key_t *k, const void *data,
                            size_t dlen, store_encode_fn encode, size_t cap);
/* Appends to b the removal of every record of `db` for which gone(ctx,
 * value) is true (read in a read transaction of its own): records that
 * have outlived their purpose. Returns how many, or a negative
 * store_err_t. */
typedef bool (*store_gone_fn)(void *ctx, const store_val_t *val);
long store_purge(store_t *s, store_batch_t *b, store_db_t db, store_gone_fn gone, void *ctx);
/* True when b holds no op and is not poisoned. */
bool store_batch_empty(const store_batch_t *b);
/* Moves every op of `src` to the end of `dst`; src is left empty. */
void store_batch_append(store_batch_t *dst, store_batch_t *src);

/* Commits `b` synchronously on this thread (mppctl, start-up, tests),
 * through store_write; the caller keeps b. A poisoned batch is not applied
 * (STORE_INVAL). An empty batch commits nothing and returns 0. */
int store_batch_commit(store_t *s, store_batch_t *b);

/* The writer thread. Submit hands a batch over (the group takes
 * ownership); the writer commits it and pushes it to the done list, then
 * calls wake(wake_ctx) from the writer thread (mppd: lws_cancel_service).
 * The owner collects finished batches with store_group_done on its own
 * thread. */
typedef struct store_group store_group_t;
typedef void (*store_wake_fn)(void *ctx);

/* Starts the writer thread on `s` (which must outlive the group); wake may
 * be NULL. Caller ends it with store_group_stop. */
int store_group_start(store_group_t **out, store_t *s, store_wake_fn wake, void *wake_ctx);
/* Waits for pending batches to be committed, then stops the thread and
 * frees g. Finished batches not yet collected are freed with it. */
void store_group_stop(store_group_t *g);
/* Queues b (not NULL; the group owns it from now) to be committed after
 * every batch submitted before it. Never blocks on the disk. */
void store_group_submit(store_group_t *g, store_batch_t *b, void *user);
/* True while a submitted batch is not yet collected. */
bool store_group_busy(store_group_t *g);
/* Pops one finished batch: returns its user pointer and commit result in
 * *rc, and frees the batch or keeps it, emptied, for store_group_batch;
 * returns false when none is done. Only the owner's thread calls it. */
bool store_group_done(store_group_t *g, void **user, int *rc);
/* An empty batch for the owner to fill and submit: the last one
 * collected, with the room it had, or a new one (NULL when out of memory).
 * Only the owner's thread calls it, as store_group_done. */
store_batch_t *store_group_batch(store_group_t *g);

#endif
