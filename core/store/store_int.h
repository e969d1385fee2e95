/*
 * store_int.h - what store.c shares with store_format.c inside the store
 * module: LMDB result codes as store_err_t, the message for a person, and
 * the check and migration of a data folder's format. Nothing outside
 * core/store includes it.
 */
#ifndef MPP_STORE_INT_H
#define MPP_STORE_INT_H

#include <lmdb.h>
#include <stddef.h>
#include <stdint.h>

/* An LMDB result code (or errno) as a store_err_t. */
int store_err_from_mdb(int rc);
/* Writes a message for a person into err, when the caller gave room. */
void store_set_err(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Reads the folder's format in the start-up transaction, the databases
 * opened as dbi (indexed by store_db_t): writes it (and the history's
 * first line) in a new folder, migrates an older one, refuses a newer one.
 * *from is the format the folder had (0: new). Returns a store_err_t with
 * err set. */
int store_format_check(MDB_txn *txn, const MDB_dbi *dbi, const char *dir, uint32_t *from, char *err,
                       size_t errlen);

#endif
