/*
 * web_int.h - what the web layer's files share: the server state, one
 * request being answered, replies that wait for a commit, the /ws feed and
 * the rate limiter. Private to core/web/.
 */
#ifndef MPP_WEB_INT_H
#define MPP_WEB_INT_H

#include <jansson.h>
#include <libwebsockets.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>

#include "auth/auth.h"
#include "config.h"
#include "hall.h"
#include "jsonw.h"
#include "supervise/supervise.h"

#define WEB_PATH_MAX 512
/* jansson's flags of every reply: compact, and reals with 15 significant
 * digits, so 83.33 is written 83.33 and not 83.329999999999998 */
#define WEB_JSON_FLAGS (JSON_COMPACT | JSON_REAL_PRECISION(15))
#define WEB_IP_MAX 64

typedef struct feed feed_t;
typedef struct feed_client feed_client_t;
typedef struct metrics metrics_t;
typedef struct reports reports_t;
typedef struct limits limits_t;
typedef struct sessions sessions_t;
typedef struct idem idem_t;
typedef struct tablets tablets_t;
typedef struct watch watch_t;

/* Kinds of HTTP request, each with its own latency histogram in /metrics. */
typedef enum web_route {
    WEB_ROUTE_ISSUE = 0, /* POST /api/v1/tickets */
    WEB_ROUTE_COUNTER,   /* POST /api/v1/counters/<n>/<action> */
    WEB_ROUTE_READ,      /* GET or HEAD of the API, /healthz, /metrics */
    WEB_ROUTE_WRITE,     /* any other API request (login, surveys, ...) */
    WEB_ROUTE_PAGE,      /* GET or HEAD of a page or static file */
    WEB_ROUTE__COUNT
} web_route_t;

/* A body rendered once and sent to many (the catalogue): counted
 * references, so a reply still being sent keeps the version it began. */
typedef struct web_blob {
    int refs;
    size_t len;
    char etag[24];     /* "\"<16 hex>\"" of the bytes */
    unsigned char *gz; /* the same gzipped, made on first demand */
    size_t gz_len;
    char gz_etag[28]; /* the gzipped one's: "\"<16 hex>-gz\"" */
    unsigned char data[];
} web_blob_t;

/* A response: status, headers and body, sent from the WRITEABLE callback
 * once ready. A reply waiting for a commit outlives its connection: when
 * the connection closes first, wsi becomes NULL and the commit callback
 * frees it. */
typedef struct reply {
    struct lws *wsi;
    int status;
    const char *ctype;
    char *headers; /* extra headers: "name:\0value\0" pairs, or NULL */
    size_t headers_len;
    bool close;         /* close the connection once sent */
    unsigned char *buf; /* LWS_PRE bytes, then the body */
    web_blob_t *blob;   /* or a shared body (a reference held) */
    bool cacheable;     /* revalidated by ETag, not no-store */
    bool gz;            /* the shared body's gzipped bytes */
    size_t len, sent;
    bool ready; /* may be sent */
    bool headers_sent;
    bool waiting; /* a commit callback still holds it */
} reply_t;

/* Request bodies: one peer address may have WEB_BODIES_PER_PEER being read
 * at once (an eighth of lws's 1024 header slots), and a body has
 * WEB_BODY_SECONDS from its request's start to arrive whole (limits.c). */
#define WEB_BODIES_PER_PEER 128
#define WEB_BODY_SECONDS 10

/* An Idempotency-Key (idempotency.c): at most this long, and kept a day. */
#define WEB_IDEM_KEY_MAX 64
#define WEB_IDEM_KEEP_MS (24 * 3600 * 1000LL)

/* Who a request comes from (client.c). */
typedef struct web_client {
    char ip[WEB_IP_MAX]; /* the peer, or behind a trusted proxy the client */
    bool https;          /* the browser used https (here or at the proxy) */
    bool proxied;        /* the peer is a trusted proxy */
} web_client_t;

