/*
 * fuzz_ws.c - libFuzzer target: messages of a /ws client through mppd's
 * real path (lws's WebSocket parser, feed_client_receive and the hello
 * replay of feed.c) on an in-process hall (tests/fuzz/harness.h).
 *
 * Each input is one connection: a valid upgrade to /ws, then frames built
 * from the input, each as [flags][length][payload]: flags bit 0 = FIN,
 * bits 1-3 pick the opcode (continuation, text, binary, ping, pong, close,
 * or a reserved one), bit 4 = a 16-bit length follows instead of an 8-bit
 * one, bit 5 = send the payload unmasked (a protocol error), bit 7 = the
 * rest of the input goes out as raw bytes. Payloads are masked as a
 * browser would.
 *
 * What must hold: the upgrade is answered 101, and everything the server
 * sends afterwards is well-formed unmasked frames whose text is JSON.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"

static const char upgrade[] = "GET /ws HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                              "Connection: Upgrade\r\n"
                              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                              "Sec-WebSocket-Version: 13\r\n\r\n";

static const uint8_t opcodes[8] = {0x0, 0x1, 0x1, 0x2, 0x9, 0xa, 0x8, 0x3};

/* Checks the server's frames after the 101 head. */
static void check_frames(const char *resp, size_t n)
{
    const char *head_end = strstr(resp, "\r\n\r\n");
    if (strncmp(resp, "HTTP/1.1 101", 12) != 0 || !head_end)
        fixture_fail("the /ws upgrade was not answered 101", resp, n);
    const uint8_t *p = (const uint8_t *)head_end + 4, *end = (const uint8_t *)resp + n;
    while (end - p >= 2) {
        uint8_t op = p[0] & 0x0f;
        if (p[1] & 0x80)
            fixture_fail("a masked frame from the server", resp, n);
        uint64_t plen = p[1] & 0x7f;
        size_t hl = 2;
        if (plen == 126) {
            if (end - p < 4)
                break;
            plen = (uint64_t)p[2] << 8 | p[3];
            hl = 4;
        } else if (plen == 127) {
            if (end - p < 10)
                break;
            plen = 0;
            for (int i = 0; i < 8; i++)
                plen = plen << 8 | p[2 + i];
            hl = 10;
        }
        if ((uint64_t)(end - p) < hl + plen)
            break; /* cut by the close: nothing to judge */
        if (op == 0x1 && (p[0] & 0x80)) {
            json_error_t jerr;
            json_t *msg = json_loadb((const char *)p + hl, (size_t)plen, 0, &jerr);
            if (!json_is_object(msg) || !json_is_string(json_object_get(msg, "type")))
                fixture_fail("a /ws message that is not a JSON object with a type", p + hl,
                             (size_t)plen);
            json_decref(msg);
        } else if (op != 0x8 && op != 0x9 && op != 0xa) {
            fixture_fail("an unexpected frame from the server", p, (size_t)(end - p));
        }
        p += hl + plen;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 70000)
        return 0;
    web_harness_t *h = fixture_harness();
    size_t cap = sizeof upgrade + size * 4 + 64; /* a frame: >= 2 bytes in, <= 8 + payload out */
    uint8_t *out = malloc(cap);
    if (!out)
        return 0;
    size_t n = sizeof upgrade - 1;
    memcpy(out, upgrade, n);
    static const uint8_t mask[4] = {0x37, 0xfa, 0x21, 0x3d};
    const uint8_t *p = data, *end = data + size;
    while (p < end) {
        uint8_t flags = *p++;
        if (flags & 0x80) { /* raw bytes */
            memcpy(out + n, p, (size_t)(end - p));
            n += (size_t)(end - p);
            break;
        }
        size_t len;
        if (flags & 0x10) {
            if (end - p < 2)
                break;
            len = (size_t)p[0] << 8 | p[1];
            p += 2;
        } else {
            if (end - p < 1)
                break;
            len = *p++;
        }
        if (len > (size_t)(end - p))
            len = (size_t)(end - p);
        bool masked = !(flags & 0x20);
        out[n++] = (uint8_t)((flags & 1 ? 0x80 : 0) | opcodes[(flags >> 1) & 7]);
        if (len < 126) {
            out[n++] = (uint8_t)((masked ? 0x80 : 0) | len);
        } else {
            out[n++] = (uint8_t)((masked ? 0x80 : 0) | 126);
            out[n++] = (uint8_t)(len >> 8);
            out[n++] = (uint8_t)len;
        }
        if (masked) {
            memcpy(out + n, mask, 4);
            n += 4;
        }
        for (size_t i = 0; i < len; i++)
            out[n + i] = masked ? p[i] ^ mask[i % 4] : p[i];
        n += len;
        p += len;
    }
    char *resp;
    size_t resp_len;
    if (web_harness_exchange(h, out, n, &resp, &resp_len) != 0)
        fixture_fail("the server stalled on these frames", out, n);
    check_frames(resp, resp_len);
    free(resp);
    free(out);
    return 0;
}
