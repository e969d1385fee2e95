/*
 * blob.c - bodies rendered once and sent to many (the catalogue): counted
 * references, so a reply still being sent keeps the version it began
 * with; an ETag of the bytes; the same gzipped (zlib) on first demand.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "web/web_int.h"

web_blob_t *web_blob_new(const void *data, size_t len)
{
    web_blob_t *b = malloc(sizeof *b + len + 1);
    if (!b)
        return NULL;
    b->refs = 1;
    b->len = len;
    b->gz = NULL;
    b->gz_len = 0;
    b->gz_etag[0] = '\0';
    memcpy(b->data, data, len);
    b->data[len] = '\0';
    snprintf(b->etag, sizeof b->etag, "\"%016llx\"",
             (unsigned long long)web_hash64(b->data, len)); /* a validator, not a secret */
    return b;
}

void web_blob_unref(web_blob_t *b)
{
    if (b && --b->refs == 0) {
        free(b->gz);
        free(b);
    }
}

bool web_blob_gzip(web_blob_t *b)
{
    if (b->gz)
        return true;
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 9, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false; /* 16 + 15: a gzip wrapper, a 32 KiB window */
    uLong cap = deflateBound(&z, (uLong)b->len);
    unsigned char *out = malloc(cap);
    bool ok = false;
    if (out) {
        z.next_in = b->data;
        z.avail_in = (uInt)b->len;
        z.next_out = out;
        z.avail_out = (uInt)cap;
        ok = deflate(&z, Z_FINISH) == Z_STREAM_END;
    }
    if (ok) {
        b->gz = out;
        b->gz_len = z.total_out;
        snprintf(b->gz_etag, sizeof b->gz_etag, "%.17s-gz\"", b->etag);
    } else {
        free(out);
    }
    deflateEnd(&z);
    return ok;
}