typedef struct web {
    const config_t *cfg;
    hall_t *hall;
    struct lws_context *ctx;
    const struct lws_protocols *protocol;
    /* each concern is owned by its file and opaque to the others */
    feed_t *feed;         /* the /ws clients (feed.c) */
    metrics_t *metrics;   /* the figures of /metrics (metrics.c) */
    reports_t *reports;   /* the report worker (api_reports.c) */
    limits_t *limits;     /* rate limits, connections, bodies (limits.c) */
    sessions_t *sessions; /* the session cache (session.c) */
    idem_t *idem;         /* recent idempotency keys (idempotency.c) */
    tablets_t *tablets;   /* the survey tablets (api_survey.c) */
    watch_t *watch;       /* the plugins folder's watch (watch.c) */
    supervise_t *sv;      /* the hall live's rules and scratch (api_supervise.c) */
    lws_sorted_usec_list_t tick;
    web_blob_t *agencies;         /* GET /api/v1/agencies, at most once a second */
    const catalog_t *agencies_of; /* the catalog it shows */
    int64_t agencies_at;          /* when it was made (hall clock, ms) */
    uint64_t agencies_seq;        /* the last committed event it saw */
    web_blob_t *facts;            /* GET /api/v1/facts, made once per catalog */
    uint64_t http_requests, http_errors;
    uint64_t origins_refused; /* requests and upgrades from other sites */
    char last_link[128];      /* base of the last QR code or link made */
    int64_t forgot_ms;        /* hall time of the last removal of expired records */
    volatile int stop;
    volatile int hangup; /* SIGHUP: reload every plugin */
} web_t;

/* Why a request's body is not read: answered at once, then closed. */
typedef enum body_refusal {
    BODY_OK = 0,
    BODY_TOO_LARGE,   /* 413: past server.max_body */
    BODY_OVER_SHARE,  /* 429: its peer reads WEB_BODIES_PER_PEER already */
    BODY_CHUNKED,     /* 400: no Content-Length (lws 4.1 drops it unread) */
    BODY_TWO_LENGTHS, /* 400: Content-Length and Transfer-Encoding */
    BODY_BAD_LENGTH   /* 400: a Content-Length not one whole number */
} body_refusal_t;

/* Per-connection data: an HTTP request, or a /ws client. */
typedef struct pss {
    char method[8];
    char path[WEB_PATH_MAX];
    web_client_t from; /* who sent the request (client.c) */
    char *body;
    size_t body_len;
    body_refusal_t body_refused; /* answered without reading the body */
    bool body_counted;           /* counted in web_t.bodies under body_addr */
    unsigned char body_addr[16];
    bool handled;         /* this request has been dispatched */
    unsigned completions; /* body completions lws gave this request (web_callback) */
    bool head;            /* a HEAD request: headers only */
    reply_t *reply;
    feed_client_t *client;
    int64_t started_us; /* monotonic clock when the request began */
    web_route_t route;  /* its kind, for the latency histogram */
} pss_t;

/* One request being handled. */
typedef struct web_req {
    web_t *web;
    struct lws *wsi;
    pss_t *pss;
    const char *method;
    const char *path;
    json_t *body;            /* parsed JSON body, or NULL when empty */
    auth_session_t *session; /* the logged-in user, or NULL */
} web_req_t;

/* ---- server.c ---- */
/* mppd's lws protocols: [0] "mpp" (HTTP and /ws, per-connection pss_t),
 * [1] the plugin folder watch, then the terminator. Shared with the
 * in-process harness of the fuzz targets (tests/fuzz/harness.h), which runs the same callback. */
extern const struct lws_protocols web_protocols[];
/* Makes `w` (zeroed by the caller) a running server of `cfg`: opens the
 * hall, the feed and the metrics, an lws context (listening on cfg's port,
 * or on none when `listen` is false: the in-process harness adopts its own
 * connections) and starts the writer thread. Returns 0, or -1 with a
 * message in err and nothing left open. `cfg` is borrowed for w's life. */
int web_open(web_t *w, const config_t *cfg, bool listen, char *err, size_t errlen);
/* Commits what is pending and frees what web_open made. */
void web_close(web_t *w);
/* Answers with a JSON body (takes the reference). */
void web_reply_json(web_req_t *r, int status, json_t *body);
/* Every error the API answers (errors.c has each one's code and HTTP
 * status; docs/api.md says when each is used). */
