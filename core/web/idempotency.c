/*
 * idempotency.c - a kiosk's retried press never makes two tickets. A
 * request to issue a ticket may carry an `Idempotency-Key` header (1 to 64
 * of A-Z a-z 0-9 - _); the first request with a key issues the ticket and
 * remembers key -> token, in memory (so a retry that arrives while the
 * first is still being committed finds it) and in the store for a day (so
 * a retry after a restart does too); a later request with the same key gets the
 * same ticket back instead of a new one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web/web_int.h"

#define KEY_HEADER "idempotency-key:"
#define IDEM_RECENT 1024 /* keys remembered in memory */

/* A recent key and the ticket it made. */
typedef struct idem_entry {
    char key[WEB_IDEM_KEY_MAX + 1];
    char token[QUEUE_TOKEN_LEN + 1];
    int64_t at; /* hall time it was remembered */
} idem_entry_t;

/* The ring of recent keys: a retry that comes while the first request is
 * still being committed finds its ticket here. */
struct idem {
    idem_entry_t ring[IDEM_RECENT];
    size_t next;
};

idem_t *web_idem_new(void)
{
    return calloc(1, sizeof(idem_t));
}

void web_idem_free(idem_t *m)
{
    free(m);
}

int web_idem_key(web_req_t *r, char key[WEB_IDEM_KEY_MAX + 1])
{
    key[0] = '\0';
    int len = lws_hdr_custom_length(r->wsi, KEY_HEADER, (int)strlen(KEY_HEADER));
    if (len < 0)
        return 0; /* none: an ordinary request */
    if (len == 0 || len > WEB_IDEM_KEY_MAX ||
        lws_hdr_custom_copy(r->wsi, key, WEB_IDEM_KEY_MAX + 1, KEY_HEADER,
                            (int)strlen(KEY_HEADER)) != len) {
        web_reply_error(r, WEB_ERR_INVALID, "Idempotency-Key",
                        "the Idempotency-Key header must be 1 to %d characters", WEB_IDEM_KEY_MAX);
        return -1;
    }
    for (int i = 0; i < len; i++) {
        char c = key[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_')) {
            web_reply_error(r, WEB_ERR_INVALID, "Idempotency-Key",
                            "the Idempotency-Key header may hold only letters, digits, '-' "
                            "and '_'");
            return -1;
        }
    }
    return 1;
}

bool web_idem_token(web_req_t *r, const char *key, char token[QUEUE_TOKEN_LEN + 1])
{
    web_t *w = r->web;
    int64_t now = hall_now(w->hall);
    const idem_entry_t *ring = w->idem->ring;
    token[0] = '\0';
    for (size_t i = 0; i < IDEM_RECENT && !token[0]; i++)
        if (strcmp(ring[i].key, key) == 0 && now - ring[i].at < WEB_IDEM_KEEP_MS)
            snprintf(token, QUEUE_TOKEN_LEN + 1, "%s", ring[i].token);
    if (!token[0] && hall_idempotency_find(w->hall, key, token, now - WEB_IDEM_KEEP_MS) != 0)
        token[0] = '\0';
    return token[0] != '\0';
}

const queue_ticket_t *web_idem_replay(web_req_t *r, const char *key, queue_ticket_t *scratch)
{
    char token[QUEUE_TOKEN_LEN + 1];
    /* a token whose commit failed resolves to nothing: issue anew */
    return web_idem_token(r, key, token) ? hall_ticket_by_token(r->web->hall, token, scratch)
                                         : NULL;
}

void web_idem_remember(web_req_t *r, const char *key, const char *token)
{
    web_t *w = r->web;
    idem_entry_t *e = &w->idem->ring[w->idem->next++ % IDEM_RECENT];
    snprintf(e->key, sizeof e->key, "%s", key);
    snprintf(e->token, sizeof e->token, "%s", token);
    e->at = hall_now(w->hall);
    hall_idempotency_remember(w->hall, key, token);
}
