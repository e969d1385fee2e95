/*
 * store.c - the LMDB environment of mppd: opening, transactions with a
 * sticky error, get/put/del/scan, map growth, usage and backup (the
 * folder's format and its migrations: store_format.c).
 *
 * One environment per data folder; its named databases are opened once
 * from store_db_names in the start-up transaction and kept in an array
 * indexed by store_db_t. LMDB result codes are translated to store_err_t
 * in store_err_from_mdb and nowhere else.
 *
 * Durability: the environment is opened without MDB_WRITEMAP, MDB_NOSYNC,
 * MDB_NOMETASYNC or MDB_MAPASYNC, so a commit returns only after fsync.
 * MDB_NOTLS lets a read transaction live on any thread and lets the
 * event-loop thread read while the writer thread writes.
 *
 * Stale readers: a process that dies inside a read transaction (an mppctl
 * backup killed mid-copy) leaves its slot in the reader table, and LMDB
 * keeps every page that reader could see, so the file grows with each
 * commit while the slot stays. store_reader_check clears such slots; it
 * runs at open, before the map is grown, and after a commit once a minute
 * or once the file has grown by STORE_READER_CHECK_GROWTH since the last
 * check.
 *
 * Map growth: mdb_env_set_mapsize may only run while this process has no
 * transaction open, because it unmaps and remaps the file. Every
 * transaction (and every call that reads the map outside one: usage,
 * backup) therefore holds `resize` shared for its whole life; growing the
 * map (after MDB_MAP_FULL) or adopting another process's larger map
 * (after MDB_MAP_RESIZED) takes it exclusively. Write transactions of this
 * process are serialised by `write_mu`, taken before `resize`, so a thread
 * waiting to write never holds `resize` while the writer needs it
 * exclusively. A thread must not start a write (store_write,
 * store_batch_commit) while it holds a read transaction: a needed growth
 * would wait for that reader forever.
 */
#include "store/store.h"
#include "store/store_int.h"

#include "log.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <lmdb.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define STORE_DEFAULT_MAP ((size_t)64 << 20)
#define STORE_READER_CHECK_MS 60000                   /* at least this often... */
#define STORE_READER_CHECK_GROWTH ((size_t)256 << 10) /* ...or per 256 KiB the file grows */
#define STORE_MAX_DBS 32                              /* room for databases later schemas add */
#define STORE_MAX_READERS 256                         /* reader slots shared by mppd and mppctl */
#define STORE_EPOCH_BYTES 16
#define STORE_RESIZED_TRIES 8

/* Names of the named databases, indexed by store_db_t. */
static const char *const store_db_names[] = {
    [STORE_DB_META] = "meta",           [STORE_DB_TICKETS] = "tickets",
    [STORE_DB_OPEN] = "open",           [STORE_DB_TOKENS] = "tokens",
    [STORE_DB_EVENTS] = "events",       [STORE_DB_COUNTERS] = "counters",
    [STORE_DB_USERS] = "users",         [STORE_DB_SESSIONS] = "sessions",
    [STORE_DB_SURVEYS] = "surveys",     [STORE_DB_IDEMPOTENCY] = "idempotency",
    [STORE_DB_BOOKINGS] = "bookings",   [STORE_DB_VISITS] = "visits",
    [STORE_DB_OUTBOX] = "outbox",       [STORE_DB_SUBSCRIPTIONS] = "subscriptions",
    [STORE_DB_FOLLOWUPS] = "followups", [STORE_DB_VIEW] = "view",
};
_Static_assert(sizeof store_db_names / sizeof store_db_names[0] == STORE_DB__COUNT,
               "every store_db_t needs a name");

/* The databases keyed by a number that only grows (a big-endian u64 id or
 * seq): a new key is put with MDB_APPEND, which fills the last page before
 * taking a new one, where an ordinary put splits it in half. Their pages
 * stay full, so a commit writes about half as many of them. A key that is
 * not past the last (a record rewritten) is put the ordinary way. */
static const bool store_db_grows[STORE_DB__COUNT] = {
    [STORE_DB_TICKETS] = true,       [STORE_DB_OPEN] = true,   [STORE_DB_EVENTS] = true,
    [STORE_DB_BOOKINGS] = true,      [STORE_DB_VISITS] = true, [STORE_DB_OUTBOX] = true,
    [STORE_DB_SUBSCRIPTIONS] = true,
};

