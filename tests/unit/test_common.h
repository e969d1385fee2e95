/*
 * test_common.h - what unit tests of several modules share: a seeded random
 * source (splitmix64) to hand to a module that draws codes, tokens or
 * jitter, a copy of exactly a record's bytes for a decoder to read, and the
 * wrappers of malloc, calloc and realloc that a *_nomem
 * test links in (-Wl,--wrap, CMakeLists.txt) to fail the k-th allocation
 * while armed.
 */
#ifndef TEST_COMMON_H
#define TEST_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A seeded generator; its state is the context of fx_random_fill. */
typedef struct fx_rng {
    uint64_t state;
    size_t calls;
} fx_rng_t;

static inline uint64_t fx_next(fx_rng_t *g)
{
    uint64_t z = (g->state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Fills buf with the generator's bytes (a module's random callback). */
static inline int fx_random_fill(void *ctx, void *buf, size_t len)
{
    fx_rng_t *g = ctx;
    unsigned char *p = buf;
    g->calls++;
    for (size_t i = 0; i < len; i++)
        p[i] = (unsigned char)(fx_next(g) >> 56);
    return 0;
}

/* A copy of exactly len bytes of src (one byte allocated when len is 0), so
 * that ASan sees a decoder's read past them; the caller frees it. Aborts
 * when out of memory: the test cannot go on. */
static inline void *fx_exact_copy(const void *src, size_t len)
{
    unsigned char *copy = malloc(len ? len : 1);
    if (!copy)
        abort();
    if (len)
        memcpy(copy, src, len);
    return copy;
}

#ifdef FX_WRAP_ALLOC
/* The allocation wrappers of a *_nomem test (one per test program). */
void *__real_malloc(size_t size);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t size);
void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t size);

static bool armed;
static long calls, fail_at;

static bool fail_now(void)
{
    return armed && calls++ == fail_at;
}

void *__wrap_malloc(size_t size)
{
    return fail_now() ? NULL : __real_malloc(size);
}
void *__wrap_calloc(size_t n, size_t size)
{
    return fail_now() ? NULL : __real_calloc(n, size);
}
void *__wrap_realloc(void *p, size_t size)
{
    return fail_now() ? NULL : __real_realloc(p, size);
}

/* Fails the k-th allocation from now on (0 = the next one). */
static void arm(long k)
{
    calls = 0;
    fail_at = k;
    armed = true;
}
#endif

#endif
