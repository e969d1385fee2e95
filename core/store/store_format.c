/*
 * store_format.c - the format of a data folder: the meta "schema" record
 * (its format version) and "history" (one line per change of format), and
 * the migrations that take an older folder forward at open, inside the
 * start-up write transaction (store_int.h).
 *
 * The meta "schema" record holds the data folder's format version (u32
 * big-endian). A folder of an older format is migrated forward at open,
 * one step at a time: store_migrations[v - 1] takes it from format v to
 * v + 1. Every step, the new version and the history line run in the
 * start-up write transaction, so an upgrade is applied whole or not at all:
 * a failed step or a crash leaves the folder as it was, at its old format.
 * A folder of a newer format is refused, named with both versions, and
 * left untouched. Since format 2, meta "history" keeps one line per
 * change of format ("<UTC time> created at format 2", "... migrated from
 * format 1 to 2").
 */
#include "store/store.h"
#include "store/store_int.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#define STORE_HISTORY_MAX 4096 /* the oldest lines go first past this */

/* Writes `version` as the folder's format. */
static int store_format_put(MDB_txn *txn, MDB_dbi meta, uint32_t version)
{
    uint8_t be[4] = {(uint8_t)(version >> 24), (uint8_t)(version >> 16), (uint8_t)(version >> 8),
                     (uint8_t)version};
    MDB_val key = {.mv_size = 6, .mv_data = "schema"};
    MDB_val val = {.mv_size = sizeof be, .mv_data = be};
    return mdb_put(txn, meta, &key, &val, 0);
}

/* Appends "<UTC time> <text>\n" to meta "history", dropping whole lines
 * from its front when it would pass STORE_HISTORY_MAX. */
static int store_history_add(MDB_txn *txn, MDB_dbi meta, const char *text)
{
    char line[160];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    size_t n = strftime(line, sizeof line, "%Y-%m-%dT%H:%M:%SZ ", &tm);
    n += (size_t)snprintf(line + n, sizeof line - n, "%s\n", text);
    if (n >= sizeof line)
        n = sizeof line - 1;

    char buf[STORE_HISTORY_MAX + sizeof line];
    size_t len = 0;
    MDB_val key = {.mv_size = 7, .mv_data = "history"}, val;
    int rc = mdb_get(txn, meta, &key, &val);
    if (rc == 0) {
        const char *old = val.mv_data;
        size_t skip = 0;
        while (val.mv_size - skip + n > STORE_HISTORY_MAX) {
            const char *nl = memchr(old + skip, '\n', val.mv_size - skip);
            skip = nl ? (size_t)(nl - old) + 1 : val.mv_size;
        }
        len = val.mv_size - skip;
        memcpy(buf, old + skip, len);
    } else if (rc != MDB_NOTFOUND) {
        return rc;
    }
    memcpy(buf + len, line, n);
    val.mv_size = len + n;
    val.mv_data = buf;
    return mdb_put(txn, meta, &key, &val, 0);
}

/* Format 1 -> 2: format 2 keeps the history of the folder's formats; a
 * folder of format 1 begins it with a line saying where it started. */
static int store_migrate_1_to_2(MDB_txn *txn, const MDB_dbi *dbi)
{
    return store_history_add(txn, dbi[STORE_DB_META],
                             "format 1 (a folder made before the history was kept)");
}

/* A format that only adds: a new database (made empty at open) or records
 * that an older mppd would misread while this one still reads the old
 * ones as they are. Nothing is rewritten; the format changes so that an
 * older mppd refuses the folder instead of losing what it cannot read. */
static int store_migrate_nothing(MDB_txn *txn, const MDB_dbi *dbi)
{
    (void)txn, (void)dbi;
    return 0;
}

/* store_migrations[v - 1] migrates a folder from format v to v + 1 inside
 * the start-up transaction; it returns an LMDB code. */