struct store {
    MDB_env *env;                 /* owned; mdb_env_close */
    MDB_dbi dbi[STORE_DB__COUNT]; /* opened at start, valid for the env's life */
    pthread_rwlock_t resize;      /* shared: a txn or map read; exclusive: remap */
    pthread_mutex_t write_mu;     /* one write transaction at a time here */
    int broken;                   /* set (under resize exclusive) when a remap failed */
    char epoch[2 * STORE_EPOCH_BYTES + 1];
    /* The last stale-reader check after a commit (under write_mu): when,
     * on the monotonic clock, and the bytes in use then. */
    int64_t reader_check_ms;
    size_t reader_check_used;
};

/* The longest last key a write transaction remembers (store_put): a u64,
 * a byte and a u64 (a subscription's in the outbox) fit. */
#define LAST_KEY_MAX 24

/* The last key of a growing database as a write transaction knows it: a
 * key past it is appended; one not past it goes in its place at once,
 * without the append that would fail first (a descent of the tree each). */
typedef struct last_key {
    int len; /* 0: not read yet; -1: longer than LAST_KEY_MAX, never read */
    uint8_t b[LAST_KEY_MAX];
} last_key_t;

struct store_txn {
    store_t *s;   /* borrowed */
    MDB_txn *txn; /* owned until commit/abort */
    bool write;
    bool owns_write_mu; /* this txn took write_mu and releases it */
    int err;            /* sticky store_err_t, 0 while none */
    int mdb_err;        /* the LMDB code behind err, if any */
    last_key_t last[STORE_DB__COUNT];
};

/* The one place LMDB and errno codes become store_err_t. */
int store_err_from_mdb(int rc)
{
    switch (rc) {
    case MDB_SUCCESS: return STORE_OK;
    case MDB_NOTFOUND: return STORE_NOTFOUND;
    case MDB_MAP_FULL:
    case MDB_TXN_FULL:
    case MDB_PAGE_FULL:
    case ENOSPC:
    case EDQUOT:
    case EFBIG: return STORE_FULL;
    case MDB_INVALID:
    case MDB_CORRUPTED:
    case MDB_VERSION_MISMATCH:
    case MDB_PAGE_NOTFOUND: return STORE_CORRUPT;
    case MDB_READERS_FULL:
    case MDB_BAD_RSLOT:
    case MDB_TLS_FULL:
    case MDB_MAP_RESIZED:
    case EAGAIN:
    case EBUSY:
    case EDEADLK: return STORE_BUSY;
    case MDB_KEYEXIST:
    case MDB_DBS_FULL:
    case MDB_CURSOR_FULL:
    case MDB_INCOMPATIBLE:
    case MDB_BAD_TXN:
    case MDB_BAD_VALSIZE:
    case MDB_BAD_DBI:
    case EINVAL: return STORE_INVAL;
    default: /* MDB_PANIC, EIO, EACCES, EROFS, ENOMEM, ... */ return STORE_IO;
    }
}

void store_set_err(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || errlen == 0)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

/* ---- epoch ---- */

/* Fills `out` (33 bytes) with 16 random bytes as lowercase hex. */
static int store_epoch_make(char *out)
{
    uint8_t raw[STORE_EPOCH_BYTES];
    size_t got = 0;
    while (got < sizeof raw) {
        ssize_t n = getrandom(raw + got, sizeof raw - got, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return STORE_IO;
        }
        got += (size_t)n;
    }
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < sizeof raw; i++) {
        out[2 * i] = hex[raw[i] >> 4];
        out[2 * i + 1] = hex[raw[i] & 15];
    }
    out[2 * sizeof raw] = '\0';
    return STORE_OK;
}

static bool store_epoch_valid(const MDB_val *v)
{
    if (v->mv_size != 2 * STORE_EPOCH_BYTES)
        return false;
    const char *p = v->mv_data;
    for (size_t i = 0; i < v->mv_size; i++)
        if (!((p[i] >= '0' && p[i] <= '9') || (p[i] >= 'a' && p[i] <= 'f')))
            return false;
    return true;
}

/* ---- stale readers ---- */

