/*
 * send.h - delivery of messages to the hall's gateway (the SMS or WhatsApp
 * service outside the hall), over HTTP, off the event loop.
 *
 * Each message is one POST to the configured URL (for the WhatsApp Cloud
 * API, its own template message body: notify_kind_t), body
 *
 *   {"id": 42, "to": "+628...", "template": "ticket.called",
 *    "text": "...", "ticket": "A-007", "booking": "BK-7QK3"}
 *
 * (ticket and booking only when the message has them), with the headers
 * `Content-Type: application/json`, `Idempotency-Key: <the message's key>`
 * (the same on every retry and after a restart) and the extra headers of
 * the config (an Authorization token, say). A 2xx answer is delivered;
 * anything else (another status, no answer within the timeout, a refused
 * connection, a certificate that does not verify) is an error text for
 * notify_outbox_mark_failed: the status code or libcurl's reason, never
 * the phone and never the gateway's answer body (which may echo it).
 * Certificates are always verified (https); redirects are not followed.
 *
 * The client (notify_client_t) makes one POST at a time on the calling
 * thread and keeps its connection open between them. The sender
 * (notify_sender_t) is a thread with its own client: the hall submits a
 * batch (notify_outbox_next_due), the thread posts the messages one by one
 * in order, and pushes each outcome to a done list; when that list was
 * empty it calls wake(wake_ctx) from its thread (mppd: lws_cancel_service),
 * and the hall collects the outcomes on its own thread with
 * notify_sender_done until none is left, as it does the commit group's
 * results (store/store.h). One wake then serves every outcome that came
 * before the owner emptied the list.
 *
 * send.c is the only file of the module that includes curl/curl.h; the
 * sender thread (sender.c) sees libcurl only through the client.
 */
#ifndef MPP_NOTIFY_SEND_H
#define MPP_NOTIFY_SEND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "notify/notify.h"

#define NOTIFY_SEND_TIMEOUT_MS 10000L      /* the default for a whole POST */
#define NOTIFY_SEND_TIMEOUT_MAX_MS 120000L /* the longest allowed */
#define NOTIFY_HEADERS_MAX 16              /* extra headers */
#define NOTIFY_HEADER_LEN_MAX 1024         /* bytes of one "Name: value" */
#define NOTIFY_URL_MAX 2048                /* bytes of the URL */

/* What the gateway speaks. */
typedef enum notify_kind {
    /* The contract's JSON (above) to any SMS/WhatsApp gateway or a hall's
     * own relay; with an HMAC key, signed (X-MPP-Signature). */
    NOTIFY_KIND_WEBHOOK = 0,
    /* The WhatsApp Business Cloud API: url is
     * https://graph.facebook.com/<version>/<phone-number-id>/messages, the
     * token an "Authorization: Bearer ..." header; each message is the
     * pre-approved template "<wa_prefix><template, '.' as '_'>" in
     * wa_language whose body holds one parameter, the message's text
     * (docs/operations.md, "Messages"). */
    NOTIFY_KIND_WHATSAPP_CLOUD
} notify_kind_t;

#define NOTIFY_HMAC_KEY_MAX 128 /* bytes of a signing key */

/* The gateway, as the hall config gives it. Strings are borrowed for the
 * call that takes the gateway; the client copies what it keeps. */
typedef struct notify_gateway {
    const char *url;            /* "http://..." or "https://..." */
    const char *const *headers; /* n_headers "Name: value" lines, or NULL */
    size_t n_headers;
    long timeout_ms;     /* the whole POST, 1 to NOTIFY_SEND_TIMEOUT_MAX_MS; 0: 10 s */
    const char *ca_file; /* the CA certificates to verify https with; NULL: the system's */
    notify_kind_t kind;
    /* webhook: the key of the body's HMAC-SHA256, sent as
     * "X-MPP-Signature: sha256=<hex>"; NULL: unsigned */
    const unsigned char *hmac_key;
    size_t hmac_key_len;     /* 16 to NOTIFY_HMAC_KEY_MAX */
    const char *wa_language; /* whatsapp_cloud: the templates' language; NULL: "id" */
    const char *wa_prefix;   /* whatsapp_cloud: the templates' prefix; NULL: "mpp_" */
    int rate_per_s;          /* at most this many POSTs a second; 0: no limit */
} notify_gateway_t;

