/*
 * catalog.h - the hall's agencies and their services, as plain C data.
 *
 * The plugin host fills a catalog from the agencies' Lua files; the engine
 * reads the fields it needs to queue and number tickets (quota, cut-off,
 * counters, routing policy); the web layer renders the rest as JSON for
 * the kiosk and the counter console. A catalog is immutable once built:
 * a reload builds a new one and swaps it in. Everything in it is owned by
 * the catalog and freed by catalog_free().
 */
#ifndef MPP_CATALOG_H
#define MPP_CATALOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "booking/rules.h"

#define CATALOG_ID_MAX 48            /* agency or local service id, with NUL */
#define CATALOG_SVC_ID_MAX 96        /* "<agency>/<service>", with NUL */
#define CATALOG_PREFIX_MAX 8         /* ticket number prefix, with NUL */
#define CATALOG_KIND_MAX 16          /* vertical, BUMN, BUMD, OPD */
#define CATALOG_SHORT_MAX 100        /* a short name: 24 characters of UTF-8, with NUL */
#define CATALOG_LOGO_MAX (16 * 1024) /* bytes of an agency's SVG logo */

/* A list of owned strings. */
typedef struct catalog_strings {
    char **items;
    size_t count;
} catalog_strings_t;

/* A field the kiosk must ask for before issuing (e.g. a 16-digit NIK).
 * The value is checked against `pattern` (POSIX extended regex, anchored
 * by the plugin) and never stored. */
typedef struct catalog_input {
    char name[CATALOG_ID_MAX];
    char *label;   /* shown to the citizen */
    char *pattern; /* regex the value must match */
    char *message; /* shown when it does not match */
} catalog_input_t;

/* A counter's preferred services: it calls their waiting tickets before
 * those of the agency's other services. */
typedef struct catalog_preferred {
    int counter;
    size_t *services; /* owned: indexes among the agency's
                                   services (0 = its first_service) */
    size_t n_services;
} catalog_preferred_t;

/* How an agency's counters take tickets. Computed in C by the engine. */
typedef struct catalog_route {
    bool priority_first;            /* priority groups before regular tickets */
    int regular_after_priority;     /* after this many consecutive priority
                                   calls one regular ticket goes first;
                                   0 = no cap */
    catalog_preferred_t *preferred; /* owned, one per counter listed */
    size_t n_preferred;
} catalog_route_t;

/* When the citizen's document or result is ready, counted from a complete
 * application (jangka waktu penyelesaian of the service standard). */
typedef enum catalog_completion_unit {
    CATALOG_COMPLETION_NONE = 0,   /* the plugin does not say */
    CATALOG_COMPLETION_AT_COUNTER, /* handed over at the end of the visit */
    CATALOG_COMPLETION_HOURS,      /* within `value` working hours */
    CATALOG_COMPLETION_DAYS,       /* within `value` working days */
} catalog_completion_unit_t;

typedef struct catalog_completion {
    catalog_completion_unit_t unit;
    int value;  /* hours or working days; 0 at the counter or none */
    char *note; /* where and why it varies; "" when it does not */
} catalog_completion_t;

/* Texts tied to service fields, in declaration order: the source of one
 * fact ("fee" -> "PP 28/2019 Lampiran"). */
typedef struct catalog_notes {
    char **fields; /* service field names */
    char **texts;
    size_t count;
} catalog_notes_t;

typedef struct catalog_service {
    char id[CATALOG_SVC_ID_MAX]; /* "<agency>/<service>" */
    char local_id[CATALOG_ID_MAX];
    size_t agency; /* index in catalog_t.agencies */
    char *name;
    catalog_strings_t requirements;
    catalog_strings_t procedure;
    int minutes;    /* standard service time */
    int64_t fee;    /* rupiah */
    char *fee_note; /* "" when none */
    char *product;
    char *complaint_channel;
    char *legal_basis;
    char *hours;    /* opening hours as shown to citizens */
    int cutoff_min; /* minutes after local midnight when
                                     issuing stops; -1 = the hall's close */
    int quota;      /* tickets a day, 0 = no limit */
    bool priority;  /* priority groups apply */
    bool kiosk;     /* citizens pick it at the kiosk; false
                                     for a step reached only from another
                                     service (a flow's later step) */
    catalog_input_t *inputs;
    size_t n_inputs;
    int *counters; /* counters serving it (subset of the
                                     agency's); empty = all of them */
    size_t n_counters;
    catalog_completion_t completion; /* when the document is ready */
    char *source;                    /* where the facts come from */
    catalog_notes_t sources;         /* a field's own source, beside its fact */
    catalog_strings_t unconfirmed;   /* fields no published source confirmed */
    catalog_strings_t tried;         /* per unconfirmed field, in the same
                                     order: what was looked up to confirm
                                     it ("" when the plugin does not say) */
    char next[CATALOG_SVC_ID_MAX];   /* multi-step flow: the service of the
                                     same agency that finishing this one
                                     queues the ticket for; "" = none */
    bool next_front;                 /* ... at the front of its queue */
    catalog_strings_t needs;         /* document ids it needs (documents.h) */
    catalog_strings_t gives;         /* and those it gives */
    bool bookable;                   /* it declares booking = {...} */
    booking_rules_t booking;         /* then its rules (booking/rules.h) */
} catalog_service_t;