/* Milliseconds on the monotonic clock. */
static int64_t store_mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int store_reader_check(store_t *s)
{
    int dead = 0;
    int mrc = mdb_reader_check(s->env, &dead);
    if (mrc) {
        log_warn("store", "checking the reader table failed: %s", mdb_strerror(mrc));
        return store_err_from_mdb(mrc);
    }
    if (dead > 0)
        log_warn("store",
                 "cleared %d stale reader%s: a process died in a read transaction "
                 "(an mppctl backup killed?); the pages it held are free again",
                 dead, dead == 1 ? "" : "s");
    return dead;
}

/* After a commit (write_mu held): checks the reader table when a minute
 * has passed or the file grew by STORE_READER_CHECK_GROWTH since the last
 * check. */
static void store_reader_check_due(store_t *s)
{
    size_t used;
    store_usage(s, NULL, &used);
    int64_t now = store_mono_ms();
    if (now - s->reader_check_ms < STORE_READER_CHECK_MS &&
        used < s->reader_check_used + STORE_READER_CHECK_GROWTH)
        return;
    s->reader_check_ms = now;
    s->reader_check_used = used;
    store_reader_check(s);
}

/* ---- open / close ---- */

/* Opens every database, checks, migrates or writes the format and the
 * epoch, in one write transaction. A refused store is left exactly as it
 * was found. */
static int store_open_dbs(store_t *s, const char *dir, char *err, size_t errlen)
{
    MDB_txn *txn;
    int rc = mdb_txn_begin(s->env, NULL, 0, &txn);
    if (rc) {
        store_set_err(err, errlen, "store: cannot start a transaction in %s: %s", dir,
                      mdb_strerror(rc));
        return store_err_from_mdb(rc);
    }
    for (int i = 0; i < STORE_DB__COUNT; i++) {
        rc = mdb_dbi_open(txn, store_db_names[i], MDB_CREATE, &s->dbi[i]);
        if (rc) {
            store_set_err(err, errlen, "store: cannot open a database in %s: %s", dir,
                          mdb_strerror(rc));
            mdb_txn_abort(txn);
            return store_err_from_mdb(rc);
        }
    }

    MDB_dbi meta = s->dbi[STORE_DB_META];
    MDB_val key, val;
    uint32_t from = 0;
    rc = store_format_check(txn, s->dbi, dir, &from, err, errlen);
    if (rc) {
        mdb_txn_abort(txn);
        return rc;
    }
    key.mv_size = 5;
    key.mv_data = "epoch";
    rc = mdb_get(txn, meta, &key, &val);
    if (rc == 0) {
        if (!store_epoch_valid(&val)) {
            store_set_err(err, errlen, "store: %s: %s", dir,
                          "the epoch record is not 32 hex digits");
            mdb_txn_abort(txn);
            return STORE_CORRUPT;
        }
        memcpy(s->epoch, val.mv_data, val.mv_size);
        s->epoch[val.mv_size] = '\0';
    } else if (rc == MDB_NOTFOUND) {
        if (store_epoch_make(s->epoch) != 0) {
            store_set_err(err, errlen, "store: %s: cannot read random bytes: %s", dir,
                          strerror(errno));
            mdb_txn_abort(txn);
            return STORE_IO;
        }
        val.mv_size = 2 * STORE_EPOCH_BYTES;
        val.mv_data = s->epoch;
        rc = mdb_put(txn, meta, &key, &val, 0);
    }
    if (rc) {
        store_set_err(err, errlen, "store: cannot set up %s: %s", dir, mdb_strerror(rc));
        mdb_txn_abort(txn);
        return store_err_from_mdb(rc);
    }
    rc = mdb_txn_commit(txn);
    if (rc) {
        store_set_err(err, errlen, "store: cannot commit the set-up of %s: %s", dir,
                      mdb_strerror(rc));
        return store_err_from_mdb(rc);
    }
    if (from && from < STORE_SCHEMA_VERSION)
        log_info("store", "%s: data migrated from format %u to %u", dir, (unsigned)from,
                 (unsigned)STORE_SCHEMA_VERSION);
    return STORE_OK;
}