typedef enum web_err {
    WEB_ERR_BAD_JSON,
    WEB_ERR_BAD_REQUEST,
    WEB_ERR_UNKNOWN_FIELD,
    WEB_ERR_WRONG_TYPE,
    WEB_ERR_MISSING_FIELD,
    WEB_ERR_INVALID,
    WEB_ERR_TOO_LONG,
    WEB_ERR_NOT_LOGGED_IN,
    WEB_ERR_SESSION_EXPIRED,
    WEB_ERR_SESSION_ENDED,
    WEB_ERR_BAD_LOGIN,
    WEB_ERR_FORBIDDEN,
    WEB_ERR_ORIGIN_REFUSED,
    WEB_ERR_NOT_FOUND,
    WEB_ERR_METHOD_NOT_ALLOWED,
    WEB_ERR_CONFLICT,
    WEB_ERR_QUOTA_REACHED,
    WEB_ERR_CLOSED,
    WEB_ERR_NOT_FINISHED,
    WEB_ERR_ALREADY_ANSWERED,
    WEB_ERR_SLOT_FULL,
    WEB_ERR_DUPLICATE,
    WEB_ERR_PHONE_CAP,
    WEB_ERR_TOO_EARLY,
    WEB_ERR_TOO_LATE,
    WEB_ERR_ALREADY_CHECKED_IN,
    WEB_ERR_BOOKING_CANCELLED,
    WEB_ERR_BODY_TOO_LARGE,
    WEB_ERR_INVALID_FIELD,
    WEB_ERR_RATE_LIMITED,
    WEB_ERR_INTERNAL,
    WEB_ERR_PLUGIN_ERROR,
    WEB_ERR_BUSY,
    WEB_ERR_STORAGE_UNAVAILABLE,
    WEB_ERR__COUNT
} web_err_t;

/* ---- errors.c ---- */
/* The HTTP status and the code ("not_found") of an error. */
int web_err_status(web_err_t e);
const char *web_err_code(web_err_t e);
/* The error that answers a queue_err_t of the engine. */
web_err_t web_err_of_queue(int queue_err);
/* {"error":{"code","message","field"?}} as text (malloc'd; NULL when out
 * of memory); bytes of the message that are not UTF-8 become '?'. */
char *web_err_body(web_err_t e, const char *field, const char *fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));

/* The reply being built for r, made on first use (reply.c); NULL when out
 * of memory. */
reply_t *web_reply_for(web_req_t *r);
/* Frees a reply and what it holds; NULL is fine. */
void web_reply_free(reply_t *rep);
/* lws's WRITEABLE callback for an HTTP connection: writes what is ready of
 * pss's reply, in chunks; a nonzero result closes the connection. */
int web_reply_write(web_t *w, struct lws *wsi, pss_t *pss);

/* Writes error e as a whole reply on wsi at once, outside a request of
 * ours (a refused /ws upgrade, whose callback may write); 0 when written,
 * -1 when not. The caller closes the connection after. */
