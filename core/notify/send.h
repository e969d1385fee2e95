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
 * The client (notify_client_t) keeps up to `connections` POSTs in flight
 * at once on one libcurl multi handle, its connections kept open between
 * them, and is driven by one thread: notify_client_begin starts a POST,
 * notify_client_run moves every transfer on and waits for one to end,
 * notify_client_end hands out what came of a finished one. The sender
 * (notify_sender_t) is a thread with its own client: the hall submits a
 * batch (notify_outbox_next_due) and the thread starts the messages in
 * the order given, as many at once as the client allows, but never two of
 * the same ticket or of the same booking, so a citizen's messages arrive
 * in the order they were queued. Each outcome goes to a done list; when
 * that list was empty the thread calls wake(wake_ctx) from its thread
 * (mppd: lws_cancel_service), and the hall collects the outcomes on its own
 * thread with notify_sender_done until none is left, as it does the commit
 * group's results (store/store.h). One wake then serves every outcome
 * that came before the owner emptied the list.
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
#define NOTIFY_CONNECTIONS 4               /* the default of POSTs in flight at once */
#define NOTIFY_CONNECTIONS_MAX 16          /* the most allowed */

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
    int connections;         /* POSTs in flight at once, 1 to NOTIFY_CONNECTIONS_MAX; 0: 4 */
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

/* ---- the client: POSTs in flight, driven by one thread ---- */

typedef struct notify_client notify_client_t;

/* A client for the gateway in *out (freed with notify_client_free).
 * NOTIFY_EINVAL (a gateway notify_gateway_check refuses, with its message
 * in err), NOTIFY_ENOMEM or NOTIFY_ESYS (libcurl), *out NULL. */
int notify_client_new(notify_client_t **out, const notify_gateway_t *gw, char *err, size_t errlen);

/* Frees the client, dropping any POST still in flight, and closes its
 * connections; NULL is fine. */
void notify_client_free(notify_client_t *c);

/* How long until notify_client_begin may start a POST: 0 now, the
 * milliseconds the rate limit still asks for, or -1 while every transfer
 * is in flight or has an outcome not yet taken with notify_client_end. */
long notify_client_ready_in(const notify_client_t *c);

/* Starts POSTing m (its id, to, template, text, ticket, booking and key;
 * copied, so m may change at once), remembered with tag. NOTIFY_OK: its
 * outcome comes from notify_client_end. Otherwise nothing was started and
 * *out says why: not attempted when the client was cancelled or not
 * ready (NOTIFY_ESTATE), attempted when m has no phone, text or key or
 * memory ran out (NOTIFY_EINVAL, NOTIFY_ENOMEM). */
int notify_client_begin(notify_client_t *c, const notify_msg_t *m, void *tag,
                        notify_outcome_t *out);

/* Moves every transfer on and, unless one has ended, waits up to wait_ms
 * for the network, notify_client_wakeup or a timeout. After
 * notify_client_cancel every transfer in flight ends at once with the
 * error "cancelled". */
void notify_client_run(notify_client_t *c, long wait_ms);

/* Takes one ended POST: its tag in *tag and what came of it in *out (a
 * 2xx is delivered; anything else is an error text, never the phone and
 * never the gateway's answer body). false when none has ended. */
bool notify_client_end(notify_client_t *c, void **tag, notify_outcome_t *out);

/* From any thread: the client's notify_client_run returns now. */
void notify_client_wakeup(notify_client_t *c);

/* From any thread: every POST in flight ends with the error "cancelled"
 * at the next notify_client_run, which it wakes, and nothing more is
 * started. */
void notify_client_cancel(notify_client_t *c);

/* POSTs m and waits for its answer, at most the timeout, on the calling
 * thread (begin, run and end in one, after the rate limit's wait); *out
 * says what came of it. Not for a client with POSTs of its own in
 * flight. */
void notify_client_post(notify_client_t *c, const notify_msg_t *m, notify_outcome_t *out);

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
/* Queues copies of the n messages to be posted after every one submitted
 * before, in their order for each ticket and each booking. Never blocks on the network. NOTIFY_ENOMEM takes none
 * of them (release them: notify_outbox_release); NOTIFY_ESTATE after
 * notify_sender_stop. */
int notify_sender_submit(notify_sender_t *s, const notify_msg_t *const *msgs, size_t n);
/* Pops one outcome, in the order the POSTs ended: the message's id in
 * *id and what came of it in *out. false when none is ready. */
bool notify_sender_done(notify_sender_t *s, uint64_t *id, notify_outcome_t *out);
/* True while a submitted message's outcome is not yet collected. */
bool notify_sender_busy(notify_sender_t *s);
/* Stops the thread: the POSTs under way are cancelled (their outcomes say
 * "cancelled"), and every message not yet posted gets an outcome that is
 * not attempted. Returns when the thread has ended; the outcomes stay to
 * be collected with notify_sender_done. Calling it twice is fine. */
void notify_sender_stop(notify_sender_t *s);
/* Stops the sender if it runs and frees it with every outcome not
 * collected; NULL is fine. */
void notify_sender_free(notify_sender_t *s);

#endif