int store_open(store_t **out, const char *dir, size_t map_size, char *err, size_t errlen)
{
    *out = NULL;
    if (err && errlen > 0)
        err[0] = '\0';
    if (mkdir(dir, 0750) != 0 && errno != EEXIST) {
        store_set_err(err, errlen, "store: cannot create the data folder %s: %s", dir,
                      strerror(errno));
        return STORE_IO;
    }
    store_t *s = calloc(1, sizeof *s);
    if (!s) {
        store_set_err(err, errlen, "store: %s: %s", dir, "out of memory");
        return STORE_IO;
    }
    pthread_rwlock_init(&s->resize, NULL);
    pthread_mutex_init(&s->write_mu, NULL);

    /* The map starts at `least` for a new data folder; an existing one
     * keeps the larger map it last ran with (LMDB reads it from the file)
     * and is raised to `least` when smaller. */
    size_t least = map_size ? map_size : STORE_DEFAULT_MAP;
    char path[4096];
    struct stat st;
    bool fresh = snprintf(path, sizeof path, "%s/data.mdb", dir) < (int)sizeof path &&
                 stat(path, &st) != 0 && errno == ENOENT;
    int rc = mdb_env_create(&s->env);
    if (rc == 0)
        rc = mdb_env_set_maxdbs(s->env, STORE_MAX_DBS);
    if (rc == 0)
        rc = mdb_env_set_maxreaders(s->env, STORE_MAX_READERS);
    if (rc == 0 && fresh)
        rc = mdb_env_set_mapsize(s->env, least);
    if (rc == 0)
        rc = mdb_env_open(s->env, dir, MDB_NOTLS, 0640);
    if (rc == 0) {
        MDB_envinfo info;
        rc = mdb_env_info(s->env, &info);
        if (rc == 0 && info.me_mapsize < least)
            rc = mdb_env_set_mapsize(s->env, least);
    }
    if (rc) {
        store_set_err(err, errlen, "store: cannot open the store in %s: %s", dir, mdb_strerror(rc));
        store_close(s);
        return store_err_from_mdb(rc);
    }
    /* Slots left by readers that died while another process kept the
     * store open (LMDB resets the table itself only when it opens alone). */
    store_reader_check(s);
    rc = store_open_dbs(s, dir, err, errlen);
    if (rc) {
        store_close(s);
        return rc;
    }
    s->reader_check_ms = store_mono_ms();
    store_usage(s, NULL, &s->reader_check_used);
    *out = s;
    return STORE_OK;
}

void store_close(store_t *s)
{
    if (!s)
        return;
    if (s->env)
        mdb_env_close(s->env);
    pthread_rwlock_destroy(&s->resize);
    pthread_mutex_destroy(&s->write_mu);
    free(s);
}

const char *store_epoch(const store_t *s)
{
    return s->epoch;
}

/* ---- remapping ---- */

/* Sets the map to `size` bytes (0: the size another process recorded).
 * Runs with no transaction of this process open. A failed remap leaves
 * LMDB without a map, so the store is marked broken. */
static int store_remap(store_t *s, size_t size)
{
    pthread_rwlock_wrlock(&s->resize);
    int rc = s->broken;
    if (rc == 0 && size > 0) {
        /* Try the mapping first: if the address space refuses it, LMDB
         * must not be left unmapped. */
        int fd;
        if (mdb_env_get_fd(s->env, &fd) != 0) {
            rc = STORE_IO;
        } else {
            void *p = mmap(NULL, size, PROT_READ, MAP_SHARED, fd, 0);
            if (p == MAP_FAILED)
                rc = STORE_FULL;
            else
                munmap(p, size);
        }
    }
    if (rc == 0) {
        int mrc = mdb_env_set_mapsize(s->env, size);
        if (mrc) {
            log_error("store", "remapping the store failed: %s", mdb_strerror(mrc));
            s->broken = rc = STORE_IO;
        }
    }
    pthread_rwlock_unlock(&s->resize);
    return rc;
}

/* Doubles the map after MDB_MAP_FULL. */
static int store_grow(store_t *s)
{
    MDB_envinfo info;
    pthread_rwlock_rdlock(&s->resize);
    mdb_env_info(s->env, &info);
    pthread_rwlock_unlock(&s->resize);
    if (info.me_mapsize > SIZE_MAX / 2)
        return STORE_FULL;
    size_t next = info.me_mapsize * 2;
    int rc = store_remap(s, next);
    if (rc == 0)
        log_info("store", "map grown to %zu KiB", next >> 10);
    else
        log_error("store", "the map cannot grow to %zu KiB: %s", next >> 10, store_strerror(rc));
    return rc;
}

/* ---- transactions ---- */

