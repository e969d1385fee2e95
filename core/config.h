/*
 * config.h - the hall configuration, read from a libconfig file.
 *
 * The file owns the hall: where mppd listens, where its data, plugins and
 * pages live, the time zone, which counter belongs to which agency, the
 * opening hours, the public URL printed in QR codes, allowed browser
 * Origins, rate limits, the store's starting map size, the log level, the
 * zones of the hall (a floor's agencies, for a board of its own) and how
 * its boards announce calls.
 * A bad file is refused whole with its file, line and what is wrong;
 * nothing is half-applied.
 */
#ifndef MPP_CONFIG_H
#define MPP_CONFIG_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

#include "booking/calendar.h"

#define CONFIG_PATH_MAX 512
#define CONFIG_MAX_COUNTERS 256
#define CONFIG_MAX_ORIGINS 32
#define CONFIG_MAX_ALLOW 32
#define CONFIG_MAX_PROXIES 16

/* An address or a network of them: "10.0.0.5", "192.168.1.0/24",
 * "fd00::/8". IPv4 is kept as ::ffff:a.b.c.d, its prefix counted over the
 * 128 bits, so one comparison serves both families. */
typedef struct config_net {
    unsigned char addr[16];
    unsigned char bits; /* leading bits that must match, 0..128 */
} config_net_t;

/* One counter (loket) of the hall and the agency it belongs to. */
typedef struct config_counter {
    int number;      /* 1..999, unique */
    char agency[48]; /* agency id, as the plugin declares it */
} config_counter_t;

/* Opening hours of one day are the calendar's (booking/calendar.h): n
 * ranges in minutes after local midnight, in time order and apart
 * (07:30-12:00 and 13:00-15:00 around lunch); n 0 is closed all day; a
 * close may be 1440 (midnight). `set` is false where a special period or
 * an agency leaves the weekday out (the hall's weekly hours then apply). */

/* A special period of the hall or of one agency (hours.special, hours.
 * agencies.ID.special): dates from..to with hours of their own (Ramadan)
 * or none (closed = true: a closure of one or more days). */
#define CONFIG_MAX_SPECIALS 64
typedef struct config_special {
    char agency[48];   /* "" = the whole hall */
    uint32_t from, to; /* YYYYMMDD, inclusive */
    char name[96];
    char source[160];
    calendar_hours_t days[7]; /* index 0 = Sunday; unset: the weekly hours */
} config_special_t;

/* An agency's own weekly hours (hours.agencies.ID): within the hall's, so
 * they can only narrow them; an unset weekday keeps the hall's. */
#define CONFIG_MAX_AGENCY_HOURS 64
typedef struct config_agency_hours {
    char agency[48];
    calendar_hours_t days[7]; /* index 0 = Sunday */
} config_agency_hours_t;

/* Reads one day's hours: "closed", or one or more "HH:MM-HH:MM" ranges
 * separated by commas ("07:30-12:00, 13:00-15:00"), each opening before
 * it closes and after the one before closed. False with a sentence in why
 * for anything else; out is then unspecified. */
bool config_hours_parse(const char *text, calendar_hours_t *out, char *why, size_t whylen);
/* Writes the ranges as config_hours_parse reads them ("closed" for none). */
void config_hours_format(const calendar_hours_t *h, char *out, size_t len);

/* A setting an agency's plugin reads with agency:option_*() (the hall
 * config's plugin_options group: plugin_options = { dukcapil = { ... } }). */
#define CONFIG_MAX_OPTIONS 128
typedef enum config_option_kind {
    CONFIG_OPT_INT = 0,
    CONFIG_OPT_BOOL,
    CONFIG_OPT_STRING
} config_option_kind_t;

typedef struct config_option {
    char agency[48];
    char name[48];
    config_option_kind_t kind;
    long long integer;
    bool boolean;
    char text[256];
    char file[96]; /* the config file that sets it, as messages name it */
    int line;      /* and its line there */
} config_option_t;

/* A date the hall is closed (a national holiday, cuti bersama, a local
 * closure), with what it is and where that is published. */
#define CONFIG_MAX_HOLIDAYS 128
typedef struct config_holiday {
    uint32_t ymd; /* YYYYMMDD */
    char name[96];
    char source[160];
} config_holiday_t;

/* A reason a counter may be paused for (pause_reasons): its id (what the
 * console sends and the reports list), the name staff read, and how long
 * such a pause may last before the hall live view raises an alert
 * (0 = no limit). */
#define CONFIG_MAX_PAUSE_REASONS 16
#define CONFIG_REASON_ID_MAX 32 /* with its NUL; the engine's QUEUE_REASON_MAX */
typedef struct config_pause_reason {
    char id[CONFIG_REASON_ID_MAX];
    char name[96];
    int max_minutes;
} config_pause_reason_t;
/* A zone of the hall (a floor, a wing): a board opened with ?zone=ID shows
 * and announces only its agencies' calls (hall config `zones`). */