typedef int (*store_migrate_fn)(MDB_txn *txn, const MDB_dbi *dbi);
static const store_migrate_fn store_migrations[] = {
    store_migrate_1_to_2,
    /* 2 -> 3: online bookings, visits across agencies and the
     * notifications' outbox and subscriptions get databases of their own */
    store_migrate_nothing,
    /* 3 -> 4: a message's record (notify/record.h, version 2) names its
     * owner instead of holding the phone; a subscription's record carries
     * its marks and the ticket's issue time or names a booking */
    store_migrate_nothing,
    /* 4 -> 5: a ticket's subscription is written into the outbox, right
     * after the ticket's first message (that message's id, a byte 0, the
     * ticket's id), so an opted-in ticket's commit writes one tree fewer;
     * those written before stay in the subscriptions database */
    store_migrate_nothing,
    /* 5 -> 6: a message the gateway took gets a small "sent" record at the
     * outbox's end (the highest message id given, a byte 1, the message's
     * id) instead of its whole record written again among older ones */
    store_migrate_nothing,
};
_Static_assert(sizeof store_migrations / sizeof store_migrations[0] == STORE_SCHEMA_VERSION - 1,
               "one migration for each format before STORE_SCHEMA_VERSION");

int store_format_check(MDB_txn *txn, const MDB_dbi *dbi, const char *dir, uint32_t *from, char *err,
                       size_t errlen)
{
    MDB_dbi meta = dbi[STORE_DB_META];
    MDB_val key = {.mv_size = 6, .mv_data = "schema"}, val;
    char text[96];
    *from = 0;
    int rc = mdb_get(txn, meta, &key, &val);
    if (rc == MDB_NOTFOUND) {
        rc = store_format_put(txn, meta, STORE_SCHEMA_VERSION);
        snprintf(text, sizeof text, "created at format %u", (unsigned)STORE_SCHEMA_VERSION);
        if (rc == 0)
            rc = store_history_add(txn, meta, text);
        if (rc)
            store_set_err(err, errlen, "store: cannot set up %s: %s", dir, mdb_strerror(rc));
        return store_err_from_mdb(rc);
    }
    if (rc) {
        store_set_err(err, errlen, "store: cannot read the format of %s: %s", dir,
                      mdb_strerror(rc));
        return store_err_from_mdb(rc);
    }
    if (val.mv_size != 4) {
        store_set_err(err, errlen, "store: %s: %s", dir,
                      "the schema record is not a 4-byte number");
        return STORE_CORRUPT;
    }
    const uint8_t *b = val.mv_data;
    uint32_t version = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
    if (version == 0) {
        store_set_err(err, errlen, "store: %s: %s", dir, "the schema version is 0");
        return STORE_CORRUPT;
    }
    if (version > STORE_SCHEMA_VERSION) {
        store_set_err(err, errlen,
                      "store: %s holds data format %u, written by a newer mppd; this mppd "
                      "reads formats 1 to %u. Run the newer version again, or restore a "
                      "backup taken before the upgrade",
                      dir, (unsigned)version, (unsigned)STORE_SCHEMA_VERSION);
        return STORE_SCHEMA;
    }
    *from = version;
    for (uint32_t v = version; v < STORE_SCHEMA_VERSION; v++) {
        rc = store_migrations[v - 1](txn, dbi);
        snprintf(text, sizeof text, "migrated from format %u to %u", (unsigned)v, (unsigned)v + 1);
        if (rc == 0)
            rc = store_history_add(txn, meta, text);
        if (rc == 0)
            rc = store_format_put(txn, meta, v + 1);
        if (rc) {
            store_set_err(err, errlen,
                          "store: %s: migrating the data from format %u to %u failed: %s; "
                          "the folder is left at format %u",
                          dir, (unsigned)v, (unsigned)v + 1, mdb_strerror(rc), (unsigned)version);
            return store_err_from_mdb(rc);
        }
    }
    return STORE_OK;
}