static int store_txn_open(store_t *s, bool write, bool lock_writer, store_txn_t **out)
{
    *out = NULL;
    store_txn_t *t = calloc(1, sizeof *t);
    if (!t)
        return STORE_IO;
    t->s = s;
    t->write = write;
    if (write && lock_writer) {
        pthread_mutex_lock(&s->write_mu);
        t->owns_write_mu = true;
    }
    for (int tries = 0;; tries++) {
        pthread_rwlock_rdlock(&s->resize);
        int rc = s->broken;
        if (rc == 0) {
            int mrc = mdb_txn_begin(s->env, NULL, write ? 0 : MDB_RDONLY, &t->txn);
            if (mrc == 0)
                break;
            rc = store_err_from_mdb(mrc);
            pthread_rwlock_unlock(&s->resize);
            if (mrc == MDB_MAP_RESIZED && tries < STORE_RESIZED_TRIES) {
                /* Another process grew the map past ours: adopt its size. */
                if (store_remap(s, 0) == 0)
                    continue;
            }
        } else {
            pthread_rwlock_unlock(&s->resize);
        }
        if (t->owns_write_mu)
            pthread_mutex_unlock(&s->write_mu);
        free(t);
        return rc;
    }
    *out = t;
    return STORE_OK;
}

/* Ends `t`: commits when asked and no error is set, else aborts. Stores
 * the LMDB code behind the result in *mdb_rc. Frees t. */
static int store_txn_end(store_txn_t *t, bool commit, int *mdb_rc)
{
    store_t *s = t->s;
    int rc = t->err, mrc = t->mdb_err;
    if (rc == 0 && commit && t->write) {
        mrc = mdb_txn_commit(t->txn);
        rc = store_err_from_mdb(mrc);
    } else {
        mdb_txn_abort(t->txn);
    }
    pthread_rwlock_unlock(&s->resize);
    if (t->owns_write_mu)
        pthread_mutex_unlock(&s->write_mu);
    free(t);
    if (mdb_rc)
        *mdb_rc = mrc;
    return rc;
}

int store_txn_begin(store_t *s, bool write, store_txn_t **out)
{
    return store_txn_open(s, write, true, out);
}

int store_txn_commit(store_txn_t *t)
{
    return store_txn_end(t, true, NULL);
}

void store_txn_abort(store_txn_t *t)
{
    if (t)
        store_txn_end(t, false, NULL);
}

int store_txn_error(const store_txn_t *t)
{
    return t->err;
}

/* Records the first error of `t` and returns the sticky one. */
static int store_txn_fail(store_txn_t *t, int mdb_rc, int err)
{
    if (t->err == 0) {
        t->err = err;
        t->mdb_err = mdb_rc;
    }
    return t->err;
}

static bool store_key_ok(const store_key_t *k)
{
    return k && k->len > 0 && k->len <= STORE_KEY_MAX;
}

static bool store_db_ok(store_db_t db)
{
    return (int)db >= 0 && db < STORE_DB__COUNT;
}

int store_get(store_txn_t *t, store_db_t db, const store_key_t *k, store_val_t *out)
{
    if (t->err)
        return t->err;
    if (!store_db_ok(db) || !store_key_ok(k))
        return store_txn_fail(t, 0, STORE_INVAL);
    MDB_val key = {.mv_size = k->len, .mv_data = (void *)k->b}, val;
    int mrc = mdb_get(t->txn, t->s->dbi[db], &key, &val);
    if (mrc == MDB_NOTFOUND)
        return STORE_NOTFOUND;
    if (mrc)
        return store_txn_fail(t, mrc, store_err_from_mdb(mrc));
    out->data = val.mv_data;
    out->len = val.mv_size;
    return STORE_OK;
}

/* LMDB's default order: bytes, then the shorter first. */
static int store_bytes_cmp(const void *a, size_t alen, const void *b, size_t blen)
{
    size_t n = alen < blen ? alen : blen;
    int c = n ? memcmp(a, b, n) : 0;
    if (c)
        return c;
    return alen < blen ? -1 : alen > blen;
}

/* Remembers key as the last of its database (-1 when it is too long). */
static void last_key_set(last_key_t *last, const MDB_val *key)
{
    last->len = key->mv_size <= LAST_KEY_MAX ? (int)key->mv_size : -1;
    if (last->len > 0)
        memcpy(last->b, key->mv_data, key->mv_size);
}

/* Whether key may lie past the last key of growing database db: that last
 * key not known (store_put reads it, once in the transaction, when a key
 * was not past it), or key after it. */