#define CONFIG_MAX_ZONES 32
#define CONFIG_ZONE_AGENCIES 64
typedef struct config_zone {
    char id[48];                             /* a-z, 0-9 and "-", unique */
    char name[96];                           /* shown on the board: "Lantai 1" */
    char agencies[CONFIG_ZONE_AGENCIES][48]; /* agency ids of the hall's counters */
    size_t n_agencies;
} config_zone_t;

typedef enum config_log_level {
    LOG_LEVEL_ERROR = 0,
    LOG_LEVEL_WARN,
    LOG_LEVEL_INFO,
    LOG_LEVEL_DEBUG
} config_log_level_t;

typedef struct config {
    char listen[64];                /* address to bind; "" = all */
    char tls_cert[CONFIG_PATH_MAX]; /* PEM certificate; "" = plain http */
    char tls_key[CONFIG_PATH_MAX];  /* its private key */
    int port;                       /* 1..65535 */
    char data_dir[CONFIG_PATH_MAX];
    char plugins_dir[CONFIG_PATH_MAX];
    char web_dir[CONFIG_PATH_MAX];
    char timezone[64];    /* IANA name, default Asia/Jakarta */
    char public_url[256]; /* base URL of QR codes and links; ""
                                        = the address the kiosk used */
    char hall_name[128];

    config_counter_t counters[CONFIG_MAX_COUNTERS];
    size_t n_counters;

    calendar_hours_t hours[7];                      /* index 0 = Sunday (struct tm), all set */
    config_special_t specials[CONFIG_MAX_SPECIALS]; /* hours.special and each
                                                       agency's, by scope then date */
    size_t n_specials;
    config_agency_hours_t agency_hours[CONFIG_MAX_AGENCY_HOURS]; /* hours.agencies */
    size_t n_agency_hours;
    bool carry_over;     /* waiting tickets survive closing */
    int print_timeout_s; /* printing -> cancelled, default 120 */

    char origins[CONFIG_MAX_ORIGINS][256]; /* other sites' Origins allowed
                                               besides the same origin */
    size_t n_origins;
    config_net_t proxies[CONFIG_MAX_PROXIES]; /* server.trusted_proxies */
    size_t n_proxies;

    int rate_issue_per_min;                    /* per IP; 0 = unlimited */
    int rate_login_per_min;                    /* per IP and per account, for every IP */
    int conns_per_ip;                          /* open connections per IP; 0 = unlimited */
    config_net_t rate_allow[CONFIG_MAX_ALLOW]; /* exempt from the issue limit
                                                  and the connection cap */
    size_t n_rate_allow;

    int map_mb;         /* LMDB map a new data folder starts
                                        with, MiB (storage.map_mb, 64); it
                                        doubles whenever it fills */
    size_t max_body;    /* bytes of a request body */
    int session_idle_s; /* session idle expiry */
    int session_max_s;  /* session absolute expiry */

    config_log_level_t log_level;

    config_option_t options[CONFIG_MAX_OPTIONS]; /* plugin_options */
    size_t n_options;

    config_holiday_t holidays[CONFIG_MAX_HOLIDAYS]; /* calendar.closed, by date */
    size_t n_holidays;
    int booking_keep_days;     /* bookings.keep_days: personal data kept after the slot (30) */
    int booking_per_phone_day; /* bookings.per_phone_per_day: across services (3) */
    int rate_booking_per_min;  /* rate_limits.booking_per_minute per IP (10) */

    /* notify = { ... } (docs/notify.md): the messages' gateway; url "" = none */
    char notify_url[512];
    char notify_headers[8][256];
    size_t n_notify_headers;
    int notify_timeout_s;    /* a POST's time (10) */
    char notify_quiet[16];   /* "21:00-06:00", "" = none */
    int notify_max_attempts; /* 8 */
    int notify_give_up_h;    /* 24 */
    int notify_keep_days;    /* phone and text of a booking's sent and failed messages (7) */
    int notify_forget_days;  /* then the message itself (30) */
    int notify_near;         /* "hampir tiba" with this many or fewer ahead (3); an
                                agency's plugin may say otherwise */
    int notify_near_minutes; /* ... or this many minutes or less of estimated wait (0: off) */
    char notify_ca_file[CONFIG_PATH_MAX];
    bool notify_whatsapp;                       /* kind = "whatsapp_cloud" (else a webhook) */
    char notify_headers_file[CONFIG_PATH_MAX];  /* secret header lines, mode 0600 */
    char notify_hmac_key_file[CONFIG_PATH_MAX]; /* the webhook's signing key, mode 0600 */
    int notify_rate_per_s;                      /* POSTs a second at most (0: no limit) */
    int notify_connections;                     /* POSTs in flight at once (1-16) */
    char notify_wa_language[16];                /* whatsapp_cloud: "id" */
    char notify_wa_prefix[24];                  /* whatsapp_cloud: "mpp_" */

    /* pause_reasons = ( ... ) (docs/operations.md): when the list is not
     * empty, pausing a counter takes one of these reasons */
    config_pause_reason_t pause_reasons[CONFIG_MAX_PAUSE_REASONS];
    size_t n_pause_reasons;
    /* alerts = { ... }: when the hall live view raises an alert */
    double alert_wait_multiple; /* a ticket waits longer than this x its
                                    agency's typical wait today (2.0) */
    int alert_wait_floor_min;   /* ... and longer than this, minutes (15) */
    int alert_no_counter_min;   /* tickets wait this long with no counter
                                    open for their service (5) */
    char path[CONFIG_PATH_MAX]; /* the file it was read from, as given; "" for defaults */

    /* zones = ( { id; name; agencies = [...]; } ) and board = { ... }: what
     * the hall's boards show and how they announce (docs/operations.md) */
    config_zone_t zones[CONFIG_MAX_ZONES];
    size_t n_zones;
    int board_max_age_s; /* board.announce_max_age: an older call is shown, not spoken (60) */
    int board_queue_max; /* board.announce_queue: calls waiting to be spoken at most (10) */
    bool board_short;    /* board.sentence = "short": "A nol nol tujuh, loket lima" */

    /* export = { ... } (docs/export.md): events to NATS JetStream; nats "" = none */
    char export_nats[512]; /* "nats://host:port", comma-separated for several */
    char export_hall[64];  /* the hall's id in subjects: [a-z0-9_-] */
    char export_creds_file[CONFIG_PATH_MAX];
    char export_nkey[64]; /* the nkey's public key (U...) */
    char export_nkey_seed_file[CONFIG_PATH_MAX];
    char export_ca_file[CONFIG_PATH_MAX];
    char export_cert_file[CONFIG_PATH_MAX];
    char export_key_file[CONFIG_PATH_MAX];
    bool export_tls;           /* require TLS (false; a CA or certificate implies it) */
    int export_window;         /* messages awaiting acknowledgement (256) */
    int export_ack_timeout_ms; /* then a message is sent again (5000) */
    int export_outage_hours;   /* the outage the hall must ride out (72) */
    int export_warn_after_s;   /* /healthz warns when export is this far behind (300) */
} config_t;

