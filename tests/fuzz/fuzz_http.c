/*
 * fuzz_http.c - libFuzzer target: one HTTP API request through mppd's real
 * path (lws's parser, server.c, api.c, the engine, the commit group) on an
 * in-process hall (tests/fuzz/harness.h).
 *
 * Input: byte 0 picks the method (bits 0-2), a session cookie (bits 3-4:
 * none, admin, staff of dukcapil, display), an Origin (bit 5: allowed or
 * foreign when bit 6 is set too, else none) and an Idempotency-Key (bit 7);
 * then the path up to '\n' (bytes a request line cannot hold, and '%'
 * itself, are sent %-encoded, so the handlers see exactly these bytes; a
 * NUL as '_', since lws drops a URI holding %00 without an answer), then
 * the key up to '\n' when bit 7 asks for one; the rest is
 * the body. The request itself is always well formed: malformed HTTP is the
 * wire fuzzer's part (tests/fuzz/wire.mjs).
 *
 * What must hold: every request gets a status line (unless lws itself
 * refused it and logged why), never a 5xx; an error
 * answered as JSON is {"error":{"code":...}}.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"

static const char *const methods[] = {"GET",  "POST",    "DELETE", "PUT",
                                      "HEAD", "OPTIONS", "PATCH",  "POST"};

/* Appends path bytes, %-encoding what a request line cannot carry. */
static size_t put_path(char *out, size_t cap, const uint8_t *p, size_t n)
{
    size_t len = 0;
    if (n == 0 || p[0] != '/')
        len += (size_t)snprintf(out, cap, "/api/v1/");
    for (size_t i = 0; i < n && len + 4 < cap; i++) {
        if (p[i] == 0) /* lws drops a URI holding %00 unanswered, by design */
            out[len++] = '_';
        else if (p[i] <= 0x20 || p[i] >= 0x7f || p[i] == '#' || p[i] == '%')
            len += (size_t)snprintf(out + len, cap - len, "%%%02X", p[i]);
        else
            out[len++] = (char)p[i];
    }
    out[len] = '\0';
    return len;
}

static const uint8_t *line_end(const uint8_t *p, const uint8_t *end)
{
    const uint8_t *nl = memchr(p, '\n', (size_t)(end - p));
    return nl ? nl : end;
}

static void check_reply(const char *resp, size_t n, const uint8_t *in, size_t len)
{
    if (n < 12 || (strncmp(resp, "HTTP/1.1 ", 9) != 0 && strncmp(resp, "HTTP/1.0 ", 9) != 0)) {
        fprintf(stderr, "fuzz: the reply (%zu bytes): %.*s\n", n, (int)(n < 512 ? n : 512), resp);
        fixture_fail("no status line in the reply", in, len);
    }
    int status = atoi(resp + 9);
    if (status < 100 || status > 599)
        fixture_fail("a status outside 100..599", resp, n);
    if (status >= 500)
        fixture_fail("a 5xx reply", resp, n);
    const char *body = strstr(resp, "\r\n\r\n");
    const char *ctype = strstr(resp, "content-type: application/json");
    if (status >= 400 && ctype && body && ctype < body && body[4] && /* HEAD: no body */
        strncmp(body + 4, "{\"error\":{\"code\":\"", 18) != 0)
        fixture_fail("a JSON error reply without error.code", resp, n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 70000)
        return 0;
    web_harness_t *h = fixture_harness();
    uint8_t sel = data[0];
    const uint8_t *p = data + 1, *end = data + size;
    const uint8_t *nl = line_end(p, end);
    static char path[8192];
    put_path(path, sizeof path, p, (size_t)(nl - p));
    p = nl < end ? nl + 1 : end;
    char key[128] = "";
    if (sel & 0x80) {
        nl = line_end(p, end);
        size_t kn = (size_t)(nl - p);
        if (kn > 100)
            kn = 100;
        for (size_t i = 0; i < kn; i++) /* header bytes: no CR, LF or NUL */
            key[i] = (p[i] == '\r' || p[i] == '\n' || p[i] == 0) ? '_' : (char)p[i];
        key[kn] = '\0';
        p = nl < end ? nl + 1 : end;
    }
    size_t body_len = (size_t)(end - p);
    const char *method = methods[sel & 7];

    char cookie[128] = "";
    int who = (sel >> 3) & 3;
    if (who) {
        static const char *const names[] = {"", "fuzz-admin", "fuzz-staff", "fuzz-display"};
        static const char *const roles[] = {"", "admin", "staff", "display"};
        char token[65];
        if (web_harness_session(h, names[who], roles[who], who == 2 ? "dukcapil" : NULL, token) !=
            0)
            fixture_fail("cannot make a session", data, size);
        snprintf(cookie, sizeof cookie, "Cookie: mpp_session=%s\r\n", token);
    }
    const char *origin = "";
    if (sel & 0x20)
        origin =
            (sel & 0x40) ? "Origin: http://evil.example\r\n" : "Origin: http://localhost:8080\r\n";

    size_t cap = strlen(path) + body_len + 1024;
    char *req = malloc(cap);
    if (!req)
        return 0;
    int n = snprintf(req, cap, "%s %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n%s%s",
                     method, path, cookie, origin);
    if (key[0])
        n += snprintf(req + n, cap - (size_t)n, "Idempotency-Key: %s\r\n", key);
    if (body_len || (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0))
        n += snprintf(req + n, cap - (size_t)n,
                      "Content-Type: application/json\r\nContent-Length: %zu\r\n", body_len);
    n += snprintf(req + n, cap - (size_t)n, "\r\n");
    memcpy(req + n, p, body_len);

    char *resp;
    size_t resp_len;
    unsigned long complaints = web_harness_lws_complaints();
    if (web_harness_exchange(h, req, (size_t)n + body_len, &resp, &resp_len) != 0)
        fixture_fail("the server stalled on this request", req, (size_t)n + body_len);
    /* lws itself drops a request it cannot hold (and logs why); anything
     * that reached mppd must be answered */
    if (resp_len > 0 || web_harness_lws_complaints() == complaints)
        check_reply(resp, resp_len, (const uint8_t *)req, (size_t)n + body_len);
    free(resp);
    free(req);
    return 0;
}