static bool past_last(store_txn_t *t, store_db_t db, const MDB_val *key)
{
    const last_key_t *last = &t->last[db];
    return last->len <= 0 ||
           store_bytes_cmp(key->mv_data, key->mv_size, last->b, (size_t)last->len) > 0;
}

/* Reads the last key of database db into the transaction's memory. */
static void last_key_read(store_txn_t *t, store_db_t db)
{
    MDB_cursor *c;
    MDB_val key, val;
    if (mdb_cursor_open(t->txn, t->s->dbi[db], &c) != MDB_SUCCESS)
        return;
    if (mdb_cursor_get(c, &key, &val, MDB_LAST) == MDB_SUCCESS)
        last_key_set(&t->last[db], &key);
    mdb_cursor_close(c);
}

int store_put(store_txn_t *t, store_db_t db, const store_key_t *k, const void *v, size_t vlen)
{
    if (t->err)
        return t->err;
    if (!t->write || !store_db_ok(db) || !store_key_ok(k) || (!v && vlen > 0))
        return store_txn_fail(t, 0, STORE_INVAL);
    MDB_val key = {.mv_size = k->len, .mv_data = (void *)k->b};
    MDB_val val = {.mv_size = vlen, .mv_data = v ? (void *)v : (void *)""};
    int mrc = MDB_KEYEXIST;
    if (store_db_grows[db] && past_last(t, db, &key)) {
        mrc = mdb_put(t->txn, t->s->dbi[db], &key, &val, MDB_APPEND);
        if (mrc == MDB_SUCCESS)
            last_key_set(&t->last[db], &key);
        else if (mrc == MDB_KEYEXIST && t->last[db].len == 0)
            last_key_read(t, db);
    }
    if (mrc == MDB_KEYEXIST) /* not past the last key: in its place */
        mrc = mdb_put(t->txn, t->s->dbi[db], &key, &val, 0);
    if (mrc)
        return store_txn_fail(t, mrc, store_err_from_mdb(mrc));
    return STORE_OK;
}

int store_del(store_txn_t *t, store_db_t db, const store_key_t *k)
{
    if (t->err)
        return t->err;
    if (!t->write || !store_db_ok(db) || !store_key_ok(k))
        return store_txn_fail(t, 0, STORE_INVAL);
    MDB_val key = {.mv_size = k->len, .mv_data = (void *)k->b};
    int mrc = mdb_del(t->txn, t->s->dbi[db], &key, NULL);
    if (mrc && mrc != MDB_NOTFOUND)
        return store_txn_fail(t, mrc, store_err_from_mdb(mrc));
    return STORE_OK;
}

/* ---- scan ---- */

/* The smallest key greater than every key starting with `p`; false when
 * there is none (p is empty or all 0xff). */
static bool store_prefix_end(const store_key_t *p, uint8_t *out, size_t *outlen)
{
    size_t n = p->len;
    while (n > 0 && p->b[n - 1] == 0xff)
        n--;
    if (n == 0)
        return false;
    memcpy(out, p->b, n);
    out[n - 1]++;
    *outlen = n;
    return true;
}

/* Places the cursor on the greatest key below `bound` (or equal, when
 * inclusive); returns an LMDB code. */
static int store_seek_below(MDB_cursor *c, const void *bound, size_t blen, bool inclusive,
                            MDB_val *key, MDB_val *val)
{
    key->mv_size = blen;
    key->mv_data = (void *)bound;
    int mrc = mdb_cursor_get(c, key, val, MDB_SET_RANGE);
    if (mrc == MDB_NOTFOUND)
        return mdb_cursor_get(c, key, val, MDB_LAST);
    if (mrc == 0 && (!inclusive || store_bytes_cmp(key->mv_data, key->mv_size, bound, blen) != 0))
        mrc = mdb_cursor_get(c, key, val, MDB_PREV);
    return mrc;
}