int web_reply_error_now(struct lws *wsi, web_err_t e, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Answers error e; field (the request field at fault) may be NULL. */
void web_reply_error(web_req_t *r, web_err_t e, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Answers with the writer's text, begun with jsonw_init(w, LWS_PRE);
 * takes it. */
void web_reply_jsonw(web_req_t *r, int status, jsonw_t *w);
/* The same, once every change made so far is durable (503 when the commit
 * failed). */
void web_reply_after_commit_jsonw(web_req_t *r, int status, jsonw_t *w);
/* A shared body holding a copy of `len` bytes with its ETag; NULL when
 * out of memory. The caller holds one reference. */
web_blob_t *web_blob_new(const void *data, size_t len);
/* Drops one reference (NULL is ignored). */
void web_blob_unref(web_blob_t *b);
/* Gzips b once, on its first request that accepts gzip; false when it
 * could not be (the plain bytes are sent). */
bool web_blob_gzip(web_blob_t *b);
/* Answers 200 with the shared body (a reference taken), gzipped for a
 * browser that accepts it, or 304 when the request's If-None-Match names
 * the ETag of what it would get; browsers revalidate it. */
void web_reply_blob(web_req_t *r, const char *ctype, web_blob_t *b);
/* Answers with bytes as they are. */
void web_reply_bytes(web_req_t *r, int status, const char *ctype, const void *data, size_t len);
/* Answers once every change made so far is durable: `body` then, or 503
 * when the commit failed. Takes the reference. */
void web_reply_after_commit(web_req_t *r, int status, json_t *body);
/* A reply given later, by code that is not answering the request now (a
 * report read off the loop). The handle outlives the connection: a client
 * that leaves meanwhile is simply not answered. NULL after a 500. */
typedef struct reply web_later_t;
web_later_t *web_reply_later(web_req_t *r);
/* Gives the later reply its answer (a copy of `data`) and sends it; the
 * handle is gone after the call. On the loop's thread only. */
void web_later_bytes(web_later_t *l, int status, const char *ctype, const void *data, size_t len);
/* Gives the later reply error e and sends it; the handle is gone after. */
void web_later_error(web_later_t *l, web_err_t e, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Adds a header line to the reply being built ("Set-Cookie: ..."). */
void web_reply_header(web_req_t *r, const char *name, const char *value);
/* Copies the mpp_session cookie's value; false when there is none. */
bool web_cookie_token(struct lws *wsi, char *buf, size_t n);
/* Answers an SVG QR code of `url` (qr.c). */
void web_reply_qr(web_req_t *r, const char *url);
/* Serves a file of the web folder; false when there is none. */
bool web_serve_file(web_req_t *r, const char *rel);

/* ---- client.c ---- */
/* Who the request on `wsi` comes from: the peer, or when it is a trusted
 * proxy, the client it forwarded (X-Forwarded-For / Forwarded), and the
 * scheme the browser used. */
void web_client_resolve(const web_t *w, struct lws *wsi, web_client_t *c);
/* "scheme://host[:port]" the browser used to reach us (behind a trusted
 * proxy, as forwarded); false when the request names no usable host. */
bool web_client_base(const web_t *w, struct lws *wsi, const web_client_t *c, char *buf, size_t n);
/* True when `origin` and `base` are the same scheme, host and port. */
bool web_same_origin(const char *origin, const char *base);
/* The request's Origin header into out: true when there is one and it was
 * read whole in n bytes. */
bool web_origin_read(struct lws *wsi, char *out, size_t n);
/* The request's Origin: 0 when allowed (none, the same origin, or on
 * server.origins), -1 when refused (logged at most once a minute per
 * Origin): also an Origin too long to read whole, and one the browser
 * marks Sec-Fetch-Site: cross-site unless listed. `origin` gets the header
 * ("" when none), `base` our address as the browser used it. */
int web_client_origin(web_t *w, struct lws *wsi, const web_client_t *c, char *origin, size_t on,
                      char *base, size_t bn);
/* The base of links and QR codes made for this request: hall.public_url,
 * or the address the kiosk used when that is unset or loopback. */
void web_link_base(web_req_t *r, char *buf, size_t n);

/* ---- request.c ---- */
/* Refuses (400) a body field not in `allowed`; true when all are known. */
bool web_fields_known(web_req_t *r, const char *const *allowed);
/* Refuses (400) any body field, for a request that takes none; true when
 * there is none (no body, or {}). */
bool web_no_fields(web_req_t *r);
/* Reads an optional string field; false (after a 400) when of another type. */
bool web_opt_string(web_req_t *r, const char *name, const char **out);
/* Counts the request against the per-minute limit of `kind` for `key`;
 * false (after a 429) when over it. */
bool web_rate_check(web_req_t *r, char kind, const char *key, int per_min);
/* True when the client is on rate_limits.allow: the kiosks, which may
 * issue tickets without limit (never a reason to skip a login limit). */
bool web_rate_exempt(const web_req_t *r);

/* One query argument "name=value" (lws has url-decoded it). */
typedef struct query_arg {
    const char *name;
    char value[1024]; /* room for a list: services=a/x,b/y,... */
    bool seen;
} query_arg_t;
/* Reads the query into args (each named by its caller); false after a 400
 * for an unknown or repeated argument or one too long. */
bool web_query_read(web_req_t *r, query_arg_t *args, size_t n);

/* ---- session.c ---- */
/* The session cache (1,024 sessions in front of the store); NULL when out
 * of memory. */
sessions_t *web_sessions_new(void);
void web_sessions_free(sessions_t *c);
/* The cached session of a token hash, or NULL (not read from the store). */
const auth_session_t *web_session_cached(web_t *w, const uint8_t hash[32]);
/* The logged-in session of the request; NULL (after a 401) when there is
 * none or it expired. Reads the account again, so role changes count. */
auth_session_t *web_session_require(web_req_t *r);
/* Once a minute: releases the counters of every cached session past its
 * idle or absolute limit at `now` (closed, or paused with their ticket)
 * and closes its sockets, without waiting for its browser to come back. */
void web_sessions_sweep(web_t *w, int64_t now);
/* Counters the account may act on: admin all, staff its agency's. */
bool web_may_act_on(const config_t *cfg, const auth_user_t *u, int counter);
/* {"name","role","agency","counters"} of an account. */
json_t *web_user_json(const web_t *w, const auth_user_t *u);
/* POST and DELETE /api/v1/session. */
void web_session_login(web_req_t *r);
void web_session_logout(web_req_t *r);

/* ---- api_admin.c ---- */
/* /api/v1/users[/<name>]: `rest` is what follows "users". */
void web_api_admin_users(web_req_t *r, const char *rest);
/* POST /api/v1/plugins/reload */
void web_api_admin_reload(web_req_t *r);

/* ---- api_supervise.c ---- */
/* GET /api/v1/hall/live and /api/v1/pause-reasons; `p` is the path after
 * /api/v1/. */
void web_api_supervise(web_req_t *r, const char *p);
/* Whether a pause may go with *reason (NULL: none given), which becomes
 * the hall's id of that reason; false after a 422 naming `reason`. */
bool web_pause_reason_check(web_req_t *r, const char **reason);
/* GET /api/v1/devices[/qr.svg?url=]: where the hall's devices reach this
 * server, and a QR code of a page there. `rest` follows "devices". */
void web_api_admin_devices(web_req_t *r, const char *rest);

/* ---- api.c ---- */
/* Routes one complete request. */
void web_api_handle(web_req_t *r);
/* Drops the cached replies made from the catalog (agencies, facts). */
void web_api_init(web_t *w);
/* Logs the session of cookie token out everywhere (also used by expiry). */
void web_session_forget(web_t *w, auth_session_t *s);
/* Ends every cached session of account `name` (saved anew or removed on
 * the admin page) and closes their sockets; sessions not in the cache end
 * at their next request, which finds the account's generation changed. */
void web_sessions_end_account(web_t *w, const char *name);

/* ---- api.c ---- */
/* Answers {"ticket": T} (with its status_url when the token is rendered);
 * after the commit of what changed so far when after_commit. */
void web_reply_ticket(web_req_t *r, int status, const queue_ticket_t *t, int flags,
                      bool after_commit);

/* ---- api_bookings.c: online bookings (CONTRACT.md, "Bookings") ---- */
/* GET /api/v1/slots; POST and GET /api/v1/bookings, GET and DELETE
 * /api/v1/bookings/<token>, POST /api/v1/bookings/check-in. `rest` is the
 * path after /api/v1/. */
void web_api_bookings(web_req_t *r, const char *rest);

/* ---- api_hours.c: the hours of a date (docs/api.md, "Hours") ---- */
/* GET /api/v1/hours[?date=YYYY-MM-DD]. */
void web_api_hours(web_req_t *r);

/* The security headers mppd sends on every reply (server.c), as a list
 * libwebsockets adds to a context's own replies: mppagg's files. */
const struct lws_protocol_vhost_options *web_security_pvo(void);

/* ---- api_notify.c: messages to citizens (CONTRACT.md, "Notifications") ---- */
/* /api/v1/tickets/<token>/notify: GET whether the ticket's messages go to
 * a phone (masked), POST {"phone"} to ask for them after the ticket was
 * taken (the kiosk's and the status page's "Kirim pengingat"), DELETE to
 * stop them (the phone is erased). Holding the token is holding the
 * ticket. */
void web_api_ticket_notify(web_req_t *r, const char *token);
/* POST /api/v1/tickets' "notify": {"phone": "08..."}: the number in E.164
 * into phone ("" when none asked); false after a 400 or 422. */
bool web_notify_phone(web_req_t *r, char phone[BOOKING_PHONE_MAX]);
/* GET /api/v1/outbox and POST /api/v1/outbox/<id>/retry (admin). `rest`
 * is the path after /api/v1/. */
void web_api_outbox(web_req_t *r, const char *rest);

/* ---- api_visits.c: visits across agencies ---- */
/* GET /api/v1/plans?services=A,B[&have=DOC,...]. */
void web_api_visits(web_req_t *r, const char *rest);

/* ---- api_survey.c: the SKM survey (docs/skm.md) ---- */
/* What the counter tablets need; NULL when out of memory. */
tablets_t *web_tablets_new(void);
void web_tablets_free(tablets_t *t);
/* POST /api/v1/surveys {"token" | "grant","scores":[9 x 1..4],"comment"}:
 * one response per finished ticket, 201 after its commit. */
void web_api_survey_post(web_req_t *r);
/* GET /api/v1/surveys/<token>: {"answered"}, whether the ticket has its
 * response (from the phone or the counter's tablet); 404 for no ticket. */
void web_api_survey_state(web_req_t *r, const char *token);
/* ---- api_ikm.c: the SKM results (docs/skm.md) ---- */
/* GET /api/v1/reports/ikm?from=&to=[&agency=][&service=]: the IKM of the
 * responses of tickets of those days, their profile, the sample-size
 * check and the follow-up. */
void web_api_survey_report(web_req_t *r);
/* PUT /api/v1/reports/ikm/follow-up {"agency","from","to","text"} (admin). */
void web_api_ikm_followup(web_req_t *r);
/* GET /api/v1/survey/<counter>: the ticket just finished at that counter
 * (last 10 minutes, not yet answered) for its tablet, with a survey grant
 * instead of its token, or null. `rest` is the path after "survey/". */
void web_api_survey_counter(web_req_t *r, const char *rest);

/* ---- metrics.c: GET /metrics (docs/metrics.md) ---- */
/* A fresh set of metrics, all zero; NULL when out of memory. The caller
 * frees it with metrics_free. */
metrics_t *metrics_new(void);
void metrics_free(metrics_t *m);
/* GET /metrics: the Prometheus text exposition of the hall now. */
void metrics_handle(web_req_t *r);
/* The kind of a request, from its method and path. */
web_route_t metrics_route_of(const char *method, const char *path);
/* The monotonic clock in microseconds, for request timing. */
int64_t metrics_clock_us(void);
/* A reply of kind `route` was sent in full, `us` after its request began. */
void metrics_http_done(metrics_t *m, web_route_t route, int64_t us);
/* One committed event, from what it said of its ticket: counts tickets
 * and observes wait and service times. */
void metrics_event(metrics_t *m, const hall_event_facts_t *f);
/* hall_probe_t callbacks; ctx is the metrics_t. */
void metrics_commit(void *ctx, int rc, int64_t us, size_t tickets);
/* True while the last commit failed (nothing can be stored now). */
bool metrics_commit_failing(const metrics_t *m);
void metrics_reload(void *ctx, bool swapped, const catalog_t *old);
/* hall_probe_t.message: a delivery attempt's outcome. */
void metrics_message(void *ctx, bool delivered, int64_t lag_ms, const char *failure);

/* ---- feed.c ---- */
feed_t *feed_new(web_t *w);
void feed_free(feed_t *f);
/* lws callbacks for a /ws client. */
/* `audit`: a staff or admin browser, whose events keep their staff id;
 * every other client gets them without it. */
int feed_client_open(feed_t *f, struct lws *wsi, pss_t *pss, const char *sid, bool audit);
void feed_client_close(feed_t *f, pss_t *pss);
int feed_client_writeable(feed_t *f, struct lws *wsi, pss_t *pss);
int feed_client_receive(feed_t *f, struct lws *wsi, pss_t *pss, const void *in, size_t len);
/* The hall's feed callbacks. */
void feed_event(void *ctx, uint64_t seq, const char *json, size_t len);
void feed_resync(void *ctx);
size_t feed_client_count(const feed_t *f);
/* Closes every /ws client of session `sid` (logout). */
void feed_close_session(feed_t *f, const char *sid);
/* Whether a /ws client of session `sid` is connected (a console open). */
bool feed_session_live(const feed_t *f, const char *sid);

/* ---- watch.c ---- */
/* The watch's state (changed files, debounce timer); NULL when out of
 * memory. */
watch_t *web_watch_new(web_t *w);
void web_watch_free(watch_t *wt);
/* Stops the debounce timer (before the lws context goes). */
void web_watch_stop(web_t *w);
/* Watches the plugins folder and reloads changed plugins (debounced). */
int web_watch_start(web_t *w);
/* Reloads every plugin now (SIGHUP, the admin's button), dropping the
 * changes the watch was collecting; done(ctx, result) once it has ended.
 * Returns 0, or -1 when it could not start (done is not called). */
int web_watch_reload_all(web_t *w, hall_reload_fn done, void *ctx);
/* The lws callback of the watch's file descriptor. */
int web_watch_callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                       size_t len);

/* ---- idempotency.c ---- */
/* The ring of recent keys; NULL when out of memory. */
idem_t *web_idem_new(void);
void web_idem_free(idem_t *m);
/* Reads the request's Idempotency-Key: 1 and the key, 0 when none, -1
 * after answering 400 for a malformed one. */
int web_idem_key(web_req_t *r, char key[WEB_IDEM_KEY_MAX + 1]);
/* The ticket an earlier request with `key` issued, or NULL. */
/* The token remembered for `key` within WEB_IDEM_KEEP_MS (a ticket's, or
 * "v" and a visit's): true and token filled, or false. */
bool web_idem_token(web_req_t *r, const char *key, char token[QUEUE_TOKEN_LEN + 1]);
const queue_ticket_t *web_idem_replay(web_req_t *r, const char *key, queue_ticket_t *scratch);
/* Remembers that `key` issued the ticket `token` (memory and store). */
void web_idem_remember(web_req_t *r, const char *key, const char *token);

/* ---- limits.c ---- */
/* FNV-1a of n bytes: rate keys and ETags (spreads well, proves nothing). */
uint64_t web_hash64(const void *p, size_t n);
/* Counts one hit of `key` in `kind` ('i' issue, 'l' login); true when the
 * hits of the last 60 s (this minute's, and the last minute's in
 * proportion) are within `per_min`. */
bool web_rate_ok(web_t *w, char kind, const char *key, int per_min, int64_t now_ms);
/* True for the first time `key` of `kind` asks in a minute: a log line
 * that would repeat is written once a minute. */
bool web_log_due(web_t *w, char kind, const char *key, int64_t now_ms);
/* How many hits `key` of `kind` has this minute, counting none. */
int web_rate_count(const web_t *w, char kind, const char *key, int64_t now_ms);
/* The limits' tables, the connection table sized to the process's
 * open-file limit; NULL when out of memory. */
limits_t *web_limits_new(void);
void web_limits_free(limits_t *l);
/* Connections refused over rate_limits.connections_per_ip, and request
 * bodies refused (over a peer's share, or too slow), since start. */
uint64_t web_limits_conns_refused(const limits_t *l);
uint64_t web_limits_bodies_refused(const limits_t *l);
/* A body that took longer than WEB_BODY_SECONDS: counted as refused. */
void web_limits_body_too_slow(limits_t *l);
/* A connection just accepted on socket `fd`: true to serve it, false when
 * its address already has cfg->conns_per_ip open (then it is closed). */
bool web_conn_accept(web_t *w, int fd);
/* The body of pss's request starts to be read: false when its peer already
 * has WEB_BODIES_PER_PEER bodies being read (a share of lws's header
 * slots, whatever the address, so no one peer can hold them all). */
bool web_body_begin(web_t *w, struct lws *wsi, pss_t *pss);
/* The body is whole, or its connection closed (any number of calls). */
void web_body_end(web_t *w, pss_t *pss);

#endif
