/*
 * stale_reader.c - a reader of mppd's data folder for the resource tests
 * (tests/reliability/resources.mjs), talking to LMDB directly as another
 * process (an mppctl backup) would:
 *
 *   stale_reader hold DIR    opens the store, begins a read transaction,
 *                            prints "reading txn N pid P" and waits to be
 *                            killed; killed with SIGKILL it leaves its
 *                            reader slot behind, pinning the pages of txn N
 *   stale_reader count DIR   prints "slots S stale D": reader slots in use
 *                            and how many belong to processes that are gone,
 *                            without clearing any (only mppd may)
 *
 * Built by scripts/resources.sh: cc -std=c11 ... -llmdb.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <lmdb.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

/* Opens the environment in `dir` read-only, at the map size it records. */
static MDB_env *open_env(const char *dir)
{
    MDB_env *env;
    int rc = mdb_env_create(&env);
    if (rc == 0)
        rc = mdb_env_set_maxdbs(env, 32);
    if (rc == 0)
        rc = mdb_env_set_maxreaders(env, 256); /* as mppd: the table is shared */
    if (rc == 0)
        rc = mdb_env_open(env, dir, MDB_RDONLY | MDB_NOTLS, 0640);
    if (rc) {
        fprintf(stderr, "stale_reader: %s: %s\n", dir, mdb_strerror(rc));
        exit(2);
    }
    return env;
}

typedef struct tally {
    int slots, stale;
} tally_t;

/* One line of mdb_reader_list: "   PID   THREAD   TXNID". */
static int count_line(const char *line, void *ctx)
{
    tally_t *t = ctx;
    long pid;
    if (sscanf(line, " %ld", &pid) != 1 || pid <= 0)
        return 0; /* the heading, or "(no active readers)" */
    t->slots++;
    if (kill((pid_t)pid, 0) != 0 && errno == ESRCH)
        t->stale++;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 3 || (strcmp(argv[1], "hold") != 0 && strcmp(argv[1], "count") != 0)) {
        fprintf(stderr, "usage: stale_reader hold|count DIR\n");
        return 2;
    }
    MDB_env *env = open_env(argv[2]);
    if (strcmp(argv[1], "count") == 0) {
        tally_t t = {0, 0};
        int rc = mdb_reader_list(env, count_line, &t);
        if (rc) {
            fprintf(stderr, "stale_reader: reader list: %s\n", mdb_strerror(rc));
            return 2;
        }
        printf("slots %d stale %d\n", t.slots, t.stale);
        mdb_env_close(env);
        return 0;
    }
    MDB_txn *txn;
    int rc = mdb_txn_begin(env, NULL, MDB_RDONLY, &txn);
    if (rc) {
        fprintf(stderr, "stale_reader: read transaction: %s\n", mdb_strerror(rc));
        return 2;
    }
    printf("reading txn %zu pid %ld\n", (size_t)mdb_txn_id(txn), (long)getpid());
    fflush(stdout);
    for (;;)
        pause();
}