int store_scan(store_txn_t *t, store_db_t db, const store_key_t *from, const store_key_t *prefix,
               bool reverse, store_visit_fn fn, void *ctx)
{
    if (t->err)
        return t->err;
    if (!store_db_ok(db) || !fn || (from && from->len > STORE_KEY_MAX) ||
        (prefix && prefix->len > STORE_KEY_MAX))
        return store_txn_fail(t, 0, STORE_INVAL);
    if (from && from->len == 0)
        from = NULL;
    if (prefix && prefix->len == 0)
        prefix = NULL;

    MDB_cursor *c;
    int mrc = mdb_cursor_open(t->txn, t->s->dbi[db], &c);
    if (mrc)
        return store_txn_fail(t, mrc, store_err_from_mdb(mrc));

    MDB_val key, val;
    if (!reverse) {
        const store_key_t *start = from;
        if (prefix && (!start || store_bytes_cmp(start->b, start->len, prefix->b, prefix->len) < 0))
            start = prefix;
        if (start) {
            key.mv_size = start->len;
            key.mv_data = (void *)start->b;
            mrc = mdb_cursor_get(c, &key, &val, MDB_SET_RANGE);
        } else {
            mrc = mdb_cursor_get(c, &key, &val, MDB_FIRST);
        }
    } else {
        uint8_t end[STORE_KEY_MAX];
        size_t endlen = 0;
        bool has_end = prefix && store_prefix_end(prefix, end, &endlen);
        if (has_end && (!from || store_bytes_cmp(from->b, from->len, end, endlen) >= 0))
            mrc = store_seek_below(c, end, endlen, false, &key, &val);
        else if (from)
            mrc = store_seek_below(c, from->b, from->len, true, &key, &val);
        else
            mrc = mdb_cursor_get(c, &key, &val, MDB_LAST);
    }

    int rc = STORE_OK;
    while (mrc == 0) {
        if (prefix &&
            (key.mv_size < prefix->len || memcmp(key.mv_data, prefix->b, prefix->len) != 0))
            break;
        store_val_t kv = {.data = key.mv_data, .len = key.mv_size};
        store_val_t vv = {.data = val.mv_data, .len = val.mv_size};
        int r = fn(ctx, &kv, &vv);
        if (r != 0) {
            rc = r < 0 ? r : STORE_OK;
            break;
        }
        mrc = mdb_cursor_get(c, &key, &val, reverse ? MDB_PREV : MDB_NEXT);
    }
    mdb_cursor_close(c);
    if (mrc && mrc != MDB_NOTFOUND)
        return store_txn_fail(t, mrc, store_err_from_mdb(mrc));
    return rc;
}

int store_walk(store_t *s, store_db_t db, const store_key_t *from, const store_key_t *prefix,
               bool reverse, store_visit_fn fn, void *ctx)
{
    store_txn_t *t;
    int rc = store_txn_begin(s, false, &t);
    if (rc != 0)
        return rc;
    rc = store_scan(t, db, from, prefix, reverse, fn, ctx);
    store_txn_abort(t);
    return rc;
}

typedef struct purge_ctx {
    store_batch_t *batch;
    store_db_t db;
    store_gone_fn gone;
    void *ctx;
    long n;
} purge_ctx_t;

static int purge_visit(void *ctx, const store_val_t *key, const store_val_t *val)
{
    purge_ctx_t *p = ctx;
    if (!p->gone(p->ctx, val))
        return 0;
    store_key_t k;
    store_key_init(&k);
    store_key_bytes(&k, key->data, key->len);
    if (store_batch_del(p->batch, p->db, &k) != 0)
        return STORE_FULL;
    p->n++;
    return 0;
}

long store_purge(store_t *s, store_batch_t *b, store_db_t db, store_gone_fn gone, void *ctx)
{
    purge_ctx_t p = {b, db, gone, ctx, 0};
    int rc = store_walk(s, db, NULL, NULL, false, purge_visit, &p);
    return rc < 0 ? rc : p.n;
}

/* ---- write with growth ---- */

int store_write(store_t *s, store_write_fn fn, void *ctx)
{
    if (!fn)
        return STORE_INVAL;
    pthread_mutex_lock(&s->write_mu);
    int rc;
    bool checked = false; /* readers checked after MDB_MAP_FULL */
    for (;;) {
        store_txn_t *t;
        rc = store_txn_open(s, true, false, &t);
        if (rc)
            break;
        rc = fn(ctx, t);
        int mrc = 0;
        int end = store_txn_end(t, rc == 0, &mrc);
        if (rc == 0)
            rc = end;
        if (mrc == MDB_MAP_FULL) {
            /* Nothing was written. Pages held for a reader that died may
             * make room; else grow. Either way fn runs again from the
             * start. */
            if (!checked) {
                checked = true;
                if (store_reader_check(s) > 0)
                    continue;
            }
            if (store_grow(s) == 0)
                continue;
            rc = STORE_FULL;
        }
        if (rc == 0)
            store_reader_check_due(s);
        break;
    }
    pthread_mutex_unlock(&s->write_mu);
    return rc;
}

