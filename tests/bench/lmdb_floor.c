/* lmdb_floor.c - the storage floor of the benchmarks: how many durable LMDB
 * write transactions per second this disk allows, with PUTS puts of a
 * ticket-sized value (about 400 bytes of JSON, 8-byte big-endian keys) in
 * each, in a fresh environment in DIR. With "nosync" the environment is
 * opened with MDB_NOSYNC: a reference only, mppd never runs that way.
 * Prints one line, with the median and p99 time of one commit:
 *   commits/s N  puts/s M  commit_p50 X ms  commit_p99 Y ms  (PUTS puts ...)
 *   lmdb_floor DIR SECONDS PUTS [sync|nosync]
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <lmdb.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int check(int rc, const char *what)
{
    if (rc != 0)
        fprintf(stderr, "lmdb_floor: %s: %s\n", what, mdb_strerror(rc));
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: lmdb_floor DIR SECONDS PUTS [sync|nosync]\n");
        return 2;
    }
    const char *dir = argv[1];
    double secs = atof(argv[2]);
    int puts = atoi(argv[3]);
    int nosync = argc > 4 && strcmp(argv[4], "nosync") == 0;
    if (secs <= 0 || puts < 1) {
        fprintf(stderr, "lmdb_floor: SECONDS and PUTS must be positive\n");
        return 2;
    }
    if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
        perror(dir);
        return 1;
    }

    MDB_env *env = NULL; /* owned here; mdb_env_close */
    MDB_dbi dbi;
    MDB_txn *txn = NULL;
    if (check(mdb_env_create(&env), "create") ||
        check(mdb_env_set_mapsize(env, (size_t)1 << 32), "mapsize") ||
        check(mdb_env_set_maxdbs(env, 4), "maxdbs") ||
        check(mdb_env_open(env, dir, nosync ? MDB_NOSYNC : 0, 0600), "open") ||
        check(mdb_txn_begin(env, NULL, 0, &txn), "begin") ||
        check(mdb_dbi_open(txn, "tickets", MDB_CREATE, &dbi), "dbi") ||
        check(mdb_txn_commit(txn), "commit"))
        return 1;

    char value[400];
    memset(value, 'x', sizeof value);
    uint64_t id = 0;
    long commits = 0;
    size_t cap = 1 << 16;
    double *lat = malloc(cap * sizeof *lat); /* owned: each commit's time, s */
    if (!lat)
        return 1;
    double t0 = now_s(), t = t0;
    while (t - t0 < secs) {
        if (check(mdb_txn_begin(env, NULL, 0, &txn), "begin"))
            return 1;
        for (int i = 0; i < puts; i++) {
            unsigned char k[8];
            id++;
            for (int b = 0; b < 8; b++)
                k[b] = (unsigned char)(id >> (56 - 8 * b));
            snprintf(value, sizeof value, "{\"id\":%llu,\"number\":\"A-%03llu\",",
                     (unsigned long long)id, (unsigned long long)(id % 100000));
            value[strlen(value)] = 'x'; /* keep the full length */
            MDB_val key = {sizeof k, k}, val = {sizeof value, value};
            if (check(mdb_put(txn, dbi, &key, &val, MDB_APPEND), "put")) {
                mdb_txn_abort(txn);
                return 1;
            }
        }
        if (check(mdb_txn_commit(txn), "commit"))
            return 1;
        double t1 = now_s();
        if ((size_t)commits == cap) {
            double *n = realloc(lat, 2 * cap * sizeof *lat);
            if (!n)
                return 1;
            lat = n;
            cap *= 2;
        }
        lat[commits++] = t1 - t;
        t = t1;
    }
    qsort(lat, (size_t)commits, sizeof *lat, cmp_double);
    double el = t - t0;
    printf("commits/s %.0f  puts/s %.0f  commit_p50 %.3f ms  commit_p99 %.3f ms  "
           "(%d puts per commit, %s, %.1f s)\n",
           commits / el, (double)commits * puts / el, lat[commits / 2] * 1e3,
           lat[(size_t)((double)commits * 0.99)] * 1e3, puts, nosync ? "nosync" : "sync", el);
    free(lat);
    mdb_env_close(env);
    return 0;
}
