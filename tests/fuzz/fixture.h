/*
 * fixture.h - what the fuzz targets share: a private temporary folder, the
 * bundled hall config pointed at it, and the in-process hall of
 * tests/fuzz/harness.h, made afresh every FIXTURE_REFRESH inputs so a long
 * run's data folder stays small.
 */
#ifndef MPP_FUZZ_FIXTURE_H
#define MPP_FUZZ_FIXTURE_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "harness.h"

#define FIXTURE_REFRESH 4000

/* The entry point libFuzzer calls with each input; every target defines it. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The folder this process may write in (made on first use, removed at
 * exit). Never NULL; aborts when it cannot be made. */
const char *fixture_dir(void);

/* Writes `len` bytes to `name` inside fixture_dir() and returns its path
 * (static buffer, valid until the next call). Aborts on failure. */
const char *fixture_write(const char *name, const void *data, size_t len);

/* The bundled mppd.cfg of the source tree, its data folder moved to a
 * fresh one under fixture_dir(), log level error, no per-IP issue limit
 * (every fuzz connection comes from the same socket pair address). */
const config_t *fixture_config(void);

/* The running harness; a fresh hall after every FIXTURE_REFRESH calls.
 * Aborts when it cannot open. */
web_harness_t *fixture_harness(void);

/* Aborts with a message and the bytes that led there (printable). */
void fixture_fail(const char *what, const void *data, size_t len) __attribute__((noreturn));

#endif