/* ---- usage ---- */

void store_usage(store_t *s, size_t *map_size, size_t *used)
{
    MDB_envinfo info;
    MDB_stat st;
    pthread_rwlock_rdlock(&s->resize);
    mdb_env_info(s->env, &info);
    mdb_env_stat(s->env, &st);
    pthread_rwlock_unlock(&s->resize);
    if (map_size)
        *map_size = info.me_mapsize;
    if (used)
        *used = (info.me_last_pgno + 1) * (size_t)st.ms_psize;
}

/* ---- backup ---- */

/* Creates `dest` or checks that it is an empty folder. */
static int store_backup_prepare(const char *dest, bool *created, char *err, size_t errlen)
{
    *created = false;
    if (mkdir(dest, 0750) == 0) {
        *created = true;
        return STORE_OK;
    }
    if (errno != EEXIST) {
        store_set_err(err, errlen, "backup: cannot create %s: %s", dest, strerror(errno));
        return STORE_IO;
    }
    DIR *d = opendir(dest);
    if (!d) {
        store_set_err(err, errlen, "backup: cannot open %s: %s", dest, strerror(errno));
        return errno == ENOTDIR ? STORE_INVAL : STORE_IO;
    }
    bool empty = true;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            empty = false;
            break;
        }
    }
    closedir(d);
    if (!empty) {
        store_set_err(err, errlen, "backup: %s %s", dest,
                      "is not empty; give a new or empty folder");
        return STORE_INVAL;
    }
    return STORE_OK;
}

/* Removes what a failed backup left in `dest`. */
static void store_backup_undo(const char *dest, bool created)
{
    char path[4096];
    static const char *const files[] = {"data.mdb", "lock.mdb"};
    for (size_t i = 0; i < 2; i++) {
        if (snprintf(path, sizeof path, "%s/%s", dest, files[i]) < (int)sizeof path)
            unlink(path);
    }
    if (created)
        rmdir(dest);
}

static int store_put_epoch(void *ctx, store_txn_t *t)
{
    store_key_t k;
    store_key_init(&k);
    store_key_str(&k, "epoch");
    return store_put(t, STORE_DB_META, &k, ctx, 2 * STORE_EPOCH_BYTES);
}

int store_backup(store_t *s, const char *dest, char *err, size_t errlen)
{
    if (err && errlen > 0)
        err[0] = '\0';
    bool created;
    int rc = store_backup_prepare(dest, &created, err, errlen);
    if (rc)
        return rc;

    /* The compacting copy reads through a read transaction of its own,
     * so writers in this and other processes go on meanwhile. */
    pthread_rwlock_rdlock(&s->resize);
    int mrc = s->broken ? EIO : mdb_env_copy2(s->env, dest, MDB_CP_COMPACT);
    pthread_rwlock_unlock(&s->resize);
    /* the copy holds what the store holds: readable as the store is, not
     * by everyone as the umask would leave it */
    char file[PATH_MAX];
    if (!mrc && snprintf(file, sizeof file, "%s/data.mdb", dest) < (int)sizeof file &&
        chmod(file, 0640) != 0)
        mrc = errno;
    if (mrc) {
        store_set_err(err, errlen, "backup: copying into %s failed: %s", dest, mdb_strerror(mrc));
        store_backup_undo(dest, created);
        return store_err_from_mdb(mrc);
    }

    store_t *copy;
    char why[256];
    rc = store_open(&copy, dest, 0, why, sizeof why);
    if (rc == 0) {
        char epoch[2 * STORE_EPOCH_BYTES + 1];
        rc = store_epoch_make(epoch);
        if (rc == 0)
            rc = store_write(copy, store_put_epoch, epoch);
        if (rc)
            snprintf(why, sizeof why, "writing its new epoch: %s", store_strerror(rc));
        store_close(copy);
    }
    if (rc) {
        store_set_err(err, errlen, "backup: the copy in %s is not usable: %s", dest, why);
        store_backup_undo(dest, created);
        return rc;
    }

    /* Make the new directory entries durable too. */
    int dfd = open(dest, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    return STORE_OK;
}