/* Fills `cfg` with the built-in defaults (port 8080, Asia/Jakarta,
 * ./data, ./plugins, ./web, loopback allow-list, ...). */
void config_defaults(config_t *cfg);

/* Reads `path` over the defaults. On error returns -1 and writes
 * "FILE:LINE: what is wrong" into err; cfg is then unspecified. */
int config_load(config_t *cfg, const char *path, char *err, size_t errlen);

/* Returns the agency id of counter `number`, or NULL if the hall has no
 * such counter. */
const char *config_counter_agency(const config_t *cfg, int number);
/* Whether some counter of the hall belongs to agency `id`. */
bool config_has_agency(const config_t *cfg, const char *id);

/* The pause reason `id` of the hall config, or NULL when it lists none
 * of that id. */
const config_pause_reason_t *config_pause_reason_find(const config_t *cfg, const char *id);

/* The plugin option `name` the hall config sets for `agency`, or NULL. */
const config_option_t *config_option_find(const config_t *cfg, const char *agency,
                                          const char *name);

/* Reads "ADDRESS" or "ADDRESS/BITS" (IPv4 or IPv6) into `out`; false
 * when it is neither. */
bool config_net_parse(const char *text, config_net_t *out);

/* True when the address `ip` (text, IPv4, IPv6 or ::ffff:a.b.c.d) lies in
 * one of the n networks of `list`. */
bool config_net_match(const config_net_t *list, size_t n, const char *ip);

/* True when `ip` is on the rate-limit allow-list. */
bool config_rate_allowed(const config_t *cfg, const char *ip);

/* True when `ip` is a trusted proxy (server.trusted_proxies): only then
 * are its X-Forwarded-* and Forwarded headers believed. */
bool config_proxy_trusted(const config_t *cfg, const char *ip);

/* True when `origin` is on the list of other allowed Origins. */
bool config_origin_allowed(const config_t *cfg, const char *origin);

/* True when the URL's host is a loopback address or name (localhost,
 * 127.0.0.0/8, ::1): a phone cannot open it. */
bool config_url_is_loopback(const char *url);

#endif