typedef struct catalog_agency {
    char id[CATALOG_ID_MAX];
    char *name;
    char short_name[CATALOG_SHORT_MAX]; /* "Dukcapil", "Imigrasi", "PLN" */
    unsigned char *logo;                /* an SVG the plugin ships, or NULL */
    size_t logo_len;
    char kind[CATALOG_KIND_MAX];
    char prefix[CATALOG_PREFIX_MAX];
    int notify_near;         /* "hampir tiba" at this many ahead; -1: the hall's */
    int notify_near_minutes; /* ... or minutes of estimated wait; -1: the hall's */
    char **notify_texts;     /* its own wording of messages: name, text, ...,
                                NULL (notify_params_t.own); NULL: none */
    int *counters;           /* from the hall config */
    size_t n_counters;
    catalog_route_t route;
    char *file;           /* the plugin file it came from */
    size_t first_service; /* its services in catalog_t.services */
    size_t n_services;
    /* Hooks the plugin registered: bit (1u << queue_event_type_t) per
     * ticket event with a hook, and whether it has a route function. The
     * engine consults its hooks (queue_set_hooks) only for these. */
    uint32_t hook_events;
    bool hook_route;
    /* The plugin options its plugin read with agency:option_*() while it
     * loaded, for the warning on an option the hall config sets in vain. */
    char (*options_read)[CATALOG_ID_MAX];
    size_t n_options_read;
    /* The plugin host's live state for those hooks (the agency's Lua
     * state); owned, freed with plugin_runtime_free by catalog_free. NULL when
     * the agency has no hooks. */
    void *runtime;
    void (*runtime_free)(void *runtime);
} catalog_agency_t;

/* A problem found while loading a plugin, with its place. */
typedef struct catalog_error {
    char file[256];
    int line; /* 0 when not tied to a line */
    char message[256];
} catalog_error_t;

typedef struct catalog {
    catalog_agency_t *agencies;
    size_t n_agencies;
    catalog_service_t *services; /* grouped by agency, in file order */
    size_t n_services;
    catalog_error_t *errors; /* plugins that did not load */
    size_t n_errors;
    /* The agencies and the services by id (catalog_index): open
     * addressing, each slot a position in its array plus 1 (0: empty),
     * n_*_slots a power of two at least twice the array; NULL until the
     * catalog is indexed, when look-ups read the arrays one by one. */
    size_t *agency_slots, *service_slots;
    size_t n_agency_slots, n_service_slots;
} catalog_t;

/* Indexes a catalog whose agencies and services are all in place (the
 * loader's last step): look-ups by id then take one probe or a few. A
 * catalog changed afterwards must be indexed again. Returns 0, or -1 when
 * out of memory (the catalog is then left without an index). */
int catalog_index(catalog_t *c);

/* Frees a catalog and everything it owns; NULL is fine. */
void catalog_free(catalog_t *c);

/* Appends an error to a catalog (file and message cut on a UTF-8
 * boundary). Returns 0, or -1 when out of memory. */
int catalog_error_add(catalog_t *c, const char *file, int line, const char *msg);

/* Makes room in c for `agencies` and `services` more, so that as many
 * catalog_move_agency calls into it cannot fail. 0, or -1 when out of
 * memory (c unchanged). */
int catalog_reserve(catalog_t *c, size_t agencies, size_t services);
/* Moves agency i of src, with its services and its plugin's live state,
 * to the end of dst, which catalog_reserve made room in; src keeps an
 * empty place (id "", no services), freed with src without touching what
 * moved. dst must be indexed again (catalog_index) before a look-up. */
void catalog_move_agency(catalog_t *dst, catalog_t *src, size_t i);

/* Finds an agency by id; NULL when unknown. */
const catalog_agency_t *catalog_agency_find(const catalog_t *c, const char *id);

/* Finds a service by its full id "<agency>/<service>"; NULL when unknown. */
const catalog_service_t *catalog_service_find(const catalog_t *c, const char *id);

/* True when `counter` serves `svc` (listed by the service, or the service
 * lists none and the counter is its agency's). */
bool catalog_service_at_counter(const catalog_t *c, const catalog_service_t *svc, int counter);

/* True when `counter` lists `svc` among its preferred services
 * (agency:route { preferred = { [counter] = { ... } } }). */
bool catalog_service_preferred(const catalog_t *c, const catalog_service_t *svc, int counter);

/* True when the agency's route lists preferred services for `counter`. */
bool catalog_counter_has_preferred(const catalog_agency_t *a, int counter);

#endif