/* What one attempt came to. */
typedef struct notify_outcome {
    bool attempted;               /* false: never posted (the sender stopped first) */
    bool delivered;               /* the gateway answered 2xx */
    long status;                  /* the HTTP status; 0 without an answer */
    char error[NOTIFY_ERROR_MAX]; /* why not delivered ("HTTP 500 from the
                                     gateway", "timeout after 10000 ms"); "" when delivered */
} notify_outcome_t;

/* Starts libcurl for the whole process: call once from main before any
 * thread is started, and notify_send_global_cleanup once at the end.
 * NOTIFY_ESYS when libcurl cannot start. */
int notify_send_global_init(void);
/* Ends what notify_send_global_init started. */
void notify_send_global_cleanup(void);

/* NOTIFY_OK when the gateway can be used: a URL of http or https without
 * spaces or control characters, at most NOTIFY_HEADERS_MAX headers of the
 * form "Name: value" (a token name, a value without control characters),
 * none of them Content-Type, Content-Length, Host or Idempotency-Key (the
 * client sets those), a timeout in range. NOTIFY_EINVAL with a message
 * naming what is wrong in err (may be NULL). */
int notify_gateway_check(const notify_gateway_t *gw, char *err, size_t errlen);

/* ---- the client: one POST at a time, on the calling thread ---- */

typedef struct notify_client notify_client_t;

/* A client for the gateway in *out (freed with notify_client_free).
 * NOTIFY_EINVAL (a gateway notify_gateway_check refuses, with its message
 * in err), NOTIFY_ENOMEM or NOTIFY_ESYS (libcurl), *out NULL. */
int notify_client_new(notify_client_t **out, const notify_gateway_t *gw, char *err, size_t errlen);
/* Frees the client and closes its connection; NULL is fine. */
void notify_client_free(notify_client_t *c);
/* POSTs m (its id, to, template, text, ticket, booking and key) and waits
 * for the answer, at most the timeout; *out says what came of it. An
 * erased message (no phone) is not posted (an error, attempted). */
void notify_client_post(notify_client_t *c, const notify_msg_t *m, notify_outcome_t *out);
/* From any thread: the POST under way ends within about a second with the
 * error "cancelled", and every later one at once, not attempted. */
void notify_client_cancel(notify_client_t *c);

/* ---- the sender: a thread that posts what the hall submits ---- */

typedef struct notify_sender notify_sender_t;
/* Called from the sender's thread when an outcome is ready and the done
 * list was empty: the owner is to pop it until empty. */
typedef void (*notify_wake_fn)(void *ctx);

/* Starts the sender's thread with a client for gw, in *out. wake may be
 * NULL (the owner polls). NOTIFY_EINVAL (the gateway, message in err),
 * NOTIFY_ENOMEM or NOTIFY_ESYS; *out NULL. End it with notify_sender_free. */
int notify_sender_start(notify_sender_t **out, const notify_gateway_t *gw, notify_wake_fn wake,
                        void *wake_ctx, char *err, size_t errlen);
/* Queues copies of the n messages to be posted in order, after every one
 * submitted before. Never blocks on the network. NOTIFY_ENOMEM takes none
 * of them (release them: notify_outbox_release); NOTIFY_ESTATE after
 * notify_sender_stop. */
int notify_sender_submit(notify_sender_t *s, const notify_msg_t *const *msgs, size_t n);
/* Pops one outcome, in the order the messages were posted: the message's
 * id in *id and what came of it in *out. false when none is ready. */
bool notify_sender_done(notify_sender_t *s, uint64_t *id, notify_outcome_t *out);
/* True while a submitted message's outcome is not yet collected. */
bool notify_sender_busy(notify_sender_t *s);
/* Stops the thread: the POST under way is cancelled (its outcome says
 * "cancelled"), and every message not yet posted gets an outcome that is
 * not attempted. Returns when the thread has ended; the outcomes stay to
 * be collected with notify_sender_done. Calling it twice is fine. */
void notify_sender_stop(notify_sender_t *s);
/* Stops the sender if it runs and frees it with every outcome not
 * collected; NULL is fine. */
void notify_sender_free(notify_sender_t *s);

#endif
